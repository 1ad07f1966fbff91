/**
 * Every code in every answer key of every bundled pack is valid in the pack's code set: the bundled
 * teaching sets in public/codesets (FY2021 ICD-10-CM and 2019 HCPCS with the few later codes merged
 * from CMS addenda, FY2025 ICD-10-PCS; docs/decisions/0006). Keyed codes (principal, alternates,
 * secondary, procedures, HCPCS) must be billable codes; their modifiers must be modifiers; codes
 * listed as not codeable need only exist. No exceptions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCodeSetFile, type CodeSetFile } from '../../src/codes/codeset-file.ts';
import { formatCode, type CodeSystem } from '../../src/codes/model.ts';
import { readPackBytes } from '../../src/packs/read.ts';
import type { Pack } from '../../src/packs/format.ts';
import { TEACHING_FILE_NAMES } from '../../scripts/codesets/teaching.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PACKS = ['scenarios/riverside/riverside-general.pack.json', 'scenarios/lakeside/lakeside-community.pack.json'];

function readSet(name: string): CodeSetFile {
  const read = readCodeSetFile(JSON.parse(readFileSync(join(ROOT, 'public', 'codesets', name), 'utf8')));
  if (!read.ok) throw new Error(`${name} ${read.problem}`);
  return read.file;
}

function readPack(path: string): Pack {
  const bytes = readFileSync(join(ROOT, path));
  const read = readPackBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!read.ok) throw new Error(`${path}: ${read.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return read.pack;
}

const sets: Record<CodeSystem, CodeSetFile> = {
  'ICD-10-CM': readSet(TEACHING_FILE_NAMES.icd10cm),
  'ICD-10-PCS': readSet(TEACHING_FILE_NAMES.icd10pcs),
  HCPCS: readSet(TEACHING_FILE_NAMES.hcpcs),
};
const byCode = Object.fromEntries(
  Object.entries(sets).map(([system, file]) => [
    system,
    new Map(file.entries.filter((e) => e.kind !== 'modifier').map((e) => [e.code, e])),
  ]),
) as Record<CodeSystem, Map<string, CodeSetFile['entries'][number]>>;
const modifiers = new Set(sets.HCPCS.entries.filter((e) => e.kind === 'modifier').map((e) => e.code));

interface Use {
  system: CodeSystem;
  code: string;
  where: string;
  mustBill: boolean;
}

/** Every code a pack's keys name, with where it is named. */
function keyCodes(pack: Pack): { uses: Use[]; modifierUses: { code: string; where: string }[] } {
  const uses: Use[] = [];
  const modifierUses: { code: string; where: string }[] = [];
  for (const { taskId, key } of pack.keys) {
    if (key.kind !== 'code') continue;
    const add = (system: CodeSystem, item: { code: string; alternates: readonly string[] }, where: string) => {
      uses.push({ system, code: item.code, where: `${taskId} ${where}`, mustBill: true });
      for (const alternate of item.alternates)
        uses.push({ system, code: alternate, where: `${taskId} ${where} alternate`, mustBill: true });
    };
    add('ICD-10-CM', key.principal, 'principal');
    key.secondary.forEach((s, i) => add('ICD-10-CM', s, `secondary[${i}]`));
    key.procedures.forEach((p, i) => add('ICD-10-PCS', p, `procedures[${i}]`));
    key.hcpcs.forEach((h, i) => {
      add('HCPCS', h, `hcpcs[${i}]`);
      for (const m of h.modifiers) modifierUses.push({ code: m, where: `${taskId} hcpcs[${i}] modifier` });
    });
    key.notCodeable.forEach((n, i) =>
      uses.push({ system: 'ICD-10-CM', code: n.code, where: `${taskId} notCodeable[${i}]`, mustBill: false }),
    );
  }
  return { uses, modifierUses };
}

describe.each(PACKS)('the answer keys of %s', (path) => {
  const pack = readPack(path);
  const { uses, modifierUses } = keyCodes(pack);

  it('name codes at all (the test is not vacuous)', () => {
    expect(pack.keys.some((k) => k.key.kind === 'code')).toBe(true);
    expect(uses.length).toBeGreaterThan(30);
  });

  it('name only codes that exist in the code set, billable where they are keyed', () => {
    const problems: string[] = [];
    for (const use of uses) {
      const entry = byCode[use.system].get(use.code);
      const shown = formatCode(use.system, use.code);
      if (!entry) problems.push(`${use.where}: ${shown} is not in ${sets[use.system].title}`);
      else if (use.mustBill && !entry.billable)
        problems.push(`${use.where}: ${shown} is a header in ${sets[use.system].title}, not a billable code`);
    }
    for (const use of modifierUses)
      if (!modifiers.has(use.code)) problems.push(`${use.where}: ${use.code} is not a HCPCS modifier in ${sets.HCPCS.title}`);
    expect(problems).toEqual([]);
  });

  it('are coded in systems the task asks for', () => {
    const problems: string[] = [];
    for (const task of pack.tasks) {
      if (task.kind !== 'code') continue;
      const key = pack.keys.find((k) => k.taskId === task.id)?.key;
      if (key?.kind !== 'code') continue;
      if (key.procedures.length > 0 && !task.systems.includes('ICD-10-PCS'))
        problems.push(`${task.id}: the key has ICD-10-PCS codes the task does not ask for`);
      if (key.hcpcs.length > 0 && !task.systems.includes('HCPCS'))
        problems.push(`${task.id}: the key has HCPCS codes the task does not ask for`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the code sets the keys are checked against', () => {
  it('mark the codes merged from later addenda, so a check never passes on an unlabelled code', () => {
    const addenda = (file: CodeSetFile) => ((file as CodeSetFile & { addenda?: { code: string }[] }).addenda ?? []).map((a) => a.code);
    expect(addenda(sets['ICD-10-CM'])).toEqual(expect.arrayContaining(['E66.811', 'E66.812']));
    expect(addenda(sets.HCPCS)).toEqual(['G2086']);
    expect(addenda(sets['ICD-10-PCS'])).toEqual([]);
  });
});
