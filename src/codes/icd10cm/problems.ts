/**
 * How the ICD-10-CM release readers report trouble. Like the scenario-pack pipeline, they never throw
 * on bad input: they return every problem they find (up to a cap), each in plain words and, where it
 * has one, with the 1-based line of the file it is on. Pure: no Node APIs.
 */

export interface CodeFileProblem {
  /** The file the problem is in, when it is a member of a zip. */
  file?: string;
  /** 1-based line of the file the problem is on, when it is on one line. */
  line?: number;
  /** 1-based column, when known (XML syntax errors). */
  column?: number;
  /** Plain words: what is wrong and, where it helps, what to do. Never a stack trace. */
  message: string;
}

export type CodeFileResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly CodeFileProblem[] }
  | { readonly ok: false; readonly problems: readonly CodeFileProblem[] };

/** At most this many problems are listed; a last problem says how many more there were. */
export const MAX_PROBLEMS = 50;

export const fail = <T>(...problems: CodeFileProblem[]): CodeFileResult<T> => ({ ok: false, problems });

/** "icd10cm-order-2025.txt line 12: order number "00a12" is not a number" */
export function describeProblem(problem: CodeFileProblem, fileName?: string): string {
  const where = [
    problem.file ?? fileName,
    problem.line === undefined ? undefined : `line ${problem.line}`,
    problem.column === undefined ? undefined : `column ${problem.column}`,
  ]
    .filter((part) => part !== undefined)
    .join(problem.column === undefined ? ' ' : ', ');
  return where === '' ? problem.message : `${where}: ${problem.message}`;
}

/** Keeps the first MAX_PROBLEMS problems and says how many more there were. */
export function capProblems(problems: CodeFileProblem[], total: number): CodeFileProblem[] {
  if (total <= problems.length) return problems;
  return [...problems, { message: `… and ${total - problems.length} more problems` }];
}

/** Names the kind of file these bytes are, when they are plainly not a text release file. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'a zip archive';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (starts(0x1f, 0x8b)) return 'a gzip-compressed file';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Microsoft Office document';
  if (bytes.subarray(0, 8192).includes(0)) return 'binary data';
  return undefined;
}

/**
 * Bytes → text. The releases are ASCII; UTF-8 is accepted, and anything that is not valid UTF-8 is read
 * as Windows-1252 (so a Latin-1 character never shifts the fixed-width columns). Binary files are
 * refused with a name for what they look like. A byte-order mark is dropped.
 */
export function decodeReleaseText(bytes: Uint8Array, expected: string): { text: string } | { problem: CodeFileProblem } {
  const binary = sniffBinary(bytes);
  if (binary !== undefined) {
    const hint = binary === 'a zip archive' ? ' (to read the zip CMS distributes, import it as a zip)' : '';
    return { problem: { message: `is ${binary}, not ${expected}${hint}` } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A guess at what a text that is not the expected release file is, for error messages. */
export function describeForeignText(text: string): string | undefined {
  const start = text.trimStart();
  if (start === '') return 'empty';
  if (start.startsWith('{') || start.startsWith('[')) return 'JSON';
  if (/^<!doctype html|^<html/i.test(start)) return 'a web page (HTML)';
  if (start.startsWith('<')) {
    const root = /<([A-Za-z_][\w.:-]*)/.exec(start.replace(/^<\?[\s\S]*?\?>/, '').replace(/<!--[\s\S]*?-->/g, ''));
    return root ? `XML with root element <${root[1] ?? ''}>` : 'XML';
  }
  if (/^[^\r\n]*,[^\r\n]*,/.test(start) && !/^\d{5} /.test(start)) return 'comma-separated values (CSV)';
  return undefined;
}

/** The 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
