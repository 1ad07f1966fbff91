import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../tests/helpers/shared-data.ts';
import type { CodeFileResult } from '../icd10cm/problems.ts';
import { parseHcpcs, toCodeSet, type HcpcsRelease } from './hcpcs.ts';

function valueOf<T>(result: CodeFileResult<T>): T {
  if (!result.ok) throw new Error(`expected the file to be read, got: ${JSON.stringify(result.problems)}`);
  return result.value;
}

function problemsOf<T>(result: CodeFileResult<T>) {
  if (result.ok) throw new Error('expected problems, but the file was read');
  return result.problems;
}

const hcpcsFile = sharedData('hcpcs/HCPC2019_CONTR_ANWEB.txt');

describe.skipIf(!hcpcsFile.available)('the 2019 HCPCS Level II file', () => {
  let bytes: Uint8Array;
  let release: HcpcsRelease;
  beforeAll(() => {
    bytes = readFileSync(hcpcsFile.path);
    release = valueOf(parseHcpcs(bytes, { fileName: 'HCPC2019_CONTR_ANWEB.txt' }));
  });
  const code = (value: string) => release.codes.find((record) => record.code === value);
  const modifier = (value: string) => release.modifiers.find((record) => record.code === value);

  it('has 6,440 codes and 360 modifiers, for 2019', () => {
    expect(release.year).toBe(2019);
    expect(release.codes).toHaveLength(6440);
    expect(release.modifiers).toHaveLength(360);
    expect(new Set(release.codes.map((record) => record.code)).size).toBe(6440);
  });

  it('gives codes their exact long and short descriptions, dates and action', () => {
    expect(code('J1885')).toMatchObject({
      longDescription: 'Injection, ketorolac tromethamine, per 15 mg',
      shortDescription: 'Ketorolac tromethamine inj',
      addedDate: '1993-01-01',
      actionEffectiveDate: '1997-01-01',
      action: 'N',
      coverage: 'D',
      pricingIndicators: ['51'],
      betos: 'O1E',
      line: 7242,
    });
    expect(code('J1885')?.terminationDate).toBeUndefined();
    expect(code('G0008')).toMatchObject({
      longDescription: 'Administration of influenza virus vaccine',
      shortDescription: 'Admin influenza virus vac',
      pricingIndicators: ['54'],
    });
    expect(code('G0444')?.longDescription).toBe('Annual depression screening, 15 minutes');
    expect(code('J3490')?.shortDescription).toBe('Drugs unclassified injection');
  });

  it('joins a long description continued on further lines with one space', () => {
    expect(code('A4253')?.longDescription).toBe('Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips');
    expect(code('E0114')?.longDescription).toBe(
      'Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips',
    );
    expect(code('G8891')?.longDescription).toBe(
      'Documentation of medical reason(s) for most recent ldl-c not under control (e.g., patients with palliative goals for whom treatment of hypertension with standard treatment goals is not clinically appropriate)',
    );
  });

  it('reads codes added this year and discontinued ones with their termination date and cross-reference', () => {
    expect(code('A4563')).toMatchObject({ action: 'A', addedDate: '2019-01-01', actionEffectiveDate: '2019-01-01' });
    expect(code('A4466')).toMatchObject({ terminationDate: '2016-12-31', crossReferences: ['A4467'] });
    expect(release.codes.filter((record) => record.action === 'A')).toHaveLength(219);
    expect(release.codes.filter((record) => record.action === 'D')).toHaveLength(46);
  });

  it('reads the Level II modifiers, and no CPT modifiers', () => {
    expect(modifier('LT')).toMatchObject({
      longDescription: 'Left side (used to identify procedures performed on the left side of the body)',
      shortDescription: 'Left side',
      action: 'N',
    });
    expect(modifier('RT')?.longDescription).toBe('Right side (used to identify procedures performed on the right side of the body)');
    expect(modifier('XE')?.longDescription).toBe(
      'Separate encounter, a service that is distinct because it occurred during a separate encounter',
    );
    expect(modifier('ZA')).toMatchObject({ action: 'D', terminationDate: '2018-03-31' });
    // 25 and 59 are CPT modifiers (AMA), which the file does not carry.
    expect(modifier('25')).toBeUndefined();
    expect(modifier('59')).toBeUndefined();
    expect(code('99213')).toBeUndefined();
  });

  it('becomes a code set: codes billable, modifiers not', () => {
    const set = toCodeSet(release, { fileName: 'HCPC2019_CONTR_ANWEB.txt' });
    expect(set).toMatchObject({
      system: 'HCPCS',
      fiscalYear: 2019,
      source: 'official',
      title: 'HCPCS Level II 2019 (HCPC2019_CONTR_ANWEB.txt)',
    });
    expect(set.entries).toHaveLength(6800);
    expect(set.entries.filter((entry) => entry.kind === 'code' && entry.billable)).toHaveLength(6440);
    expect(set.entries.filter((entry) => entry.kind === 'modifier' && !entry.billable)).toHaveLength(360);
    expect(set.entries.find((entry) => entry.code === 'J1885')).toEqual({
      code: 'J1885',
      title: 'Injection, ketorolac tromethamine, per 15 mg',
      shortTitle: 'Ketorolac tromethamine inj',
      billable: true,
      kind: 'code',
    });
  });

  it('takes the year from the latest action effective date when the name does not give it', () => {
    expect(valueOf(parseHcpcs(bytes)).year).toBe(2019);
    expect(valueOf(parseHcpcs(bytes, { year: 2019, fileName: 'anweb.txt' })).year).toBe(2019);
  });

  it('reads the same file with LF line ends', () => {
    const text = new TextDecoder('latin1').decode(bytes).replace(/\r\n/g, '\n');
    const lf = valueOf(parseHcpcs(text, { year: 2019 }));
    expect(lf.codes).toHaveLength(6440);
    expect(lf.modifiers).toHaveLength(360);
    expect(lf.codes.find((record) => record.code === 'A4253')?.longDescription).toBe(code('A4253')?.longDescription);
  });

  it('reads the file from the zip CMS distributes', () => {
    const zip = zipSync({
      'HCPC2019_CONTR_ANWEB.txt': bytes,
      'HCPC2019_CONTR_ANWEB.xlsx': new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      'HCPC2019_README.txt': strToU8('CENTERS FOR MEDICARE & MEDICAID SERVICES'),
      'HCPCS2019_recordlayout.txt': strToU8('CMS RIF REPORT'),
      'proc_notes_2019.txt': strToU8('notes'),
    });
    const fromZip = valueOf(parseHcpcs(zip));
    expect(fromZip.year).toBe(2019);
    expect(fromZip.codes).toHaveLength(6440);
    expect(fromZip.modifiers).toHaveLength(360);
  });

  it('names a record cut short at the end of the file', () => {
    const text = new TextDecoder('latin1').decode(bytes).trimEnd();
    const cut = text.slice(0, text.length - 200);
    const lines = cut.split('\n').length;
    expect(problemsOf(parseHcpcs(cut))).toEqual([
      {
        line: lines,
        message: 'is cut short: the record for V5364 ends at column 93, before the action code in column 293 (records are 320 characters)',
      },
    ]);
  });
});

