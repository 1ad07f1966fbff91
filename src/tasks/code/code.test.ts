/** Coding, graded as an experienced coding instructor would grade it (HIM-TASKS 2.15–2.17). */
import { describe, expect, it } from 'vitest';
import type { TaskKey } from '../../packs/format.ts';
import type { RuleRef } from '../common/schema.ts';
import { codeValidityFrom } from '../../codes/validity.ts';
import { gradingPack, itemOf, partScore, taskReport, workFrom } from '../../../tests/helpers/grading.ts';
import type { Command } from '../work.ts';
import { CodeKey } from './schema.ts';
import { HCPCS_LINE_SHARES, pcsAxisScore } from './score.ts';

const ogcr = (cite: string): RuleRef => ({ source: 'OGCR', cite, text: `The rule of ${cite}.` });
/** A code key for t-code, with defaults filled in by the schema. */
const codeKey = (key: Record<string, unknown> & { principal: Record<string, unknown> }): TaskKey[] => [
  { taskId: 't-code', key: CodeKey.parse({ kind: 'code', ...key, principal: { rule: ogcr('II'), ...key.principal } }) },
];
const sec = (code: string, extra: Record<string, unknown> = {}) => ({ code, rule: ogcr('III'), ...extra });
const dx = (codes: [string, ('Y' | 'N' | 'exempt')?][]): Command[] =>
  codes.map(([code, poa]) => ({ type: 'code/add-diagnosis', taskId: 't-code', code, ...(poa ? { poa } : {}) }));

describe('coding: the principal diagnosis', () => {
  const { pack, keys } = gradingPack();

  it('gives the right category half credit, and explains it', () => {
    const r = taskReport(
      pack,
      keys,
      workFrom(
        pack,
        dx([
          ['J189', 'Y'],
          ['J449', 'Y'],
          ['Z880', 'exempt'],
        ]),
      ),
      't-code',
    );
    expect(itemOf(r, 'principal')).toMatchObject({ status: 'partial', earned: 0.5 });
    expect(itemOf(r, 'principal')?.explanation).toContain('Right category (J18)');
  });

  it('gives the right code listed second 30 % and keeps the secondary credit of the code listed first', () => {
    const r = taskReport(
      pack,
      keys,
      workFrom(
        pack,
        dx([
          ['J449', 'Y'],
          ['J181', 'Y'],
          ['Z880', 'exempt'],
        ]),
      ),
      't-code',
    );
    expect(itemOf(r, 'principal')?.earned).toBe(0.3);
    expect(itemOf(r, 'principal')?.explanation).toContain('listed in position 2');
    expect(partScore(r, 'Secondary diagnoses')).toBe(1);
  });

  it('counts a ruled-out condition coded first as a wrong principal and also as an unsupported code (OGCR IV.H)', () => {
    const r = taskReport(pack, keys, workFrom(pack, dx([['R509'], ['J449', 'Y'], ['Z880', 'exempt']])), 't-code');
    expect(itemOf(r, 'principal')?.earned).toBe(0);
    expect(itemOf(r, 'principal')?.explanation).toContain('also counts as an unsupported code');
    const extra = itemOf(r, 'extra:R509')!;
    expect(extra.status).toBe('extra');
    expect(extra.explanation).toContain('Rule (ICD-10-CM Official Guidelines I.B.5)');
    // Cited once, on the unsupported code, not again in the principal's explanation.
    expect(extra.explanation.split('Rule (').length - 1).toBe(1);
    expect(itemOf(r, 'principal')?.explanation).not.toContain('I.B.5');
  });

  it('does not also charge a near-miss principal (right category) as an extra', () => {
    const r = taskReport(
      pack,
      keys,
      workFrom(
        pack,
        dx([
          ['J189', 'Y'],
          ['J449', 'Y'],
          ['Z880', 'exempt'],
        ]),
      ),
      't-code',
    );
    expect(r.items.some((i) => i.status === 'extra')).toBe(false);
  });

  it('says a string that is no code is not a valid ICD-10-CM code, with no category credit', () => {
    const r = taskReport(pack, keys, workFrom(pack, dx([['1J18'], ['J449', 'Y']])), 't-code');
    expect(itemOf(r, 'principal')?.earned).toBe(0);
    expect(itemOf(r, 'principal')?.explanation).toContain('1J18 is not a valid ICD-10-CM code');
  });

  it('says a header needs more characters, with no category credit', () => {
    const validity = codeValidityFrom([
      {
        system: 'ICD-10-CM',
        fiscalYear: 2025,
        source: 'teaching',
        title: 'T',
        entries: [
          { code: 'J18', title: 'Pneumonia, unspecified organism', kind: 'header', billable: false },
          { code: 'E6681', title: 'Obesity class', kind: 'header', billable: false },
        ],
      },
    ] as never);
    const r = taskReport(pack, keys, workFrom(pack, dx([['J18'], ['J449', 'Y'], ['E66.81']])), 't-code', { validity });
    expect(itemOf(r, 'principal')?.explanation).toContain('J18 is not a valid code: it needs more characters');
    expect(itemOf(r, 'principal')?.earned).toBe(0);
    expect(itemOf(r, 'extra:E6681')?.explanation).toContain('E66.81 is not a valid code: it needs more characters');
  });
});

