/**
 * The import pipeline for every scenario pack, bundled or imported, on the shared intake
 * (src/intake/read.ts): bytes → text → JSON → detect format and version → migrate → validate →
 * cross-reference; `normalise.ts` then turns the pack into rows. It never throws on bad input: it
 * returns every problem it finds, each with a path.
 */
import { CURRENT_PACK_VERSION, PACK_FORMAT, PackFile, type Pack } from './format.ts';
import { MIGRATIONS } from './migrations.ts';
import { describeValue, type Problem } from '../intake/problems.ts';
import { crossReferenceProblems } from './cross-reference.ts';
import {
  decodeBytes,
  detect,
  readBytes,
  readJson,
  readText,
  type Detected,
  type FileKind,
  type IntakeResult,
  type JsonObject,
} from '../intake/read.ts';

export { MAX_PROBLEMS } from '../intake/read.ts';

/** Larger files are refused before they are parsed. */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly pack: Pack; readonly migratedFrom?: number }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** A FHIR resource given where a pack was expected: say what it is and where FHIR goes instead. */
function fhirResource(file: JsonObject): Problem | undefined {
  if ('format' in file || typeof file['resourceType'] !== 'string') return undefined;
  return {
    path: 'resourceType',
    message: `this is a FHIR ${describeValue(file['resourceType'])} resource, not a Record Room scenario pack; import FHIR with "Import FHIR" or record-room import-fhir`,
  };
}

export const PACK_FILE: FileKind<Pack> = {
  format: PACK_FORMAT,
  noun: 'scenario pack',
  currentVersion: CURRENT_PACK_VERSION,
  maxBytes: MAX_PACK_BYTES,
  migrations: MIGRATIONS,
  schema: PackFile,
  check: crossReferenceProblems,
  foreign: fhirResource,
};

function asReadResult(result: IntakeResult<Pack>): ReadResult {
  if (!result.ok) return result;
  return result.migratedFrom === undefined
    ? { ok: true, pack: result.value }
    : { ok: true, pack: result.value, migratedFrom: result.migratedFrom };
}

/** Decodes a file's bytes as UTF-8 text, refusing binary data and oversized files. */
export function decodePackBytes(bytes: Uint8Array): { text: string } | { problem: Problem } {
  return decodeBytes(PACK_FILE, bytes);
}

export function readPackBytes(bytes: Uint8Array): ReadResult {
  return asReadResult(readBytes(PACK_FILE, bytes));
}

export function readPackText(text: string): ReadResult {
  return asReadResult(readText(PACK_FILE, text));
}

/** Runs the pipeline from parsed JSON onward. */
export function readPackJson(json: unknown): ReadResult {
  return asReadResult(readJson(PACK_FILE, json));
}

/** Decides whether a JSON value is a Record Room pack, and of which format version. */
export function detectPack(json: unknown): Detected {
  return detect(PACK_FILE, json);
}
