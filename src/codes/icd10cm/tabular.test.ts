import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodeSet } from '../model.ts';
import { formatCode } from '../model.ts';
import { sharedData } from '../../../tests/helpers/shared-data.ts';
import { parseOrderFile } from './order-file.ts';
import { describeProblem, type CodeFileProblem, type CodeFileResult } from './problems.ts';
import { parseTabularXml, type TabularList } from './tabular.ts';
import {
  indexTabular,
  lookupTabular,
  notesFor,
  notesOfKind,
  sevenCharacterCode,
  seventhCharacterRestriction,
  tabularEntries,
  type CodeNotes,
  type TabularIndex,
} from './tabular-index.ts';
import { TABULAR_XML } from './test-fixtures.ts';

function parsed<T>(result: CodeFileResult<T>): T {
  if (!result.ok) throw new Error(`expected the file to parse: ${result.problems.map((p) => describeProblem(p)).join('; ')}`);
  return result.value;
}

function problems<T>(result: CodeFileResult<T>): readonly CodeFileProblem[] {
  if (result.ok) throw new Error('expected problems, but the file parsed');
  for (const problem of result.problems) expect(problem.message).not.toMatch(/\n\s+at |TypeError|undefined/);
  return result.problems;
}

function notes(index: TabularIndex, code: string): CodeNotes {
  const found = notesFor(index, code);
  if (!found) throw new Error(`${code} is not in the tabular list`);
  return found;
}

/** The notes as "kind @ source: text" lines, easy to read in a failing test. */
const lines = (found: CodeNotes) => found.notes.map((note) => `${note.kind} @ ${note.source.level} ${note.source.id}: ${note.text}`);