// -----------------------------------------------------------------------------------------------------
// Small files written here, so the rules are seen without the release.

/** One fixed record: the columns given (1-based start) over a line of 320 spaces. */
function record(fields: Record<number, string>): string {
  const line = Array.from({ length: 320 }, () => ' ');
  for (const [start, value] of Object.entries(fields)) {
    [...value].forEach((char, i) => (line[Number(start) - 1 + i] = char));
  }
  return line.join('');
}

const J1885 = record({
  1: 'J1885',
  6: '00100',
  11: '3',
  12: 'Injection, ketorolac tromethamine, per 15 mg',
  92: 'Ketorolac tromethamine inj',
  120: '51',
  230: 'D',
  269: '19930101',
  277: '19970101',
  293: 'N',
});
const A4253 = record({
  1: 'A4253',
  6: '00100',
  11: '3',
  12: 'Blood glucose test or reagent strips for home blood glucose monitor, per 50',
  92: 'Blood glucose/reagent strips',
  269: '19860101',
  277: '19980701',
  293: 'N',
});
const A4253_2 = record({ 1: 'A4253', 6: '00200', 11: '4', 12: 'strips' });
const LT = record({
  4: 'LT',
  6: '00100',
  11: '7',
  12: 'Left side (used to identify procedures performed on the left side of the body)',
  92: 'Left side',
  230: 'C',
  269: '19840101',
  277: '19970101',
  293: 'N',
});
const PREAMBLE = '***Disclaimers\t\t\t\r\n\t\t\r\n*Inclusion or exclusion of a procedure\u00a0does not imply coverage.\t\r\n\r\n';
const file = (...records: string[]) => `${PREAMBLE}${records.join('\r\n')}\r\n`;

