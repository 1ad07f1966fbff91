/**
 * Access log: records what the trainee opens and exports. A view (a chart, a document) may render
 * twice for one look, so a repeat of the entry logged just before is skipped; a deliberate act (a
 * reason given for a protected record, an export) is always logged.
 */
import type { StateCreator } from 'zustand';
import { isViewAction } from '../../access/log.ts';
import { recordAccess } from '../../storage/access-log.ts';
import { clock } from '../../app/clock.ts';
import type { AppState, AccessSlice } from './types.ts';

export const createAccessSlice: StateCreator<AppState, [], [], AccessSlice> = (set, get) => ({
  lastLoggedKey: undefined,
  logAccess: async (entry) => {
    const trainee = get().trainee;
    if (!trainee) return;
    const key = `${entry.action}|${entry.packId}|${entry.patientId ?? ''}|${entry.documentId ?? ''}`;
    if (isViewAction(entry.action) && get().lastLoggedKey === key) return;
    set({ lastLoggedKey: key });
    await recordAccess({ ...entry, traineeId: trainee.id, traineeName: trainee.name, at: clock.now().toISOString() });
  },
});
