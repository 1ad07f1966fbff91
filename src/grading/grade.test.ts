import { describe, expect, it } from 'vitest';
import { readPackJson } from '../packs/read.ts';
import type { Pack, TaskKey } from '../packs/format.ts';
import { applyCommand, emptyWork, type Command, type Work } from '../tasks/work.ts';
import { buildPack } from '../../tests/fixtures/packs.ts';
import { KEYS, TASKS } from '../../tests/fixtures/tasks.ts';
import { CRITICAL_CAP, f1, grade, pcsAxisScore } from './grade.ts';
import { perfectWork } from './perfect.ts';

function fixture(): { pack: Pack; keys: TaskKey[] } {
  const result = readPackJson({ ...buildPack(), tasks: TASKS, keys: KEYS });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return { pack: result.pack, keys: result.pack.keys };
}

function workFrom(pack: Pack, commands: Command[]): Work {
  let work = emptyWork(pack.pack.id, { name: 'Jordan Lee' });
  for (const c of commands) work = applyCommand(work, c).work;
  return work;
}

const taskScore = (pack: Pack, keys: TaskKey[], work: Work, id: string) => grade(pack, keys, work).tasks.find((t) => t.taskId === id)!;

describe('grade', () => {
  it('gives 100 % to perfect work derived from every key, and 0 % to empty work', () => {
    const { pack, keys } = fixture();
    const perfect: Work = { ...emptyWork(pack.pack.id, { name: 'Key' }), tasks: Object.fromEntries(keys.map((k) => [k.taskId, perfectWork(k.key)])) };
    const report = grade(pack, keys, perfect);
    expect(report.tasks.map((t) => [t.taskId, t.percent])).toEqual([['t-file', 100], ['t-code', 100], ['t-complete', 100], ['t-roi', 100]]);
    expect(report.overall.percent).toBe(100);
    expect(report.tasks.every((t) => t.allCorrect)).toBe(true);
    expect(grade(pack, keys, emptyWork(pack.pack.id, { name: 'Nobody' })).tasks.map((t) => t.percent)).toEqual([0, 0, 0, 0]);
  });

  it('scores an untouched task 0 even when the key expects nothing to find', () => {
    const { pack } = fixture();
    const cleanRecord = [{ taskId: 't-complete', key: { kind: 'complete' as const, deficiencies: [],
      recordComplete: { value: true, weight: 1, critical: false, rule: { source: 'CoP' as const, cite: '42 CFR 482.24(c)', text: 'Every entry is present and authenticated.' } } } }];
    expect(grade(pack, cleanRecord, emptyWork(pack.pack.id, { name: 'N' })).tasks[0]?.percent).toBe(0);
    const declared = workFrom(pack, [{ type: 'complete/declare', taskId: 't-complete', complete: true }]);
    expect(grade(pack, cleanRecord, declared).tasks[0]?.percent).toBe(100);
  });

  it('is deterministic: the same inputs give the same report', () => {
    const { pack, keys } = fixture();
    const work = workFrom(pack, [{ type: 'code/add-diagnosis', taskId: 't-code', code: 'J189', poa: 'Y' }]);
    expect(JSON.stringify(grade(pack, keys, work))).toBe(JSON.stringify(grade(pack, keys, work)));
  });

  it('gives partial credit for the right category, extras cost precision, explanations cite the rule', () => {
    const { pack, keys } = fixture();
    const work = workFrom(pack, [
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'J189', poa: 'Y' },
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'J449', poa: 'Y' },
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'R509' },
    ]);
    const report = taskScore(pack, keys, work, 't-code');
    const principal = report.items.find((i) => i.id === 'principal')!;
    expect(principal.status).toBe('partial');
    expect(principal.explanation).toContain('Right category (J18)');
    expect(principal.explanation).toContain('Rule (OGCR II)');
    const extra = report.items.find((i) => i.id === 'extra:R509')!;
    expect(extra.explanation).toContain('Rule (OGCR I.B.5)');
    expect(report.percent).toBeGreaterThan(0);
    expect(report.percent).toBeLessThan(100);
  });

  it('credits a sequencing error less than the right principal diagnosis', () => {
    const { pack, keys } = fixture();
    const swapped = workFrom(pack, [
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'J449', poa: 'Y' },
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'J181', poa: 'Y' },
    ]);
    const principal = taskScore(pack, keys, swapped, 't-code').items.find((i) => i.id === 'principal')!;
    expect(principal.earned).toBe(0.3);
  });

  it('weights ICD-10-PCS axes: right root operation and body part, wrong approach, earns most', () => {
    expect(pcsAxisScore('0BJ08ZZ', '0BJ08ZZ')).toBe(1);
    expect(pcsAxisScore('0BJ04ZZ', '0BJ08ZZ')).toBe(0.85);
    expect(f1(0, 0, 0)).toBe(1);
    expect(f1(0, 2, 0)).toBe(0);
  });

  it('caps a task with a critical error and lists it first: filing into another patient\u2019s chart', () => {
    const { pack, keys } = fixture();
    const work = workFrom(pack, [{ type: 'file/index', taskId: 't-file', looseDocumentId: 'loose-1', patientId: 'pt-nunez', encounterId: 'enc-nunez-1', documentType: 'consultation', documentDate: '2025-02-10' }]);
    const report = taskScore(pack, keys, work, 't-file');
    expect(report.criticalErrors).toHaveLength(1);
    expect(report.items[0]?.critical).toBe(true);
    expect(report.items[0]?.explanation).toContain('Filed into the wrong chart');
    expect(report.percent).toBe(0);
  });

  it('caps release of information at 40 % when a protected record is released, even with everything else right', () => {
    const { pack, keys } = fixture();
    const work = workFrom(pack, [
      { type: 'retrieve/select-patient', taskId: 't-roi', patientId: 'pt-oduya' },
      { type: 'retrieve/decide', taskId: 't-roi', decision: 'release' },
      { type: 'retrieve/toggle-document', taskId: 't-roi', documentId: 'doc-oduya-hp' },
      { type: 'retrieve/toggle-document', taskId: 't-roi', documentId: 'doc-oduya-ds' },
      { type: 'retrieve/log-purpose', taskId: 't-roi', purpose: 'litigation' },
    ]);
    const report = taskScore(pack, keys, work, 't-roi');
    expect(report.capped).toBe(true);
    expect(report.score).toBe(CRITICAL_CAP);
    expect(report.criticalErrors[0]?.explanation).toContain('specially protected');
  });

  it('scores deficiency analysis with provider attribution and penalises false deficiencies without going below zero', () => {
    const { pack, keys } = fixture();
    const wrongProvider = workFrom(pack, [
      { type: 'complete/add-deficiency', taskId: 't-complete', documentId: 'doc-oduya-ds', deficiency: 'missing-signature', providerId: 'prv-baker' },
      { type: 'complete/declare', taskId: 't-complete', complete: false },
    ]);
    const r1 = taskScore(pack, keys, wrongProvider, 't-complete');
    expect(r1.percent).toBe(75);
    const onlyExtras = workFrom(pack, [
      { type: 'complete/add-deficiency', taskId: 't-complete', documentId: 'doc-oduya-hp', deficiency: 'missing-signature', providerId: 'prv-adams' },
      { type: 'complete/declare', taskId: 't-complete', complete: true },
    ]);
    const r2 = taskScore(pack, keys, onlyExtras, 't-complete');
    expect(r2.percent).toBe(0);
    expect(r2.items.find((i) => i.status === 'extra')?.explanation).toContain('false deficiency');
  });

  it('reports per RHIT domain and overall', () => {
    const { pack, keys } = fixture();
    const report = grade(pack, keys, { ...emptyWork(pack.pack.id, { name: 'K' }), tasks: { 't-file': perfectWork(keys[0]!.key) } });
    expect(report.byDomain).toEqual([
      { domain: 'data-content', label: 'Data Content, Structure and Information Governance', percent: 50, tasks: 2 },
      { domain: 'privacy-security', label: 'Access, Use, Disclosure, Privacy and Security', percent: 0, tasks: 1 },
      { domain: 'revenue-cycle', label: 'Revenue Cycle Management', percent: 0, tasks: 1 },
    ]);
    expect(report.overall).toEqual({ percent: 25, tasks: 4 });
  });
});

