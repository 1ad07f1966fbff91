/**
 * Code validity in the pack's own fiscal year, as an HIM instructor states the rules. The bundled
 * packs are coded to FY2025; the bundled ICD-10-CM teaching set is built from the FY2021 release and
 * carries the FY2026 list of valid codes with the day each became valid (public/codesets, built by
 * scripts/codesets). A check must speak of the pack's year, name the list it rests on, call an older
 * list older, and say plainly when the status in the pack's year cannot be confirmed. These tests read
 * only the committed teaching sets and small sets made here, so they always run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCodeSetFile, type CodeSetFile } from '../../src/codes/codeset-file.ts';
import type { CodeEntry, CodeSystem } from '../../src/codes/model.ts';
import { checkCode, codeValidityFrom, sourcesNote } from '../../src/codes/validity.ts';
import { codeVerdict, verdictWords } from '../../src/tasks/code/validity.ts';
import { TEACHING_FILE_NAMES } from '../../scripts/codesets/teaching.ts';

const CODESETS = join(import.meta.dirname, '..', '..', 'public', 'codesets');

function teaching(name: string): CodeSetFile {
  const read = readCodeSetFile(JSON.parse(readFileSync(join(CODESETS, name), 'utf8')));
  if (!read.ok) throw new Error(`${name} ${read.problem}`);
  return read.file;
}

const cm = teaching(TEACHING_FILE_NAMES.icd10cm);
const pcs = teaching(TEACHING_FILE_NAMES.icd10pcs);
const hcpcs = teaching(TEACHING_FILE_NAMES.hcpcs);

/** A small official release of one year, as "Load official code set" stores it. */
function official(system: CodeSystem, fiscalYear: number, entries: CodeEntry[]): CodeSetFile {
  return {
    format: 'record-room-codeset',
    version: 2,
    system,
    fiscalYear,
    source: 'official',
    title: `${system} FY${fiscalYear} (official CMS release)`,
    entries,
  };
}
const code = (c: string, title: string): CodeEntry => ({ code: c, title, billable: true, kind: 'code' });
const header = (c: string, title: string): CodeEntry => ({ code: c, title, billable: false, kind: 'header' });

/** What the grader says of a diagnosis a trainee entered in a pack of `fiscalYear`, with these sets. */
function graderSays(sets: CodeSetFile[], input: string, fiscalYear: number): string {
  return verdictWords('ICD-10-CM', input, codeVerdict('ICD-10-CM', input.replace('.', ''), codeValidityFrom(sets, { fiscalYear })));
}

describe('a header since FY2023, in an FY2025 pack', () => {
  it('refuses E87.2 as a header, naming the year it became one and the codes to use instead', () => {
    const check = checkCode(cm, 'E87.2', 2025);
    expect(check).toMatchObject({ status: 'header', confirmed: true, tone: 'warn', fiscalYear: 2025 });
    expect(check.message).toBe(
      'E87.2 is a header (not billable) since FY2023: code to one of the codes below it valid in FY2025: E87.20, E87.21, E87.22 and E87.29 ' +
        '(by the FY2026 code list). Their titles are not in this teaching set, which is built from the FY2021 release.',
    );
  });

  it('grades E87.2 as a code that needs more characters, though the FY2021 release had it billable', () => {
    expect(graderSays([cm], 'E87.2', 2025)).toContain('E87.2 is not a valid code: it needs more characters');
    // In the release's own year it was billable, and is said to be so for a pack of that year.
    expect(checkCode(cm, 'E87.2', 2021).message).toBe('E87.2 is valid and billable in FY2021.');
    expect(graderSays([cm], 'E87.2', 2021)).toBe('');
  });

  it('does the same for the other FY2021 codes subdivided since: R05 cough (FY2022), K35.20 (FY2024)', () => {
    expect(checkCode(cm, 'R05', 2025).message).toMatch(/^R05 is a header \(not billable\) since FY2022: .* R05\.1, R05\.2/);
    expect(checkCode(cm, 'K35.20', 2025).message).toMatch(
      /^K35\.20 is a header \(not billable\) since FY2024: .* K35\.200, K35\.201 and K35\.209/,
    );
    // Before its subdivisions began, K35.20 was still billable, and the FY2026 list cannot say otherwise.
    expect(checkCode(cm, 'K35.20', 2021).status).toBe('billable');
  });
});

