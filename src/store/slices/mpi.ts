/** MPI: the patient list's search query. */
import type { StateCreator } from 'zustand';
import type { AppState, MpiSlice } from './types.ts';

export const createMpiSlice: StateCreator<AppState, [], [], MpiSlice> = (set) => ({
  patientQuery: '',
  setPatientQuery: (patientQuery) => set({ patientQuery }),
});
