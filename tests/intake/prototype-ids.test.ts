/**
 * Ids named like built-in object properties (constructor, toString, hasOwnProperty, valueOf…) are
 * data like any other: the pack reads, untouched tasks are untouched and score 0, perfect work
 * scores 100, commands work on them, and work files with them read back as written.
 */
import { describe, expect, it } from 'vitest';
import { readPackJson } from '../../src/packs/read.ts';
import { grade } from '../../src/grading/grade.ts';
import { perfectPackWork } from '../../src/grading/perfect.ts';
import { applyCommand, emptyWork, isUntouched, submittedAt, taskWorkOf, tasksById } from '../../src/tasks/work.ts';
import { readWorkJson } from '../../src/tasks/work-file.ts';
import { prototypeIdPack } from '../fixtures/prototype-ids.ts';

const read = readPackJson(prototypeIdPack());
if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
const pack = read.pack;
const ids = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('ids named like built-in properties', () => {
  it('read as a pack, with those ids', () => {
    expect(pack.pack.id).toBe('constructor');
    expect(pack.tasks.map((t) => t.id)).toEqual(ids);
  });

  it('are untouched and not submitted until someone works on them, and score 0 untouched', () => {
    const work = emptyWork(pack.pack.id, { name: 'N' });
    for (const id of ids) {
      expect(taskWorkOf(work, id), id).toBeUndefined();
      expect(submittedAt(work, id), id).toBeUndefined();
      expect(isUntouched(taskWorkOf(work, id))).toBe(true);
    }
    expect(grade(pack, pack.keys, work).tasks.map((t) => [t.taskId, t.percent, t.untouched])).toEqual(ids.map((id) => [id, 0, true]));
    expect(grade(pack, pack.keys, work, { onlySubmitted: true }).tasks).toEqual([]);
  });

  it('can be worked on, submitted, saved and read back, and perfect work scores 100 %', () => {
    const tasks = tasksById(pack.tasks);
    let work = emptyWork(pack.pack.id, { name: 'N' });
    for (const c of [
      { type: 'file/hold', taskId: 'constructor', looseDocumentId: 'constructor' },
      { type: 'code/add-diagnosis', taskId: 'toString', code: 'J18.1' },
      { type: 'task/submit', taskId: 'toString', at: '2025-03-01T10:00:00Z' },
    ] as const) {
      const result = applyCommand(work, c, tasks);
      expect(result.problem, c.type).toBeUndefined();
      work = result.work;
    }
    expect(taskWorkOf(work, 'constructor')).toEqual({ kind: 'file', documents: { constructor: { action: 'hold' } }, misfiles: {} });
    const back = readWorkJson(JSON.parse(JSON.stringify(work)));
    expect(back.ok && back.value).toEqual(work);
    expect(grade(pack, pack.keys, perfectPackWork(pack, pack.keys)).tasks.map((t) => t.percent)).toEqual([100, 100, 100, 100]);
  });

  it('never take an inherited property for a lookup in the grader', () => {
    const report = grade(pack, pack.keys, perfectPackWork(pack, pack.keys));
    expect(JSON.stringify(report)).not.toContain('function');
  });
});
