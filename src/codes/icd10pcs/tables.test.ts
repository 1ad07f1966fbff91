import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../tests/helpers/shared-data.ts';
import type { CodeFileResult } from '../icd10cm/problems.ts';
import {
  bodyPartInTitle,
  countPcsCodes,
  describePcsCode,
  deviceInTitle,
  isValidPcsCode,
  parsePcsTables,
  pcsChoices,
  pcsTableFor,
  toCodeSet,
  type PcsTables,
} from './tables.ts';

function valueOf<T>(result: CodeFileResult<T>): T {
  if (!result.ok) throw new Error(`expected the file to be read, got: ${JSON.stringify(result.problems)}`);
  return result.value;
}

function problemsOf<T>(result: CodeFileResult<T>) {
  if (result.ok) throw new Error('expected problems, but the file was read');
  return result.problems;
}

const tablesFile = sharedData('icd10pcs/icd10pcs_tables_2025.xml');

describe.skipIf(!tablesFile.available)('the FY2025 ICD-10-PCS tables', () => {
  let tables: PcsTables;
  beforeAll(() => {
    const result = parsePcsTables(readFileSync(tablesFile.path));
    tables = valueOf(result);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('has 908 tables, 2,661 rows and 78,948 valid codes', () => {
    expect(tables.fiscalYear).toBe(2025);
    expect(tables.title).toBe('2025 ICD-10-PCS Tables');
    expect(tables.tables).toHaveLength(908);
    expect(tables.tables.reduce((rows, table) => rows + table.rows.length, 0)).toBe(2661);
    expect(countPcsCodes(tables)).toBe(78_948);
  });

  it('becomes a code set of 78,948 distinct, billable 7-character codes in code order', () => {
    const set = toCodeSet(tables);
    expect(set).toMatchObject({ system: 'ICD-10-PCS', fiscalYear: 2025, source: 'official', title: 'ICD-10-PCS FY2025' });
    expect(set.entries).toHaveLength(78_948);
    expect(new Set(set.entries.map((entry) => entry.code)).size).toBe(78_948);
    expect(
      set.entries.every((entry) => entry.billable && entry.kind === 'code' && /^[0-9A-HJ-NP-Z]{7}$/.test(entry.code) && entry.title !== ''),
    ).toBe(true);
    const codes = set.entries.map((entry) => entry.code);
    expect(codes).toEqual([...codes].sort());
    expect(set.entries[0]).toEqual({
      code: '0016070',
      title: 'Bypass Cerebral Ventricle to Nasopharynx with Autologous Tissue Substitute, Open Approach',
      billable: true,
      kind: 'code',
    });
  });

  it('finds every enumerated code valid, and the builder agrees at every step', () => {
    const set = toCodeSet(tables);
    expect(set.entries.every((entry) => isValidPcsCode(tables, entry.code))).toBe(true);
    for (const entry of set.entries.filter((_, i) => i % 997 === 0)) {
      for (let length = 0; length < 7; length += 1) {
        const choices = pcsChoices(tables, entry.code.slice(0, length));
        expect(choices.next?.options.map((option) => option.code)).toContain(entry.code[length]);
      }
      expect(pcsChoices(tables, entry.code).complete).toBe(true);
    }
  });

  it.each([
    ['0FT44ZZ', 'laparoscopic cholecystectomy', 'Resection of Gallbladder, Percutaneous Endoscopic Approach'],
    ['0DTJ4ZZ', 'laparoscopic appendectomy', 'Resection of Appendix, Percutaneous Endoscopic Approach'],
    [
      '0SR9019',
      'total hip replacement, metal, cemented',
      'Replacement of Right Hip Joint with Metal Synthetic Substitute, Open Approach, Cemented',
    ],
    ['0UT90ZZ', 'total abdominal hysterectomy', 'Resection of Uterus, Open Approach'],
    ['02HV33Z', 'central line in the superior vena cava', 'Insertion of Infusion Device into Superior Vena Cava, Percutaneous Approach'],
    [
      '027034Z',
      'one drug-eluting coronary stent',
      'Dilation of Coronary Artery, One Artery with Drug-eluting Intraluminal Device, Percutaneous Approach',
    ],
    ['5A1955Z', 'mechanical ventilation over 96 hours', 'Performance of Respiratory Ventilation, Greater than 96 Consecutive Hours'],
    ['3E0234Z', 'intramuscular vaccine', 'Introduction of Serum, Toxoid and Vaccine into Muscle, Percutaneous Approach'],
    ['BW03ZZZ', 'chest X-ray', 'Plain Radiography of Chest'],
    ['10E0XZZ', 'manually assisted delivery', 'Delivery of Products of Conception, External Approach'],
  ])('%s (%s) is valid and titled "%s"', (code, _what, title) => {
    expect(isValidPcsCode(tables, code)).toBe(true);
    expect(describePcsCode(tables, code)?.title).toBe(title);
  });

  it('reads a code character by character, with each axis named as the table names it', () => {
    const described = describePcsCode(tables, '0ft44zz');
    expect(described?.code).toBe('0FT44ZZ');
    expect(described?.characters.map(({ pos, axisTitle, code, label }) => `${pos} ${axisTitle}: ${code} ${label}`)).toEqual([
      '1 Section: 0 Medical and Surgical',
      '2 Body System: F Hepatobiliary System and Pancreas',
      '3 Operation: T Resection',
      '4 Body Part: 4 Gallbladder',
      '5 Approach: 4 Percutaneous Endoscopic',
      '6 Device: Z No Device',
      '7 Qualifier: Z No Qualifier',
    ]);
    expect(described?.table.definition).toBe('Cutting out or off, without replacement, all of a body part');
  });

  it.each([
    ['0FT44ZX', 'a qualifier the row does not allow'],
    ['0FT43ZZ', 'a percutaneous resection of the gallbladder, which the table does not allow'],
    ['0DTJ4Z', 'six characters'],
    ['0DTJ4ZZZ', 'eight characters'],
    ['0FI44ZZ', 'the letter I, which PCS never uses'],
    ['ZZZZZZZ', 'no such section'],
    ['', 'nothing'],
  ])('%s is not a valid code (%s)', (code) => {
    expect(isValidPcsCode(tables, code)).toBe(false);
    expect(describePcsCode(tables, code)).toBeUndefined();
  });

  it('accepts a code typed in lower case, with spaces or a dot', () => {
    expect(isValidPcsCode(tables, ' 0ft44zz ')).toBe(true);
    expect(isValidPcsCode(tables, '0FT.44ZZ')).toBe(true);
    expect(pcsTableFor(tables, '0ft')?.operation.label).toBe('Resection');
  });

  it('walks the builder from section to qualifier, offering only what is valid so far', () => {
    const step = (prefix: string) => pcsChoices(tables, prefix);

    const sections = step('');
    expect(sections.next?.title).toBe('Section');
    expect(sections.next?.options.map((option) => option.code).join('')).toBe('0123456789BCDFGHX');
    expect(sections.next?.options[0]).toEqual({ code: '0', label: 'Medical and Surgical' });

    const systems = step('0');
    expect(systems.next?.title).toBe('Body System');
    expect(systems.next?.options).toContainEqual({ code: 'F', label: 'Hepatobiliary System and Pancreas' });

    const operations = step('0F');
    expect(operations.next?.title).toBe('Operation');
    expect(operations.next?.options).toContainEqual({
      code: 'T',
      label: 'Resection',
      definition: 'Cutting out or off, without replacement, all of a body part',
    });

    const bodyParts = step('0FT');
    expect(bodyParts.next?.title).toBe('Body Part');
    expect(bodyParts.next?.options).toContainEqual({ code: '4', label: 'Gallbladder' });

    const approaches = step('0FT4');
    expect(approaches.next).toEqual({
      pos: 5,
      title: 'Approach',
      options: [
        { code: '0', label: 'Open' },
        { code: '4', label: 'Percutaneous Endoscopic' },
      ],
    });

    expect(step('0FT44').next).toEqual({ pos: 6, title: 'Device', options: [{ code: 'Z', label: 'No Device' }] });
    const qualifiers = step('0FT44Z');
    expect(qualifiers.next?.title).toBe('Qualifier');
    expect(qualifiers.next?.options.map((option) => option.code)).toContain('Z');
    expect(qualifiers.complete).toBe(false);

    expect(step('0FT44ZZ')).toEqual({ prefix: '0FT44ZZ', valid: true, complete: true, next: null });
  });

  it('names the axes as each section does (imaging has a Type, a Contrast and no approach)', () => {
    expect(pcsChoices(tables, 'B').next?.title).toBe('Body System');
    expect(pcsChoices(tables, 'BW').next?.title).toBe('Type');
    expect(pcsChoices(tables, 'BW0').next?.title).toBe('Body Part');
    expect(pcsChoices(tables, 'BW03').next?.title).toBe('Contrast');
  });

  it('joins the options of every row that allows the prefix', () => {
    // Table 001 has two rows for the cerebral ventricle: one with devices, one with No Device.
    expect(pcsChoices(tables, '0016').next?.options.map((option) => option.code)).toEqual(['0', '3', '4']);
    expect(pcsChoices(tables, '00160').next?.options.map((option) => option.code)).toEqual(['7', 'J', 'K', 'Z']);
    expect(pcsChoices(tables, '00160Z').next?.options.map((option) => option.code)).toEqual(['B']);
  });

  it('names the release cut off half-way (inside a tag or between elements) as truncated', () => {
    const text = readFileSync(tablesFile.path, 'latin1');
    for (const at of [1_500_000, 1_500_003]) {
      const cut = text.slice(0, at);
      const problems = problemsOf(parsePcsTables(cut));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.line).toBe(cut.trimEnd().split('\n').length);
      expect(problems[0]?.message).toMatch(
        /^the file ends (at line \d+ while .* is still open|in the middle of a tag at line \d+): it looks truncated/,
      );
    }
  });

  it('says when a prefix leads nowhere', () => {
    expect(pcsChoices(tables, 'Q')).toEqual({ prefix: 'Q', valid: false, complete: false, next: null });
    expect(pcsChoices(tables, '0FT3').valid).toBe(false);
    expect(pcsChoices(tables, '0FT43').valid).toBe(false);
    expect(pcsChoices(tables, '0FT44ZZZ').valid).toBe(false);
  });
});

// -----------------------------------------------------------------------------------------------------
// Small files written here, so the rules are seen without the release.

const TABLE = `<pcsTable>
    <axis pos="1" values="1">
      <title>Section</title>
      <label code="0">Medical and Surgical</label>
    </axis>
    <axis pos="2" values="1">
      <title>Body System</title>
      <label code="F">Hepatobiliary System and Pancreas</label>
    </axis>
    <axis pos="3" values="1">
      <title>Operation</title>
      <label code="T">Resection</label>
      <definition>Cutting out or off, without replacement, all of a body part</definition>
    </axis>
    <pcsRow codes="2">
      <axis pos="4" values="1">
        <title>Body Part</title>
        <label code="4">Gallbladder</label>
      </axis>
      <axis pos="5" values="2">
        <title>Approach</title>
        <label code="0">Open</label>
        <label code="4">Percutaneous Endoscopic</label>
      </axis>
      <axis pos="6" values="1">
        <title>Device</title>
        <label code="Z">No Device</label>
      </axis>
      <axis pos="7" values="1">
        <title>Qualifier</title>
        <label code="Z">No Qualifier</label>
      </axis>
    </pcsRow>
  </pcsTable>`;

const tablesXml = (body = TABLE) => `<?xml version="1.0" encoding="utf-8"?>
<ICD10PCS.tabular>
  <version>2025</version>
  <title>2025 ICD-10-PCS Tables</title>
  ${body}
</ICD10PCS.tabular>
`;

describe('reading a tables file', () => {
  it('reads LF and CRLF line ends, trailing spaces and a byte-order mark alike', () => {
    const lf = valueOf(parsePcsTables(tablesXml()));
    const crlf = valueOf(parsePcsTables(tablesXml().replace(/\n/g, '  \r\n')));
    const bom = valueOf(parsePcsTables(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(tablesXml())])));
    expect(crlf).toEqual(lf);
    expect(bom).toEqual(lf);
    expect(countPcsCodes(lf)).toBe(2);
    expect(toCodeSet(lf).entries.map((entry) => `${entry.code} ${entry.title}`)).toEqual([
      '0FT40ZZ Resection of Gallbladder, Open Approach',
      '0FT44ZZ Resection of Gallbladder, Percutaneous Endoscopic Approach',
    ]);
  });

  it('reads the tables out of a zip, wherever the file sits in it', () => {
    const zip = zipSync({
      'PCS 2025/icd10pcs_tables_2025.xml': strToU8(tablesXml()),
      'PCS 2025/pcs_2025.pdf': new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    });
    const tables = valueOf(parsePcsTables(zip));
    expect(countPcsCodes(tables)).toBe(2);
  });

  it('says what a zip holds when it has no tables file', () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello'), 'icd10pcs_index_2025.xml': strToU8('<x/>') });
    expect(problemsOf(parsePcsTables(zip))).toEqual([
      { message: 'this zip holds no ICD-10-PCS tables file (icd10pcs_tables_YYYY.xml); it holds readme.txt, icd10pcs_index_2025.xml' },
    ]);
  });

  it('says a damaged zip cannot be read', () => {
    const zip = zipSync({ 'icd10pcs_tables_2025.xml': strToU8(tablesXml()) });
    const [problem] = problemsOf(parsePcsTables(zip.subarray(0, zip.length - 30)));
    expect(problem?.message).toMatch(/^this zip cannot be read \(.+\); it may be damaged or cut short/);
  });

  it('names a truncated file as truncated, with the line it ends on', () => {
    const xml = tablesXml();
    const cut = xml.slice(0, xml.indexOf('<axis pos="6"'));
    const [problem] = problemsOf(parsePcsTables(cut));
    expect(problem?.message).toMatch(
      /^the file ends at line \d+ while <pcsRow> inside <pcsTable> inside <ICD10PCS\.tabular> is still open: it looks truncated/,
    );
    expect(problem?.line).toBe(cut.trimEnd().split('\n').length);
  });

  it('gives the line and column of malformed XML', () => {
    const [problem] = problemsOf(parsePcsTables(tablesXml().replace('<title>Body Part</title>', '<title>Body Part</titl>')));
    expect(problem).toMatchObject({ line: 21, column: expect.any(Number) });
    expect(problem?.message).toMatch(/^the XML is malformed: .*'title'/);
  });

  it.each([
    ['the HCPCS text file', '   A1001007Dressing for one wound', /^this is not XML, so it is not the ICD-10-PCS tables XML/],
    ['JSON', '{"resourceType": "Bundle"}', /^this is JSON, not the ICD-10-PCS tables XML/],
    [
      'the ICD-10-CM tabular',
      '<?xml version="1.0"?>\n<ICD10CM.tabular><version>2021</version></ICD10CM.tabular>',
      /^this is XML with root element <ICD10CM\.tabular>, not the ICD-10-PCS tables XML .*its root element is <ICD10PCS\.tabular>/,
    ],
    ['the PCS index', '<ICD10PCS.index><version>2025</version></ICD10PCS.index>', /^this is XML with root element <ICD10PCS\.index>/],
    ['an empty file', '', /^this is empty, not the ICD-10-PCS tables XML/],
  ])('refuses %s and says what it is', (_what, input, message) => {
    const problems = problemsOf(parsePcsTables(input));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(message);
  });

  it('refuses binary and non-UTF-8 bytes in words', () => {
    expect(problemsOf(parsePcsTables(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])))[0]?.message).toBe(
      'this is a PNG image, not the ICD-10-PCS tables XML (icd10pcs_tables_YYYY.xml)',
    );
    expect(problemsOf(parsePcsTables(new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e])))[0]?.message).toBe(
      'this is not UTF-8 text, so it is not the ICD-10-PCS tables XML (icd10pcs_tables_YYYY.xml)',
    );
  });

  it('names the table, row and line of a structural problem', () => {
    const noApproach = tablesXml(TABLE.replace(/<axis pos="5"[\s\S]*?<\/axis>/, ''));
    expect(problemsOf(parsePcsTables(noApproach))).toEqual([{ line: 19, message: 'table 0FT, row 1 has no <axis pos="5">' }]);

    const badCode = tablesXml(TABLE.replace('<label code="4">Percutaneous Endoscopic', '<label code="O">Percutaneous Endoscopic'));
    expect(problemsOf(parsePcsTables(badCode))).toEqual([
      {
        line: 27,
        message: 'table 0FT, row 1: axis 5 (Approach) has the code "O"; a PCS character is one of 0–9 or A–Z other than I and O',
      },
    ]);

    const twice = tablesXml(`${TABLE}\n${TABLE}`);
    expect(problemsOf(parsePcsTables(twice))).toEqual([{ line: 39, message: 'table 0FT appears twice (first at line 5)' }]);

    const noYear = tablesXml().replace('<version>2025</version>', '<version>next</version>');
    expect(problemsOf(parsePcsTables(noYear))).toEqual([{ line: 2, message: '<version> is "next", not a fiscal year such as 2025' }]);
  });

  it('warns when a row states a different number of codes than its axes make', () => {
    const result = parsePcsTables(tablesXml(TABLE.replace('<pcsRow codes="2">', '<pcsRow codes="3">')));
    expect(result.ok && result.warnings).toEqual([
      { line: 19, message: 'table 0FT, row 1 says codes="3" but its axes make 2 codes; the axes were followed' },
    ]);
  });
});

