/**
 * The HCPCS Level II alpha-numeric file (`HCPC2019_CONTR_ANWEB.txt`), exactly as CMS publishes it,
 * alone or in its zip. Pure: takes a string or bytes, returns codes and modifiers or every problem.
 *
 * Layout (`HCPCS2019_recordlayout.txt`): fixed records of 320 characters, latin-1, CRLF. 1-based
 * columns: 1–5 the code (a modifier is blank in 1–3 and has its two characters in 4–5), 6–10 sequence
 * number, 11 record identification — `3` first line of a procedure, `4` its further description lines,
 * `7` first line of a modifier, `8` its further lines — 12–91 long description (80 characters a line),
 * and on first lines only: 92–119 short description, 120–127 pricing indicators (4 × 2), 128 multiple
 * pricing indicator, 181–204 lab certification codes (8 × 3), 205–229 cross-reference codes (5 × 5),
 * 230 coverage code, 231–232 ASC payment group, 253–256 processing note, 257–259 BETOS, 261–265 type of
 * service (5 × 1), 266–268 anesthesia base units, 269–276 date added, 277–284 action effective date,
 * 285–292 termination date (YYYYMMDD), 293 action code.
 *
 * A long description is its lines joined with one space. The file opens with a few lines of
 * disclaimers (text, tabs and non-breaking spaces), which are skipped; after the first record every
 * line must be a record. LF line ends, a missing last line break and trailing spaces (a record's last
 * 27 columns are filler, and CMS trims some) are tolerated; a first line that stops before the action
 * code in column 293 is cut short and refused, as is anything that is not a record.
 *
 * The file holds no year. It is taken from the caller, else the file name ("HCPC2019_…" → 2019), else
 * the latest action effective date in the file (2019-01-01 in the 2019 file). HCPCS years are calendar
 * years: the code set's `fiscalYear` is that year.
 */
import type { CodeEntry, CodeSet } from '../model.ts';
import {
  MAX_PROBLEMS,
  capProblems,
  describeForeignText,
  fail,
  sniffBinary,
  type CodeFileProblem,
  type CodeFileResult,
} from '../icd10cm/problems.ts';
import { isZip, parseZipMember } from '../icd10pcs/unzip.ts';

export type HcpcsActionCode = 'A' | 'B' | 'C' | 'D' | 'F' | 'N' | 'P' | 'R' | 'S' | 'T';

/** What each action code says changed, in the record layout's words. */
export const HCPCS_ACTIONS: Readonly<Record<HcpcsActionCode, string>> = {
  A: 'Add procedure or modifier code',
  B: 'Change in both administrative data field and long description',
  C: 'Change in long description',
  D: 'Discontinue procedure or modifier code',
  F: 'Change in administrative data field',
  N: 'No maintenance for this code',
  P: 'Payment change (MOG, pricing indicator codes, anesthesia base units, ASC)',
  R: 'Re-activate discontinued/deleted procedure or modifier code',
  S: 'Change in short description',
  T: 'Miscellaneous change (BETOS, type of service)',
};

/** What a procedure and a modifier record share. */
export interface HcpcsRecord {
  /** "J1885"; for a modifier its two characters, "LT". */
  code: string;
  /** The long description: its lines joined with one space. */
  longDescription: string;
  /** The short description (28 characters at most); '' when the record has none. */
  shortDescription: string;
  /** ISO dates (YYYY-MM-DD), when the record gives them. */
  addedDate?: string;
  actionEffectiveDate?: string;
  /** The last date the code may be used, for discontinued codes. */
  terminationDate?: string;
  action: HcpcsActionCode;
  /** C carrier judgment, D special coverage instructions, I not payable, M non-covered, S non-covered by statute. */
  coverage?: string;
  /** 1-based line of the record's first line. */
  line: number;
}

export interface HcpcsCode extends HcpcsRecord {
  /** One to four pricing indicator codes ("51" drugs, "00" not separately priced by Part B, …). */
  pricingIndicators: string[];
  multiplePricingIndicator?: string;
  labCertifications: string[];
  /** Codes a deleted or non-Medicare code crosswalks to. */
  crossReferences: string[];
  ascPaymentGroup?: string;
  processingNote?: string;
  /** Berenson-Eggers type of service, e.g. "O1E". */
  betos?: string;
  typeOfService: string[];
  anesthesiaBaseUnits?: number;
}

