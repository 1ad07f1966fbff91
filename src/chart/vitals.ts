/**
 * Vital signs as a chart's Vitals view lists them: one row per measurement, newest first, each
 * value with its readable unit at the precision it is charted with ("37.1 °C", "72 /min"). A blood
 * pressure is one reading: its systolic and diastolic results, taken together, are one row,
 * "120/80 mmHg", as every flowsheet writes it. Pure.
 */
import type { Result } from './model.ts';
import { fixed, formatVitalValue, readableUnit } from './units.ts';

/** A result is a vital sign when its category says so; results without one are laboratory results. */
export function isVitalSign(result: Pick<Result, 'category'>): boolean {
  return result.category === 'vital-signs';
}

export interface VitalSignRow {
  /** The id of the (first) result the row shows. */
  readonly id: string;
  readonly takenAt: string;
  readonly name: string;
  /** The value with its unit, as shown. */
  readonly value: string;
  /** The flags of the results shown, each once. */
  readonly flags: readonly NonNullable<Result['flag']>[];
  readonly encounterId?: string;
}

/** The order vital signs are read out in, as on a flowsheet: others follow, by name. */
const CONVENTIONAL_ORDER: readonly RegExp[] = [
  /temp/i,
  /heart rate|^pulse|pulse rate/i,
  /resp/i,
  /blood pressure|systolic|diastolic/i,
  /oxygen|spo2|o2 sat/i,
  /pain/i,
  /height|length/i,
  /weight/i,
  /body mass|bmi/i,
  /head/i,
];

function rank(name: string): number {
  const i = CONVENTIONAL_ORDER.findIndex((pattern) => pattern.test(name));
  return i < 0 ? CONVENTIONAL_ORDER.length : i;
}

const SYSTOLIC = /systolic/i;
const DIASTOLIC = /diastolic/i;

/**
 * The results of one sitting that belong together: taken at the same time, in the same encounter,
 * from the same source observation (an imported blood-pressure panel) or under the same panel.
 */
const sittingKey = (r: Result) => `${r.collectedAt}|${r.encounterId ?? ''}|${r.origin?.id ?? r.panel ?? ''}`;

function row(results: readonly Result[], name: string, value: string): VitalSignRow {
  const first = results[0]!;
  const flags = [...new Set(results.map((r) => r.flag).filter((f): f is NonNullable<Result['flag']> => f !== undefined))];
  return {
    id: first.id,
    takenAt: first.collectedAt,
    name,
    value,
    flags,
    ...(first.encounterId === undefined ? {} : { encounterId: first.encounterId }),
  };
}

/** The Vitals view's rows: the vital-sign results, blood pressures paired, newest first. */
export function vitalSignRows(results: readonly Result[]): VitalSignRow[] {
  const vitals = results.filter(isVitalSign);
  const sittings = new Map<string, Result[]>();
  for (const r of vitals) {
    const key = sittingKey(r);
    const group = sittings.get(key);
    if (group) group.push(r);
    else sittings.set(key, [r]);
  }

  const rows: VitalSignRow[] = [];
  for (const group of sittings.values()) {
    const systolic = group.find((r) => SYSTOLIC.test(r.test) && typeof r.value === 'number');
    const diastolic = group.find((r) => DIASTOLIC.test(r.test) && typeof r.value === 'number');
    const paired = systolic && diastolic && readableUnit(systolic.unit) === readableUnit(diastolic.unit) ? [systolic, diastolic] : [];
    if (systolic && diastolic && paired.length === 2) {
      const unit = readableUnit(systolic.unit);
      const reading = `${fixed(systolic.value as number, 0)}/${fixed(diastolic.value as number, 0)}`;
      rows.push(row(paired, 'Blood pressure', unit === '' ? reading : `${reading} ${unit}`));
    }
    for (const r of group) {
      if (paired.includes(r)) continue;
      rows.push(row([r], r.test, formatVitalValue(r.value, r.unit)));
    }
  }
  return rows.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
