/**
 * Every frozen file in tests/fixtures/versions/ still reads through the shared intake, as bytes and
 * with a UTF-8 byte-order mark in front. Those files are never edited, only added to (see the README
 * there): a reader change that breaks one breaks files people already have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { readBytes } from '../../src/intake/read.ts';
import { readPackBytes } from '../../src/packs/read.ts';
import { readKeyFileBytes } from '../../src/packs/key-file.ts';
import { taskProblems } from '../../src/packs/cross-reference.ts';
import { CODESET_FILE, readCodeSetFile, type CodeSetFile, type CodeSetFileSchema } from '../../src/codes/codeset-file.ts';
import { checkCode } from '../../src/codes/validity.ts';
import type { SearchableEntry } from '../../src/codes/search.ts';
import { readWorkBytes } from '../../src/tasks/work-file.ts';
import { grade } from '../../src/grading/grade.ts';

const VERSIONS = join(import.meta.dirname, '..', 'fixtures', 'versions');
const BOM = [0xef, 0xbb, 0xbf];

const bytesOf = (name: string) => new Uint8Array(readFileSync(join(VERSIONS, name)));
/** The file as it is, and with a UTF-8 byte-order mark in front. */
const asGivenAndWithBom = (name: string) =>
  [
    ['as given', bytesOf(name)],
    ['with a BOM', new Uint8Array([...BOM, ...bytesOf(name)])],
  ] as const;

/** A code-set file's JSON as the callers of readCodeSetFile get it: decoded (a BOM dropped) and parsed. */
const codeSetJson = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes));

function packV2() {
  const read = readPackBytes(bytesOf('pack-v2.json'));
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return read.pack;
}

describe('frozen scenario packs', () => {
  it.each(asGivenAndWithBom('pack-v1.json'))(
    'pack-v1.json (%s) reads as the current version, migrated from 1, with no tasks',
    (_, bytes) => {
      const read = readPackBytes(bytes);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.migratedFrom).toBe(1);
      expect(read.pack.version).toBe(3);
      expect(read.pack.pack.id).toBe('versions-pack');
      expect(read.pack.tasks).toEqual([]);
      expect(read.pack.keys).toEqual([]);
      expect(read.pack.patients.map((p) => p.mrn)).toEqual(['0001001', '0001002']);
      expect(read.pack.looseDocuments.map((d) => d.id)).toEqual(['loose-1']);
    },
  );

  it.each(asGivenAndWithBom('pack-v2.json'))(
    'pack-v2.json (%s) reads as version 3, its description kept as instructor notes',
    (_, bytes) => {
      const read = readPackBytes(bytes);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.migratedFrom).toBe(2);
      expect(read.pack.version).toBe(3);
      const original = (JSON.parse(new TextDecoder().decode(bytesOf('pack-v2.json'))) as { pack: { description: string } }).pack
        .description;
      expect(read.pack.pack.instructorNotes).toBe(original);
      expect(read.pack.pack.description).toBe('Riverside Test Hospital: 2 patients and 4 HIM tasks.');
      expect(read.pack.tasks.map((t) => t.kind).sort()).toEqual(['code', 'complete', 'file', 'retrieve']);
      expect(read.pack.keys.map((k) => k.taskId).sort()).toEqual(read.pack.tasks.map((t) => t.id).sort());
      expect(read.pack.patients).toHaveLength(2);
    },
  );

  it.each(asGivenAndWithBom('pack-v3.json'))(
    'pack-v3.json (%s) reads as it is: a description for trainees, notes for instructors',
    (_, bytes) => {
      const read = readPackBytes(bytes);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.migratedFrom).toBeUndefined();
      expect(read.pack.version).toBe(3);
      expect(read.pack.pack.instructorNotes).toMatch(/^For instructors/);
      expect(read.pack.tasks.map((t) => t.kind).sort()).toEqual(['code', 'complete', 'file', 'retrieve']);
      expect(read.pack.keys.map((k) => k.taskId).sort()).toEqual(read.pack.tasks.map((t) => t.id).sort());
      expect(read.pack.patients).toHaveLength(2);
    },
  );
});

