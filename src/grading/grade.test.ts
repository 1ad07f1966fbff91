/**
 * The grader as a whole: perfect and empty work, determinism, domains, and the rule that every
 * point a trainee loses is carried by an item they can read — checked over thousands of varied
 * submissions to the bundled packs, built from the kinds' own commands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackBytes } from '../packs/read.ts';
import type { Pack } from '../packs/format.ts';
import { kindOf } from '../tasks/registry.ts';
import { applyCommand, emptyWork, tasksById, type Command, type Work } from '../tasks/work.ts';
import { REPORT_VERSION, grade } from './grade.ts';
import { perfectPackWork } from './perfect.ts';
import { expectAccounted, gradingPack, taskReport, workFrom } from '../../tests/helpers/grading.ts';

describe('grade', () => {
  const { pack, keys } = gradingPack();

  it('gives 100 % to perfect work derived from every key, and 0 % to empty work', () => {
    const report = grade(pack, keys, perfectPackWork(pack, keys));
    expect(report.tasks.map((t) => [t.taskId, t.percent])).toEqual([
      ['t-file', 100],
      ['t-code', 100],
      ['t-complete', 100],
      ['t-roi', 100],
    ]);
    expect(report.overall.percent).toBe(100);
    expect(report.version).toBe(REPORT_VERSION);
    expect(grade(pack, keys, emptyWork(pack.pack.id, { name: 'Nobody' })).tasks.map((t) => [t.percent, t.untouched])).toEqual([
      [0, true],
      [0, true],
      [0, true],
      [0, true],
    ]);
  });

  it('is deterministic: the same inputs give the same report', () => {
    const work = workFrom(pack, [{ type: 'code/add-diagnosis', taskId: 't-code', code: 'J189', poa: 'Y' }]);
    expect(JSON.stringify(grade(pack, keys, work))).toBe(JSON.stringify(grade(pack, keys, work)));
  });

  it('grades work of the wrong kind for a task as not attempted', () => {
    const perfect = perfectPackWork(pack, keys);
    const swapped: Work = { ...perfect, tasks: { ...perfect.tasks, 't-code': perfect.tasks['t-file']! } };
    const r = taskReport(pack, keys, swapped, 't-code');
    expect([r.percent, r.untouched]).toEqual([0, true]);
  });

  it('reports per RHIT domain and overall', () => {
    const perfect = perfectPackWork(pack, keys);
    const report = grade(pack, keys, { ...emptyWork(pack.pack.id, { name: 'K' }), tasks: { 't-file': perfect.tasks['t-file']! } });
    expect(report.byDomain).toEqual([
      { domain: 'data-content', label: 'Data Content, Structure and Information Governance', percent: 50, tasks: 2 },
      { domain: 'privacy-security', label: 'Access, Use, Disclosure, Privacy and Security', percent: 0, tasks: 1 },
      { domain: 'revenue-cycle', label: 'Revenue Cycle Management', percent: 0, tasks: 1 },
    ]);
    expect(report.overall).toEqual({ percent: 25, tasks: 4 });
  });

  it('grades only submitted tasks when asked, as the results screen does', () => {
    const work = workFrom(pack, [{ type: 'task/submit', taskId: 't-code', at: '2025-03-01T10:00:00Z' }]);
    expect(grade(pack, keys, work, { onlySubmitted: true }).tasks.map((t) => t.taskId)).toEqual(['t-code']);
  });
});

/** A small deterministic generator, so the varied submissions are the same on every run. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
}

/** Realistic variations of a keyed task's walkthrough: steps left out, steps repeated, answers from other tasks mixed in. */
function variedWork(pack: Pack, rand: () => number): Work {
  const tasks = tasksById(pack.tasks);
  const byTask = new Map(pack.keys.map((k) => [k.taskId, k.key]));
  const all: Command[] = pack.tasks.flatMap((t) => {
    const key = byTask.get(t.id);
    return key && key.kind === t.kind ? kindOf(t.kind).walkthrough(key, t) : [];
  });
  let work = emptyWork(pack.pack.id, { name: 'Varied' });
  for (const task of pack.tasks) {
    const key = byTask.get(task.id);
    if (!key || key.kind !== task.kind || rand() < 0.1) continue;
    const steps = kindOf(task.kind).walkthrough(key, task) as Command[];
    for (const step of steps) {
      const r = rand();
      if (r < 0.2) continue;
      const command = r < 0.3 ? { ...all[Math.floor(rand() * all.length)]!, taskId: task.id } : step;
      work = applyCommand(work, command, tasks).work;
    }
  }
  return work;
}

describe('grade: every point lost is explained', () => {
  const bundled = ['scenarios/riverside/riverside-general.pack.json', 'scenarios/lakeside/lakeside-community.pack.json'].map((path) => {
    const read = readPackBytes(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(path);
    return read.pack;
  });

  it.each(bundled.map((p) => [p.pack.id, p] as const))(
    'over 150 varied submissions to %s, items account for every lost point',
    (_id, pack) => {
      const rand = prng(20_261_204);
      let graded = 0;
      let imperfect = 0;
      for (let i = 0; i < 150; i++) {
        const report = grade(pack, pack.keys, variedWork(pack, rand));
        for (const task of report.tasks) {
          expectAccounted(task);
          expect(task.percent).toBeGreaterThanOrEqual(0);
          expect(task.percent).toBeLessThanOrEqual(100);
          graded++;
          if (task.percent < 100) imperfect++;
        }
      }
      expect(graded).toBeGreaterThan(1_000);
      expect(imperfect).toBeGreaterThan(graded / 4);
    },
  );
});