export type HcpcsModifier = HcpcsRecord;

export interface HcpcsRelease {
  /** The calendar year the file is for. */
  year: number;
  /** Procedure codes in file order (record id 3, with their id 4 lines). */
  codes: HcpcsCode[];
  /** Modifiers in file order (record id 7, with their id 8 lines). */
  modifiers: HcpcsModifier[];
}

export interface ReadHcpcsOptions {
  /** The file's name, e.g. "HCPC2019_CONTR_ANWEB.txt": gives the year and the code set's title. */
  fileName?: string;
  /** The year, when the caller knows it; it wins over the file name. */
  year?: number;
}

/** How CMS names the file inside its zip: HCPC2019_CONTR_ANWEB.txt, HCPC2024_JAN_ANWEB_v2.txt. */
export const HCPCS_FILE = /^HCPC.*ANWEB.*\.txt$/i;

export const HCPCS_RECORD_LENGTH = 320;
/** Larger inputs are refused before they are read (the 2019 file is 3.7 MB). */
export const MAX_HCPCS_CHARS = 64 * 1024 * 1024;
/** Lines before the first record that may be a preamble (the 2019 file has 8). */
const MAX_PREAMBLE_LINES = 100;
/** The action code's column: every first line reaches it. */
const ACTION_COLUMN = 293;

const EXPECTED = 'the HCPCS Level II alpha-numeric file (HCPCYYYY_…_ANWEB.txt)';
const RECORD_START = /^[A-Z0-9 ]{5}\d{5}\d/;
const PROCEDURE_CODE = /^[A-Z]\d{4}$/;
const MODIFIER_CODE = /^ {3}[A-Z0-9]{2}$/;
const DATE = /^(\d{4})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const ACTIONS = new Set(Object.keys(HCPCS_ACTIONS));

