/**
 * The one intake for every versioned file Record Room reads (scenario packs, key files, code-set
 * files, work files): bytes → text → JSON → detect (format and version) → migrate (append-only,
 * named migrations) → validate (zod; every problem with its path, in plain words) → check (rules
 * across the file). Each kind of file is described once by a `FileKind`.
 *
 * It never throws on bad input and never shows a stack trace: every refusal is a `Problem` with a
 * path. Pure: no React, no Dexie, no Node APIs.
 */
import type { z } from 'zod';
import { FILE_PATH, describeValue, problemsFromZod, type Problem } from './problems.ts';

export type JsonObject = Record<string, unknown>;

/** Turns a version-`from` file into version `from + 1`. Shipped migrations never change. */
export interface Migration {
  readonly from: number;
  /** A short, stable name: 'add-tasks-and-keys'. */
  readonly name: string;
  readonly describe: string;
  readonly migrate: (file: JsonObject) => JsonObject;
  /**
   * What a file of version `from` may not hold, said as a problem with its path, before migrating:
   * the migration would otherwise drop it silently (a version-1 pack that carries tasks).
   */
  readonly refuse?: (file: JsonObject) => Problem | undefined;
}

export interface FileKind<T> {
  /** The value of the file's "format" field, e.g. 'record-room-pack'. */
  readonly format: string;
  /** 'scenario pack', 'key file', 'code-set file', 'work file': used in messages. */
  readonly noun: string;
  readonly currentVersion: number;
  /** Larger bytes or text are refused before parsing, with the size in MB in the message. */
  readonly maxBytes: number;
  /** Index i migrates version i+1 to i+2. Append-only. */
  readonly migrations: readonly Migration[];
  readonly schema: z.ZodType<T>;
  readonly check?: (value: T) => readonly Problem[];
  /**
   * Extra detection for foreign files, e.g. a FHIR resource given as a pack. Called only when the
   * file's "format" is not this kind's; a problem it returns replaces the generic format message.
   */
  readonly foreign?: (json: JsonObject) => Problem | undefined;
}

/** What the steps before validation need to know of a kind: any `FileKind` is one. */
export type KindInfo = Pick<FileKind<unknown>, 'format' | 'noun' | 'currentVersion' | 'maxBytes' | 'migrations' | 'foreign'>;

export type IntakeResult<T> =
  { readonly ok: true; readonly value: T; readonly migratedFrom?: number } | { readonly ok: false; readonly problems: readonly Problem[] };

/** At most this many problems are listed; one last problem says how many more there were. */
export const MAX_PROBLEMS = 200;

const BOM = '\uFEFF';
const BINARY_PROBE_BYTES = 8192;

const fail = (...problems: Problem[]): { readonly ok: false; readonly problems: readonly Problem[] } => ({ ok: false, problems });

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** The name of a kind's format family: packs have always said "a newer pack format". */
const formatName = (kind: KindInfo) => kind.noun.replace(/^scenario /, '');

function tooLarge(kind: KindInfo, size: number): Problem {
  return { path: FILE_PATH, message: `is ${megabytes(size)}; ${withArticle(kind.noun)} may be at most ${megabytes(kind.maxBytes)}` };
}

/** A problem for a RangeError: the call stack or memory ran out on a very deep or very large file. */
function tooDeep(error: RangeError, path: string = FILE_PATH): Problem {
  return /call stack/i.test(error.message)
    ? { path, message: 'is nested too deeply to read (thousands of lists or objects inside one another)' }
    : { path, message: `is too large to read (${error.message})` };
}

/** A problem for an error thrown while validating or checking: never a throw, never a stack trace. */
function unexpected(error: unknown, step: 'validated' | 'checked'): Problem {
  if (error instanceof RangeError) return tooDeep(error);
  const reason = error instanceof Error ? error.message : String(error);
  return { path: FILE_PATH, message: `could not be ${step} (${reason}); this is a fault in Record Room, please report it with the file` };
}

/** Decodes bytes as UTF-8 text (a byte-order mark is dropped), refusing binary data and oversized files. */
export function decodeBytes(kind: KindInfo, bytes: Uint8Array): { text: string } | { problem: Problem } {
  if (bytes.byteLength > kind.maxBytes) return { problem: tooLarge(kind, bytes.byteLength) };
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    return { problem: { path: FILE_PATH, message: 'is binary data, not a JSON text file' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { problem: { path: FILE_PATH, message: 'is not UTF-8 text (is it a binary file or a different encoding?)' } };
  }
}

export function readBytes<T>(kind: FileKind<T>, bytes: Uint8Array): IntakeResult<T> {
  const decoded = decodeBytes(kind, bytes);
  return 'problem' in decoded ? fail(decoded.problem) : readText(kind, decoded.text);
}

export function readText<T>(kind: FileKind<T>, text: string): IntakeResult<T> {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  if (body.length > kind.maxBytes) return fail(tooLarge(kind, body.length));
  if (body.trim() === '') return fail({ path: FILE_PATH, message: 'is empty' });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fail(error instanceof RangeError ? tooDeep(error) : { path: FILE_PATH, message: jsonErrorMessage(body, error) });
  }
  return readJson(kind, json);
}

