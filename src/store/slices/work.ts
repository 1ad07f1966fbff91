/** Work: the trainee's work on each pack, changed by commands and saved after each one. */
import type { StateCreator } from 'zustand';
import type * as WorkModule from '../../tasks/work.ts';
import type * as WorkFileModule from '../../tasks/work-file.ts';
import { getWork, putWork } from '../../storage/work.ts';
import { listPackTasks } from '../../storage/packs.ts';
import { clock } from '../../app/clock.ts';
import type { AppState, OpenWork, WorkSlice } from './types.ts';



/** Saves of work, in the order commands were given. */
let workWrites: Promise<void> = Promise.resolve();

/** The work record's schema and command handlers load with the work queues, not on the first screen. */
let workModule: (typeof WorkModule & typeof WorkFileModule) | undefined;

async function loadWorkModule(): Promise<typeof WorkModule & typeof WorkFileModule> {
  const [work, file] = await Promise.all([import('../../tasks/work.ts'), import('../../tasks/work-file.ts')]);
  return { ...work, ...file };
}

export const createWorkSlice: StateCreator<AppState, [], [], WorkSlice> = (set, get) => ({
  works: {},
  openWork: async (packId) => {
    const trainee = get().trainee;
    if (!trainee || get().works[packId]) return;
    workModule ??= await loadWorkModule();
    const { emptyWork, readWorkJson } = workModule;
    const [row, tasks] = await Promise.all([getWork(packId, trainee.id), listPackTasks(packId)]);
    const identity = { name: trainee.name, ...(trainee.studentId ? { studentId: trainee.studentId } : {}) };
    let open: OpenWork = { work: emptyWork(packId, identity), commands: 0, saved: true, tasks };
    if (row) {
      // Stored work is read like a work file: migrated from older versions and validated.
      const read = readWorkJson(row.work);
      if (read.ok) open = { work: read.value, commands: row.commands, saved: true, tasks };
      else {
        const first = read.problems[0];
        open = { ...open, unreadable: `Your saved work on this pack could not be read (${first ? `${first.path}: ${first.message}` : 'unknown problem'}). It is kept as it was; nothing will be saved over it.` };
      }
    }
    if (!get().works[packId]) set({ works: { ...get().works, [packId]: open } });
  },
  dispatch: (packId, command) => {
    const trainee = get().trainee;
    const open = get().works[packId];
    if (!trainee || !open || !workModule) return 'the work on this pack is not open yet';
    if (open.unreadable) return open.unreadable;
    const result = workModule.applyCommand(open.work, command, workModule.tasksById(open.tasks));
    if (result.problem !== undefined) {
      set({ works: { ...get().works, [packId]: { ...open, problem: result.problem } } });
      return result.problem;
    }
    const next: OpenWork = { work: result.work, commands: open.commands + 1, saved: false, tasks: open.tasks };
    set({ works: { ...get().works, [packId]: next } });
    const row = { packId, traineeId: trainee.id, updatedAt: clock.now().toISOString(), commands: next.commands, work: next.work };
    workWrites = workWrites.then(() => putWork(row)).then(
      () => {
        const now = get().works[packId];
        if (now?.commands === row.commands) set({ works: { ...get().works, [packId]: { ...now, saved: true } } });
      },
      (error: unknown) => {
        const now = get().works[packId];
        const message = `Your last change could not be saved (${error instanceof Error ? error.message : String(error)}). Export your work now to keep it.`;
        if (now) set({ works: { ...get().works, [packId]: { ...now, problem: message } } });
      },
    );
    return undefined;
  },
  flushWork: () => workWrites,
});