describe('a code new in FY2025 (E66.811 obesity, class 1, merged from the FY2025 addenda)', () => {
  it('is valid and billable in FY2025, by the FY2026 list, never "valid in FY2021"', () => {
    const check = checkCode(cm, 'E66.811', 2025);
    expect(check).toMatchObject({ status: 'billable', confirmed: true, tone: 'ok' });
    expect(check.message).toBe('E66.811 is valid and billable in FY2025 (valid since FY2025, by the FY2026 code list).');
    expect(check.message).not.toContain('FY2021');
  });

  it('is no code in FY2021 or FY2024, though the teaching set lists it', () => {
    expect(checkCode(cm, 'E66.811', 2021)).toMatchObject({
      status: 'not-found',
      message: 'E66.811 is not a valid code in FY2021: it became valid in FY2025 (by the FY2026 code list).',
    });
    expect(checkCode(cm, 'E66.811', 2024).status).toBe('not-found');
    expect(graderSays([cm], 'E66.811', 2024)).toBe('E66.811 is not a valid ICD-10-CM code.');
  });

  it('makes E66.8 a header from FY2025, billable in FY2021 as the release had it', () => {
    expect(checkCode(cm, 'E66.8', 2025)).toMatchObject({ status: 'header' });
    expect(checkCode(cm, 'E66.8', 2025).message).toContain('E66.811, E66.812, E66.813 and E66.89');
    expect(checkCode(cm, 'E66.8', 2021)).toMatchObject({ status: 'billable', message: 'E66.8 is valid and billable in FY2021.' });
  });
});

describe('codes the lists either side of FY2025 disagree on', () => {
  it('says T40.7X1A (billable in FY2021, gone from the FY2026 list) cannot be confirmed in FY2025, and grades it by its shape only', () => {
    const check = checkCode(cm, 'T40.7X1A', 2025);
    expect(check).toMatchObject({ status: 'unconfirmed', confirmed: false, tone: 'warn', reportable: false });
    expect(check.message).toBe(
      'T40.7X1A is valid and billable in FY2021 by the FY2021 release this teaching set is built from, but not a valid code in FY2026 by ' +
        'the FY2026 code list; its status in FY2025 cannot be confirmed from these sources.',
    );
    expect(codeValidityFrom([cm], { fiscalYear: 2025 })('ICD-10-CM', 'T407X1A')).toBe('unknown');
  });

  it('calls a code in neither list no code, naming both lists', () => {
    expect(checkCode(cm, 'E87.99', 2025)).toMatchObject({
      status: 'not-found',
      message:
        'E87.99 is not a valid code: it is in neither the FY2021 release this teaching set is built from nor the FY2026 code list, the lists either side of FY2025.',
    });
  });

  it('confirms a code valid since ICD-10-CM began from the dates of the FY2026 list', () => {
    expect(checkCode(cm, 'E11.22', 2025)).toMatchObject({
      status: 'billable',
      confirmed: true,
      message: 'E11.22 is valid and billable in FY2025 (valid since FY2016, by the FY2026 code list).',
    });
  });

  it('says a code outside the teaching categories cannot be checked there', () => {
    expect(checkCode(cm, 'Q21.1', 2025)).toMatchObject({
      status: 'unconfirmed',
      message:
        'Q21.1 is not in Teaching subset of ICD-10-CM FY2021 (partial), with FY2025 addenda, which holds only the categories around the bundled scenarios: load the official release to check it.',
    });
    expect(codeValidityFrom([cm], { fiscalYear: 2025 })('ICD-10-CM', 'Q211')).toBe('unknown');
  });

  it('says a code valid only from a mid-year update is valid only from that day', () => {
    const set: CodeSetFile = {
      ...official('ICD-10-CM', 2021, []),
      source: 'teaching',
      title: 'mid-year',
      yearFacts: {
        scope: ['U07'],
        releaseStatus: {},
        newer: { fiscalYear: 2026, title: 'FY2026 code list', validSince: { '2020-04-01': ['U071'] } },
      },
    };
    expect(checkCode(set, 'U07.1', 2020).message).toBe(
      'U07.1 is valid and billable in FY2020 only from 1 April 2020 (by the FY2026 code list).',
    );
    expect(checkCode(set, 'U07.1', 2019).message).toBe(
      'U07.1 is not a valid code in FY2019: it became valid on 1 April 2020 (by the FY2026 code list).',
    );
  });
});