export function parseHcpcs(input: string | Uint8Array, options: ReadHcpcsOptions = {}): CodeFileResult<HcpcsRelease> {
  if (typeof input !== 'string' && isZip(input)) {
    return parseZipMember(input, HCPCS_FILE, 'HCPCS alpha-numeric file (HCPCYYYY_…_ANWEB.txt)', (member) =>
      parseHcpcs(member.bytes, { fileName: member.name, ...(options.year === undefined ? {} : { year: options.year }) }),
    );
  }
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_HCPCS_CHARS) {
    return fail({ message: `this file is ${Math.round(size / 1e6)} million characters long; ${EXPECTED} is far smaller` });
  }
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const binary = sniffBinary(input);
    if (binary !== undefined) return fail({ message: `this is ${binary}, not ${EXPECTED}` });
    text = new TextDecoder('latin1').decode(input);
  }
  if (options.year !== undefined && !isYear(options.year)) {
    return fail({ message: `${options.year} is not a plausible HCPCS year (a year such as 2019)` });
  }

  const problems: CodeFileProblem[] = [];
  let problemCount = 0;
  const report = (line: number, message: string) => {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
  };
  const codes: HcpcsCode[] = [];
  const modifiers: HcpcsModifier[] = [];
  const seen = new Map<string, number>();
  /** The record the next continuation line belongs to, with its description lines so far. */
  let open: { record: HcpcsRecord; kind: '3' | '7'; lines: string[] } | undefined;
  let started = false;
  let lineNumber = 0;
  let position = 0;

  const close = () => {
    if (open !== undefined) open.record.longDescription = open.lines.join(' ');
    open = undefined;
  };

  while (position < text.length) {
    let end = text.indexOf('\n', position);
    if (end === -1) end = text.length;
    lineNumber += 1;
    const line = text.slice(position, end).trimEnd();
    position = end + 1;

    if (!started) {
      if (!RECORD_START.test(line)) {
        if (lineNumber >= MAX_PREAMBLE_LINES) return fail(notAnHcpcsFile(text));
        continue;
      }
      started = true;
    }
    if (line.trim() === '') continue;

    if (!RECORD_START.test(line)) {
      report(
        lineNumber,
        `is not an HCPCS record: ${quote(line)} (a record starts with the code in columns 1–5, a sequence number in 6–10 and the record id in 11)`,
      );
      close();
      continue;
    }
    if (line.length > HCPCS_RECORD_LENGTH) {
      report(lineNumber, `is ${line.length} characters long; HCPCS records are ${HCPCS_RECORD_LENGTH}`);
      close();
      continue;
    }
    const codeField = line.slice(0, 5);
    const id = line[10] ?? '';
    const description = line.slice(11, 91).trim();

    if (id === '4' || id === '8') {
      const kind = id === '4' ? '3' : '7';
      const code = kind === '3' ? codeField : codeField.trim();
      if (open === undefined || open.kind !== kind || open.record.code !== code) {
        report(
          lineNumber,
          `continues the description of ${code.trim() === '' ? 'a record' : code.trim()}, but the record before it is ${open === undefined ? 'not one it can continue' : open.record.code}`,
        );
        continue;
      }
      if (description !== '') open.lines.push(description);
      continue;
    }
    close();
    if (id !== '3' && id !== '7') {
      report(
        lineNumber,
        `has record id "${id}" in column 11; HCPCS records are 3 (procedure), 4 (its further lines), 7 (modifier) or 8 (its further lines)`,
      );
      continue;
    }
    const isProcedure = id === '3';
    if (isProcedure ? !PROCEDURE_CODE.test(codeField) : !MODIFIER_CODE.test(codeField)) {
      report(
        lineNumber,
        isProcedure
          ? `has "${codeField.trim()}" in columns 1–5 where a procedure record has its code (a letter and four digits, e.g. J1885)`
          : `has "${codeField}" in columns 1–5 where a modifier record has three spaces and its two characters (e.g. "   LT")`,
      );
      continue;
    }
    const code = codeField.trim();
    if (line.length < ACTION_COLUMN) {
      report(
        lineNumber,
        `is cut short: the record for ${code} ends at column ${line.length}, before the action code in column ${ACTION_COLUMN} (records are ${HCPCS_RECORD_LENGTH} characters)`,
      );
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      report(lineNumber, `repeats ${isProcedure ? 'code' : 'modifier'} ${code} (first on line ${first})`);
      continue;
    }
    seen.set(code, lineNumber);
    const record = readFirstLine(line, code, lineNumber, (message) => report(lineNumber, message));
    if (record === undefined) continue;
    if (description === '') report(lineNumber, `${code} has no long description in columns 12–91`);
    if (isProcedure) {
      const procedure = readProcedure(line, record);
      codes.push(procedure);
      open = { record: procedure, kind: id, lines: description === '' ? [] : [description] };
    } else {
      modifiers.push(record);
      open = { record, kind: id, lines: description === '' ? [] : [description] };
    }
  }
  close();

  if (!started) return fail(notAnHcpcsFile(text));
  if (problemCount > 0) return { ok: false, problems: capProblems(problems, problemCount) };
  const year = options.year ?? yearFromFileName(options.fileName) ?? latestEffectiveYear(codes, modifiers);
  if (year === undefined) {
    return fail({
      message: 'cannot tell the year: no record has an action effective date and the file name does not include it; give the year',
    });
  }
  return { ok: true, value: { year, codes, modifiers }, warnings: [] };
}

/** The columns every first line has (procedure or modifier). */
function readFirstLine(line: string, code: string, lineNumber: number, report: (message: string) => void): HcpcsRecord | undefined {
  const action = column(line, 293, 293);
  if (!ACTIONS.has(action)) {
    report(`${code} has action code "${action}" in column 293; it is one of ${[...ACTIONS].join(', ')}`);
    return undefined;
  }
  const record: HcpcsRecord = {
    code,
    longDescription: '',
    shortDescription: column(line, 92, 119),
    action: action as HcpcsActionCode,
    line: lineNumber,
  };
  const dates = [
    ['addedDate', 269, 'date added'],
    ['actionEffectiveDate', 277, 'action effective date'],
    ['terminationDate', 285, 'termination date'],
  ] as const;
  for (const [key, start, name] of dates) {
    const value = column(line, start, start + 7);
    if (value === '') continue;
    const match = DATE.exec(value);
    if (match === null) {
      report(`${code} has "${value}" as its ${name} (columns ${start}–${start + 7}); dates are YYYYMMDD`);
      return undefined;
    }
    record[key] = `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}`;
  }
  const coverage = column(line, 230, 230);
  if (coverage !== '') record.coverage = coverage;
  return record;
}