describe('work commands', () => {
  it('change nothing once a task is submitted', () => {
    const { pack } = fixture();
    let work = workFrom(pack, [{ type: 'code/add-diagnosis', taskId: 't-code', code: 'j18.1' }, { type: 'task/submit', taskId: 't-code', at: '2025-03-01T10:00:00Z' }]);
    expect(work.tasks['t-code']).toEqual({ kind: 'code', diagnoses: [{ code: 'J181' }], procedures: [], hcpcs: [] });
    const result = applyCommand(work, { type: 'code/add-diagnosis', taskId: 't-code', code: 'J449' });
    expect(result.problem).toBe('this task has been submitted and can no longer change');
    work = result.work;
    expect(work.tasks['t-code']).toEqual({ kind: 'code', diagnoses: [{ code: 'J181' }], procedures: [], hcpcs: [] });
  });

  it('reorder codes so the principal can be changed', () => {
    const { pack } = fixture();
    const work = workFrom(pack, [
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'J449' },
      { type: 'code/add-diagnosis', taskId: 't-code', code: 'J181' },
      { type: 'code/move', taskId: 't-code', list: 'diagnoses', from: 1, to: 0 },
    ]);
    expect(work.tasks['t-code']?.kind === 'code' && work.tasks['t-code'].diagnoses.map((d) => d.code)).toEqual(['J181', 'J449']);
  });
});
