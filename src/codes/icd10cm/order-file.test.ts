import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodeSet } from '../model.ts';
import { sharedData } from '../../../tests/helpers/shared-data.ts';
import { parseOrderFile } from './order-file.ts';
import { MAX_PROBLEMS, describeProblem, type CodeFileProblem, type CodeFileResult } from './problems.ts';
import { ORDER_LINES, orderFile, orderLine } from './test-fixtures.ts';

const FY = { fiscalYear: 2021 };
const encode = (text: string) => new TextEncoder().encode(text);

function parsed(result: CodeFileResult<CodeSet>): CodeSet {
  if (!result.ok) throw new Error(`expected the file to parse: ${result.problems.map((p) => describeProblem(p)).join('; ')}`);
  return result.value;
}

function problems(result: CodeFileResult<CodeSet>): readonly CodeFileProblem[] {
  if (result.ok) throw new Error('expected problems, but the file parsed');
  for (const problem of result.problems) {
    expect(problem.message).not.toMatch(/\n\s+at |Error:|TypeError|undefined/);
  }
  return result.problems;
}

describe('parseOrderFile on small files', () => {
  const expected = parsed(parseOrderFile(orderFile(ORDER_LINES), FY));

  it('reads each fixed-width column', () => {
    expect(expected.entries).toHaveLength(6);
    expect(expected.entries[2]).toEqual({
      code: 'E1122',
      title: 'Type 2 diabetes mellitus with diabetic chronic kidney disease',
      shortTitle: 'Type 2 diabetes mellitus w diabetic chronic kidney disease',
      billable: true,
      kind: 'code',
    });
    expect(expected.entries[0]).toMatchObject({ code: 'E11', billable: false, kind: 'header' });
    expect(expected.entries[5]).toMatchObject({
      code: 'S72001A',
      title: 'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture',
    });
    expect(expected).toMatchObject({ system: 'ICD-10-CM', fiscalYear: 2021, source: 'official', title: 'ICD-10-CM FY2021' });
  });

  it('gives the same entries for CRLF and LF line ends, from a string or from bytes', () => {
    expect(parsed(parseOrderFile(orderFile(ORDER_LINES, '\n'), FY))).toEqual(expected);
    expect(parsed(parseOrderFile(encode(orderFile(ORDER_LINES)), FY))).toEqual(expected);
    expect(parsed(parseOrderFile(encode(orderFile(ORDER_LINES, '\n')), FY))).toEqual(expected);
  });

  it('tolerates trailing spaces, trailing blank lines and a byte-order mark', () => {
    const spaced = ORDER_LINES.map((line, i) => `${line}${' '.repeat(i + 1)}`);
    expect(parsed(parseOrderFile(orderFile(spaced), FY))).toEqual(expected);
    expect(parsed(parseOrderFile(`${orderFile(ORDER_LINES)}\r\n  \r\n`, FY))).toEqual(expected);
    expect(parsed(parseOrderFile(`\uFEFF${orderFile(ORDER_LINES, '\n')}`, FY))).toEqual(expected);
  });

  it('reads a Latin-1 byte as its Windows-1252 character, keeping the columns', () => {
    const bytes = encode(orderFile([orderLine(1, 'M350', false, 'Sicca syndrome [Sjogren]', 'Sicca syndrome [Sjogren]')]));
    const o = orderLine(1, 'M350', false, '', '').length + 'Sicca syndrome [Sj'.length;
    bytes[o] = 0xf6; // ö
    expect(parsed(parseOrderFile(bytes, FY)).entries[0]?.title).toBe('Sicca syndrome [Sjögren]');
  });

  describe('fiscal year', () => {
    const text = orderFile(ORDER_LINES);
    it.each([
      ['icd10cm-order-2025.txt', 2025],
      ['icd10cm_order_2023.txt', 2023],
      ['icd10cm-order-Jan-2021.txt', 2021],
      ['some/folder/icd10cm-order-April-2023.txt', 2023],
    ])('comes from the file name %s', (fileName, year) => {
      const set = parsed(parseOrderFile(text, { fileName }));
      expect(set.fiscalYear).toBe(year);
      expect(set.title).toBe(`ICD-10-CM FY${year} (${fileName.split('/').pop() ?? ''})`);
    });
    it('comes from the caller first', () => {
      expect(parsed(parseOrderFile(text, { fileName: 'icd10cm-order-2025.txt', fiscalYear: 2024 })).fiscalYear).toBe(2024);
    });
    it('is a problem when nothing gives it', () => {
      expect(problems(parseOrderFile(text))[0]?.message).toMatch(/cannot tell the fiscal year: give the file name .* or the fiscal year/);
      expect(problems(parseOrderFile(text, { fileName: 'codes.txt' }))[0]?.message).toMatch(/"codes.txt" does not include it/);
      expect(problems(parseOrderFile(text, { fiscalYear: 1999 }))[0]?.message).toMatch(/1999 is not a plausible/);
    });
  });

  describe('names the line and what is wrong', () => {
    const withLine = (index: number, replacement: string) => {
      const lines = [...ORDER_LINES];
      lines[index] = replacement;
      return problems(parseOrderFile(orderFile(lines), FY));
    };
    const line3 = ORDER_LINES[2] ?? '';

    it('a line too short', () => {
      expect(withLine(2, line3.slice(0, 40))).toEqual([
        { line: 3, message: expect.stringMatching(/^is too short \(40 characters; a line needs at least 78/) },
      ]);
    });
    it('a broken first line of an otherwise good file', () => {
      expect(withLine(0, `${(ORDER_LINES[0] ?? '').slice(0, 14)}2${(ORDER_LINES[0] ?? '').slice(15)}`)).toEqual([
        { line: 1, message: 'the billable flag in column 15 is "2"; it must be 1 (billable code) or 0 (header)' },
      ]);
    });
    it('a non-numeric order number', () => {
      expect(withLine(2, `00a03${line3.slice(5)}`)).toEqual([
        { line: 3, message: expect.stringMatching(/^order number "00a03" in columns 1–5 is not a 5-digit number/) },
      ]);
    });
    it('a bad billable flag', () => {
      expect(withLine(2, `${line3.slice(0, 14)}Y${line3.slice(15)}`)).toEqual([
        { line: 3, message: 'the billable flag in column 15 is "Y"; it must be 1 (billable code) or 0 (header)' },
      ]);
    });
    it('a code that is not an ICD-10-CM code', () => {
      expect(withLine(2, `${line3.slice(0, 6)}E11.22 ${line3.slice(13)}`)).toEqual([
        { line: 3, message: '"E11.22" in columns 7–13 is not an ICD-10-CM code without its dot (such as E1122)' },
      ]);
    });
    it('columns shifted out of place', () => {
      expect(withLine(2, ` ${line3}`)[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^order number " 0000" .*fixed-width/) });
      expect(withLine(2, `${line3.slice(0, 6)}  ${line3.slice(6)}`)[0]).toMatchObject({
        line: 3,
        message: expect.stringMatching(/^the code E1122 does not start in column 7 \(the layout is fixed-width/),
      });
      expect(withLine(2, `${line3.slice(0, 13)}${line3.slice(14)}`)[0]).toMatchObject({
        line: 3,
        message: expect.stringMatching(/^column 14 holds "1" where a space belongs/),
      });
    });
    it('a repeated code and order numbers out of order', () => {
      expect(withLine(3, orderLine(4, 'E1122', true, 'x', 'x'))).toEqual([
        { line: 4, message: 'code E1122 appears again (first on line 3)' },
      ]);
      expect(withLine(3, orderLine(2, 'E119', true, 'x', 'x'))).toEqual([
        { line: 4, message: 'order number 00002 does not follow 00003 on the line before; the lines must stay in tabular order' },
      ]);
    });
    it('a blank line in the middle', () => {
      expect(problems(parseOrderFile(orderFile([...ORDER_LINES.slice(0, 2), '', ...ORDER_LINES.slice(2)]), FY))).toEqual([
        { line: 3, message: 'is empty; an order file has no blank lines' },
      ]);
    });
    it('a file cut short in its last line', () => {
      const text = orderFile(ORDER_LINES);
      expect(problems(parseOrderFile(text.slice(0, text.length - 120), FY))).toEqual([
        { line: 6, message: expect.stringMatching(/^is too short .*\(the file looks truncated/) },
      ]);
      // Cut inside the long title: the line is well formed, but the line break is missing.
      expect(problems(parseOrderFile(text.slice(0, text.length - 20), FY))).toEqual([
        { line: 6, message: expect.stringMatching(/^has no line break at its end: the file looks truncated/) },
      ]);
      expect(problems(parseOrderFile(ORDER_LINES.join('\n'), FY))).toEqual([
        { line: 6, message: expect.stringMatching(/^has no line break at its end/) },
      ]);
    });
    it('every problem at once, up to a cap', () => {
      const bad = Array.from({ length: 80 }, (_, i) =>
        orderLine(i + 2, `A0${String(i).padStart(2, '0')}`, true, 'x', 'x').replace(/ 1 x/, ' 7 x'),
      );
      const found = problems(parseOrderFile(orderFile([ORDER_LINES[0] ?? '', ...bad]), FY));
      expect(found).toHaveLength(MAX_PROBLEMS + 1);
      expect(found[0]).toMatchObject({ line: 2 });
      expect(found.at(-1)).toEqual({ message: `… and ${80 - MAX_PROBLEMS} more problems` });
      expect(describeProblem(found[0] ?? { message: '' }, 'icd10cm-order-2021.txt')).toMatch(
        /^icd10cm-order-2021.txt line 2: the billable flag/,
      );
    });
  });

  describe('refuses what is not an order file', () => {
    it.each([
      ['JSON', '{"resourceType": "CodeSystem", "concept": []}\n', /^is not an ICD-10-CM order file: the file is JSON$/],
      ['HTML', '<!DOCTYPE html><html><body>Not found</body></html>', /the file is a web page \(HTML\)/],
      [
        'the tabular XML',
        '<?xml version="1.0"?>\n<ICD10CM.tabular>\n',
        /the file is XML with root element <ICD10CM.tabular> \(this is the tabular XML; import it as the tabular list\)/,
      ],
      ['CSV', 'code,title,billable\nE1122,"Type 2 diabetes",1\n', /the file is comma-separated values \(CSV\)/],
      [
        'the code list',
        'A000    Cholera due to Vibrio cholerae 01, biovar cholerae\r\n',
        /looks like the code list \(icd10cm-codes-\*.txt\)/,
      ],
      [
        'prose',
        'Dear instructor\nhere is the file.\n',
        /^is not an ICD-10-CM order file: no line is in its layout, and the first is too short \(15 characters/,
      ],
    ])('%s', (_name, text, message) => {
      const found = problems(parseOrderFile(text, FY));
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(message);
    });

    it.each([
      ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
      ['a zip archive', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]],
      ['a PDF document', [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0))],
      ['binary data', [0x41, 0x30, 0x30, 0x00, 0x01, 0x02]],
    ])('bytes of %s', (what, bytes) => {
      const found = problems(parseOrderFile(new Uint8Array(bytes), FY));
      expect(found).toEqual([{ message: expect.stringMatching(new RegExp(`^is ${what}, not an ICD-10-CM order file`)) }]);
    });

    it('an empty file', () => {
      expect(problems(parseOrderFile('', FY))).toEqual([{ message: 'is empty: an ICD-10-CM order file has one line per code' }]);
      expect(problems(parseOrderFile('\r\n\r\n', FY))).toEqual([{ message: 'is empty: an ICD-10-CM order file has one line per code' }]);
    });
  });
});

const release = sharedData('icd10cm/icd10cm-order-Jan-2021.txt');

describe.skipIf(!release.available)('the official FY2021 order file (icd10cm-order-Jan-2021.txt)', () => {
  let bytes: Uint8Array;
  let set: CodeSet;
  let byCode: Map<string, CodeSet['entries'][number]>;

  beforeAll(() => {
    bytes = readFileSync(release.path);
    set = parsed(parseOrderFile(bytes, { fileName: 'icd10cm-order-Jan-2021.txt' }));
    byCode = new Map(set.entries.map((entry) => [entry.code, entry]));
  });

  it('has 95,358 entries: 72,621 billable codes and 22,737 headers', () => {
    expect(set.entries).toHaveLength(95_358);
    expect(set.entries.filter((entry) => entry.billable)).toHaveLength(72_621);
    expect(set.entries.filter((entry) => entry.kind === 'header')).toHaveLength(22_737);
    expect(set.entries.every((entry) => entry.kind === (entry.billable ? 'code' : 'header'))).toBe(true);
    expect(set).toMatchObject({
      system: 'ICD-10-CM',
      fiscalYear: 2021,
      source: 'official',
      title: 'ICD-10-CM FY2021 (icd10cm-order-Jan-2021.txt)',
    });
  });

  it('keeps the file order, first A00 and last U07.1', () => {
    expect(set.entries[0]).toEqual({ code: 'A00', title: 'Cholera', shortTitle: 'Cholera', billable: false, kind: 'header' });
    expect(set.entries.at(-1)).toEqual({ code: 'U071', title: 'COVID-19', shortTitle: 'COVID-19', billable: true, kind: 'code' });
  });

  it.each([
    ['A000', true, 'Cholera due to Vibrio cholerae 01, biovar cholerae', 'Cholera due to Vibrio cholerae 01, biovar cholerae'],
    [
      'E1122',
      true,
      'Type 2 diabetes mellitus w diabetic chronic kidney disease',
      'Type 2 diabetes mellitus with diabetic chronic kidney disease',
    ],
    ['E119', true, 'Type 2 diabetes mellitus without complications', 'Type 2 diabetes mellitus without complications'],
    ['F329', true, 'Major depressive disorder, single episode, unspecified', 'Major depressive disorder, single episode, unspecified'],
    ['I10', true, 'Essential (primary) hypertension', 'Essential (primary) hypertension'],
    [
      'I2510',
      true,
      'Athscl heart disease of native coronary artery w/o ang pctrs',
      'Atherosclerotic heart disease of native coronary artery without angina pectoris',
    ],
    ['J449', true, 'Chronic obstructive pulmonary disease, unspecified', 'Chronic obstructive pulmonary disease, unspecified'],
    [
      'M80011A',
      true,
      'Age-rel osteopor w current path fracture, r shoulder, init',
      'Age-related osteoporosis with current pathological fracture, right shoulder, initial encounter for fracture',
    ],
    ['O3100X1', true, 'Papyraceous fetus, unspecified trimester, fetus 1', 'Papyraceous fetus, unspecified trimester, fetus 1'],
    ['R402114', true, 'Coma scale, eyes open, never, 24+hrs', 'Coma scale, eyes open, never, 24 hours or more after hospital admission'],
    ['S72001', false, 'Fracture of unspecified part of neck of right femur', 'Fracture of unspecified part of neck of right femur'],
    [
      'S72001A',
      true,
      'Fracture of unsp part of neck of right femur, init',
      'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture',
    ],
    [
      'T360X1A',
      true,
      'Poisoning by penicillins, accidental (unintentional), init',
      'Poisoning by penicillins, accidental (unintentional), initial encounter',
    ],
    [
      'S06816D',
      true,
      'Inj r int crtd,intcr w LOC >24 hr w/o ret consc w surv, subs',
      'Injury of right internal carotid artery, intracranial portion, not elsewhere classified with loss of consciousness greater than 24 hours without return to pre-existing conscious level with patient surviving, subsequent encounter',
    ],
    ['H54512A', true, 'Low vision right eye category 2, normal vision left eye', 'Low vision right eye category 2, normal vision left eye'],
    ['Z23', true, 'Encounter for immunization', 'Encounter for immunization'],
  ])('%s is exact', (code, billable, shortTitle, title) => {
    expect(byCode.get(code)).toEqual({ code, title, shortTitle, billable, kind: billable ? 'code' : 'header' });
  });

  it('keeps the longest title whole (S06.816D, 228 characters)', () => {
    const longest = set.entries.reduce((a, b) => (b.title.length > a.title.length ? b : a));
    expect(longest.code).toBe('S06816D');
    expect(longest.title).toHaveLength(228);
  });

  it('names the line where a file cut short ends', () => {
    expect(problems(parseOrderFile(bytes.subarray(0, bytes.length - 30), FY))).toEqual([
      { line: 95_358, message: expect.stringMatching(/is too short .*the file looks truncated/) },
    ]);
    expect(problems(parseOrderFile(bytes.subarray(0, bytes.length - 100), FY))).toEqual([
      { line: 95_357, message: expect.stringMatching(/^has no line break at its end: the file looks truncated/) },
    ]);
    expect(problems(parseOrderFile(bytes.subarray(0, 7_000_003), FY))).toEqual([
      { line: expect.any(Number), message: expect.stringMatching(/truncated/) },
    ]);
  });

  it('names the lines of a garbled file', () => {
    const garbled = new Uint8Array(bytes);
    const start = lineStart(garbled, 4_176); // E1122
    garbled[start + 14] = '7'.charCodeAt(0);
    garbled.fill('#'.charCodeAt(0), lineStart(garbled, 50_000), lineStart(garbled, 50_000) + 5);
    expect(problems(parseOrderFile(garbled, FY))).toEqual([
      { line: 4_176, message: 'the billable flag in column 15 is "7"; it must be 1 (billable code) or 0 (header)' },
      { line: 50_000, message: expect.stringMatching(/^order number "#####" in columns 1–5 is not a 5-digit number/) },
    ]);
  });

  it('refuses the file with binary bytes in it', () => {
    const binary = new Uint8Array(bytes.subarray(0, 20_000));
    binary[100] = 0;
    expect(problems(parseOrderFile(binary, FY))).toEqual([{ message: 'is binary data, not an ICD-10-CM order file (text)' }]);
  });
});

/** The offset of a 1-based line in CRLF bytes. */
function lineStart(bytes: Uint8Array, line: number): number {
  let offset = 0;
  for (let at = 1; at < line; at += 1) offset = bytes.indexOf(0x0a, offset) + 1;
  return offset;
}
