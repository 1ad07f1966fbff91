/**
 * The ICD-10-CM order file (`icd10cm-order-2025.txt`, "code descriptions in tabular order"), exactly as
 * CMS publishes it. Pure: takes a string or bytes, returns a `CodeSet` or every problem found.
 *
 * Layout (ASCII, CRLF, no header; 0-based slices): `[0:5]` order number, `[6:13]` code without the dot,
 * space-padded, `[14]` `1` billable / `0` header, `[16:76]` short description (space-padded),
 * `[77:]` long description. LF line ends, trailing spaces and blank lines at the end are tolerated.
 * A last line without a line break is refused as truncated: a file cut inside a long title has
 * well-formed lines, and the missing line break is the only sign. (A file cut exactly at the end of a
 * line cannot be told from a shorter file.)
 */
import type { CodeEntry, CodeSet } from '../model.ts';
import { fiscalYearFromFileName, isFiscalYear } from './fiscal-year.ts';
import {
  MAX_PROBLEMS,
  capProblems,
  decodeReleaseText,
  describeForeignText,
  fail,
  type CodeFileProblem,
  type CodeFileResult,
} from './problems.ts';

export interface ReadReleaseOptions {
  /** The file's name, e.g. "icd10cm-order-Jan-2021.txt": used for the fiscal year and the set's title. */
  fileName?: string;
  /** The fiscal year, when the caller knows it; it wins over the one in the file name. */
  fiscalYear?: number;
}

/** Larger inputs are refused before they are read (the FY2021 order file is 14 MB). */
export const MAX_ORDER_FILE_CHARS = 64 * 1024 * 1024;

/** A shortest valid line: the fixed columns up to 77 and a one-character long description. */
const MIN_LINE_LENGTH = 78;
const CODE_PATTERN = /^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/;
const ORDER_NUMBER = /^\d{5}$/;
const LAYOUT = 'the layout is fixed-width: order number in columns 1–5, code 7–13, billable flag 15, short title 17–76, long title from 78';

/** One line of the order file, in file order. */
export interface OrderFileLine {
  order: number;
  entry: CodeEntry;
}

/**
 * Reads an order file into a code set: one entry per line in file (tabular) order, `kind` 'code' for
 * billable lines and 'header' for the others. The fiscal year is the caller's, else the file name's
 * (see `fiscal-year.ts`). Never throws on bad input.
 */
export function parseOrderFile(input: string | Uint8Array, options: ReadReleaseOptions = {}): CodeFileResult<CodeSet> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_ORDER_FILE_CHARS) {
    return fail({ message: `is ${(size / 1048576).toFixed(0)} MB; an ICD-10-CM order file is about 15 MB, so this is not one` });
  }
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeReleaseText(input, 'an ICD-10-CM order file (text)');
    if ('problem' in decoded) return fail(decoded.problem);
    text = decoded.text;
  }

  const lines = readOrderLines(text);
  if (!lines.ok) return lines;
  const fiscalYear = resolveFiscalYear(options);
  if (typeof fiscalYear !== 'number') return fail(fiscalYear);
  const fileName = options.fileName === undefined ? undefined : (options.fileName.split(/[\\/]/).pop() ?? options.fileName);
  return {
    ok: true,
    value: {
      system: 'ICD-10-CM',
      fiscalYear,
      source: 'official',
      title: fileName === undefined ? `ICD-10-CM FY${fiscalYear}` : `ICD-10-CM FY${fiscalYear} (${fileName})`,
      entries: lines.value.map((line) => line.entry),
    },
    warnings: lines.warnings,
  };
}

/** The caller's fiscal year, else the file name's; a problem when neither says it. */
export function resolveFiscalYear(options: ReadReleaseOptions): number | CodeFileProblem {
  if (options.fiscalYear !== undefined) {
    return isFiscalYear(options.fiscalYear)
      ? options.fiscalYear
      : { message: `fiscal year ${options.fiscalYear} is not a plausible ICD-10-CM fiscal year (a year such as 2025)` };
  }
  if (options.fileName !== undefined) {
    const fromName = fiscalYearFromFileName(options.fileName);
    if (fromName !== undefined) return fromName;
    return {
      message: `cannot tell the fiscal year: the file name "${options.fileName}" does not include it (CMS names the files like icd10cm-order-2025.txt); give the fiscal year`,
    };
  }
  return {
    message: 'cannot tell the fiscal year: give the file name (CMS names the files like icd10cm-order-2025.txt) or the fiscal year',
  };
}

