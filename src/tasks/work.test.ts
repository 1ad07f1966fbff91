/** The work record and the command dispatcher: named commands, pure handlers, nothing saved that grading would refuse. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORK_VERSION, Work, applyCommand, attemptsOf, emptyWork, submittedAt, taskWorkOf, tasksById, type Command } from './work.ts';
import { readPackJson } from '../packs/read.ts';
import { perfectPackWork } from '../grading/perfect.ts';
import { gradingPack } from '../../tests/helpers/grading.ts';
import { readWorkJson } from './work-file.ts';

const { pack } = gradingPack();
const tasks = tasksById(pack.tasks);
const start = () => emptyWork(pack.pack.id, { name: 'Jordan Lee' });

function run(commands: Command[]) {
  let work = start();
  for (const c of commands) {
    const result = applyCommand(work, c, tasks);
    expect(result.problem, c.type).toBeUndefined();
    work = result.work;
  }
  return work;
}

describe('work commands', () => {
  it('are pure: the work given is never changed', () => {
    const before = start();
    const frozen = JSON.stringify(before);
    const after = applyCommand(before, { type: 'code/add-diagnosis', taskId: 't-code', code: 'j18.1' }, tasks).work;
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after.tasks['t-code']).toEqual({ kind: 'code', diagnoses: [{ code: 'J181' }], procedures: [], hcpcs: [] });
  });

  it('know the task they act on: an unknown task, or a command of another kind, is refused in words', () => {
    expect(applyCommand(start(), { type: 'code/add-diagnosis', taskId: 't-none', code: 'J18.1' }, tasks).problem).toBe(
      'there is no task "t-none" in this pack',
    );
    expect(applyCommand(start(), { type: 'file/hold', taskId: 't-code', looseDocumentId: 'loose-1' }, tasks).problem).toBe(
      '"file/hold" is a filing command, but "Code the stay" is a coding task',
    );
  });

  it('never save a code the grader would refuse: "E11-9 x" is refused in words, "k35.30" is normalised', () => {
    const refused = applyCommand(start(), { type: 'code/add-diagnosis', taskId: 't-code', code: 'E11-9 x' }, tasks);
    expect(refused.problem).toBe(
      'E11-9X is not written like a code: a code is 3 to 7 letters and digits, with or without its dot (E11.9, 0DTJ4ZZ, J1885)',
    );
    expect(refused.work).toEqual(start());
    const ok = run([{ type: 'code/add-diagnosis', taskId: 't-code', code: 'k35.30' }]);
    expect(ok.tasks['t-code']).toMatchObject({ diagnoses: [{ code: 'K3530' }] });
    expect(Work.parse(ok)).toEqual(ok);
  });

  it('toggle documents and defects of a request, and log a structured disclosure', () => {
    const work = run([
      { type: 'retrieve/select-patient', taskId: 't-roi', patientId: 'pt-oduya' },
      { type: 'retrieve/toggle-document', taskId: 't-roi', documentId: 'doc-oduya-hp' },
      { type: 'retrieve/toggle-document', taskId: 't-roi', documentId: 'doc-oduya-ds' },
      { type: 'retrieve/toggle-document', taskId: 't-roi', documentId: 'doc-oduya-hp' },
      { type: 'retrieve/toggle-defect', taskId: 't-roi', element: 'expiration' },
      { type: 'retrieve/decide', taskId: 't-roi', decision: 'deny' },
      { type: 'retrieve/log-purpose', taskId: 't-roi', purpose: '  litigation  ' },
      {
        type: 'retrieve/log-disclosure',
        taskId: 't-roi',
        entry: { date: '2025-02-03', recipient: ' Law Office ', description: '', purpose: 'litigation' },
      },
    ]);
    expect(work.tasks['t-roi']).toEqual({
      kind: 'retrieve',
      patientId: 'pt-oduya',
      release: ['doc-oduya-ds'],
      defects: ['expiration'],
      decision: 'deny',
      disclosure: { date: '2025-02-03', recipient: 'Law Office', purpose: 'litigation' },
    });
  });

  it('practise a submitted task again from blank work, keeping the submitted attempt in the history', () => {
    const first = run([
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'E11.22' },
      { type: 'task/submit', taskId: 't-code', at: '2025-03-01T10:00:00Z' },
    ]);
    expect(
      applyCommand(emptyWork('test-pack', { name: 'Jordan Lee' }), { type: 'task/practise-again', taskId: 't-code' }, tasks).problem,
    ).toBe('only a submitted task can be practised again');
    const again = applyCommand(first, { type: 'task/practise-again', taskId: 't-code' }, tasks).work;
    expect(taskWorkOf(again, 't-code')).toBeUndefined();
    expect(submittedAt(again, 't-code')).toBeUndefined();
    expect(attemptsOf(again, 't-code')).toEqual([{ work: taskWorkOf(first, 't-code'), submittedAt: '2025-03-01T10:00:00Z' }]);
    // The new attempt is worked and submitted like the first; both stay in the history.
    const second = applyCommand(
      applyCommand(again, { type: 'code/add-diagnosis', taskId: 't-code', code: 'E11.9' }, tasks).work,
      { type: 'task/submit', taskId: 't-code', at: '2025-03-02T10:00:00Z' },
      tasks,
    ).work;
    const third = applyCommand(second, { type: 'task/practise-again', taskId: 't-code' }, tasks).work;
    expect(attemptsOf(third, 't-code').map((a) => a.submittedAt)).toEqual(['2025-03-01T10:00:00Z', '2025-03-02T10:00:00Z']);
    expect(Work.safeParse(third).success).toBe(true);
  });

  it('refuse a duplicate deficiency or code, and any change after submission', () => {
    let work = run([
      {
        type: 'complete/add-deficiency',
        taskId: 't-complete',
        documentId: 'doc-oduya-ds',
        deficiency: 'missing-signature',
        providerId: 'prv-adams',
      },
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'E11.22' },
    ]);
    expect(
      applyCommand(
        work,
        {
          type: 'complete/add-deficiency',
          taskId: 't-complete',
          documentId: 'doc-oduya-ds',
          deficiency: 'missing-signature',
          providerId: 'prv-adams',
        },
        tasks,
      ).problem,
    ).toBe('that deficiency is already on the list');
    expect(applyCommand(work, { type: 'code/add-diagnosis', taskId: 't-code', code: 'e1122' }, tasks).problem).toBe(
      'E1122 is already on the list',
    );
    work = applyCommand(work, { type: 'task/submit', taskId: 't-code', at: '2025-03-01T10:00:00.000Z' }, tasks).work;
    const refused = applyCommand(work, { type: 'code/remove', taskId: 't-code', list: 'diagnoses', index: 0 }, tasks);
    expect(refused.problem).toBe('this task has been submitted and can no longer change');
    expect(refused.work).toBe(work);
  });

  it('sequence codes: move, remove, POA and HCPCS units, refusing what a claim line cannot carry', () => {
    const work = run([
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'J44.9' },
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'J18.1', poa: 'Y' },
      { type: 'code/move', taskId: 't-code', list: 'diagnoses', from: 1, to: 0 },
      { type: 'code/set-poa', taskId: 't-code', index: 1, poa: 'Y' },
      { type: 'code/add-procedure', taskId: 't-code', code: '0bj08zz' },
      { type: 'code/add-hcpcs', taskId: 't-code', code: 'j2405', units: 2 },
      { type: 'code/set-hcpcs-units', taskId: 't-code', index: 0, units: 4 },
      { type: 'code/add-hcpcs', taskId: 't-code', code: 'J7030' },
      { type: 'code/remove', taskId: 't-code', list: 'hcpcs', index: 1 },
    ]);
    expect(work.tasks['t-code']).toEqual({
      kind: 'code',
      diagnoses: [
        { code: 'J181', poa: 'Y' },
        { code: 'J449', poa: 'Y' },
      ],
      procedures: [{ code: '0BJ08ZZ' }],
      hcpcs: [{ code: 'J2405', modifiers: [], units: 4 }],
    });
    for (const units of [0, 1.5, -1])
      expect(applyCommand(work, { type: 'code/set-hcpcs-units', taskId: 't-code', index: 0, units }, tasks).problem).toBe(
        'units must be a whole number from 1 to 9,999',
      );
    expect(applyCommand(work, { type: 'code/set-hcpcs-units', taskId: 't-code', index: 3, units: 2 }, tasks).problem).toBe(
      'there is no HCPCS line 4',
    );
    expect(applyCommand(work, { type: 'code/add-hcpcs', taskId: 't-code', code: 'J7030', modifiers: ['R'] }, tasks).problem).toBe(
      'R is not a modifier: a HCPCS modifier is two letters or digits (RT, 59)',
    );
  });

  it('keep a whole bundled pack of finished work small enough for SCORM 2004 suspend_data (64,000 characters)', () => {
    for (const file of ['riverside/riverside-general', 'lakeside/lakeside-community']) {
      const read = readPackJson(JSON.parse(readFileSync(`scenarios/${file}.pack.json`, 'utf8')));
      if (!read.ok) throw new Error(file);
      const work = {
        ...perfectPackWork(read.pack, read.pack.keys, { name: 'Jordan Lee', studentId: 'HIT-2041' }),
        submitted: Object.fromEntries(read.pack.keys.map((k) => [k.taskId, '2026-11-23T13:00:00.000Z'])),
      };
      expect(Object.keys(work.tasks).length).toBeGreaterThanOrEqual(30);
      expect(JSON.stringify(work).length).toBeLessThan(16_000);
    }
  });
});

describe('the work file', () => {
  it('reads version 1: a logged purpose becomes the purpose of an accounting entry, and HCPCS lines without units are 1 unit', () => {
    const v1 = {
      format: 'record-room-work',
      version: 1,
      packId: 'test-pack',
      trainee: { name: 'A' },
      submitted: {},
      tasks: {
        r: {
          kind: 'retrieve',
          patientId: 'pt-oduya',
          decision: 'release',
          defects: [],
          release: ['doc-oduya-hp'],
          logPurpose: 'litigation',
        },
        k: { kind: 'code', diagnoses: [{ code: 'j18.1' }], procedures: [], hcpcs: [{ code: 'J1885', modifiers: [] }] },
      },
    };
    const read = readWorkJson(v1);
    expect(read.ok && read.migratedFrom).toBe(1);
    if (!read.ok) return;
    expect(read.value.version).toBe(WORK_VERSION);
    expect(read.value.tasks['r']).toMatchObject({ disclosure: { purpose: 'litigation' } });
    expect(read.value.tasks['k']).toEqual({
      kind: 'code',
      diagnoses: [{ code: 'J181' }],
      procedures: [],
      hcpcs: [{ code: 'J1885', modifiers: [], units: 1 }],
    });
  });

  it('refuses a code that is not written like one in words, never with a regular expression', () => {
    const read = readWorkJson({ ...start(), tasks: { k: { kind: 'code', diagnoses: [{ code: 'E11-9' }] } } });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems[0]?.path).toBe('tasks.k.diagnoses[0].code');
      expect(read.problems[0]?.message).toContain('is not written like a code');
      expect(read.problems[0]?.message).not.toMatch(/\^|\\|\[A-Z/);
    }
  });

  it('refuses a work file far larger than any real work before reading it', async () => {
    const { readWorkBytes } = await import('./work-file.ts');
    const big = new TextEncoder().encode(JSON.stringify({ ...start(), padding: 'x'.repeat(5 * 1024 * 1024) }));
    const read = readWorkBytes(big);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems).toEqual([{ path: '(file)', message: 'is 5.0 MB; a work file may be at most 1.0 MB' }]);
  });
});
