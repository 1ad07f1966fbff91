/**
 * Grading test helpers: the buildPack() charts with one task of each kind (tests/fixtures/tasks.ts),
 * work built from named commands, one task's report, and the check every report must pass — the
 * points lost add up to what the task lost.
 */
import { expect } from 'vitest';
import { readPackJson } from '../../src/packs/read.ts';
import type { Pack, PackInput, TaskKey } from '../../src/packs/format.ts';
import { applyCommand, emptyWork, tasksById, type Command, type Work } from '../../src/tasks/work.ts';
import { grade, type GradeOptions, type TaskReport } from '../../src/grading/grade.ts';
import { buildPack } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';

/** The fixture pack, read through the pipeline (defaults filled in), with changes. */
export function gradingPack(over: Partial<PackInput> = {}): { pack: Pack; keys: TaskKey[] } {
  const result = readPackJson({ ...buildPack(), tasks: TASKS, keys: KEYS, ...over });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return { pack: result.pack, keys: result.pack.keys };
}

/** Work from commands; a refused command fails the test with its problem. */
export function workFrom(pack: Pack, commands: readonly Command[]): Work {
  const tasks = tasksById(pack.tasks);
  let work = emptyWork(pack.pack.id, { name: 'Jordan Lee' });
  for (const c of commands) {
    const result = applyCommand(work, c, tasks);
    if (result.problem !== undefined) throw new Error(`${c.type} refused: ${result.problem}`);
    work = result.work;
  }
  return work;
}

/** The points lost by items add up to 100 − the task's percent. */
export function expectAccounted(report: TaskReport): void {
  const lost = report.items.reduce((n, i) => n + i.lost, 0);
  expect(
    Math.abs(lost - (100 - report.percent)),
    `${report.taskId}: items account for ${lost.toFixed(2)} points of ${(100 - report.percent).toFixed(2)}`,
  ).toBeLessThan(0.05 * Math.max(1, report.items.length));
  for (const i of report.items)
    if (i.lost > 0) expect(i.explanation, `${report.taskId}: ${i.label} lost points without a reason`).not.toBe('');
}

/** One task's report (keys defaulting to the pack's), checked for accounting. */
export function taskReport(pack: Pack, keys: readonly TaskKey[], work: Work, taskId: string, options: GradeOptions = {}): TaskReport {
  const report = grade(pack, keys, work, options).tasks.find((t) => t.taskId === taskId);
  if (!report) throw new Error(`no report for ${taskId}`);
  expectAccounted(report);
  return report;
}

export const partScore = (report: TaskReport, name: string): number | undefined => report.parts.find((p) => p.name === name)?.score;
export const itemOf = (report: TaskReport, id: string) => report.items.find((i) => i.id === id);

/** A command without its task id, kind by kind. */
export type BareCommand = Command extends infer C ? (C extends { taskId: string } ? Omit<C, 'taskId'> : never) : never;
/** Commands for one task. */
export const on = (taskId: string, commands: readonly BareCommand[]): Command[] => commands.map((c) => ({ ...c, taskId }));
