/**
 * The bundled teaching code sets in public/codesets/: readable code-set files of the right system,
 * holding every code the instructor notes mention (and reporting the ones the releases lack), and
 * exactly what the generator builds from the official releases when ../shared/data is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icd10cmCodeSetFile, readCodeSetFile, type CodeSetFile } from '../src/codes/codeset-file.ts';
import { formatCode, type CodeSystem } from '../src/codes/model.ts';
import { rootOperationDefinition, type PcsDefinitions } from '../src/codes/icd10pcs/definitions.ts';
import { countPcsCodes, toCodeSet, type PcsTables } from '../src/codes/icd10pcs/tables.ts';
import { mentionedCodes, mentionedCodesIn } from '../scripts/codesets/mentions.ts';
import { RELEASE_FILES, readInstructorNotes, readTeachingSources } from '../scripts/codesets/sources.ts';
import {
  HCPCS_TITLE,
  ICD10CM_TITLE,
  ICD10PCS_TITLE,
  MIN_ICD10CM_ENTRIES,
  TEACHING_FILE_NAMES,
  buildTeachingCodeSets,
  serialiseTeachingCodeSets,
  type TeachingCodeSetFile,
  type TeachingReport,
} from '../scripts/codesets/teaching.ts';
import { ADDENDA } from '../scripts/codesets/addenda.ts';
import { SHARED_DATA, sharedData } from './helpers/shared-data.ts';

const ROOT = join(import.meta.dirname, '..');
const CODESETS = join(ROOT, 'public', 'codesets');

function readSet(name: string): CodeSetFile {
  const read = readCodeSetFile(JSON.parse(readFileSync(join(CODESETS, name), 'utf8')));
  if (!read.ok) throw new Error(`${name} ${read.problem}`);
  return read.file;
}

const report = JSON.parse(readFileSync(join(CODESETS, TEACHING_FILE_NAMES.report), 'utf8')) as TeachingReport;
const mentioned = mentionedCodesIn(readInstructorNotes(ROOT).map((document) => document.text));
const codesOf = (file: CodeSetFile, kind?: 'code' | 'header' | 'modifier') =>
  new Set(file.entries.filter((entry) => kind === undefined || entry.kind === kind).map((entry) => entry.code));

describe('the bundled teaching code sets', () => {
  it.each([
    [TEACHING_FILE_NAMES.icd10cm, 'ICD-10-CM', 2021, ICD10CM_TITLE],
    [TEACHING_FILE_NAMES.icd10pcs, 'ICD-10-PCS', 2025, ICD10PCS_TITLE],
    [TEACHING_FILE_NAMES.hcpcs, 'HCPCS', 2019, HCPCS_TITLE],
  ] as const)('%s is a teaching code-set file for %s, year %i', (name, system, year, title) => {
    expect(existsSync(join(CODESETS, name))).toBe(true);
    const file = readSet(name);
    expect(file).toMatchObject({ format: 'record-room-codeset', version: 2, system, fiscalYear: year, source: 'teaching', title });
    expect(new Set(file.entries.map((entry) => `${entry.kind}|${entry.code}`)).size).toBe(file.entries.length);
    expect(file.entries.every((entry) => entry.title !== '')).toBe(true);
  });

  it("lists the instructor notes' codes under the right system", () => {
    expect(mentioned['ICD-10-CM']).toEqual(expect.arrayContaining(['E1142', 'S8264XA', 'Z3A25', 'F1122', 'B20']));
    expect(mentioned['ICD-10-PCS']).toEqual(expect.arrayContaining(['10E0XZZ', '0SRR019', 'B2111ZZ', 'HZ2ZZZZ', '3E0S3BZ']));
    expect(mentioned.pcsPrefixes).toEqual(['GZ5', 'GZH']);
    expect(mentioned.HCPCS).toEqual(expect.arrayContaining(['J1885', 'J7030', 'J7298', 'G0439', 'G0008', 'G2086']));
    // Not codes: deficiency row labels, a pill imprint, record numbers, glued tokens.
    for (const notACode of ['D10', 'D11', 'M30', 'T2D', 'PCV20']) expect(mentioned['ICD-10-CM']).not.toContain(notACode);
    expect(mentioned['ICD-10-PCS']).not.toContain('0048213');
  });

  it('reads codes with and without the dot, and tells HCPCS and PCS codes by their line', () => {
    const found = mentionedCodes(
      [
        '* E11.42, e11.9 and E1165; see K91.3- and Y90.-',
        '| D10 | an unsigned note | "M30" pills | MRN 0048213 | T2DM',
        '* HCPCS: J1885 ×2; J7298',
        '* ICD-10-PCS: B2111ZZ; GZ5-/GZH-',
        '* not required (if coded: 3E0S3BZ); J1885 here is J18.85 without its dot',
      ].join('\n'),
    );
    expect(found).toEqual({
      'ICD-10-CM': ['E1142', 'E1165', 'K913', 'Y90', 'J1885'],
      'ICD-10-PCS': ['B2111ZZ', '3E0S3BZ'],
      pcsPrefixes: ['GZ5', 'GZH'],
      HCPCS: ['J1885', 'J7298'],
    });
  });
});

describe('the teaching ICD-10-CM set', () => {
  const file = readSet(TEACHING_FILE_NAMES.icd10cm);
  const tabular = file.tabular;

  it(`has at least ${MIN_ICD10CM_ENTRIES} entries, headers included, and is the code set of its own tabular list`, () => {
    expect(file.entries.length).toBeGreaterThanOrEqual(MIN_ICD10CM_ENTRIES);
    expect(file.entries.some((entry) => entry.kind === 'header')).toBe(true);
    expect(tabular).toBeDefined();
    if (!tabular) return;
    expect(tabular).toMatchObject({ system: 'ICD-10-CM', fiscalYear: 2021 });
    expect(icd10cmCodeSetFile(tabular, 'teaching', ICD10CM_TITLE).entries).toEqual(file.entries);
  });

  it('holds every selected category whole in its tabular list, and nothing else', () => {
    if (!tabular) throw new Error('no tabular list');
    const categories = tabular.chapters.flatMap((chapter) =>
      chapter.sections.flatMap((section) => section.categories.map((category) => category.code)),
    );
    expect(categories).toEqual(report.categories);
    for (const chapter of tabular.chapters) {
      expect(chapter.sections.length).toBeGreaterThan(0);
      for (const section of chapter.sections) expect(section.categories.length).toBeGreaterThan(0);
    }
    const selected = new Set(report.categories);
    expect(file.entries.every((entry) => selected.has(entry.code.slice(0, 3)))).toBe(true);
    // Around the notes' codes: the neighbours of S82 (lateral malleolus) and the whole of E08–E13's neighbours of E11.
    for (const category of ['S81', 'S82', 'S83', 'E10', 'E11', 'E13', 'Z3A', 'Y93']) expect(selected.has(category)).toBe(true);
  });

  it('holds every mentioned code: those the FY2021 release lacks come from the FY2025 addenda, listed as such', () => {
    const codes = codesOf(file);
    const absent = mentioned['ICD-10-CM'].filter((code) => !codes.has(code)).map((code) => formatCode('ICD-10-CM', code));
    expect(absent).toEqual([]);
    expect(report.missingFromSet['ICD-10-CM']).toEqual([]);
    expect(report.missingFromRelease['ICD-10-CM']).toEqual(['E66.811', 'E66.812', 'E66.813']);
    const merged = (file as TeachingCodeSetFile).addenda ?? [];
    expect(merged).toEqual(report.addenda['ICD-10-CM']);
    for (const code of report.missingFromRelease['ICD-10-CM']) expect(merged.map((a) => a.code)).toContain(code);
    expect(merged.every((a) => a.source === 'CMS addenda' && a.effective.startsWith('FY2025'))).toBe(true);
    expect(file.title).toContain('with FY2025 addenda');
    expect(codes.has('S8264XA') && codes.has('E1142') && codes.has('Y93H3')).toBe(true);
  });

  it('places the addenda codes in the tabular list as FY2025 has them: E66.8 subdivided and no longer billable', () => {
    const entry = (code: string) => file.entries.find((e) => e.code === code);
    expect(entry('E668')).toMatchObject({ title: 'Other obesity', billable: false, kind: 'header' });
    expect(entry('E6681')).toMatchObject({ title: 'Obesity class', billable: false, kind: 'header' });
    expect(entry('E66812')).toMatchObject({ title: 'Obesity, class 2', billable: true, kind: 'code' });
    for (const addendum of ADDENDA.filter((a) => a.system === 'ICD-10-CM'))
      expect(entry(addendum.code)?.kind, addendum.code).toBe(addendum.kind);
  });
});

describe('the teaching ICD-10-PCS set', () => {
  const file = readSet(TEACHING_FILE_NAMES.icd10pcs);
  const tables = file.pcsTables as PcsTables;
  const definitions = file.pcsDefinitions as PcsDefinitions;

  it("has exactly the valid codes of its tables, which are the report's", () => {
    expect(tables.tables.map((table) => table.code)).toEqual(report.pcsTables);
    expect(file.entries).toEqual(toCodeSet(tables).entries);
    expect(file.entries).toHaveLength(countPcsCodes(tables));
    expect(file.entries.every((entry) => entry.billable && entry.kind === 'code')).toBe(true);
  });

  it("holds the mentioned codes and their tables; the others are exactly the report's", () => {
    const codes = codesOf(file);
    expect(mentioned['ICD-10-PCS'].filter((code) => !codes.has(code)).sort()).toEqual(report.missingFromRelease['ICD-10-PCS']);
    const tableCodes = new Set(report.pcsTables);
    for (const code of [...mentioned['ICD-10-PCS'], ...mentioned.pcsPrefixes]) expect(tableCodes.has(code.slice(0, 3))).toBe(true);
    // Commonly confused root operations beside the ones in the notes.
    for (const table of ['0UB', '0DB', '0SU', '4A1', '302']) expect(tableCodes.has(table)).toBe(true);
  });

  it('defines the root operation of every table', () => {
    expect(definitions.fiscalYear).toBe(2025);
    for (const table of tables.tables) {
      expect(rootOperationDefinition(definitions, table.section.code, table.operation.label)?.definition, table.code).toBeTruthy();
    }
  });
});

describe('the teaching HCPCS set', () => {
  const file = readSet(TEACHING_FILE_NAMES.hcpcs);

  it('holds the mentioned codes (G2086 from the 2020 addenda, listed as such) and the common ones', () => {
    const codes = codesOf(file, 'code');
    expect(mentioned.HCPCS.filter((code) => !codes.has(code))).toEqual([]);
    expect(report.missingFromSet.HCPCS).toEqual([]);
    expect(report.missingFromRelease.HCPCS).toEqual(['G2086']);
    expect((file as TeachingCodeSetFile).addenda).toEqual([
      expect.objectContaining({ code: 'G2086', source: 'CMS addenda', effective: '2020 (2020-01-01)' }),
    ]);
    expect(file.entries.find((e) => e.code === 'G2086')).toMatchObject({ billable: true, kind: 'code' });
    for (const code of ['G0008', 'G0009', 'A4253', 'E0114', 'J1885', 'J7030', 'J7298']) expect(codes.has(code), code).toBe(true);
  });

  it('holds the level II modifiers as modifiers', () => {
    const modifiers = file.entries.filter((entry) => entry.kind === 'modifier');
    expect(modifiers.length).toBe(report.counts.hcpcsModifiers);
    expect(modifiers.length).toBeGreaterThan(300);
    expect(modifiers.every((entry) => !entry.billable && /^[A-Z0-9]{2}$/.test(entry.code))).toBe(true);
    expect(modifiers.map((entry) => entry.code)).toEqual(expect.arrayContaining(['LT', 'RT', 'GA', 'JW', 'TC']));
  });
});

const available = Object.values(RELEASE_FILES)
  .map((relative) => sharedData(relative))
  .every((data) => data.available);

describe.skipIf(!available)('regenerating the teaching code sets from the official releases', () => {
  it('gives the committed files, byte for byte', { timeout: 120_000 }, () => {
    const build = buildTeachingCodeSets(readTeachingSources(SHARED_DATA, ROOT));
    for (const [name, text] of Object.entries(serialiseTeachingCodeSets(build))) {
      const committed = readFileSync(join(CODESETS, name), 'utf8');
      expect(text === committed, `public/codesets/${name} is out of date: run npx tsx scripts/codesets/build-teaching.ts`).toBe(true);
    }
    const systems: CodeSystem[] = ['ICD-10-CM', 'ICD-10-PCS', 'HCPCS'];
    for (const system of systems) {
      expect(build.report.missingFromRelease[system]).toEqual(report.missingFromRelease[system]);
      expect(build.report.missingFromSet[system]).toEqual([]);
    }
  });
});
