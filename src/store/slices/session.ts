/** Session: the trainee signed in on this browser. */
import type { StateCreator } from 'zustand';
import type { Trainee } from '../../access/trainee.ts';
import { getSetting, setSetting } from '../../storage/settings.ts';
import { clock } from '../../app/clock.ts';
import { storageFailureMessage } from '../storage-failure.ts';
import type { AppState, SessionSlice } from './types.ts';

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `t-${clock.now().getTime()}-${Math.random().toString(36).slice(2)}`;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  trainee: undefined,
  sessionLoaded: false,
  sessionProblem: undefined,
  loadSession: async () => {
    try {
      const trainee = await getSetting('trainee');
      set({ trainee, sessionLoaded: true, sessionProblem: undefined });
    } catch (error) {
      // The welcome screen opens and says why; signing in tries storage again.
      set({
        trainee: undefined,
        sessionLoaded: true,
        sessionProblem: storageFailureMessage(error, "Reading who is signed in from this browser's storage"),
      });
    }
  },
  startSession: async (name, studentId) => {
    const trainee: Trainee = {
      id: newId(),
      name: name.trim(),
      ...(studentId.trim() ? { studentId: studentId.trim() } : {}),
      createdAt: clock.now().toISOString(),
    };
    set({ sessionProblem: undefined });
    try {
      await setSetting('trainee', trainee);
    } catch (error) {
      set({ sessionProblem: storageFailureMessage(error, "Saving your name in this browser's storage") });
      return;
    }
    set({ trainee, works: new Map(), sessionProblem: undefined });
  },
});
