import { describe, expect, it } from 'vitest';
import { readPackJson } from '../packs/read.ts';
import type { Pack, TaskKey } from '../packs/format.ts';
import { applyCommand, emptyWork, type Command, type Work } from '../tasks/work.ts';
import { Work as WorkSchema } from '../tasks/work.ts';
import type { CodeKey, CompleteKey, RuleRef } from '../tasks/model.ts';
import { buildPack, joseNunez, peggyOduya } from '../../tests/fixtures/packs.ts';
import { KEYS, TASKS } from '../../tests/fixtures/tasks.ts';
import { CRITICAL_CAP, HCPCS_LINE_SHARES, f1, grade, pcsAxisScore } from './grade.ts';
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
    expect(principal.explanation).toContain('Rule (ICD-10-CM Official Guidelines II)');
    const extra = report.items.find((i) => i.id === 'extra:R509')!;
    expect(extra.explanation).toContain('Rule (ICD-10-CM Official Guidelines I.B.5)');
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

// ---------------------------------------------------------------------------------------------
// Refinements the task authors asked for: sequencing credit, no double penalty, late-only records, units.
// ---------------------------------------------------------------------------------------------

const ogcr = (cite: string): RuleRef => ({ source: 'OGCR', cite, text: `The rule of ${cite}.` });
const cms = (cite: string): RuleRef => ({ source: 'CoP', cite, text: `The rule of ${cite}.` });

/** A code key for t-code (defaults filled in as the schema would). */
function codeKey(over: Partial<CodeKey> & Pick<CodeKey, 'principal'>): TaskKey {
  return { taskId: 't-code', key: { kind: 'code', secondary: [], procedures: [], hcpcs: [], notCodeable: [], ...over } };
}
const kc = (code: string, alternates: string[] = []) => ({ code, alternates, weight: 1, critical: false, rule: ogcr('II') });
const sec = (code: string, poa?: 'Y' | 'N' | 'exempt', alternates: string[] = []) => ({ ...kc(code, alternates), required: true, ...(poa ? { poa } : {}) });

const codeWork = (pack: Pack, codes: [string, ('Y' | 'N' | 'exempt')?][]) =>
  workFrom(pack, codes.map(([code, poa]) => ({ type: 'code/add-diagnosis' as const, taskId: 't-code', code, ...(poa ? { poa } : {}) })));
const partScore = (report: ReturnType<typeof taskScore>, name: string) => report.parts.find((p) => p.name === name)?.score;

describe('grade: the principal diagnosis sequenced after another code', () => {
  it('gives the key principal listed second its 30 %, keeps the secondary credit of the code listed first, and counts its POA', () => {
    const { pack } = fixture();
    const keys = [codeKey({ principal: kc('J181'), principalPoa: 'Y', secondary: [sec('J449', 'Y')] })];
    const report = taskScore(pack, keys, codeWork(pack, [['J449', 'Y'], ['J181', 'Y']]), 't-code');
    const principal = report.items.find((i) => i.id === 'principal')!;
    expect(principal.earned).toBe(0.3);
    expect(principal.explanation).toContain('J18.1 is the right condition, but it is listed in position 2');
    expect(partScore(report, 'Secondary diagnoses')).toBe(1);
    expect(report.items.some((i) => i.status === 'extra')).toBe(false);
    expect(report.items.find((i) => i.id === 'poa:J181')?.status).toBe('correct');
    expect(partScore(report, 'Present on admission')).toBe(1);
  });

  it('gives a principal alternate listed second the same 30 %', () => {
    const { pack } = fixture();
    const keys = [codeKey({ principal: kc('J181', ['J189']), secondary: [sec('J449')] })];
    const report = taskScore(pack, keys, codeWork(pack, [['J449'], ['J189']]), 't-code');
    expect(report.items.find((i) => i.id === 'principal')?.earned).toBe(0.3);
    expect(partScore(report, 'Secondary diagnoses')).toBe(1);
  });

  it('credits both conditions when either may be sequenced first (OGCR II.C), in either order', () => {
    const { pack } = fixture();
    // J18.1 or J44.1 first; the other is then a secondary diagnosis.
    const keys = [codeKey({ principal: kc('J181', ['J441']), secondary: [sec('J441', undefined, ['J181']), sec('Z880')] })];
    for (const order of [[['J181'], ['J441'], ['Z880']], [['J441'], ['J181'], ['Z880']]] as [string][][]) {
      const report = taskScore(pack, keys, codeWork(pack, order), 't-code');
      expect(report.percent, order.join(' ')).toBe(100);
      expect(report.allCorrect).toBe(true);
    }
    // Perfect work from that key scores 100 % too.
    const perfect: Work = { ...emptyWork(pack.pack.id, { name: 'K' }), tasks: { 't-code': perfectWork(keys[0]!.key) } };
    expect(taskScore(pack, keys, perfect, 't-code').percent).toBe(100);
  });
});

