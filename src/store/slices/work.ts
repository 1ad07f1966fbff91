/**
 * Work: the trainee's work on each pack, changed by commands. A command is shown at once (applied
 * to the work this tab holds) and saved by applying it again to the row as stored, in one
 * transaction, so another tab's actions are never overwritten; the stored result, with every
 * tab's actions, then replaces what this tab shows. A live query brings other tabs' changes in.
 */
import type { StateCreator } from 'zustand';
import type * as WorkModule from '../../tasks/work.ts';
import type * as WorkFileModule from '../../tasks/work-file.ts';
import type { Command, Work } from '../../tasks/work.ts';
import { updateWork, watchWork, getWork, type WorkRow } from '../../storage/work.ts';
import { listPackTasks } from '../../storage/packs.ts';
import { clock } from '../../app/clock.ts';
import { storageFailureMessage } from '../storage-failure.ts';
import type { AppState, OpenWork, WorkSlice } from './types.ts';

/** Saves of work, in the order commands were given. */
let workWrites: Promise<void> = Promise.resolve();
/** Commands given in this tab whose save has not finished, per pack. */
const pending = new Map<string, number>();
/** The live queries of open work, per pack. */
const watching = new Map<string, () => void>();

type Modules = typeof WorkModule & typeof WorkFileModule;
/** The work record's schema and command handlers load with the work queues, not on the first screen. */
let workModule: Modules | undefined;

async function loadWorkModule(): Promise<Modules> {
  const [work, file] = await Promise.all([import('../../tasks/work.ts'), import('../../tasks/work-file.ts')]);
  return { ...work, ...file };
}

/** Stored work read like a work file (migrated, validated), or why it cannot be. */
function readStored(modules: Modules, row: WorkRow): { work: Work } | { unreadable: string } {
  const read = modules.readWorkJson(row.work);
  if (read.ok) return { work: read.value };
  const first = read.problems[0];
  return {
    unreadable: `Your saved work on this pack could not be read (${first ? `${first.path}: ${first.message}` : 'unknown problem'}). It is kept as it was; nothing will be saved over it.`,
  };
}

/** The counts with one more action on `taskId` (ids are data: read as own properties only). */
function counted(counts: Readonly<Record<string, number>>, taskId: string): Record<string, number> {
  return { ...counts, [taskId]: (Object.hasOwn(counts, taskId) ? counts[taskId]! : 0) + 1 };
}

export const createWorkSlice: StateCreator<AppState, [], [], WorkSlice> = (set, get) => {
  const put = (packId: string, open: OpenWork) => set({ works: new Map(get().works).set(packId, open) });

  /** The stored row, as this tab should show it (when nothing of its own is still being saved). */
  const adopt = (packId: string, row: WorkRow | undefined) => {
    const open = get().works.get(packId);
    if (!open || !workModule || (pending.get(packId) ?? 0) > 0 || !row) return;
    const read = readStored(workModule, row);
    if ('unreadable' in read) put(packId, { ...open, unreadable: read.unreadable });
    else if (row.commands !== open.commands || JSON.stringify(read.work) !== JSON.stringify(open.work)) {
      put(packId, { ...open, work: read.work, commands: row.commands, taskCommands: row.taskCommands ?? {}, saved: true });
    }
  };

  return {
    works: new Map(),
    openWork: async (packId) => {
      const trainee = get().trainee;
      if (!trainee || get().works.get(packId)) return;
      workModule ??= await loadWorkModule();
      const modules = workModule;
      const [row, tasks] = await Promise.all([getWork(packId, trainee.id), listPackTasks(packId)]);
      const identity = { name: trainee.name, ...(trainee.studentId ? { studentId: trainee.studentId } : {}) };
      let open: OpenWork = { work: modules.emptyWork(packId, identity), commands: 0, taskCommands: {}, saved: true, tasks };
      if (row) {
        const read = readStored(modules, row);
        open =
          'work' in read
            ? { ...open, work: read.work, commands: row.commands, taskCommands: row.taskCommands ?? {} }
            : { ...open, unreadable: read.unreadable };
      }
      if (get().works.get(packId)) return;
      put(packId, open);
      watching.get(packId)?.();
      watching.set(
        packId,
        watchWork(
          packId,
          trainee.id,
          (changed) => adopt(packId, changed),
          () => undefined,
        ),
      );
    },
    dispatch: (packId, command: Command) => {
      const trainee = get().trainee;
      const open = get().works.get(packId);
      const modules = workModule;
      if (!trainee || !open || !modules) return 'the work on this pack is not open yet';
      if (open.unreadable) return open.unreadable;
      const tasks = modules.tasksById(open.tasks);
      const shown = modules.applyCommand(open.work, command, tasks);
      if (shown.problem !== undefined) {
        put(packId, { ...open, problem: shown.problem });
        return shown.problem;
      }
      const { problem: _cleared, ...rest } = open;
      put(packId, {
        ...rest,
        work: shown.work,
        commands: open.commands + 1,
        taskCommands: counted(open.taskCommands, command.taskId),
        saved: false,
      });
      pending.set(packId, (pending.get(packId) ?? 0) + 1);
      const identity = open.work.trainee;
      const save = () =>
        updateWork(packId, trainee.id, (current) => {
          let base: Work = modules.emptyWork(packId, identity);
          if (current) {
            const read = readStored(modules, current);
            if ('unreadable' in read) return { problem: read.unreadable };
            base = read.work;
          }
          const applied = modules.applyCommand(base, command, tasks);
          if (applied.problem !== undefined) return { problem: applied.problem };
          return {
            packId,
            traineeId: trainee.id,
            updatedAt: clock.now().toISOString(),
            commands: (current?.commands ?? 0) + 1,
            taskCommands: counted(current?.taskCommands ?? {}, command.taskId),
            work: applied.work,
          };
        });
      workWrites = workWrites.then(save).then(
        (result) => {
          const left = (pending.get(packId) ?? 1) - 1;
          pending.set(packId, left);
          const now = get().works.get(packId);
          if (!now) return;
          if (result.problem !== undefined) {
            // Another tab changed the work first (submitted the task, say): show the stored work and why.
            const read = result.row && readStored(modules, result.row);
            const stored =
              read && 'work' in read
                ? { work: read.work, commands: result.row!.commands, taskCommands: result.row!.taskCommands ?? {} }
                : {};
            put(packId, {
              ...now,
              ...stored,
              saved: left === 0,
              problem: `This action was not saved: ${result.problem} (the work was changed in another tab or window).`,
            });
            return;
          }
          if (left === 0) {
            const read = readStored(modules, result.row);
            put(packId, {
              ...now,
              ...('work' in read ? { work: read.work } : {}),
              commands: result.row.commands,
              taskCommands: result.row.taskCommands ?? {},
              saved: true,
            });
          }
        },
        (error: unknown) => {
          pending.set(packId, (pending.get(packId) ?? 1) - 1);
          const now = get().works.get(packId);
          if (now)
            put(packId, {
              ...now,
              saved: false,
              problem: `${storageFailureMessage(error, 'Saving your last change')} Until it is saved, export your work from the results screen to keep it.`,
            });
        },
      );
      return undefined;
    },
    flushWork: () => workWrites,
    closeAllWork: () => {
      for (const stop of watching.values()) stop();
      watching.clear();
      set({ works: new Map() });
    },
  };
};