describe('coding: secondary diagnoses and extras', () => {
  const { pack } = gradingPack();

  it('charges one unsupported code a bounded share, not the whole part', () => {
    const keys = codeKey({ principal: { code: 'J181' }, secondary: [sec('J449'), sec('Z880')] });
    const r = taskReport(pack, keys, workFrom(pack, dx([['J181'], ['J449'], ['Z880'], ['I10']])), 't-code');
    expect(partScore(r, 'Secondary diagnoses')).toBe(0.75);
    // A quarter of the secondary part (40 of the 75 points the task has without POA).
    expect(itemOf(r, 'extra:I10')?.lost).toBe(13.33);
  });

  it('weighs a missed MCC more than a missed ordinary code, and says the DRG changes', () => {
    const keys = codeKey({ principal: { code: 'J181' }, secondary: [sec('N179', { weight: 3, severity: 'mcc' }), sec('Z880')] });
    const missedMcc = taskReport(pack, keys, workFrom(pack, dx([['J181'], ['Z880']])), 't-code');
    const missedZ = taskReport(pack, keys, workFrom(pack, dx([['J181'], ['N179']])), 't-code');
    expect(missedMcc.percent).toBeLessThan(missedZ.percent);
    expect(missedMcc.summary).toContain('MCC missed: N17.9. A missed MCC can change the MS-DRG and the payment.');
    expect(missedZ.summary.some((l) => l.includes('missed'))).toBe(false);
    const all = taskReport(pack, keys, workFrom(pack, dx([['J181'], ['N179'], ['Z880']])), 't-code');
    expect(all.summary).toEqual(['All codes right: the case is coded as the key codes it.']);
    expect(all.allCorrect).toBe(true);
  });

  it('neither rewards nor punishes an optional code', () => {
    const keys = codeKey({ principal: { code: 'J181' }, secondary: [sec('J449'), sec('I4891', { required: false })] });
    const without = taskReport(pack, keys, workFrom(pack, dx([['J181'], ['J449']])), 't-code');
    const withIt = taskReport(pack, keys, workFrom(pack, dx([['J181'], ['J449'], ['I4891']])), 't-code');
    expect(without.percent).toBe(100);
    expect(withIt.percent).toBe(100);
    expect(itemOf(withIt, 'secondary:I4891')?.status).toBe('optional');
  });
});

