/**
 * A trainee's work: a small, serialisable record of answers per task (never UI state), versioned
 * like packs so it can travel as a file, through SCORM suspend_data, and into the grader.
 * Every change is a named command with a pure handler: `applyCommand(work, command, tasks) → work'`.
 * The dispatcher finds the task, refuses a command of another kind, runs the kind's handler, and
 * checks the result against the kind's work schema, so nothing is saved that the grader would
 * refuse. Pure.
 */
import { z } from 'zod';
import { Id } from '../chart/model.ts';
import { own } from '../chart/own.ts';
import { problemsFromZod } from '../intake/problems.ts';
import {
  TASK_KINDS,
  TASK_KIND_IDS,
  isTaskKind,
  kindOf,
  type AnyKindCommand,
  type AnyTask,
  type AnyTaskWork,
  type TaskKind,
} from './registry.ts';

export const WORK_FORMAT = 'record-room-work';
/**
 * Version 2: a request's accounting entry is structured (date, recipient, description, purpose).
 * Version 3: a task practised again keeps its earlier submitted attempts.
 */
export const WORK_VERSION = 3;
/** How many earlier attempts of one task the work keeps (the oldest go first). */
export const MAX_ATTEMPTS = 20;

type DiscriminatedOptions = Parameters<typeof z.discriminatedUnion>[1];
/** One task's work, of any registered kind. */
export const TaskWork = z.discriminatedUnion(
  'kind',
  TASK_KIND_IDS.map((k) => TASK_KINDS[k].schemas.work) as unknown as DiscriminatedOptions,
) as unknown as z.ZodType<AnyTaskWork>;

export const Trainee = z.strictObject({ name: z.string().max(100), studentId: z.string().max(40).optional() });

export const Work = z.strictObject({
  format: z.literal(WORK_FORMAT),
  version: z.literal(WORK_VERSION),
  packId: Id,
  trainee: Trainee,
  tasks: z.record(Id, TaskWork).default({}),
  /** When each task was submitted; a submitted task no longer changes. */
  submitted: z.record(Id, z.string().max(40)).default({}),
  /** Earlier submitted attempts of tasks practised again, oldest first: the trainee's history. */
  attempts: z.record(Id, z.array(z.strictObject({ work: TaskWork, submittedAt: z.string().max(40) })).max(MAX_ATTEMPTS)).default({}),
});

export type TaskWork = AnyTaskWork;
export type Work = z.infer<typeof Work>;
export type { FileWork } from './file/schema.ts';
export type { RetrieveWork } from './retrieve/schema.ts';
export type { CompleteWork } from './complete/schema.ts';
export type { CodeWork } from './code/schema.ts';

export function emptyWork(packId: string, trainee: Work['trainee']): Work {
  return { format: WORK_FORMAT, version: WORK_VERSION, packId, trainee, tasks: {}, submitted: {}, attempts: {} };
}

/** The work on one task, when there is any (ids are data: never an inherited property). */
export function taskWorkOf(work: Work, taskId: string): TaskWork | undefined {
  return own(work.tasks, taskId);
}
export function submittedAt(work: Work, taskId: string): string | undefined {
  return own(work.submitted, taskId);
}
/** A task's earlier submitted attempts, oldest first. */
export function attemptsOf(work: Work, taskId: string): Work['attempts'][string] {
  return own(work.attempts, taskId) ?? [];
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

export type SubmitCommand = { type: 'task/submit'; taskId: string; at: string };
/** A submitted task starts again from blank work; the submitted attempt joins the task's history. */
export type PractiseAgainCommand = { type: 'task/practise-again'; taskId: string };
export type Command = AnyKindCommand | SubmitCommand | PractiseAgainCommand;

export type CommandResult = { work: Work; problem?: undefined } | { work: Work; problem: string };

/** How the dispatcher finds the task a command acts on. */
export type TaskLookup = (taskId: string) => AnyTask | undefined;

/** A lookup over a pack's task list. */
export function tasksById(tasks: readonly AnyTask[]): TaskLookup {
  const map = new Map(tasks.map((t) => [t.id, t]));
  return (id) => map.get(id);
}

/** Applies one command. Pure: returns new work (or the same work and a problem), never mutates. */
export function applyCommand(work: Work, command: Command, tasks: TaskLookup): CommandResult {
  const task = tasks(command.taskId);
  if (!task) return { work, problem: `there is no task "${command.taskId}" in this pack` };
  if (command.type === 'task/practise-again') return practiseAgain(work, task);
  if (submittedAt(work, task.id)) return { work, problem: 'this task has been submitted and can no longer change' };
  if (command.type === 'task/submit') {
    return { work: { ...work, submitted: { ...work.submitted, [task.id]: command.at } } };
  }
  const commandKind = command.type.split('/')[0] ?? '';
  const kind = kindOf(task.kind);
  if (commandKind !== task.kind) {
    const what = isTaskKind(commandKind) ? `a ${TASK_KINDS[commandKind].label.toLowerCase()} command` : 'not a command Record Room knows';
    return { work, problem: `"${command.type}" is ${what}, but "${task.title}" is a ${kind.label.toLowerCase()} task` };
  }
  const handler = (
    kind.commands as Record<string, ((w: AnyTaskWork, c: Command, ctx: { task: AnyTask }) => AnyTaskWork | string) | undefined>
  )[command.type];
  if (!handler) return { work, problem: `"${command.type}" is not a command Record Room knows` };
  const current = taskWorkOf(work, task.id) ?? kind.blankWork();
  if (current.kind !== task.kind) return { work, problem: `the saved work on "${task.title}" is ${current.kind} work, not ${task.kind}` };
  const next = handler(current, command, { task });
  if (typeof next === 'string') return { work, problem: next };
  const checked = kind.schemas.work.safeParse(next, { reportInput: true });
  if (!checked.success) {
    const first = problemsFromZod(checked.error.issues)[0];
    return { work, problem: `the change was refused: ${first ? `${first.path} ${first.message}` : 'it does not fit the work record'}` };
  }
  return { work: { ...work, tasks: { ...work.tasks, [task.id]: checked.data } } };
}

function practiseAgain(work: Work, task: AnyTask): CommandResult {
  const at = submittedAt(work, task.id);
  if (!at) return { work, problem: 'only a submitted task can be practised again' };
  const attempt = { work: taskWorkOf(work, task.id) ?? kindOf(task.kind).blankWork(), submittedAt: at };
  const { [task.id]: _work, ...tasks } = work.tasks;
  const { [task.id]: _at, ...submitted } = work.submitted;
  return {
    work: {
      ...work,
      tasks,
      submitted,
      attempts: { ...work.attempts, [task.id]: [...attemptsOf(work, task.id), attempt].slice(-MAX_ATTEMPTS) },
    },
  };
}

/** The kinds as the department says them ("Filing", "Coding"). */
export const KIND_LABELS = Object.fromEntries(TASK_KIND_IDS.map((k) => [k, TASK_KINDS[k].label])) as Record<TaskKind, string>;

/** True when the trainee has done nothing on the task. */
export function isUntouched(work: TaskWork | undefined): boolean {
  return work === undefined || kindOf(work.kind).isUntouched(work);
}