describe('frozen key files', () => {
  it.each(asGivenAndWithBom('key-v1.json'))('key-v1.json (%s) reads, and its keys fit the tasks of pack-v2.json', (_, bytes) => {
    const read = readKeyFileBytes(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBeUndefined();
    const pack = packV2();
    expect(read.value.packId).toBe(pack.pack.id);
    expect(read.value.keys.map((k) => k.key.kind).sort()).toEqual(['code', 'complete', 'file', 'retrieve']);
    expect(taskProblems({ ...pack, keys: read.value.keys })).toEqual([]);
  });
});

describe('frozen code-set files', () => {
  it.each(asGivenAndWithBom('codeset-v1.json'))('codeset-v1.json (%s) reads as a small ICD-10-CM set with its tabular list', (_, bytes) => {
    const read = readCodeSetFile(codeSetJson(bytes));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file).toMatchObject({
      format: 'record-room-codeset',
      version: 2,
      system: 'ICD-10-CM',
      fiscalYear: 2021,
      source: 'teaching',
    });
    expect(read.file.entries).toHaveLength(11);
    expect(read.file.entries.filter((e) => e.billable).map((e) => e.code)).toEqual(['E1122', 'E119', 'S060X0A', 'S060X0D', 'S060X0S']);
    expect(read.file.entries.find((e) => e.code === 'S060')?.inclusionTerms).toEqual(['Commotio cerebri']);
    expect(read.file.tabular?.chapters.map((c) => c.number)).toEqual(['4', '19']);
  });

  it.each(asGivenAndWithBom('codeset-v1.json'))('codeset-v1.json (%s) reads from its bytes through the shared reader too', (_, bytes) => {
    const read = readBytes(CODESET_FILE, bytes);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.entries).toHaveLength(11);
  });

  it.each(asGivenAndWithBom('codeset-v2.json'))(
    'codeset-v2.json (%s) reads as it is, with the fiscal-year facts a FY2025 check of E87.2 rests on',
    (_, bytes) => {
      const read = readBytes(CODESET_FILE, bytes);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.migratedFrom).toBeUndefined();
      expect(read.value.yearFacts?.scope).toEqual(['E87']);
      expect(checkCode(read.value, 'E87.2', 2025).message).toMatch(/^E87\.2 is a header \(not billable\) since FY2023/);
      expect(checkCode(read.value, 'E87.2', 2021).message).toBe('E87.2 is valid and billable in FY2021.');
    },
  );

  it("has a schema with exactly the fields of CodeSetFile and its entries (and the teaching sets' addenda)", () => {
    type Parsed = z.output<typeof CodeSetFileSchema>;
    expectTypeOf<Exclude<keyof Parsed, 'addenda'>>().toEqualTypeOf<keyof CodeSetFile>();
    expectTypeOf<keyof Parsed['entries'][number]>().toEqualTypeOf<keyof SearchableEntry>();
    expectTypeOf<Parsed>().toExtend<CodeSetFile>();
  });
});

describe('frozen work files', () => {
  // Graded against the frozen version-2 pack: every exported work.json of version 1 must still grade.
  it.each(asGivenAndWithBom('work-v1.json'))(
    'work-v1.json (%s), as the first work queues exported it, reads as the current version and grades',
    (_, bytes) => {
      const read = readWorkBytes(bytes);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.migratedFrom).toBe(1);
      expect(read.value.tasks['t-roi']).toMatchObject({ disclosure: { purpose: 'litigation' } });
      const pack = packV2();
      const report = grade(pack, pack.keys, read.value, { onlySubmitted: true });
      expect(report.tasks.map((t) => t.taskId)).toEqual(['t-file', 't-code', 't-complete', 't-roi']);
      expect(report.tasks.every((t) => t.percent > 0)).toBe(true);
    },
  );

  it('work-v1-without-units.json reads its HCPCS lines as 1 unit each', () => {
    const read = readWorkBytes(bytesOf('work-v1-without-units.json'));
    expect(read.ok && read.value.tasks['t-code']).toMatchObject({ hcpcs: [{ code: 'J1885', modifiers: [], units: 1 }] });
  });

  it.each(asGivenAndWithBom('work-v2.json'))('work-v2.json (%s) reads as version 3, with no earlier attempts', (_, bytes) => {
    const read = readWorkBytes(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(2);
    expect(read.value.version).toBe(3);
    expect(read.value.attempts).toEqual({});
    expect(Object.keys(read.value.submitted)).toEqual(['t-file', 't-code', 't-complete', 't-roi']);
  });

  it.each(asGivenAndWithBom('work-v3.json'))('work-v3.json (%s) reads as it is, its earlier filing attempt kept', (_, bytes) => {
    const read = readWorkBytes(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBeUndefined();
    expect(read.value.attempts['t-file']).toHaveLength(1);
    const pack = packV2();
    const report = grade(pack, pack.keys, read.value, { onlySubmitted: true });
    expect(report.tasks.map((t) => t.taskId)).toEqual(['t-file', 't-code', 't-complete', 't-roi']);
  });
});
