/** Deficiency analysis, graded as an experienced HIM instructor would grade it (HIM-TASKS 2.12). */
import { describe, expect, it } from 'vitest';
import type { TaskKey } from '../../packs/format.ts';
import type { RuleRef } from '../common/schema.ts';
import { gradingPack, itemOf, partScore, taskReport, workFrom } from '../../../tests/helpers/grading.ts';
import { buildPack, joseNunez, peggyOduya } from '../../../tests/fixtures/packs.ts';
import type { Command } from '../work.ts';
import { CompleteKey } from './schema.ts';

const cms = (cite: string): RuleRef => ({ source: 'CoP', cite, text: `The rule of ${cite}.` });
const key = (recordComplete: boolean, deficiencies: Record<string, unknown>[]): TaskKey[] => [
  {
    taskId: 't-complete',
    key: CompleteKey.parse({
      kind: 'complete',
      deficiencies: deficiencies.map((d) => ({
        type: 'missing-signature',
        responsibleProviderId: 'prv-adams',
        rule: cms('42 CFR 482.24(c)(1)'),
        ...d,
      })),
      recordComplete: { value: recordComplete, rule: cms('42 CFR 482.24(c)(4)(viii)') },
    }),
  },
];
const flag = (documentId: string | undefined, deficiency: string, providerId = 'prv-adams'): Command =>
  ({ type: 'complete/add-deficiency', taskId: 't-complete', deficiency, providerId, ...(documentId ? { documentId } : {}) }) as Command;
const declare = (complete: boolean): Command => ({ type: 'complete/declare', taskId: 't-complete', complete });

describe('deficiency analysis: a record with nothing to find', () => {
  const { pack } = gradingPack();
  const clean = key(true, []);

  it('costs one false finding a bounded share, not 85 % of a task whose point (declaring it complete) is right', () => {
    const r = taskReport(pack, clean, workFrom(pack, [flag('doc-oduya-hp', 'missing-signature'), declare(true)]), 't-complete');
    expect(r.percent).toBe(80);
    expect(r.parts.map((p) => p.name)).not.toContain('Assigned to the responsible provider');
    const extra = r.items.find((i) => i.status === 'extra')!;
    expect(extra.explanation).toContain(
      '"Signature missing" was flagged on Admission H&P (2025-01-10), but the record has no such deficiency',
    );
    expect(extra.explanation).not.toContain('within the facility');
  });

  it('gives nothing for "finding nothing" when the record is wrongly declared incomplete, and says why', () => {
    const r = taskReport(pack, clean, workFrom(pack, [declare(false)]), 't-complete');
    expect(r.percent).toBe(0);
    expect(itemOf(r, 'gate:Deficiencies found')?.explanation).toContain('finding none is right only with the right conclusion');
  });

  it('gives full credit to a clean record declared complete', () => {
    expect(taskReport(pack, clean, workFrom(pack, [declare(true)]), 't-complete').percent).toBe(100);
  });
});