/** The lines of an order file with their order numbers, or every problem found. */
export function readOrderLines(text: string): CodeFileResult<OrderFileLine[]> {
  const lines: OrderFileLine[] = [];
  const problems: CodeFileProblem[] = [];
  let problemCount = 0;
  const report = (problem: CodeFileProblem) => {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const firstLineOf = new Map<string, number>();
  let previousOrder = 0;
  let lineNumber = 0;
  let blankSince: number | undefined;
  let position = 0;
  let endedWithBreak = true;
  let lastLineRead = false;
  let firstFailure: { line: number; message: string } | undefined;

  while (position < text.length) {
    let end = text.indexOf('\n', position);
    endedWithBreak = end !== -1;
    if (end === -1) end = text.length;
    lineNumber += 1;
    let raw = text.slice(position, end);
    position = end + 1;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const line = raw.trimEnd();

    if (line.trim() === '') {
      blankSince ??= lineNumber;
      continue;
    }
    if (blankSince !== undefined) {
      report({ line: blankSince, message: 'is empty; an order file has no blank lines' });
      blankSince = undefined;
    }
    const isLast = position >= text.length;
    const parsed = parseOrderLine(line, isLast);
    lastLineRead = typeof parsed !== 'string';
    if (typeof parsed === 'string') {
      if (lines.length === 0 && problemCount === 0) {
        const foreign = foreignFile(text);
        if (foreign !== undefined) return fail({ line: lineNumber, message: foreign });
        firstFailure = { line: lineNumber, message: parsed };
      }
      report({ line: lineNumber, message: parsed });
      continue;
    }
    const { order, entry } = parsed;
    if (order <= previousOrder) {
      report({
        line: lineNumber,
        message: `order number ${line.slice(0, 5)} does not follow ${String(previousOrder).padStart(5, '0')} on the line before; the lines must stay in tabular order`,
      });
    }
    previousOrder = order;
    const first = firstLineOf.get(entry.code);
    if (first !== undefined) {
      report({ line: lineNumber, message: `code ${entry.code} appears again (first on line ${first})` });
      continue;
    }
    firstLineOf.set(entry.code, lineNumber);
    lines.push(parsed);
  }

  if (lines.length === 0 && problemCount === 0) return fail({ message: 'is empty: an ICD-10-CM order file has one line per code' });
  if (lines.length === 0 && firstFailure !== undefined) {
    const why = firstFailure.message;
    return fail({
      line: firstFailure.line,
      message: `is not an ICD-10-CM order file: no line is in its layout, and the first ${why.startsWith('is ') ? why : `has this wrong: ${why}`}`,
    });
  }
  if (!endedWithBreak && blankSince === undefined && lastLineRead) {
    // A file cut inside a long title still has well-formed lines; only the missing line break shows it.
    report({
      line: lineNumber,
      message:
        'has no line break at its end: the file looks truncated (every line of a CMS order file ends with one). If you edited the file by hand, end it with a line break',
    });
  }
  if (problemCount > 0) return fail(...capProblems(problems, problemCount));
  return { ok: true, value: lines, warnings: [] };
}

/** One line (without its line break or trailing spaces) → its entry, or what is wrong with it. */
function parseOrderLine(line: string, isLast: boolean): OrderFileLine | string {
  if (line.length < MIN_LINE_LENGTH) {
    const cut = isLast ? ' (the file looks truncated: was the download or copy complete?)' : '';
    return `is too short (${line.length} characters; a line needs at least ${MIN_LINE_LENGTH}: ${LAYOUT})${cut}`;
  }
  const orderText = line.slice(0, 5);
  if (!ORDER_NUMBER.test(orderText)) return `order number "${orderText}" in columns 1–5 is not a 5-digit number (${LAYOUT})`;
  for (const column of [5, 13, 15, 76]) {
    if (line[column] !== ' ') return `column ${column + 1} holds "${line[column] ?? ''}" where a space belongs (${LAYOUT})`;
  }
  const code = line.slice(6, 13).trimEnd();
  if (code.startsWith(' ') && CODE_PATTERN.test(code.trim())) return `the code ${code.trim()} does not start in column 7 (${LAYOUT})`;
  if (!CODE_PATTERN.test(code)) return `"${code}" in columns 7–13 is not an ICD-10-CM code without its dot (such as E1122)`;
  const flag = line[14];
  if (flag !== '0' && flag !== '1') return `the billable flag in column 15 is "${flag ?? ''}"; it must be 1 (billable code) or 0 (header)`;
  const shortTitle = line.slice(16, 76).trimEnd();
  if (shortTitle === '' || shortTitle.startsWith(' '))
    return `the short title in columns 17–76 is ${shortTitle === '' ? 'empty' : 'not where the layout puts it'} (${LAYOUT})`;
  const title = line.slice(77);
  if (title.startsWith(' ')) return `the long title from column 78 is not where the layout puts it (${LAYOUT})`;
  const billable = flag === '1';
  return { order: Number(orderText), entry: { code, title, shortTitle, billable, kind: billable ? 'code' : 'header' } };
}

/** Says what a file is when its first line shows it is plainly some other kind of file. */
function foreignFile(text: string): string | undefined {
  const foreign = describeForeignText(text);
  if (foreign !== undefined) {
    const hint = foreign.includes('<ICD10CM.tabular>') ? ' (this is the tabular XML; import it as the tabular list)' : '';
    return `is not an ICD-10-CM order file: the file is ${foreign}${hint}`;
  }
  const firstLine = text.trimStart().slice(0, 400).split(/\r?\n/, 1)[0] ?? '';
  if (/^[A-Z][0-9][0-9A-Z]{1,5} +\S/.test(firstLine)) {
    return 'is not an ICD-10-CM order file: it looks like the code list (icd10cm-codes-*.txt), which has no headers or short titles; import icd10cm-order-*.txt instead';
  }
  return undefined;
}