describe('grade: a wrong principal diagnosis is charged once', () => {
  it('does not also count a wrong first code as an extra secondary code', () => {
    const { pack, keys } = fixture();
    const wrongFirst = taskScore(pack, keys, codeWork(pack, [['I10', 'Y'], ['J449', 'Y'], ['Z880', 'exempt']]), 't-code');
    expect(wrongFirst.items.find((i) => i.id === 'principal')?.earned).toBe(0);
    expect(wrongFirst.items.some((i) => i.id === 'extra:I10')).toBe(false);
    expect(partScore(wrongFirst, 'Secondary diagnoses')).toBe(1);
    // The same secondary codes without the wrong principal score the same on the secondary part.
    const none = taskScore(pack, keys, codeWork(pack, [['J449', 'Y'], ['Z880', 'exempt']]), 't-code');
    expect(partScore(none, 'Secondary diagnoses')).toBe(partScore(wrongFirst, 'Secondary diagnoses'));
  });

  it('names a not-codeable first code in the principal item instead, with its rule', () => {
    const { pack, keys } = fixture();
    const report = taskScore(pack, keys, codeWork(pack, [['R509'], ['J449', 'Y']]), 't-code');
    expect(report.items.some((i) => i.id === 'extra:R509')).toBe(false);
    expect(report.items.find((i) => i.id === 'principal')?.explanation).toContain('does not support R50.9 at all (OGCR I.B.5');
  });

  it('still counts a wrong code in a secondary position as an extra', () => {
    const { pack, keys } = fixture();
    const report = taskScore(pack, keys, codeWork(pack, [['J181', 'Y'], ['J449', 'Y'], ['Z880', 'exempt'], ['I10', 'Y']]), 't-code');
    expect(report.items.find((i) => i.id === 'extra:I10')?.status).toBe('extra');
    expect(partScore(report, 'Secondary diagnoses')).toBeLessThan(1);
  });
});

