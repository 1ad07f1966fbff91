/**
 * The one import pipeline for every scenario pack, bundled or imported:
 * bytes → text → JSON → detect format and version → migrate → validate → cross-reference →
 * normalise. It never throws on bad input: it returns every problem it finds, each with a path.
 */
import { CURRENT_PACK_VERSION, PACK_FORMAT, PackFile, type Pack } from './format.ts';
import { migrateToCurrent, type JsonObject } from './migrations.ts';
import { FILE_PATH, describeValue, problemsFromZod, type Problem } from './problems.ts';
import { crossReferenceProblems } from './cross-reference.ts';

/** Larger files are refused before they are parsed. */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;
/** At most this many problems are listed; a line says how many more there were. */
export const MAX_PROBLEMS = 200;

export type ReadResult =
  | { readonly ok: true; readonly pack: Pack; readonly migratedFrom?: number }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const fail = (...problems: Problem[]): ReadResult => ({ ok: false, problems });

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Decodes a file's bytes as UTF-8 text, refusing binary data and oversized files. */
export function decodePackBytes(bytes: Uint8Array): { text: string } | { problem: Problem } {
  if (bytes.byteLength > MAX_PACK_BYTES) {
    return { problem: { path: FILE_PATH, message: `is ${megabytes(bytes.byteLength)}; a scenario pack may be at most ${megabytes(MAX_PACK_BYTES)}` } };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { problem: { path: FILE_PATH, message: 'is binary data, not a JSON text file' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { problem: { path: FILE_PATH, message: 'is not UTF-8 text (is it a binary file or a different encoding?)' } };
  }
}

export function readPackBytes(bytes: Uint8Array): ReadResult {
  const decoded = decodePackBytes(bytes);
  return 'problem' in decoded ? fail(decoded.problem) : readPackText(decoded.text);
}

export function readPackText(text: string): ReadResult {
  if (text.length > MAX_PACK_BYTES) {
    return fail({ path: FILE_PATH, message: `is ${megabytes(text.length)}; a scenario pack may be at most ${megabytes(MAX_PACK_BYTES)}` });
  }
  if (text.trim() === '') return fail({ path: FILE_PATH, message: 'is empty' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail({ path: FILE_PATH, message: jsonErrorMessage(text, error) });
  }
  return readPackJson(json);
}

/** Runs the pipeline from parsed JSON onward. */
export function readPackJson(json: unknown): ReadResult {
  const detected = detectPack(json);
  if ('problem' in detected) return fail(detected.problem);
  let file: JsonObject = detected.file;
  if (detected.version < CURRENT_PACK_VERSION) {
    try {
      file = migrateToCurrent(file, detected.version);
    } catch (error) {
      return fail({ path: 'version', message: `cannot be upgraded: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  const parsed = PackFile.safeParse(file, { reportInput: true });
  if (!parsed.success) return fail(...capped(problemsFromZod(parsed.error.issues)));
  const problems = crossReferenceProblems(parsed.data);
  if (problems.length > 0) return fail(...capped(problems));
  return detected.version < CURRENT_PACK_VERSION
    ? { ok: true, pack: parsed.data, migratedFrom: detected.version }
    : { ok: true, pack: parsed.data };
}

type Detected = { file: JsonObject; version: number } | { problem: Problem };

/** Decides whether a JSON value is a Record Room pack, and of which format version. */
export function detectPack(json: unknown): Detected {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { problem: { path: '(root)', message: `expected a JSON object with "format": "${PACK_FORMAT}", got ${describeValue(json)}` } };
  }
  const file = json as JsonObject;
  if (!('format' in file)) {
    if (typeof file['resourceType'] === 'string') {
      return { problem: { path: 'resourceType', message: `this is a FHIR ${describeValue(file['resourceType'])} resource, not a Record Room scenario pack; import FHIR with "Import FHIR" or record-room import-fhir` } };
    }
    return { problem: { path: 'format', message: `is missing: this is not a Record Room scenario pack (expected "format": "${PACK_FORMAT}")` } };
  }
  if (file['format'] !== PACK_FORMAT) {
    return { problem: { path: 'format', message: `must be "${PACK_FORMAT}", got ${describeValue(file['format'])}: this is not a Record Room scenario pack` } };
  }
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { problem: { path: 'version', message: `must be a whole number from 1 to ${CURRENT_PACK_VERSION}, got ${describeValue(version)}` } };
  }
  if (version > CURRENT_PACK_VERSION) {
    return { problem: { path: 'version', message: `is ${version}, a newer pack format than this Record Room reads (up to ${CURRENT_PACK_VERSION}); update Record Room to open it` } };
  }
  return { file, version };
}

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: FILE_PATH, message: `has ${problems.length - MAX_PROBLEMS} more problems not listed here` },
  ];
}

/** Turns a JSON.parse error into a message with a line and column. */
function jsonErrorMessage(text: string, error: unknown): string {
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
    const reason = raw.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '').replace(/^"[^"]*" is not valid JSON$/, 'unexpected text');
    return `is not valid JSON: ${reason} at line ${line}, column ${column}`;
  }
  return `is not valid JSON: ${raw}`;
}
