/**
 * Every code an answer key of a bundled pack names is valid in the fiscal year the pack is coded to
 * (`codeSetYear`), by the best official list at hand in ../shared/data. Keys teach what is right, so a
 * code that was billable in an older release but is a header or gone in the pack's year is a wrong
 * answer taught as right (E87.2 became a header in FY2023). The lists, best first:
 *
 * - **ICD-10-CM**: no release of the packs' year (FY2025) is at hand. The FY2026 list of valid codes
 *   (MS-DRG v43.1 MCE `dx_master.tsv`) gives the first day of each code's unbroken validity, so a code
 *   on it valid since 1 October of the year before the pack's is billable throughout the pack's year.
 *   A code not on it is no billable code in FY2026, and its status in the pack's year is not confirmed:
 *   it fails. A code listed as not codeable need only exist: billable, or a header with valid codes below.
 * - **ICD-10-PCS**: the official tables of the pack's year when they are at hand (FY2025); otherwise the
 *   FY2026 list (`pr_master.tsv`) read the same way.
 * - **HCPCS Level II**: the newest release at hand is 2019, with G2086 from the 2020 addenda
 *   (scripts/codesets/addenda.ts); a keyed code must be a current code there, and a modifier a modifier.
 *   No list at hand can confirm a code for the packs' own year; this is the best available.
 *
 * Under CI=true missing data is a failure (tests/helpers/shared-data.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackBytes } from '../../src/packs/read.ts';
import type { Pack } from '../../src/packs/format.ts';
import { formatCode } from '../../src/codes/model.ts';
import { parsePcsTables, toCodeSet } from '../../src/codes/icd10pcs/tables.ts';
import { parseHcpcs } from '../../src/codes/hcpcs/hcpcs.ts';
import { ADDENDA } from '../../scripts/codesets/addenda.ts';
import { readMceMaster } from '../../scripts/codesets/newer-lists.ts';
import { sharedData } from '../helpers/shared-data.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PACKS = ['scenarios/riverside/riverside-general.pack.json', 'scenarios/lakeside/lakeside-community.pack.json'];

const dxList = sharedData('msdrg/v431/mce/dx_master.tsv');
const prList = sharedData('msdrg/v431/mce/pr_master.tsv');
const pcsTables = sharedData('icd10pcs/icd10pcs_tables_2025.xml');
const hcpcsRelease = sharedData('hcpcs/HCPC2019_CONTR_ANWEB.txt');
const NEWER_YEAR = 2026;
const available = [dxList, prList, pcsTables, hcpcsRelease].every((file) => file.available);

function readPack(path: string): Pack {
  const read = readPackBytes(new Uint8Array(readFileSync(join(ROOT, path))));
  if (!read.ok) throw new Error(`${path}: ${read.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return read.pack;
}

interface Use {
  system: 'ICD-10-CM' | 'ICD-10-PCS' | 'HCPCS';
  code: string;
  where: string;
  /** Keyed to be reported (billable); otherwise named as not codeable, and need only exist. */
  reported: boolean;
}

function keyedCodes(pack: Pack): { uses: Use[]; modifiers: { code: string; where: string }[] } {
  const uses: Use[] = [];
  const modifiers: { code: string; where: string }[] = [];
  for (const { taskId, key } of pack.keys) {
    if (key.kind !== 'code') continue;
    const add = (system: Use['system'], item: { code: string; alternates: readonly string[] }, where: string) => {
      for (const code of [item.code, ...item.alternates]) uses.push({ system, code, where: `${taskId} ${where}`, reported: true });
    };
    add('ICD-10-CM', key.principal, 'principal');
    key.secondary.forEach((s, i) => add('ICD-10-CM', s, `secondary[${i}]`));
    key.procedures.forEach((p, i) => add('ICD-10-PCS', p, `procedures[${i}]`));
    key.hcpcs.forEach((h, i) => {
      add('HCPCS', h, `hcpcs[${i}]`);
      for (const m of h.modifiers) modifiers.push({ code: m, where: `${taskId} hcpcs[${i}] modifier` });
    });
    key.notCodeable.forEach((n, i) => uses.push({ system: 'ICD-10-CM', code: n.code, where: `${taskId} notCodeable[${i}]`, reported: false }));
  }
  return { uses, modifiers };
}