describe('composing titles from axis labels', () => {
  it.each([
    ['Hip Joint, Right', 'Right Hip Joint'],
    ['Hip Joint, Acetabular Surface, Right', 'Right Hip Joint, Acetabular Surface'],
    ['Fallopian Tubes, Bilateral', 'Bilateral Fallopian Tubes'],
    ['Skin, Left Hand', 'Left Hand Skin'],
    ['Esophagus, Lower', 'Lower Esophagus'],
    ['Coronary Artery, One Artery', 'Coronary Artery, One Artery'],
    ['Teeth, All', 'Teeth, All'],
    ['Ribs, 1 to 2', 'Ribs, 1 to 2'],
    ['Gallbladder', 'Gallbladder'],
  ])('writes the body part %s as "%s"', (label, title) => {
    expect(bodyPartInTitle(label)).toBe(title);
  });

  it.each([
    ['Synthetic Substitute, Metal', 'Metal Synthetic Substitute'],
    ['Synthetic Substitute, Ceramic on Polyethylene', 'Ceramic on Polyethylene Synthetic Substitute'],
    ['Intraluminal Device, Drug-eluting, Two', 'Two Drug-eluting Intraluminal Devices'],
    ['Intraluminal Device, Four or More', 'Four or More Intraluminal Devices'],
    ['Infusion Device', 'Infusion Device'],
  ])('writes the device %s as "%s"', (label, title) => {
    expect(deviceInTitle(label)).toBe(title);
  });
});
