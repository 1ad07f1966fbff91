import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Work, applyCommand, emptyWork, type Command } from './work.ts';
import { readPackJson } from '../packs/read.ts';
import { perfectWork } from '../grading/perfect.ts';

const start = () => emptyWork('test-pack', { name: 'Jordan Lee' });

function run(commands: Command[]) {
  let work = start();
  for (const c of commands) {
    const result = applyCommand(work, c);
    expect(result.problem).toBeUndefined();
    work = result.work;
  }
  return work;
}

describe('work commands', () => {
  it('are pure: the work given is never changed', () => {
    const before = start();
    const frozen = JSON.stringify(before);
    const after = applyCommand(before, { type: 'code/add-diagnosis', taskId: 't', code: 'j18.1' }).work;
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after.tasks['t']).toEqual({ kind: 'code', diagnoses: [{ code: 'J181' }], procedures: [], hcpcs: [] });
  });

  it('index, hold and clear loose documents, and flag misfiles', () => {
    const work = run([
      { type: 'file/index', taskId: 'f', looseDocumentId: 'l1', patientId: 'p1', encounterId: 'e1', documentType: 'consultation', documentDate: '2025-02-10' },
      { type: 'file/hold', taskId: 'f', looseDocumentId: 'l2' },
      { type: 'file/return', taskId: 'f', looseDocumentId: 'l3' },
      { type: 'file/clear', taskId: 'f', looseDocumentId: 'l3' },
      { type: 'file/flag-misfile', taskId: 'f', documentId: 'd1', toPatientId: 'p2' },
      { type: 'file/flag-misfile', taskId: 'f', documentId: 'd2' },
      { type: 'file/unflag-misfile', taskId: 'f', documentId: 'd2' },
    ]);
    expect(work.tasks['f']).toEqual({
      kind: 'file',
      documents: { l1: { action: 'file', patientId: 'p1', encounterId: 'e1', documentType: 'consultation', documentDate: '2025-02-10' }, l2: { action: 'hold' } },
      misfiles: { d1: { toPatientId: 'p2' } },
    });
  });

  it('toggle documents and defects of a request, and keep the logged purpose trimmed', () => {
    const work = run([
      { type: 'retrieve/select-patient', taskId: 'r', patientId: 'p1' },
      { type: 'retrieve/toggle-document', taskId: 'r', documentId: 'd1' },
      { type: 'retrieve/toggle-document', taskId: 'r', documentId: 'd2' },
      { type: 'retrieve/toggle-document', taskId: 'r', documentId: 'd1' },
      { type: 'retrieve/toggle-defect', taskId: 'r', element: 'expiration' },
      { type: 'retrieve/decide', taskId: 'r', decision: 'deny' },
      { type: 'retrieve/log-purpose', taskId: 'r', purpose: '  litigation  ' },
    ]);
    expect(work.tasks['r']).toEqual({ kind: 'retrieve', patientId: 'p1', release: ['d2'], defects: ['expiration'], decision: 'deny', logPurpose: 'litigation' });
  });

  it('refuse a duplicate deficiency or code, a task of another kind, and any change after submission', () => {
    let work = run([
      { type: 'complete/add-deficiency', taskId: 'c', documentId: 'd1', deficiency: 'missing-signature', providerId: 'p' },
      { type: 'code/add-diagnosis', taskId: 'k', code: 'E11.22' },
    ]);
    expect(applyCommand(work, { type: 'complete/add-deficiency', taskId: 'c', documentId: 'd1', deficiency: 'missing-signature', providerId: 'p' }).problem).toBe('that deficiency is already on the list');
    expect(applyCommand(work, { type: 'code/add-diagnosis', taskId: 'k', code: 'e1122' }).problem).toBe('E1122 is already on the list');
    expect(applyCommand(work, { type: 'file/hold', taskId: 'k', looseDocumentId: 'l' }).problem).toBe('task k is a code task, not file');
    work = applyCommand(work, { type: 'task/submit', taskId: 'k', at: '2025-03-01T10:00:00.000Z' }).work;
    const refused = applyCommand(work, { type: 'code/remove', taskId: 'k', list: 'diagnoses', index: 0 });
    expect(refused.problem).toBe('this task has been submitted and can no longer change');
    expect(refused.work).toBe(work);
  });

  it('sequence codes: move, remove, POA and HCPCS units', () => {
    const work = run([
      { type: 'code/add-diagnosis', taskId: 'k', code: 'J44.9' },
      { type: 'code/add-diagnosis', taskId: 'k', code: 'J18.1', poa: 'Y' },
      { type: 'code/move', taskId: 'k', list: 'diagnoses', from: 1, to: 0 },
      { type: 'code/set-poa', taskId: 'k', index: 1, poa: 'Y' },
      { type: 'code/add-procedure', taskId: 'k', code: '0bj08zz' },
      { type: 'code/add-hcpcs', taskId: 'k', code: 'j2405', units: 2 },
      { type: 'code/set-hcpcs-units', taskId: 'k', index: 0, units: 4 },
      { type: 'code/add-hcpcs', taskId: 'k', code: 'J7030' },
      { type: 'code/remove', taskId: 'k', list: 'hcpcs', index: 1 },
    ]);
    expect(work.tasks['k']).toEqual({
      kind: 'code', diagnoses: [{ code: 'J181', poa: 'Y' }, { code: 'J449', poa: 'Y' }], procedures: [{ code: '0BJ08ZZ' }], hcpcs: [{ code: 'J2405', modifiers: [], units: 4 }],
    });
    expect(Work.parse(work)).toEqual(work);
  });

  it('keep a whole bundled pack of finished work small enough for SCORM 2004 suspend_data (64,000 characters)', () => {
    for (const file of ['riverside/riverside-general', 'lakeside/lakeside-community']) {
      const read = readPackJson(JSON.parse(readFileSync(`scenarios/${file}.pack.json`, 'utf8')));
      if (!read.ok) throw new Error(file);
      const work = {
        ...emptyWork(read.pack.pack.id, { name: 'Jordan Lee', studentId: 'HIT-2041' }),
        tasks: Object.fromEntries(read.pack.keys.map((k) => [k.taskId, perfectWork(k.key)])),
        submitted: Object.fromEntries(read.pack.keys.map((k) => [k.taskId, '2026-11-23T13:00:00.000Z'])),
      };
      expect(Object.keys(work.tasks).length).toBeGreaterThanOrEqual(30);
      expect(JSON.stringify(work).length).toBeLessThan(16_000);
    }
  });
});
