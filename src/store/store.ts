/**
 * The app's one zustand store, built from slices that orchestrate (call the pure core and
 * storage) and hold no business rules. Components read it through the selectors at the bottom.
 *
 * Each slice (session, route, library, access log, encoder, work, MPI) lives in ./slices/ with its
 * interface and its creator; `AppState` is their intersection (./slices/types.ts). Slices import
 * that type only, and this file composes the creators into the store.
 */
import { create } from 'zustand';
import type { AppState } from './slices/types.ts';
import { createSessionSlice } from './slices/session.ts';
import { createNavigationSlice } from './slices/navigation.ts';
import { createLibrarySlice } from './slices/library.ts';
import { createAccessSlice } from './slices/access.ts';
import { createEncoderSlice } from './slices/encoder.ts';
import { createWorkSlice } from './slices/work.ts';
import { createMpiSlice } from './slices/mpi.ts';

export type { AppState, ImportState, FhirImportChoices, BundledState, CodingTarget, OpenWork } from './slices/types.ts';

export const useAppStore = create<AppState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createNavigationSlice(...a),
  ...createLibrarySlice(...a),
  ...createAccessSlice(...a),
  ...createEncoderSlice(...a),
  ...createWorkSlice(...a),
  ...createMpiSlice(...a),
}));

/** Named selectors: components read the store through these. */
export const selectTrainee = (s: AppState) => s.trainee;
export const selectRoute = (s: AppState) => s.route;
export const selectImportState = (s: AppState) => s.importState;
export const selectBundled = (s: AppState) => s.bundled;
export const selectPatientQuery = (s: AppState) => s.patientQuery;
export const selectEncoderOpen = (s: AppState) => s.encoderOpen;
export const selectWork = (packId: string) => (s: AppState) => s.works.get(packId);