export type Detected = { readonly file: JsonObject; readonly version: number } | { readonly problem: Problem };

/** Decides whether a JSON value is a file of this kind, and of which format version. */
export function detect(kind: KindInfo, json: unknown): Detected {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { problem: { path: '(root)', message: `expected a JSON object with "format": "${kind.format}", got ${describeValue(json)}` } };
  }
  const file = json as JsonObject;
  if (file['format'] !== kind.format) {
    const foreign = kind.foreign?.(file);
    if (foreign) return { problem: foreign };
    if (!('format' in file)) {
      return {
        problem: { path: 'format', message: `is missing: this is not a Record Room ${kind.noun} (expected "format": "${kind.format}")` },
      };
    }
    return {
      problem: {
        path: 'format',
        message: `must be "${kind.format}", got ${describeValue(file['format'])}: this is not a Record Room ${kind.noun}`,
      },
    };
  }
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const allowed = kind.currentVersion === 1 ? 'the whole number 1' : `a whole number from 1 to ${kind.currentVersion}`;
    return { problem: { path: 'version', message: `must be ${allowed}, got ${describeValue(version)}` } };
  }
  if (version > kind.currentVersion) {
    return {
      problem: {
        path: 'version',
        message: `is ${version}, a newer ${formatName(kind)} format than this Record Room reads (up to ${kind.currentVersion}); update Record Room to open it`,
      },
    };
  }
  return { file, version };
}

/** Applies the kind's migrations in order, from `fromVersion` up to the current version. */
export function migrate(kind: KindInfo, file: JsonObject, fromVersion: number): { file: JsonObject } | { problem: Problem } {
  let current = file;
  for (let version = fromVersion; version < kind.currentVersion; version++) {
    const migration = kind.migrations[version - 1];
    if (!migration || migration.from !== version) {
      return {
        problem: { path: 'version', message: `cannot be upgraded: no migration from ${formatName(kind)} format version ${version}` },
      };
    }
    const refused = migration.refuse?.(current);
    if (refused) return { problem: refused };
    try {
      current = { ...migration.migrate(current), version: version + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        problem: {
          path: 'version',
          message: `cannot be upgraded: migration "${migration.name}" (version ${version} to ${version + 1}) failed: ${reason}`,
        },
      };
    }
  }
  return { file: current };
}

/** Runs the intake from parsed JSON onward: detect, migrate, validate, check. */
export function readJson<T>(kind: FileKind<T>, json: unknown): IntakeResult<T> {
  const detected = detect(kind, json);
  if ('problem' in detected) return fail(detected.problem);
  const upgraded = migrate(kind, detected.file, detected.version);
  if ('problem' in upgraded) return fail(upgraded.problem);
  let parsed: z.ZodSafeParseResult<T>;
  try {
    parsed = kind.schema.safeParse(upgraded.file, { reportInput: true });
  } catch (error) {
    return fail(unexpected(error, 'validated'));
  }
  if (!parsed.success) return fail(...capProblems(problemsFromZod(parsed.error.issues)));
  let problems: readonly Problem[];
  try {
    problems = kind.check?.(parsed.data) ?? [];
  } catch (error) {
    return fail(unexpected(error, 'checked'));
  }
  if (problems.length > 0) return fail(...capProblems(problems));
  return detected.version < kind.currentVersion
    ? { ok: true, value: parsed.data, migratedFrom: detected.version }
    : { ok: true, value: parsed.data };
}

/** The first MAX_PROBLEMS problems, and one more saying how many were left out. */
export function capProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: FILE_PATH, message: `has ${problems.length - MAX_PROBLEMS} more problems not listed here` },
  ];
}

/** Turns a JSON.parse error into a message with a line and column. */
export function jsonErrorMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/end of (JSON )?input|Unterminated/i.test(raw)) {
    const where = /position (\d+)/.exec(raw);
    if (!where || Number(where[1]) >= text.trimEnd().length - 1) {
      return 'is not valid JSON: it ends before the data is complete (is the file truncated?)';
    }
  }
  const position = /position (\d+)/.exec(raw);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const reason = raw
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/^JSON\.parse: /, '')
      .replace(/^"[^"]*" is not valid JSON$/, 'unexpected text');
    return `is not valid JSON: ${reason} at line ${line}, column ${column}`;
  }
  return `is not valid JSON: ${raw}`;
}