describe('deficiency analysis: findings', () => {
  const { pack } = gradingPack();

  it('charges a wrong provider only its attribution share', () => {
    const r = taskReport(
      pack,
      key(false, [{ documentId: 'doc-oduya-ds' }]),
      workFrom(pack, [flag('doc-oduya-ds', 'missing-signature', 'prv-baker'), declare(false)]),
      't-complete',
    );
    expect(partScore(r, 'Deficiencies found')).toBe(1);
    expect(partScore(r, 'Assigned to the responsible provider')).toBe(0);
    expect(r.percent).toBe(75);
  });

  it('accepts an alternate the key lists as fully right: H&P missing for H&P outdated', () => {
    const k = key(false, [
      { documentId: 'doc-oduya-hp', type: 'history-and-physical-outdated', alternates: [{ type: 'missing-history-and-physical' }] },
    ]);
    const r = taskReport(pack, k, workFrom(pack, [flag('doc-oduya-hp', 'missing-history-and-physical'), declare(false)]), 't-complete');
    expect(r.percent).toBe(100);
  });

  it('gives a related finding on the right document half credit, and never treats it as an extra', () => {
    const k = key(false, [{ documentId: 'doc-oduya-ds', type: 'missing-cosignature' }]);
    const r = taskReport(pack, k, workFrom(pack, [flag('doc-oduya-ds', 'missing-signature'), declare(false)]), 't-complete');
    expect(itemOf(r, 'deficiency:missing-cosignature:doc-oduya-ds')).toMatchObject({ status: 'partial', earned: 0.5 });
    expect(r.items.some((i) => i.status === 'extra')).toBe(false);
    expect(partScore(r, 'Deficiencies found')).toBe(0.5);
  });

  it('describes an extra on a deficient document by what was flagged, and names the real deficiency', () => {
    const k = key(false, [{ documentId: 'doc-oduya-ds', type: 'discharge-summary-late' }]);
    const r = taskReport(
      pack,
      k,
      workFrom(pack, [flag('doc-oduya-ds', 'discharge-summary-late'), flag('doc-oduya-ds', 'missing-date-time'), declare(false)]),
      't-complete',
    );
    const extra = r.items.find((i) => i.status === 'extra')!;
    expect(extra.explanation).toContain('"Date or time missing" was flagged on Discharge Summary');
    expect(extra.explanation).toContain('Its deficiency is "discharge summary completed late", counted on its own line');
  });

  it('neither rewards nor punishes an optional (discussion) deficiency', () => {
    const k = key(false, [{ documentId: 'doc-oduya-ds' }, { documentId: 'doc-oduya-hp', type: 'missing-date-time', optional: true }]);
    const without = taskReport(pack, k, workFrom(pack, [flag('doc-oduya-ds', 'missing-signature'), declare(false)]), 't-complete');
    const withIt = taskReport(
      pack,
      k,
      workFrom(pack, [flag('doc-oduya-ds', 'missing-signature'), flag('doc-oduya-hp', 'missing-date-time'), declare(false)]),
      't-complete',
    );
    expect([without.percent, withIt.percent]).toEqual([100, 100]);
  });
});

describe('deficiency analysis: why a record is complete or incomplete', () => {
  const { pack } = gradingPack();
  const statusItem = (keys: TaskKey[], complete: boolean) =>
    itemOf(taskReport(pack, keys, workFrom(pack, [declare(complete)]), 't-complete'), 'record-status')!;

  it('holds a record whose only finding is a late discharge summary complete, by the convention, citing the window', () => {
    const explanation = statusItem(key(true, [{ documentId: 'doc-oduya-ds', type: 'discharge-summary-late' }]), false).explanation;
    expect(explanation).toContain('Nothing in this record is missing or unsigned');
    expect(explanation).toContain('due within 30 days of discharge: Riverside Test Hospital completion rules');
    expect(explanation).toContain('so the record is complete');
    expect(explanation).toContain('Rule (CMS Conditions of Participation 42 CFR 482.24(c)(4)(viii))');
  });

  it('names the open deficiencies of an incomplete record', () => {
    const explanation = statusItem(key(false, [{ documentId: 'doc-oduya-ds' }]), true).explanation;
    expect(explanation).toContain(
      'open deficiencies that the responsible provider must still complete: signature missing (Discharge Summary (2025-01-14))',
    );
  });

  it('treats a telephone order authenticated after the limit as late, not open', () => {
    const oduya = peggyOduya();
    oduya.orders = [
      {
        id: 'ord-oduya-to',
        encounterId: 'enc-oduya-1',
        category: 'medication',
        text: 'Telephone order: ceftriaxone 1 g IV daily',
        orderedAt: '2025-01-10T22:00',
        orderedById: 'prv-adams',
        status: 'completed',
        mode: 'telephone',
        authenticatedAt: '2025-01-13T08:00',
      },
    ];
    const late = gradingPack({ patients: buildPack({ patients: [oduya, joseNunez()] }).patients });
    const r = taskReport(
      late.pack,
      key(true, [{ documentId: 'ord-oduya-to', type: 'unauthenticated-verbal-order' }]),
      workFrom(late.pack, [declare(false)]),
      't-complete',
    );
    expect(itemOf(r, 'record-status')?.explanation).toContain('authenticated within 48 hours');
    expect(itemOf(r, 'record-status')?.explanation).toContain('so the record is complete');
  });
});
