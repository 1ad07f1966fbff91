/**
 * The contract every registered task kind keeps, run over every kind and every key of the bundled
 * packs and the test fixture: perfect work scores 100 %, blank work scores 0 % and counts as
 * untouched, the walkthrough reaches 100 % through the kind's own commands and uses each of them,
 * every command's result fits the kind's work schema, commands never change the work they are
 * given, and every label exists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackBytes } from '../packs/read.ts';
import type { Pack } from '../packs/format.ts';
import { PackFacts, noValidity } from './common/context.ts';
import { TASK_KINDS, TASK_KIND_IDS, kindOf } from './registry.ts';
import { gradeTask, packView } from '../grading/grade.ts';
import { applyCommand, emptyWork, tasksById, type Command } from './work.ts';
import { gradingPack } from '../../tests/helpers/grading.ts';

const bundled = ['scenarios/riverside/riverside-general.pack.json', 'scenarios/lakeside/lakeside-community.pack.json'].map((path) => {
  const read = readPackBytes(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(`${path}: ${read.problems[0]?.path}: ${read.problems[0]?.message}`);
  return read.pack;
});
const packs: Pack[] = [gradingPack().pack, ...bundled];

/** Deep-freezes a value so a handler that mutates its input throws. */
function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) freeze(v);
    Object.freeze(value);
  }
  return value;
}

describe.each(TASK_KIND_IDS)('task kind "%s"', (id) => {
  const kind = kindOf(id);
  const cases = packs.flatMap((pack) => {
    const tasks = new Map(pack.tasks.map((t) => [t.id, t]));
    return pack.keys.flatMap((k) => {
      const task = tasks.get(k.taskId);
      return task && task.kind === id ? [{ pack, task, key: k.key }] : [];
    });
  });

  it('is registered under its own id, with a label and its labels', () => {
    expect(TASK_KINDS[id].kind).toBe(id);
    expect(kind.label.trim()).not.toBe('');
    for (const [table, labels] of Object.entries(kind.labels)) {
      expect(Object.keys(labels).length, `${id} labels.${table}`).toBeGreaterThan(0);
      for (const [value, label] of Object.entries(labels)) expect(label.trim(), `${id} labels.${table}.${value}`).not.toBe('');
    }
    expect(cases.length, `no keyed ${id} task to check the contract on`).toBeGreaterThan(0);
  });

  it('scores perfect work from every key 100 %, and blank work 0 % as untouched', () => {
    for (const { pack, task, key } of cases) {
      const ctx = { facts: new PackFacts(packView(pack)), validity: noValidity };
      const perfect = gradeTask(task, key, kind.perfectWork(key, task), ctx);
      expect(perfect.percent, `${pack.pack.id}/${task.id} perfect`).toBe(100);
      expect(perfect.allCorrect, `${pack.pack.id}/${task.id} perfect is all correct`).toBe(true);
      const blank = kind.blankWork();
      expect(kind.isUntouched(blank)).toBe(true);
      expect(kind.schemas.work.parse(blank)).toEqual(blank);
      const empty = gradeTask(task, key, blank, ctx);
      expect(empty.percent, `${pack.pack.id}/${task.id} blank`).toBe(0);
      expect(empty.untouched).toBe(true);
    }
  });

  it('reaches 100 % through its own commands, each pure, each result fitting the work schema', () => {
    const used = new Set<string>();
    for (const { pack, task, key } of cases) {
      const lookup = tasksById(pack.tasks);
      let work = freeze(emptyWork(pack.pack.id, { name: 'Contract' }));
      for (const command of kind.walkthrough(key, task) as Command[]) {
        used.add(command.type);
        const before = JSON.stringify(work);
        const result = applyCommand(work, command, lookup);
        expect(result.problem, `${pack.pack.id}/${task.id}: ${command.type}`).toBeUndefined();
        expect(JSON.stringify(work), `${command.type} changed the work it was given`).toBe(before);
        expect(JSON.stringify(applyCommand(work, command, lookup).work), `${command.type} is deterministic`).toBe(
          JSON.stringify(result.work),
        );
        const taskWork = result.work.tasks[task.id]!;
        expect(kind.schemas.work.parse(taskWork)).toEqual(taskWork);
        work = freeze(result.work);
      }
      const ctx = { facts: new PackFacts(packView(pack)), validity: noValidity };
      expect(gradeTask(task, key, work.tasks[task.id], ctx).percent, `${pack.pack.id}/${task.id} walkthrough`).toBe(100);
    }
    expect([...used].sort()).toEqual(Object.keys(kind.commands).sort());
  });
});