describe('parseTabularXml on a small tabular list', () => {
  const list = parsed(parseTabularXml(TABULAR_XML));
  const index = indexTabular(list);

  it('builds chapter → section → category → subcategories and codes, keeping each note where it is', () => {
    expect(list).toMatchObject({ system: 'ICD-10-CM', fiscalYear: 2021, version: '2021' });
    expect(list.chapters.map((chapter) => chapter.number)).toEqual(['4', '19']);
    const chapter4 = list.chapters[0];
    expect(chapter4?.title).toBe('Endocrine, nutritional and metabolic diseases (E00-E89)');
    expect(chapter4?.notes).toEqual([
      { kind: 'notes', text: 'All neoplasms, whether functionally active or not, are classified in Chapter 2.' },
      { kind: 'excludes1', text: 'transitory endocrine and metabolic disorders specific to newborn (P70-P74)' },
    ]);
    const section = chapter4?.sections[0];
    expect(section).toMatchObject({
      id: 'E08-E13',
      title: 'Diabetes mellitus (E08-E13)',
      notes: [{ kind: 'codeAlso', text: 'any associated condition' }],
    });
    const e11 = section?.categories[0];
    expect(e11).toMatchObject({ code: 'E11', name: 'E11', title: 'Type 2 diabetes mellitus' });
    expect(e11?.notes.map((note) => note.kind)).toEqual(['includes', 'useAdditionalCode', 'useAdditionalCode', 'excludes1']);
    expect(e11?.children.map((child) => child.name)).toEqual(['E11.2', 'E11.9']);
    expect(e11?.children[0]?.children[0]).toEqual({
      code: 'E1122',
      name: 'E11.22',
      title: 'Type 2 diabetes mellitus with diabetic chronic kidney disease',
      notes: [{ kind: 'useAdditionalCode', text: 'code to identify stage of chronic kidney disease (N18.1-N18.6)' }],
      children: [],
    });
  });

  it('keeps 7th-character definitions, with a note attached to the character before it', () => {
    const s72 = lookupTabular(index, 'S72')?.diag;
    expect(s72?.sevenChrDef).toEqual([
      { character: 'A', title: 'initial encounter for closed fracture', notes: [] },
      { character: 'B', title: 'initial encounter for open fracture type I or II', notes: ['initial encounter for open fracture NOS'] },
      { character: 'D', title: 'subsequent encounter for closed fracture with routine healing', notes: [] },
    ]);
  });

  it('marks placeholder levels and decodes character references', () => {
    expect(lookupTabular(index, 'S06.1X')?.diag?.placeholder).toBe(true);
    expect(lookupTabular(index, 'S06.1')?.diag?.placeholder).toBeUndefined();
    expect(lookupTabular(index, 'S79')?.title).toBe('Sjögren-like & other injuries <test>');
  });

  it('reads CRLF and LF files alike, from a string or bytes', () => {
    expect(parsed(parseTabularXml(TABULAR_XML.replace(/\n/g, '\r\n')))).toEqual(list);
    expect(parsed(parseTabularXml(new TextEncoder().encode(TABULAR_XML.replace(/\n/g, '\r\n'))))).toEqual(list);
    expect(parsed(parseTabularXml(`\uFEFF${TABULAR_XML}  \n\n`))).toEqual(list);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
  });

  it('takes the fiscal year from the caller, then the file name, then <version>', () => {
    expect(parsed(parseTabularXml(TABULAR_XML, { fiscalYear: 2020 })).fiscalYear).toBe(2020);
    const named = parseTabularXml(TABULAR_XML, { fileName: 'icd10cm_tabular_2022.xml' });
    expect(parsed(named).fiscalYear).toBe(2022);
    expect(named.ok && named.warnings).toContainEqual({
      message: "the file name says FY2022 but the XML's <version> says 2021; FY2022 was used",
    });
    expect(problems(parseTabularXml(TABULAR_XML.replace('<version>2021</version>', '')))).toEqual([
      { message: "cannot tell the fiscal year: neither the file name nor the XML's <version> gives it; give the fiscal year" },
    ]);
  });

  describe('7-character codes', () => {
    it('pads with the placeholder X to six characters before the 7th', () => {
      expect(sevenCharacterCode('S72001', 'A')).toBe('S72001A');
      expect(sevenCharacterCode('T360X1', 'A')).toBe('T360X1A');
      expect(sevenCharacterCode('O3100', '1')).toBe('O3100X1');
      expect(sevenCharacterCode('S060', 'A')).toBe('S060XXA');
      expect(sevenCharacterCode('S79', 'A')).toBe('S79XXXA');
    });

    it('builds them for every leaf below a definition, billable, with the leaf as a header', () => {
      const built = [...index.codes.values()].filter((code) => code.seventhCharacter).map((code) => formatCode('ICD-10-CM', code.code));
      expect(built).toEqual([
        'S06.0XXA',
        'S06.0XXD',
        'S06.0XXS',
        'S06.1X7A',
        'S06.1X9A',
        'S06.1X9D',
        'S06.1X9S',
        'S72.001A',
        'S72.001B',
        'S72.001D',
        'S72.471A',
        'S72.471D',
        'S79.XXXA',
      ]);
      expect(lookupTabular(index, 'S72.001')).toMatchObject({ billable: false });
      expect(lookupTabular(index, 'S72.001B')).toMatchObject({
        billable: true,
        diag: undefined,
        title: 'Fracture of unspecified part of neck of right femur, initial encounter for open fracture type I or II',
      });
      expect(lookupTabular(index, 'E11.9')).toMatchObject({ billable: true });
      expect(lookupTabular(index, 'E11.2')).toMatchObject({ billable: false });
    });

    it('uses the nearest definition (S72.47 overrides S72)', () => {
      expect(notes(index, 'S72.471A').seventhCharacters?.source).toEqual({
        level: 'subcategory',
        id: 'S72.47',
        title: 'Torus fracture of lower end of femur',
      });
      expect(notes(index, 'S72.471A').seventhCharacter).toEqual({ character: 'A', title: 'initial encounter for fracture', notes: [] });
      expect(lookupTabular(index, 'S72.471B')).toBeUndefined();
    });

    it('withholds the 7th characters a note rules out (S06 with 6th character 7 or 8)', () => {
      expect(lookupTabular(index, 'S06.1X7A')).toBeDefined();
      expect(lookupTabular(index, 'S06.1X7D')).toBeUndefined();
      expect(lookupTabular(index, 'S06.1X9D')).toBeDefined();
      expect(
        seventhCharacterRestriction({
          kind: 'notes',
          text: '7th characters D and S do not apply to codes in category S06 with 6th character 7 - death due to brain injury prior to regaining consciousness, or 8 - death due to other cause prior to regaining consciousness.',
        }),
      ).toEqual({ characters: ['D', 'S'], sixthCharacters: ['7', '8'] });
      expect(
        seventhCharacterRestriction({ kind: 'notes', text: 'The appropriate 7th character is to be added to each code from category S06' }),
      ).toBeUndefined();
    });
  });

  describe('notesFor', () => {
    it('gives a code its own notes, then its category’s, section’s and chapter’s, each labelled', () => {
      expect(lines(notes(index, 'e11.22'))).toEqual([
        'useAdditionalCode @ code E11.22: code to identify stage of chronic kidney disease (N18.1-N18.6)',
        'includes @ category E11: diabetes NOS',
        'useAdditionalCode @ category E11: code to identify control using:',
        'useAdditionalCode @ category E11: insulin (Z79.4)',
        'excludes1 @ category E11: gestational diabetes (O24.4-)',
        'codeAlso @ section E08-E13: any associated condition',
        'notes @ chapter 4: All neoplasms, whether functionally active or not, are classified in Chapter 2.',
        'excludes1 @ chapter 4: transitory endocrine and metabolic disorders specific to newborn (P70-P74)',
      ]);
      expect(notes(index, 'E1122').notes[1]?.source).toEqual({ level: 'category', id: 'E11', title: 'Type 2 diabetes mellitus' });
      expect(notes(index, 'E11.22').notes.at(-1)?.source).toEqual({
        level: 'chapter',
        id: '4',
        title: 'Endocrine, nutritional and metabolic diseases (E00-E89)',
      });
    });

    it('gives a built 7-character code the notes above it and its 7th-character definitions', () => {
      const found = notes(index, 'S72.001A');
      expect(found).toMatchObject({
        code: 'S72001A',
        billable: true,
        seventhCharacter: { character: 'A', title: 'initial encounter for closed fracture' },
      });
      expect(found.seventhCharacters?.source).toEqual({ level: 'category', id: 'S72', title: 'Fracture of femur' });
      expect(found.seventhCharacters?.characters.map((c) => c.character)).toEqual(['A', 'B', 'D']);
      expect(lines(found)).toEqual([
        'excludes1 @ category S72: traumatic amputation of hip and thigh (S78.-)',
        'sevenChrNote @ category S72: The appropriate 7th character is to be added to all codes from category S72',
        'excludes2 @ chapter 19: birth trauma (P10-P15)',
      ]);
      expect(notes(index, 'S72.001').seventhCharacters?.characters).toHaveLength(3);
      expect(notes(index, 'S72.0').seventhCharacters).toBeUndefined();
    });

    it('filters by kind and is undefined for an unknown code', () => {
      expect(notesOfKind(notes(index, 'E11.9'), 'excludes1').map((note) => note.source.id)).toEqual(['E11', '4']);
      expect(notesFor(index, 'Z99.99')).toBeUndefined();
    });
  });

  describe('refuses what is wrong, saying where', () => {
    it('a truncated file', () => {
      const cut = TABULAR_XML.slice(0, TABULAR_XML.indexOf('<name>S72.001</name>') + 12);
      expect(problems(parseTabularXml(cut))).toEqual([
        {
          line: cut.split('\n').length,
          column: expect.any(Number),
          message: 'ends before its closing </ICD10CM.tabular>: the file is truncated (was the download or copy complete?)',
        },
      ]);
    });
    it('malformed XML, with its line and column', () => {
      const broken = TABULAR_XML.replace('<desc>Concussion</desc>', '<desc>Concussion</dsc>');
      const line = broken.split('\n').findIndex((text) => text.includes('</dsc>')) + 1;
      expect(problems(parseTabularXml(broken))).toEqual([
        { line, column: expect.any(Number), message: expect.stringMatching(/^is not well-formed XML: Expected closing tag 'desc'/) },
      ]);
    });
    it.each([
      ['JSON', '{"chapters": []}', 'is not the ICD-10-CM tabular XML: the file is JSON'],
      ['the order file', '00001 A00     0 Cholera', 'is not the ICD-10-CM tabular XML: the file is not XML (it does not start with "<")'],
      [
        'the index',
        '<?xml version="1.0"?>\n<ICD10CM.index><version>2021</version></ICD10CM.index>',
        'is not the ICD-10-CM tabular XML: the file is XML with root element <ICD10CM.index>, not <ICD10CM.tabular> (it looks like the ICD-10-CM index, not the tabular list)',
      ],
      ['an HTML page', '<!DOCTYPE html><html></html>', 'is not the ICD-10-CM tabular XML: the file is a web page (HTML)'],
    ])('%s', (_name, text, message) => {
      expect(problems(parseTabularXml(text))).toEqual([{ line: 1, message }]);
    });
    it('empty and binary files', () => {
      expect(problems(parseTabularXml(''))).toEqual([{ message: 'is empty' }]);
      expect(problems(parseTabularXml(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])))).toEqual([
        { message: 'is a PNG image, not the ICD-10-CM tabular XML' },
      ]);
    });
    it('a tree that is not the tabular list, listing every problem', () => {
      const bad = TABULAR_XML.replace('<name>E11.9</name>', '<name>E11.22</name>')
        .replace('<name>S06.0</name>', '<name>S6.0</name>')
        .replace('<name>S72.47</name>', '<name>S73.47</name>')
        .replace('<desc>Fracture of femur</desc>', '')
        .replace('<extension char="D">subsequent encounter</extension>', '<extension char="dd">subsequent encounter</extension>');
      expect(problems(parseTabularXml(bad)).map((problem) => problem.message)).toEqual([
        'diag E11.22 is listed twice (also under E11.2)',
        'diag S06: a 7th-character <extension> has char="dd"; it must be one letter or digit',
        'diag S6.0: "S6.0" is not an ICD-10-CM code (such as E11.22)',
        'diag S72 has no <desc> (its title)',
        'diag S73.47 is listed under S72.4, but it is not a longer code of the same category',
        'diag S72.471 is listed under S73.47, but it is not a longer code of the same category',
      ]);
      expect(problems(parseTabularXml('<ICD10CM.tabular><version>2021</version></ICD10CM.tabular>'))).toEqual([
        { message: 'has no <chapter> elements: it is not a full tabular list' },
      ]);
    });
  });
});