describe('reading an HCPCS file', () => {
  it('skips the disclaimer lines and reads codes, continuations and modifiers', () => {
    const release = valueOf(parseHcpcs(file(LT, A4253, A4253_2, J1885), { fileName: 'HCPC2019_CONTR_ANWEB.txt' }));
    expect(release.year).toBe(2019);
    expect(release.codes.map((record) => [record.code, record.longDescription, record.line])).toEqual([
      ['A4253', 'Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips', 6],
      ['J1885', 'Injection, ketorolac tromethamine, per 15 mg', 8],
    ]);
    expect(release.modifiers).toEqual([
      {
        code: 'LT',
        longDescription: 'Left side (used to identify procedures performed on the left side of the body)',
        shortDescription: 'Left side',
        addedDate: '1984-01-01',
        actionEffectiveDate: '1997-01-01',
        action: 'N',
        coverage: 'C',
        line: 5,
      },
    ]);
  });

  it('reads latin-1 bytes, LF line ends, trailing spaces trimmed or added, and no last line break alike', () => {
    const crlf = valueOf(parseHcpcs(file(LT, A4253, A4253_2, J1885)));
    const bytes = Uint8Array.from(file(LT, A4253, A4253_2, J1885), (char) => char.charCodeAt(0));
    expect(valueOf(parseHcpcs(bytes))).toEqual(crlf);
    const lf = [LT, A4253, A4253_2, J1885].map((line) => line.trimEnd()).join('\n');
    expect(valueOf(parseHcpcs(`${PREAMBLE.replace(/\r\n/g, '\n')}${lf}`))).toEqual(crlf);
    const padded = file(...[LT, A4253, A4253_2, J1885].map((line) => `${line}    `));
    expect(valueOf(parseHcpcs(padded))).toEqual(crlf);
  });

  it('refuses a short record, naming its line and code', () => {
    expect(problemsOf(parseHcpcs(file(LT, J1885.slice(0, 150))))).toEqual([
      {
        line: 6,
        message: 'is cut short: the record for J1885 ends at column 121, before the action code in column 293 (records are 320 characters)',
      },
    ]);
  });

  it('refuses garbled records, each with its line', () => {
    const problems = problemsOf(
      parseHcpcs(
        file(
          LT,
          'this line is not a record at all',
          `J18X5${J1885.slice(5)}`,
          J1885.replace('19970101', '19971301'),
          record({ 1: 'J1886', 6: '00100', 11: '5' }),
          `${J1885}xx`,
        ),
      ),
    );
    expect(problems).toEqual([
      {
        line: 6,
        message:
          'is not an HCPCS record: "this line is not a record at all" (a record starts with the code in columns 1–5, a sequence number in 6–10 and the record id in 11)',
      },
      { line: 7, message: 'has "J18X5" in columns 1–5 where a procedure record has its code (a letter and four digits, e.g. J1885)' },
      { line: 8, message: 'J1885 has "19971301" as its action effective date (columns 277–284); dates are YYYYMMDD' },
      {
        line: 9,
        message:
          'has record id "5" in column 11; HCPCS records are 3 (procedure), 4 (its further lines), 7 (modifier) or 8 (its further lines)',
      },
      { line: 10, message: 'is 322 characters long; HCPCS records are 320' },
    ]);
  });

  it('refuses a continuation line that continues nothing, and a repeated code', () => {
    expect(problemsOf(parseHcpcs(file(J1885, A4253_2, J1885)))).toEqual([
      { line: 6, message: 'continues the description of A4253, but the record before it is J1885' },
      { line: 7, message: 'repeats code J1885 (first on line 5)' },
    ]);
  });

  it.each([
    [
      'the PCS tables XML',
      '<?xml version="1.0"?>\n<ICD10PCS.tabular>\n</ICD10PCS.tabular>',
      'this is XML with root element <ICD10PCS.tabular>, not the HCPCS Level II alpha-numeric file (HCPCYYYY_…_ANWEB.txt) (it begins "<?xml version=\\"1.0\\"?>")',
    ],
    [
      'the ICD-10-CM order file',
      '00001 A00     0 Cholera                                                      Cholera\r\n',
      'no line in it is an HCPCS record, so it is not the HCPCS Level II alpha-numeric file (HCPCYYYY_…_ANWEB.txt) (it begins "00001 A00     0 Cholera                 …")',
    ],
    [
      'a CSV export',
      'HCPC,SEQNUM,RECID,LONG_DESCRIPTION\nJ1885,00100,3,Injection\n',
      'this is comma-separated values (CSV), not the HCPCS Level II alpha-numeric file (HCPCYYYY_…_ANWEB.txt) (it begins "HCPC,SEQNUM,RECID,LONG_DESCRIPTION")',
    ],
    ['an empty file', '', 'the file is empty, so it is not the HCPCS Level II alpha-numeric file (HCPCYYYY_…_ANWEB.txt)'],
  ])('refuses %s and says what it is', (_what, input, message) => {
    const problems = problemsOf(parseHcpcs(input));
    expect(problems.map((problem) => problem.message)).toEqual([message]);
  });

  it('refuses binary bytes and a zip without the file', () => {
    expect(
      problemsOf(parseHcpcs(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0]))).map((problem) => problem.message),
    ).toEqual(['this is a PDF document, not the HCPCS Level II alpha-numeric file (HCPCYYYY_…_ANWEB.txt)']);
    const zip = zipSync({ 'HCPC2019_README.txt': strToU8('readme'), 'HCPC2019_CONTR_ANWEB.xlsx': new Uint8Array([1, 2, 3]) });
    expect(problemsOf(parseHcpcs(zip)).map((problem) => problem.message)).toEqual([
      'this zip holds no HCPCS alpha-numeric file (HCPCYYYY_…_ANWEB.txt); it holds HCPC2019_README.txt, HCPC2019_CONTR_ANWEB.xlsx',
    ]);
  });

  it('says which file of the zip a problem is in', () => {
    const zip = zipSync({ 'HCPC2019_CONTR_ANWEB.txt': strToU8(file(LT, J1885.slice(0, 150))) });
    expect(problemsOf(parseHcpcs(zip))).toEqual([
      {
        line: 6,
        message:
          'is cut short: the record for J1885 ends at column 121, before the action code in column 293 (records are 320 characters) (in HCPC2019_CONTR_ANWEB.txt of the zip)',
      },
    ]);
  });

  it('refuses an implausible year', () => {
    expect(problemsOf(parseHcpcs(file(J1885), { year: 19 })).map((problem) => problem.message)).toEqual([
      '19 is not a plausible HCPCS year (a year such as 2019)',
    ]);
  });
});