function readProcedure(line: string, record: HcpcsRecord): HcpcsCode {
  const procedure: HcpcsCode = {
    ...record,
    pricingIndicators: repeated(line, 120, 2, 4),
    labCertifications: repeated(line, 181, 3, 8),
    crossReferences: repeated(line, 205, 5, 5),
    typeOfService: repeated(line, 261, 1, 5),
  };
  const optional = [
    ['multiplePricingIndicator', 128, 128],
    ['ascPaymentGroup', 231, 232],
    ['processingNote', 253, 256],
    ['betos', 257, 259],
  ] as const;
  for (const [key, start, end] of optional) {
    const value = column(line, start, end);
    if (value !== '') procedure[key] = value;
  }
  const units = column(line, 266, 268);
  if (/^\d+$/.test(units)) procedure.anesthesiaBaseUnits = Number(units);
  return procedure;
}

/** Columns `start`–`end` (1-based, inclusive), trimmed. */
function column(line: string, start: number, end: number): string {
  return line.slice(start - 1, end).trim();
}

/** A field that occurs `count` times, `width` columns each, from `start`: the non-blank ones. */
function repeated(line: string, start: number, width: number, count: number): string[] {
  const values: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const value = column(line, start + i * width, start + (i + 1) * width - 1);
    if (value !== '') values.push(value);
  }
  return values;
}

function quote(line: string): string {
  const shown = line.length > 40 ? `${line.slice(0, 40)}…` : line;
  return JSON.stringify(shown);
}

function notAnHcpcsFile(text: string): CodeFileProblem {
  const kind = describeForeignText(text);
  const firstLine = text.split('\n', 1)[0]?.trimEnd() ?? '';
  if (kind === 'empty') return { message: `the file is empty, so it is not ${EXPECTED}` };
  return {
    line: 1,
    message:
      kind === undefined
        ? `no line in it is an HCPCS record, so it is not ${EXPECTED} (it begins ${quote(firstLine)})`
        : `this is ${kind}, not ${EXPECTED} (it begins ${quote(firstLine)})`,
  };
}

function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1980 && year <= 2099;
}

function yearFromFileName(fileName: string | undefined): number | undefined {
  if (fileName === undefined) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const match = /(?:^|\D)(20\d\d)(?!\d)/.exec(base);
  return match ? Number(match[1]) : undefined;
}

function latestEffectiveYear(codes: HcpcsCode[], modifiers: HcpcsModifier[]): number | undefined {
  let latest: string | undefined;
  for (const record of [...codes, ...modifiers]) {
    if (record.actionEffectiveDate !== undefined && (latest === undefined || record.actionEffectiveDate > latest))
      latest = record.actionEffectiveDate;
  }
  return latest === undefined ? undefined : Number(latest.slice(0, 4));
}

/** Every code (kind 'code', billable) then every modifier (kind 'modifier', not billable), in file order. */
export function toCodeSet(release: HcpcsRelease, options: Pick<ReadHcpcsOptions, 'fileName'> = {}): CodeSet {
  const entry = (record: HcpcsRecord, kind: 'code' | 'modifier'): CodeEntry => {
    const result: CodeEntry = { code: record.code, title: record.longDescription, billable: kind === 'code', kind };
    if (record.shortDescription !== '') result.shortTitle = record.shortDescription;
    return result;
  };
  const name = options.fileName?.split(/[\\/]/).pop();
  return {
    system: 'HCPCS',
    fiscalYear: release.year,
    source: 'official',
    title: `HCPCS Level II ${release.year}${name === undefined ? '' : ` (${name})`}`,
    entries: [...release.codes.map((record) => entry(record, 'code')), ...release.modifiers.map((record) => entry(record, 'modifier'))],
  };
}
