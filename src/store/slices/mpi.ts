/** MPI: the patient list's search query. */
import type { StateCreator } from 'zustand';
import type { AppState } from './types.ts';

export interface MpiSlice {
  patientQuery: string;
  setPatientQuery: (query: string) => void;
}

export const createMpiSlice: StateCreator<AppState, [], [], MpiSlice> = (set) => ({
  patientQuery: '',
  setPatientQuery: (patientQuery) => set({ patientQuery }),
});
