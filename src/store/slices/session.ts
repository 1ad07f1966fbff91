/**
 * Session: the trainee signed in on this browser, and everyone who has practised in it (a shared
 * lab PC). Work and access logs are kept per trainee, so signing out or switching trainee keeps
 * each trainee's work apart; signing in again as oneself continues one's own work.
 */
import type { StateCreator } from 'zustand';
import { sameTrainee, withTrainee, type Trainee } from '../../access/trainee.ts';
import { deleteSetting, getSetting, setSetting } from '../../storage/settings.ts';
import { clock } from '../../app/clock.ts';
import { storageFailureMessage } from '../storage-failure.ts';
import type { AppState, SessionSlice } from './types.ts';

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `t-${clock.now().getTime()}-${Math.random().toString(36).slice(2)}`;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => {
  /** Saves who is signed in and remembers them among this browser's trainees. */
  const signIn = async (trainee: Trainee, known: readonly Trainee[]) => {
    await setSetting('trainee', trainee);
    await setSetting('trainees', withTrainee(known, trainee));
    set({ trainee, works: new Map(), sessionProblem: undefined, signedOut: undefined });
  };

  return {
    trainee: undefined,
    sessionLoaded: false,
    sessionProblem: undefined,
    signedOut: undefined,
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
      set({ sessionProblem: undefined });
      try {
        const known = (await getSetting('trainees')) ?? [];
        const trainee: Trainee = sameTrainee(known, name, studentId) ?? {
          id: newId(),
          name: name.trim(),
          ...(studentId.trim() ? { studentId: studentId.trim() } : {}),
          createdAt: clock.now().toISOString(),
        };
        await signIn(trainee, known);
      } catch (error) {
        set({ sessionProblem: storageFailureMessage(error, "Saving your name in this browser's storage") });
      }
    },
    continueAs: async (traineeId) => {
      set({ sessionProblem: undefined });
      try {
        const known = (await getSetting('trainees')) ?? [];
        const trainee = known.find((t) => t.id === traineeId);
        if (trainee) await signIn(trainee, known);
      } catch (error) {
        set({ sessionProblem: storageFailureMessage(error, "Saving who is signed in to this browser's storage") });
      }
    },
    signOut: async (reason) => {
      // Every action already given is saved first: signing out loses nothing.
      await get().flushWork();
      get().closeAllWork();
      await deleteSetting('trainee');
      set({ trainee: undefined, works: new Map(), signedOut: reason, encoderOpen: false });
      get().navigate({ page: 'patients' });
    },
  };
};