describe('grade: why a record is complete or incomplete', () => {
  /** Peggy Oduya's stay with a telephone order authenticated after the 48-hour limit. */
  function lateOrderFixture() {
    const oduya = peggyOduya();
    oduya.orders = [{ id: 'ord-oduya-to', encounterId: 'enc-oduya-1', category: 'medication', text: 'Telephone order: ceftriaxone 1 g IV daily', orderedAt: '2025-01-10T22:00',
      orderedById: 'prv-adams', status: 'completed', mode: 'telephone', authenticatedAt: '2025-01-13T08:00' }];
    const result = readPackJson({ ...buildPack({ patients: [oduya, joseNunez()] }), tasks: TASKS, keys: KEYS });
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    return result.pack;
  }
  const completeKey = (value: boolean, deficiencies: Partial<CompleteKey['deficiencies'][number]>[]): TaskKey[] => [{ taskId: 't-complete', key: {
    kind: 'complete',
    deficiencies: deficiencies.map((d) => ({ type: 'missing-signature' as const, responsibleProviderId: 'prv-adams', alternateProviderIds: [], weight: 1, critical: false, rule: cms('42 CFR 482.24(c)'), ...d })),
    recordComplete: { value, weight: 1, critical: false, rule: cms('42 CFR 482.24(c)(4)(viii)') },
  } }];
  const statusItem = (pack: Pack, keys: TaskKey[], complete: boolean) =>
    taskScore(pack, keys, workFrom(pack, [{ type: 'complete/declare', taskId: 't-complete', complete }]), 't-complete').items.find((i) => i.id === 'record-status')!;

  it('says a record whose only finding is a late discharge summary is incomplete because it was late, citing the facility window', () => {
    const { pack } = fixture();
    const explanation = statusItem(pack, completeKey(false, [{ documentId: 'doc-oduya-ds', type: 'discharge-summary-late' }]), true).explanation;
    expect(explanation).toContain('Nothing in this record is missing or unsigned');
    expect(explanation).toContain('the discharge summary was completed late');
    expect(explanation).toContain('due within 30 days of discharge: Riverside Test Hospital completion rules');
    expect(explanation).toContain('delinquent');
    expect(explanation).not.toContain('open deficiencies');
    expect(explanation).toContain('Rule (CMS Conditions of Participation 42 CFR 482.24(c)(4)(viii))');
  });

  it('words a late operative report and a late H&P by their own windows', () => {
    const { pack } = fixture();
    const explanation = statusItem(pack, completeKey(false, [{ documentId: 'doc-oduya-hp', type: 'history-and-physical-late' }, { documentId: 'doc-oduya-ds', type: 'operative-report-late', responsibleProviderId: 'prv-baker' }]), true).explanation;
    expect(explanation).toContain('the history and physical and the operative report were completed late');
    expect(explanation).toContain('due within 24 hours after admission; the operative report is due within 24 hours of surgery');
  });

  it('treats a verbal order authenticated late as late, and one never authenticated as open', () => {
    const pack = lateOrderFixture();
    const late = statusItem(pack, completeKey(true, [{ documentId: 'ord-oduya-to', type: 'unauthenticated-verbal-order' }]), false).explanation;
    expect(late).toContain('is a verbal or telephone order\u2019s authentication completed late'.replace('\u2019', "'"));
    expect(late).toContain('authenticated within 48 hours');
    expect(late).toContain('so the record is complete');
    const open = statusItem(pack, completeKey(false, [{ documentId: 'doc-oduya-ds', type: 'missing-signature' }]), true).explanation;
    expect(open).toContain('open deficiencies that the responsible provider must still complete: signature missing (Discharge Summary (2025-01-14))');
  });

  it('explains a clean record as complete, and names the window of a missed late deficiency', () => {
    const { pack } = fixture();
    expect(statusItem(pack, completeKey(true, []), false).explanation).toContain('Every required entry is present, authenticated and within the time limits of the Riverside Test Hospital completion rules');
    const missed = taskScore(pack, completeKey(false, [{ documentId: 'doc-oduya-ds', type: 'discharge-summary-late' }]),
      workFrom(pack, [{ type: 'complete/declare', taskId: 't-complete', complete: false }]), 't-complete').items.find((i) => i.status === 'missing')!;
    expect(missed.explanation).toContain('the discharge summary is due within 30 days of discharge (Riverside Test Hospital completion rules)');
  });
});

