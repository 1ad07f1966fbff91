/** Session: the trainee signed in on this browser. */
import type { StateCreator } from 'zustand';
import type { Trainee } from '../../access/trainee.ts';
import { getSetting, setSetting } from '../../storage/settings.ts';
import { clock } from '../../app/clock.ts';
import type { AppState, SessionSlice } from './types.ts';


function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `t-${clock.now().getTime()}-${Math.random().toString(36).slice(2)}`;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  trainee: undefined,
  sessionLoaded: false,
  loadSession: async () => {
    const trainee = await getSetting('trainee');
    set({ trainee, sessionLoaded: true });
  },
  startSession: async (name, studentId) => {
    const trainee: Trainee = {
      id: newId(),
      name: name.trim(),
      ...(studentId.trim() ? { studentId: studentId.trim() } : {}),
      createdAt: clock.now().toISOString(),
    };
    await setSetting('trainee', trainee);
    set({ trainee, works: new Map() });
  },
});