/** What a dated list says of a code in a fiscal year, or why it cannot say it is valid. */
function datedProblem(valid: ReadonlyMap<string, string>, use: Use, fiscalYear: number): string | undefined {
  const shown = formatCode(use.system, use.code);
  const firstDay = `${fiscalYear - 1}-10-01`;
  const since = valid.get(use.code);
  if (since !== undefined) return since <= firstDay ? undefined : `${shown} became valid only on ${since}, after FY${fiscalYear} began`;
  if (!use.reported) {
    const below = [...valid].filter(([c, day]) => c.startsWith(use.code) && c !== use.code && day <= firstDay);
    if (below.length > 0) return undefined;
  }
  return `${shown} is not on the FY${NEWER_YEAR} list of valid codes, so it is no billable code then and its FY${fiscalYear} status is not confirmed`;
}

describe.skipIf(!available)('keyed codes are valid in the fiscal year of their pack, by the best list at hand', () => {
  const dx = () => readMceMaster(readFileSync(dxList.path, 'utf8'), 'dx_master.tsv');
  const pr = () => readMceMaster(readFileSync(prList.path, 'utf8'), 'pr_master.tsv');

  it.each(PACKS)('%s', { timeout: 60_000 }, (path) => {
    const pack = readPack(path);
    const year = pack.pack.codeSetYear;
    const { uses, modifiers } = keyedCodes(pack);
    expect(uses.length, 'the keys name codes (the test is not vacuous)').toBeGreaterThan(30);
    expect(year, 'the FY2026 list can speak of the pack year').toBeLessThanOrEqual(NEWER_YEAR);

    const cmValid = dx();
    const tables = parsePcsTables(readFileSync(pcsTables.path), { fileName: 'icd10pcs_tables_2025.xml' });
    if (!tables.ok) throw new Error('the FY2025 ICD-10-PCS tables do not read');
    const pcsOfYear = tables.value.fiscalYear === year ? new Set(toCodeSet(tables.value).entries.map((e) => e.code)) : undefined;
    const pcsValid = pcsOfYear ? undefined : pr();
    const hcpcs = parseHcpcs(readFileSync(hcpcsRelease.path), { fileName: 'HCPC2019_CONTR_ANWEB.txt' });
    if (!hcpcs.ok) throw new Error('the 2019 HCPCS release does not read');
    const current = (r: { terminationDate?: string }) => r.terminationDate === undefined || r.terminationDate >= `${hcpcs.value.year}-01-01`;
    const hcpcsCodes = new Set([
      ...hcpcs.value.codes.filter(current).map((r) => r.code),
      ...ADDENDA.filter((a) => a.system === 'HCPCS').map((a) => a.code),
    ]);
    const hcpcsModifiers = new Set(hcpcs.value.modifiers.filter(current).map((r) => r.code));

    const problems: string[] = [];
    for (const use of uses) {
      let problem: string | undefined;
      if (use.system === 'ICD-10-CM') problem = datedProblem(cmValid, use, year);
      else if (use.system === 'ICD-10-PCS')
        problem = pcsOfYear
          ? pcsOfYear.has(use.code)
            ? undefined
            : `${use.code} is not in the FY${year} ICD-10-PCS tables`
          : datedProblem(pcsValid!, use, year);
      else problem = hcpcsCodes.has(use.code) ? undefined : `${use.code} is not a current code of HCPCS ${hcpcs.value.year} or its addenda`;
      if (problem) problems.push(`${pack.pack.id} ${use.where}: ${problem}`);
    }
    for (const m of modifiers)
      if (!hcpcsModifiers.has(m.code)) problems.push(`${pack.pack.id} ${m.where}: ${m.code} is not a HCPCS ${hcpcs.value.year} modifier`);
    expect(problems).toEqual([]);
  });

  it('would catch a code that is a header in the pack year, and one new after it', () => {
    const cmValid = dx();
    expect(datedProblem(cmValid, { system: 'ICD-10-CM', code: 'E872', where: '', reported: true }, 2025)).toContain('not on the FY2026 list');
    expect(datedProblem(cmValid, { system: 'ICD-10-CM', code: 'E872', where: '', reported: false }, 2025)).toBeUndefined();
    expect(datedProblem(cmValid, { system: 'ICD-10-CM', code: 'E66811', where: '', reported: true }, 2024)).toContain('became valid only on 2024-10-01');
    expect(datedProblem(cmValid, { system: 'ICD-10-CM', code: 'E66811', where: '', reported: true }, 2025)).toBeUndefined();
  });
});
