/**
 * The DRG-changing codes of every inpatient code key of the bundled packs are marked. For each
 * secondary diagnosis of such a key, its severity for that stay under MS-DRG v43.1 is recomputed
 * here from CMS's tables in ../shared/data/msdrg/v431 and compared with the key's `severity`, and
 * its weight with the convention (3 for an MCC, 2 for a CC, 1 otherwise).
 *
 * The severity of a secondary code for a stay (the v43.1 README, "Preparation" and "Per-code
 * severity usage"): the `severity` column of dx.tsv (MCC, CC or NCC), except that
 * - a code on the exclusion list of the principal diagnosis (dx.tsv `excl_id`, listed in
 *   pdx_exclusions.tsv) is neither: the principal excludes it;
 * - an MCC marked `mcc_alive_only` is neither when the patient died (disposition "expired").
 * The DRG-specific exclusions of single formula rows belong to the grouping of the whole claim and
 * are not applied: a code keyed CC is a CC for the stay even where its DRG family does not split on CC.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPackBytes } from '../../src/packs/read.ts';
import type { Pack } from '../../src/packs/format.ts';
import { sharedData } from '../helpers/shared-data.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PACKS = ['scenarios/riverside/riverside-general.pack.json', 'scenarios/lakeside/lakeside-community.pack.json'];

const dxTable = sharedData('msdrg/v431/dx.tsv');
const exclusionTable = sharedData('msdrg/v431/pdx_exclusions.tsv');

function readPack(path: string): Pack {
  const read = readPackBytes(new Uint8Array(readFileSync(join(ROOT, path))));
  if (!read.ok) throw new Error(`${path}: ${read.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return read.pack;
}

type CodeKey = Extract<Pack['keys'][number]['key'], { kind: 'code' }>;
interface Case { where: string; key: CodeKey; died: boolean }

/** Every code key whose task is an inpatient encounter, with whether the patient died in that stay. */
function inpatientCodeKeys(path: string): Case[] {
  const pack = readPack(path);
  const tasks = new Map(pack.tasks.map((t) => [t.id, t]));
  return pack.keys.flatMap(({ taskId, key }) => {
    const task = tasks.get(taskId);
    if (key.kind !== 'code' || task?.kind !== 'code') return [];
    const encounter = pack.patients.find((p) => p.id === task.patientId)?.encounters.find((e) => e.id === task.encounterId);
    if (!encounter) throw new Error(`${pack.pack.id}/${taskId}: encounter ${task.encounterId} not found`);
    return encounter.class === 'inpatient' ? [{ where: `${pack.pack.id}/${taskId}`, key, died: encounter.dischargeDisposition === 'expired' }] : [];
  });
}

const cases = PACKS.flatMap(inpatientCodeKeys);

/** Rows of a tab-separated v43.1 table, by header name. */
function rows(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter((line) => line !== '');
  const names = head!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

interface Dx { severity: 'MCC' | 'CC' | 'NCC'; mccAliveOnly: boolean; exclId: string }

describe('bundled packs: inpatient code keys', () => {
  it('include the inpatient coding cases of both packs', () => {
    expect(cases.filter((c) => c.where.startsWith('riverside-general/')).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.where.startsWith('lakeside-community/')).length).toBeGreaterThanOrEqual(5);
  });
});

describe.skipIf(!dxTable.available || !exclusionTable.available)('DRG severity marks on inpatient code keys (MS-DRG v43.1)', () => {
  let dx: Map<string, Dx>;
  let exclusions: Map<string, Set<string>>;

  beforeAll(() => {
    dx = new Map(rows(dxTable.path).map((r) => [r['code']!, { severity: r['severity'] as Dx['severity'], mccAliveOnly: r['mcc_alive_only'] === '1', exclId: r['excl_id']! }]));
    exclusions = new Map();
    for (const r of rows(exclusionTable.path)) {
      const list = exclusions.get(r['excl_id']!) ?? new Set<string>();
      list.add(r['code']!);
      exclusions.set(r['excl_id']!, list);
    }
  });

  /** The severity a secondary code has for the stay, or undefined when it is neither MCC nor CC. */
  function severityFor(code: string, principal: string, died: boolean): 'mcc' | 'cc' | undefined {
    const secondary = dx.get(code);
    if (!secondary) throw new Error(`${code} is not a valid ICD-10-CM code in MS-DRG v43.1 (dx.tsv)`);
    const excludedBy = dx.get(principal)?.exclId;
    if (excludedBy && exclusions.get(excludedBy)?.has(code)) return undefined;
    if (secondary.severity === 'MCC') return died && secondary.mccAliveOnly ? undefined : 'mcc';
    return secondary.severity === 'CC' ? 'cc' : undefined;
  }

  it('read the tables whole', () => {
    expect(dx.size).toBe(74_719);
    expect(exclusions.size).toBe(2_249);
  });

  it.each(cases.map((c) => [c.where, c] as const))('%s marks every secondary code that is an MCC or CC for the stay', (_where, { key, died }) => {
    expect(dx.has(key.principal.code), `principal ${key.principal.code} is not in dx.tsv`).toBe(true);
    const found = key.secondary.map((s) => ({ code: s.code, severity: s.severity, weight: s.weight }));
    const expected = key.secondary.map((s) => {
      const severity = severityFor(s.code, key.principal.code, died);
      return { code: s.code, severity, weight: severity === 'mcc' ? 3 : severity === 'cc' ? 2 : 1 };
    });
    expect(found).toEqual(expected);
  });
});
