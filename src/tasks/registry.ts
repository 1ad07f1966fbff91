/**
 * The task-kind registry: every kind Record Room knows, one line each. The grader, the command
 * dispatcher, the pack checks and the work record read it; the UI has its own registry of
 * workspaces (src/ui/work/workspaces.ts). Adding a kind is one folder under src/tasks and one line
 * here (and one in the workspace registry): docs/architecture.md says exactly what the folder holds.
 */
import { fileKind } from './file/index.ts';
import { retrieveKind } from './retrieve/index.ts';
import { completeKind } from './complete/index.ts';
import { codeKind } from './code/index.ts';
import type { TaskKindDefinition } from './kind.ts';
import type { WorkItem, WorkItemSource } from './common/work-item.ts';

export const TASK_KINDS = {
  file: fileKind,
  retrieve: retrieveKind,
  complete: completeKind,
  code: codeKind,
} as const satisfies { readonly [K in string]: { readonly kind: K } };

type Registry = typeof TASK_KINDS;
export type TaskKind = keyof Registry;
export const TASK_KIND_IDS = Object.keys(TASK_KINDS) as TaskKind[];

/** The four types a kind is made of, read back from its definition. */
type PartsOf<K extends TaskKind> =
  Registry[K] extends TaskKindDefinition<infer T, infer Key, infer W, infer C> ? { task: T; key: Key; work: W; command: C } : never;

export type TaskOf<K extends TaskKind> = PartsOf<K>['task'];
export type KeyOf<K extends TaskKind> = PartsOf<K>['key'];
export type WorkOf<K extends TaskKind> = PartsOf<K>['work'];
export type CommandOf<K extends TaskKind> = PartsOf<K>['command'];

export type AnyTask = { [K in TaskKind]: TaskOf<K> }[TaskKind];
export type AnyKey = { [K in TaskKind]: KeyOf<K> }[TaskKind];
export type AnyTaskWork = { [K in TaskKind]: WorkOf<K> }[TaskKind];
export type AnyKindCommand = { [K in TaskKind]: CommandOf<K> }[TaskKind];

/** Any kind's definition, seen through the unions: what generic code (grader, dispatcher) calls. */
export type AnyKindDefinition = TaskKindDefinition<AnyTask, AnyKey, AnyTaskWork, AnyKindCommand>;

export const isTaskKind = (kind: string): kind is TaskKind => Object.hasOwn(TASK_KINDS, kind);

/**
 * A kind's definition for generic code. The one cast in the registry: TypeScript cannot follow that
 * a task of kind K always comes with K's key and work, which the schemas guarantee at run time.
 */
export function kindOf(kind: TaskKind): AnyKindDefinition {
  return TASK_KINDS[kind] as unknown as AnyKindDefinition;
}

/** A task as its work queue lists it: never its answer (common/work-item.ts). */
export function workItemOf(task: AnyTask, source: WorkItemSource): WorkItem {
  return kindOf(task.kind).workItem(task, source);
}