describe('grade: HCPCS units of service', () => {
  const hcpcsKey = () => [codeKey({ principal: kc('J181'), hcpcs: [{ ...kc('J1885'), modifiers: [], units: 2 }, { ...kc('J7030'), modifiers: [], units: 1 }] })];
  const hcpcsWork = (pack: Pack, extra: Command[]) => workFrom(pack, [{ type: 'code/add-diagnosis', taskId: 't-code', code: 'J181' }, ...extra]);

  it('gives full credit for the right code, modifiers and units', () => {
    const { pack } = fixture();
    const work = hcpcsWork(pack, [{ type: 'code/add-hcpcs', taskId: 't-code', code: 'J1885', units: 2 }, { type: 'code/add-hcpcs', taskId: 't-code', code: 'J7030' }]);
    const report = taskScore(pack, hcpcsKey(), work, 't-code');
    expect(report.percent).toBe(100);
    expect(report.items.find((i) => i.id === 'hcpcs:J1885')?.trainee).toBe('J1885 × 2');
  });

  it('takes the units share (10 %) for wrong units, explains it and cites the CMS rounding rule', () => {
    const { pack } = fixture();
    expect(HCPCS_LINE_SHARES.code + HCPCS_LINE_SHARES.modifiers + HCPCS_LINE_SHARES.units).toBe(1);
    const work = hcpcsWork(pack, [{ type: 'code/add-hcpcs', taskId: 't-code', code: 'J1885' }, { type: 'code/add-hcpcs', taskId: 't-code', code: 'J7030' }]);
    const line = taskScore(pack, hcpcsKey(), work, 't-code').items.find((i) => i.id === 'hcpcs:J1885')!;
    expect(line).toMatchObject({ earned: 0.9, possible: 1, status: 'partial', expected: 'J1885 × 2', trainee: 'J1885 × 1' });
    expect(line.explanation).toContain('1 unit where the documented dose is 2 units');
    expect(line.explanation).toContain('Units (CMS Pub. 100-04, Medicare Claims Processing Manual, ch. 17, §10): Drugs are billed in multiples');
    const both = taskScore(pack, hcpcsKey(), hcpcsWork(pack, [{ type: 'code/add-hcpcs', taskId: 't-code', code: 'J1885', modifiers: ['JW'], units: 3 }]), 't-code').items.find((i) => i.id === 'hcpcs:J1885')!;
    expect(both.earned).toBe(HCPCS_LINE_SHARES.code);
  });

  it('has commands to enter and correct units, refusing what a claim line cannot carry', () => {
    const { pack } = fixture();
    let work = hcpcsWork(pack, [{ type: 'code/add-hcpcs', taskId: 't-code', code: 'j1885' }]);
    expect(work.tasks['t-code']?.kind === 'code' && work.tasks['t-code'].hcpcs).toEqual([{ code: 'J1885', modifiers: [], units: 1 }]);
    work = applyCommand(work, { type: 'code/set-hcpcs-units', taskId: 't-code', index: 0, units: 2 }).work;
    expect(work.tasks['t-code']?.kind === 'code' && work.tasks['t-code'].hcpcs[0]?.units).toBe(2);
    expect(applyCommand(work, { type: 'code/set-hcpcs-units', taskId: 't-code', index: 0, units: 0 }).problem).toBe('units must be a whole number from 1 to 9,999');
    expect(applyCommand(work, { type: 'code/set-hcpcs-units', taskId: 't-code', index: 0, units: 1.5 }).problem).toBe('units must be a whole number from 1 to 9,999');
    expect(applyCommand(work, { type: 'code/set-hcpcs-units', taskId: 't-code', index: 3, units: 2 }).problem).toBe('there is no HCPCS line 4');
    expect(applyCommand(work, { type: 'code/add-hcpcs', taskId: 't-code', code: 'J7030', units: -1 }).problem).toBe('units must be a whole number from 1 to 9,999');
  });

  it('reads saved work from before units existed as 1 unit a line, and derives units in perfect work', () => {
    const old = { format: 'record-room-work', version: 1, packId: 'test-pack', trainee: { name: 'A' },
      tasks: { 't-code': { kind: 'code', diagnoses: [], procedures: [], hcpcs: [{ code: 'J1885', modifiers: [] }] } }, submitted: {} };
    const parsed = WorkSchema.parse(old);
    expect(parsed.tasks['t-code']?.kind === 'code' && parsed.tasks['t-code'].hcpcs[0]?.units).toBe(1);
    const perfect = perfectWork(hcpcsKey()[0]!.key);
    expect(perfect.kind === 'code' && perfect.hcpcs.map((h) => h.units)).toEqual([2, 1]);
  });
});