describe('official releases loaded by a user', () => {
  it('settle the year they are of, alone', () => {
    const fy2025 = official('ICD-10-CM', 2025, [header('E872', 'Acidosis'), code('E8720', 'Acidosis, unspecified')]);
    expect(checkCode([fy2025, cm], 'E87.2', 2025).message).toBe(
      'E87.2 is a header in FY2025, not billable: code to a more specific subcategory or code below it.',
    );
    expect(checkCode([fy2025, cm], 'E87.20', 2025).message).toBe('E87.20 is valid and billable in FY2025.');
    expect(checkCode([fy2025, cm], 'E11.22', 2025).message).toBe('E11.22 is not a valid code in ICD-10-CM FY2025 (official CMS release).');
    expect(sourcesNote([fy2025, cm], 2025)).toBeUndefined();
  });

  it('of a newer year, say so, and that the pack year cannot be confirmed from them alone', () => {
    const fy2026 = official('ICD-10-CM', 2026, [code('Q211', 'Atrial septal defect')]);
    expect(checkCode(fy2026, 'Q21.1', 2025)).toMatchObject({
      status: 'unconfirmed',
      tone: 'warn',
      reportable: true,
      message:
        'Q21.1 is valid and billable in FY2026 by ICD-10-CM FY2026 (official CMS release), the newest list available; its status in FY2025 cannot be confirmed from this source.',
    });
  });

  it('of an older year, are labelled older', () => {
    const fy2021 = official('ICD-10-CM', 2021, [code('Q211', 'Atrial septal defect')]);
    expect(checkCode(fy2021, 'Q21.1', 2025).message).toBe(
      'Q21.1 is valid and billable in FY2021 by ICD-10-CM FY2021 (official CMS release), older than FY2025; its status in FY2025 cannot be confirmed from this source.',
    );
    expect(sourcesNote([fy2021], 2025)).toBe(
      "No FY2025 list is at hand: codes are checked against ICD-10-CM FY2021 (official CMS release) (older). Where these cannot confirm a code's FY2025 status, the check says so.",
    );
    // With the teaching set beside it, the FY2026 list still confirms what it can.
    expect(checkCode([fy2021, cm], 'E87.2', 2025).status).toBe('header');
  });
});

describe('the other teaching sets', () => {
  it('ICD-10-PCS: the FY2025 tables settle FY2025, and a code of a whole table that they lack is no code', () => {
    expect(checkCode(pcs, '0FT44ZZ', 2025).message).toBe('0FT44ZZ is valid and billable in FY2025.');
    expect(checkCode(pcs, '0FT44ZX', 2025)).toMatchObject({ status: 'not-found', message: '0FT44ZX is not a valid code in FY2025.' });
    // Deleted in April 2026: valid for an FY2025 pack, not for an FY2026 one.
    expect(checkCode(pcs, '30233AZ', 2025).status).toBe('billable');
    expect(checkCode(pcs, '30233AZ', 2026).message).toBe('30233AZ is not a valid code in FY2026 (by the FY2026 code list).');
  });

  it('HCPCS: the 2019 set is older than an FY2025 pack, and says so of every code', () => {
    const check = checkCode(hcpcs, 'J7030', 2025);
    // Shown as unconfirmed, but it may be reported: the newest list at hand has it billable.
    expect(check).toMatchObject({ status: 'unconfirmed', tone: 'warn', confirmed: false, reportable: true });
    expect(check.message).toBe(
      'J7030 is valid and billable in 2019 by the HCPCS 2019 release this teaching set is built from, older than 2025; its status in 2025 cannot be confirmed from this source.',
    );
    // G2086 came from the 2020 addenda: it was no code of the 2019 release.
    expect(checkCode(hcpcs, 'G2086', 2019).message).toBe(
      'G2086 is not a valid code in 2019: it became valid in 2020 (by the HCPCS Level II 2020 annual update).',
    );
  });

  it('describe what a check rests on when no list of the year is at hand', () => {
    expect(sourcesNote([cm], 2025)).toBe(
      'No FY2025 list is at hand: codes are checked against the FY2026 code list, which dates when each code became valid, and the FY2021 ' +
        "release the teaching set is built from (older). Where these cannot confirm a code's FY2025 status, the check says so.",
    );
    expect(sourcesNote([pcs], 2025)).toBeUndefined();
  });
});
