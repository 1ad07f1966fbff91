/** The Vitals view's rows: vital signs only, blood pressures as one reading, newest first in flowsheet order. */
import { describe, expect, it } from 'vitest';
import type { Result } from './model.ts';
import { isVitalSign, vitalSignRows } from './vitals.ts';

let n = 0;
function vital(test: string, value: number | string, unit: string | undefined, more: Partial<Result> = {}): Result {
  n++;
  return {
    id: `res-${n}`,
    category: 'vital-signs',
    test,
    value,
    ...(unit === undefined ? {} : { unit }),
    collectedAt: '2024-05-01T09:00',
    status: 'final',
    ...more,
  };
}

const bpOrigin = { system: 'fhir', type: 'Observation', id: 'obs-bp' } as const;

describe('vitalSignRows', () => {
  it('leaves laboratory results out: those without a category and those marked laboratory', () => {
    const lab = { ...vital('Hemoglobin', 13.2, 'g/dL'), category: 'laboratory' as const };
    const { category: _none, ...withoutCategory } = vital('Sodium', 140, 'mmol/L');
    const old: Result = withoutCategory;
    expect(isVitalSign(lab)).toBe(false);
    expect(isVitalSign(old)).toBe(false);
    expect(vitalSignRows([lab, old, vital('Heart rate', 72, '/min')]).map((r) => r.name)).toEqual(['Heart rate']);
  });

  it('pairs the systolic and diastolic results of one reading into "120/80 mmHg"', () => {
    const rows = vitalSignRows([
      vital('Systolic Blood Pressure', 118.6, 'mm[Hg]', { panel: 'Blood Pressure', origin: bpOrigin }),
      vital('Diastolic Blood Pressure', 79.7, 'mm[Hg]', { panel: 'Blood Pressure', origin: bpOrigin }),
    ]);
    expect(rows).toEqual([
      { id: expect.any(String), takenAt: '2024-05-01T09:00', name: 'Blood pressure', value: '119/80 mmHg', flags: [] },
    ]);
  });

  it('does not pair readings taken at different times, and shows a lone systolic as it is', () => {
    const rows = vitalSignRows([
      vital('Systolic blood pressure', 150, 'mmHg', { panel: 'BP', flag: 'H' }),
      vital('Diastolic blood pressure', 90, 'mmHg', { panel: 'BP', collectedAt: '2024-05-01T10:00' }),
    ]);
    expect(rows.map((r) => [r.name, r.value, r.flags])).toEqual([
      ['Diastolic blood pressure', '90 mmHg', []],
      ['Systolic blood pressure', '150 mmHg', ['H']],
    ]);
  });

  it('lists newest first, and one sitting in flowsheet order: temperature, pulse, respirations, BP, SpO2, pain, height, weight, BMI', () => {
    const earlier = { collectedAt: '2024-04-01T08:00' };
    const rows = vitalSignRows([
      vital('Body Mass Index', 24.31, 'kg/m2'),
      vital('Body Weight', 70.24, 'kg'),
      vital('Pain severity - 0-10 verbal numeric rating [Score] - Reported', 3.14, '{score}'),
      vital('Oxygen saturation by pulse oximetry', 97.6, '%'),
      vital('Respiratory rate', 16, '/min'),
      vital('Heart rate', 72, '/min'),
      vital('Body Height', 170.04, 'cm'),
      vital('Oral temperature', 37.118, 'Cel'),
      vital('Body Weight', 71.0, 'kg', earlier),
    ]);
    expect(rows.map((r) => `${r.name}: ${r.value}`)).toEqual([
      'Oral temperature: 37.1 °C',
      'Heart rate: 72 /min',
      'Respiratory rate: 16 /min',
      'Oxygen saturation by pulse oximetry: 98 %',
      'Pain severity - 0-10 verbal numeric rating [Score] - Reported: 3',
      'Body Height: 170.0 cm',
      'Body Weight: 70.2 kg',
      'Body Mass Index: 24.3 kg/m²',
      'Body Weight: 71.0 kg',
    ]);
  });
});
