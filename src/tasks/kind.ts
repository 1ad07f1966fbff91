/**
 * What a task kind is. Each kind lives in its own folder (`src/tasks/<kind>/`) and exports one
 * `TaskKindDefinition`, made with `defineTaskKind` so that the compiler refuses a kind with a
 * missing piece: its task, key and work schemas, a pure handler for every one of its commands, its
 * scorer, perfect work from its key, its pack reference checks, and its labels. The registry
 * (./registry.ts) lists the kinds; the grader, the command dispatcher, the pack checks and the
 * work record all read it. Pure.
 */
import type { z } from 'zod';
import type { RhitDomain } from './common/schema.ts';
import type { GradeContext } from './common/context.ts';
import type { Scored } from './common/scoring.ts';
import type { Path, ReferenceCheck } from './common/references.ts';
import type { WorkItem, WorkItemSource } from './common/work-item.ts';

/** What every kind's task has. */
export interface TaskShape {
  id: string;
  kind: string;
  title: string;
  instructions: string;
  rhitDomain: RhitDomain;
  difficulty: 'easy' | 'medium' | 'hard';
  estimatedMinutes: number;
}

/** A command names its kind first (`file/index`) and the task it acts on. */
export interface CommandShape {
  type: string;
  taskId: string;
}

/** A pure command handler: the new work for the task, or a problem in words when it is refused. */
export type CommandHandler<T, W, C> = (work: W, command: C, context: { readonly task: T }) => W | string;

export interface TaskKindDefinition<
  T extends TaskShape,
  K extends { kind: T['kind'] },
  W extends { kind: T['kind'] },
  C extends CommandShape,
> {
  readonly kind: T['kind'];
  /** The kind as the department says it: "Filing", "Coding". */
  readonly label: string;
  readonly schemas: {
    readonly task: z.ZodType<T>;
    readonly key: z.ZodType<K>;
    readonly work: z.ZodType<W>;
  };
  /** The work of a task nobody has touched. */
  readonly blankWork: () => W;
  /** True when the trainee has done nothing on the task (it scores 0 and shows "Not started"). */
  readonly isUntouched: (work: W) => boolean;
  /** One pure handler per command; the command's type starts with the kind (`file/index`). */
  readonly commands: { readonly [N in C['type']]: CommandHandler<T, W, Extract<C, { type: N }>> };
  readonly score: (input: { readonly task: T; readonly key: K; readonly work: W | undefined; readonly ctx: GradeContext }) => Scored;
  /** The work that follows the key exactly: it must score 100 %. */
  readonly perfectWork: (key: K, task: T) => W;
  /**
   * A trainee's way to the perfect work, as commands, using every one of the kind's commands at
   * least once (taking back what it tries). The registry contract test replays it: it must reach
   * work that scores 100 %, so every key can be answered through the commands the app gives.
   */
  readonly walkthrough: (key: K, task: T) => C[];
  /** Checks what the task names (loose documents, charts, encounters) against the pack. */
  readonly checkTask: (task: T, check: ReferenceCheck, path: Path) => void;
  /** Checks what the key names against the pack and against its task. */
  readonly checkKey: (key: K, task: T, check: ReferenceCheck, path: Path) => void;
  /**
   * The task as a work queue lists it (patient, account, service, dates, request, due date), from
   * the pack: never the answer, which the task's title may give away (common/work-item.ts).
   */
  readonly workItem: (task: T, source: WorkItemSource) => WorkItem;
  /** The kind's words for its codes: every value of every enum it shows, keyed by table name. */
  readonly labels: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Declares a task kind; the generic parameters make the compiler check every piece. */
export function defineTaskKind<T extends TaskShape, K extends { kind: T['kind'] }, W extends { kind: T['kind'] }, C extends CommandShape>(
  definition: TaskKindDefinition<T, K, W, C> & { readonly commands: { readonly [N in C['type']]: unknown } },
): TaskKindDefinition<T, K, W, C> {
  return definition;
}