const orderRelease = sharedData('icd10cm/icd10cm-order-Jan-2021.txt');
const tabularRelease = sharedData('icd10cm/icd10cm_tabular_2021.xml');

describe.skipIf(!orderRelease.available || !tabularRelease.available)('the official FY2021 tabular XML against the order file', () => {
  let xml: Uint8Array;
  let list: TabularList;
  let index: TabularIndex;
  let order: CodeSet;

  beforeAll(() => {
    xml = readFileSync(tabularRelease.path);
    list = parsed(parseTabularXml(xml, { fileName: 'icd10cm_tabular_2021.xml' }));
    index = indexTabular(list);
    order = parsed(parseOrderFile(readFileSync(orderRelease.path), { fileName: 'icd10cm-order-Jan-2021.txt' }));
  });

  it('has 22 chapters, 296 sections and 45,017 listed codes', () => {
    expect(list.fiscalYear).toBe(2021);
    expect(list.chapters).toHaveLength(22);
    expect(list.chapters.flatMap((chapter) => chapter.sections)).toHaveLength(296);
    expect([...index.codes.values()].filter((code) => code.diag)).toHaveLength(45_017);
    expect(index.warnings).toEqual([]);
  });

  it('finds every billable code of the order file, listed or built from a 7th character, billable, with its notes', () => {
    const missing: string[] = [];
    let built = 0;
    for (const entry of order.entries.filter((e) => e.billable)) {
      const code = lookupTabular(index, entry.code);
      const found = notesFor(index, entry.code);
      if (!code || !code.billable || !found) missing.push(entry.code);
      else if (!code.diag) built += 1;
    }
    expect(missing).toEqual([]);
    expect(built).toBe(50_341);
  });

  it('builds exactly the order file’s 7-character codes (besides the 75 the XML lists, e.g. C44.1021, H54.511A)', () => {
    const built = new Set([...index.codes.values()].filter((code) => code.seventhCharacter).map((code) => code.code));
    const listed = new Set([...index.codes.values()].filter((code) => code.diag && code.code.length === 7).map((code) => code.code));
    const sevens = new Set(order.entries.filter((e) => e.code.length === 7).map((e) => e.code));
    expect(order.entries.filter((e) => e.code.length === 7).every((e) => e.billable)).toBe(true);
    expect(built.size).toBe(50_341);
    expect(listed.size).toBe(75);
    expect(listed).toContain('C441021');
    expect(listed).toContain('H54512A');
    expect([...built].filter((code) => !sevens.has(code) || listed.has(code))).toEqual([]);
    expect([...sevens].filter((code) => !built.has(code) && !listed.has(code))).toEqual([]);
    expect(sevens.size).toBe(50_416);
  });

  it('gives, in tabular order, the same 95,358 codes, billable flags and titles as the order file (accents aside)', () => {
    const entries = tabularEntries(index);
    expect(entries.map((e) => e.code)).toEqual(order.entries.map((e) => e.code));
    expect(entries.map((e) => e.billable)).toEqual(order.entries.map((e) => e.billable));
    // The XML keeps diacritics (Sézary, Brown-Séquard); the order file is ASCII.
    const ascii = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const differing = entries.flatMap((e, i) => (e.title === order.entries[i]?.title ? [] : [[e.title, order.entries[i]?.title ?? '']]));
    expect(differing.filter(([fromXml = '', fromOrderFile]) => ascii(fromXml) !== fromOrderFile)).toEqual([]);
    expect(differing).toHaveLength(134);
  });

  it('gives E11.22 its own note and E11’s "use additional code" notes, with the section’s and chapter 4’s', () => {
    const found = notes(index, 'E11.22');
    expect(found.title).toBe('Type 2 diabetes mellitus with diabetic chronic kidney disease');
    expect(notesOfKind(found, 'useAdditionalCode').map((n) => `${n.source.level} ${n.source.id}: ${n.text}`)).toEqual([
      'code E11.22: code to identify stage of chronic kidney disease (N18.1-N18.6)',
      'category E11: code to identify control using:',
      'category E11: insulin (Z79.4)',
      'category E11: oral antidiabetic drugs (Z79.84)',
      'category E11: oral hypoglycemic drugs (Z79.84)',
    ]);
    expect(notesOfKind(found, 'excludes1').filter((n) => n.source.id === 'E11')).toContainEqual(
      expect.objectContaining({ text: 'gestational diabetes (O24.4-)' }),
    );
    const levels = new Set(found.notes.map((n) => `${n.source.level} ${n.source.id}`));
    expect(levels).toEqual(new Set(['code E11.22', 'category E11', 'chapter 4'])); // section E08-E13 has no notes
    expect(found.notes.at(-1)).toEqual({
      kind: 'excludes1',
      text: 'transitory endocrine and metabolic disorders specific to newborn (P70-P74)',
      source: { level: 'chapter', id: '4', title: 'Endocrine, nutritional and metabolic diseases (E00-E89)' },
    });
  });

  it('gives I10 the notes of its section, Hypertensive diseases (I10-I16)', () => {
    const fromSection = notes(index, 'I10').notes.filter((n) => n.source.level === 'section');
    expect(fromSection[0]).toEqual({
      kind: 'useAdditionalCode',
      text: 'code to identify:',
      source: { level: 'section', id: 'I10-I16', title: 'Hypertensive diseases (I10-I16)' },
    });
    expect(fromSection.map((n) => n.kind)).toEqual([...Array<string>(6).fill('useAdditionalCode'), 'excludes1', 'excludes1', 'excludes2']);
  });

  it('gives an S72 code the 7th-character definitions and the fracture notes of S72', () => {
    const found = notes(index, 'S72.001A');
    expect(found.title).toBe('Fracture of unspecified part of neck of right femur, initial encounter for closed fracture');
    expect(found.seventhCharacter?.title).toBe('initial encounter for closed fracture');
    expect(found.seventhCharacters?.source).toMatchObject({ level: 'category', id: 'S72' });
    expect(found.seventhCharacters?.characters.map((c) => c.character).join('')).toBe('ABCDEFGHJKMNPQRS');
    expect(found.seventhCharacters?.characters[1]?.notes).toEqual(['initial encounter for open fracture NOS']);
    expect(notesOfKind(found, 'notes').map((n) => n.text)).toContain(
      'A fracture not indicated as open or closed should be coded to closed',
    );
    expect(notesOfKind(found, 'excludes1').map((n) => `${n.source.id}: ${n.text}`)).toContain(
      'S72: traumatic amputation of hip and thigh (S78.-)',
    );
    expect(found.notes.at(-1)?.source).toMatchObject({ level: 'chapter', id: '19' });
    expect(notes(index, 'S72.471A').seventhCharacters?.source.id).toBe('S72.47');
  });

  it('builds T36.0X1A, O31.00X1 and S06.1X7A but not S06.1X7D', () => {
    expect(lookupTabular(index, 'T36.0X1A')?.title).toBe('Poisoning by penicillins, accidental (unintentional), initial encounter');
    expect(lookupTabular(index, 'O31.00X1')?.title).toBe('Papyraceous fetus, unspecified trimester, fetus 1');
    expect(lookupTabular(index, 'S06.1X7A')).toBeDefined();
    expect(lookupTabular(index, 'S06.1X7D')).toBeUndefined();
  });

  it('refuses the XML cut short, naming the line where it ends', () => {
    const cut = xml.subarray(0, 4_000_000);
    const text = new TextDecoder().decode(cut);
    expect(problems(parseTabularXml(cut))).toEqual([
      {
        line: text.trimEnd().split('\n').length,
        column: expect.any(Number),
        message: expect.stringMatching(/^ends before its closing <\/ICD10CM.tabular>: the file is truncated/),
      },
    ]);
  });

  it('refuses garbled XML, naming the line', () => {
    const text = new TextDecoder().decode(xml).replace('<name>E11.22</name>', '<name>E11.22</nam>');
    const line = text.slice(0, text.indexOf('</nam>')).split('\n').length;
    expect(problems(parseTabularXml(text))).toEqual([
      { line, column: expect.any(Number), message: expect.stringMatching(/^is not well-formed XML/) },
    ]);
  });
});
