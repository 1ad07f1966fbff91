/** What every task workspace receives: the pack, its task, the trainee's work on it, and how to act. */
import type { PackRows } from '../../packs/normalise.ts';
import type { Command } from '../../tasks/work.ts';

/** A command of one task, without the task id (the workspace fills it in). */
export type TaskCommand = Command extends infer C ? (C extends { taskId: string } ? Omit<C, 'taskId'> : never) : never;

export interface WorkspaceProps<T, W> {
  rows: PackRows;
  task: T;
  work: W | undefined;
  act: (command: TaskCommand) => void;
  /** Submitted: shown as handed in, nothing can change. */
  locked: boolean;
}
