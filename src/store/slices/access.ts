/** Access log: records what the trainee opens, skipping a repeat of the entry logged just before. */
import type { StateCreator } from 'zustand';
import { recordAccess } from '../../storage/access-log.ts';
import { clock } from '../../app/clock.ts';
import type { AppState, AccessSlice } from './types.ts';

export const createAccessSlice: StateCreator<AppState, [], [], AccessSlice> = (set, get) => ({
  lastLoggedKey: undefined,
  logAccess: async (entry) => {
    const trainee = get().trainee;
    if (!trainee) return;
    const key = `${entry.action}|${entry.packId}|${entry.patientId ?? ''}|${entry.documentId ?? ''}`;
    if (get().lastLoggedKey === key) return;
    set({ lastLoggedKey: key });
    await recordAccess({ ...entry, traineeId: trainee.id, traineeName: trainee.name, at: clock.now().toISOString() });
  },
});