describe('coding: present on admission', () => {
  const { pack } = gradingPack();

  it('is scored only on codes that match', () => {
    const keys = codeKey({
      principal: { code: 'J181' },
      principalPoa: 'Y',
      secondary: [sec('J449', { poa: 'Y' }), sec('Y95', { poa: 'exempt' })],
    });
    const r = taskReport(
      pack,
      keys,
      workFrom(
        pack,
        dx([
          ['J181', 'Y'],
          ['J449', 'N'],
        ]),
      ),
      't-code',
    );
    expect(r.items.filter((i) => i.id.startsWith('poa:')).map((i) => [i.id, i.status])).toEqual([
      ['poa:J181', 'correct'],
      ['poa:J449', 'wrong'],
    ]);
    expect(partScore(r, 'Present on admission')).toBe(0.5);
  });

  it('leaves the weighting when no coded diagnosis matches, instead of scoring 0 with no item', () => {
    const keys = codeKey({ principal: { code: 'J181' }, principalPoa: 'Y', secondary: [sec('J449', { poa: 'Y' })] });
    const r = taskReport(pack, keys, workFrom(pack, dx([['I10', 'Y']])), 't-code');
    expect(r.parts.map((p) => p.name)).not.toContain('Present on admission');
  });
});

describe('coding: ICD-10-PCS', () => {
  const { pack } = gradingPack();
  const px = (...codes: string[]): Command[] => codes.map((code) => ({ type: 'code/add-procedure', taskId: 't-code', code }));

  it('weights axes: right root operation and body part, wrong approach, earns most', () => {
    expect(pcsAxisScore('0BJ08ZZ', '0BJ08ZZ')).toBe(1);
    expect(pcsAxisScore('0BJ04ZZ', '0BJ08ZZ')).toBe(0.85);
  });

  it('scores a one-axis error on the right first procedure by axis, not as a sequencing error', () => {
    const keys = codeKey({
      principal: { code: 'J181' },
      procedures: [
        { code: '0DTJ4ZZ', principal: true, rule: ogcr('B3.1') },
        { code: '0DB68ZX', rule: ogcr('B3.4') },
      ],
    });
    const r = taskReport(pack, keys, workFrom(pack, [...dx([['J181']]), ...px('0DTJ0ZZ', '0DB68ZX')]), 't-code');
    expect(itemOf(r, 'principal-procedure')).toBeUndefined();
    expect(itemOf(r, 'procedure:0DTJ4ZZ')?.explanation).toContain('Check the approach');
  });

  it('says the principal-procedure sentence only when the order is wrong', () => {
    const keys = codeKey({
      principal: { code: 'J181' },
      procedures: [
        { code: '0DTJ4ZZ', principal: true, rule: ogcr('B3.1') },
        { code: '0DB68ZX', rule: ogcr('B3.4') },
      ],
    });
    const r = taskReport(pack, keys, workFrom(pack, [...dx([['J181']]), ...px('0DB68ZX', '0DTJ4ZZ')]), 't-code');
    expect(itemOf(r, 'principal-procedure')?.explanation).toContain('Sequence first the procedure performed for definitive treatment');
  });
});

describe('coding: HCPCS units of service', () => {
  const { pack } = gradingPack();
  const keys = codeKey({
    principal: { code: 'J181' },
    hcpcs: [
      { code: 'J1885', units: 2, rule: ogcr('HCPCS') },
      { code: 'J7030', rule: ogcr('HCPCS') },
    ],
  });
  const hc = (...lines: { code: string; units?: number; modifiers?: string[] }[]): Command[] =>
    lines.map((l) => ({ type: 'code/add-hcpcs', taskId: 't-code', ...l }));

  it('takes the units share for wrong units and cites the CMS rounding rule once', () => {
    expect(HCPCS_LINE_SHARES.code + HCPCS_LINE_SHARES.modifiers + HCPCS_LINE_SHARES.units).toBe(1);
    const r = taskReport(pack, keys, workFrom(pack, [...dx([['J181']]), ...hc({ code: 'J1885' }, { code: 'J7030' })]), 't-code');
    const line = itemOf(r, 'hcpcs:J1885')!;
    expect(line).toMatchObject({ earned: 0.9, status: 'partial', expected: 'J1885 × 2', trainee: 'J1885 × 1' });
    expect(line.explanation).toContain('1 unit where the documented dose is 2 units');
    expect(line.explanation).toContain(
      'Rule (CMS Pub. 100-04, Medicare Claims Processing Manual, ch. 17, §10): Drugs are billed in multiples',
    );
  });
});
