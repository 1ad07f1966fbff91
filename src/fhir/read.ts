/**
 * Reading FHIR R4 input: JSON files (a single resource or a Bundle of type transaction, batch,
 * collection, document, searchset or message) and NDJSON files with one resource per line, as a
 * bulk export writes them. Every resource comes out with where it was found, so later problems
 * can name the file, the line and the path.
 *
 * A JSON value that is no FHIR resource at all (a bulk export's log.ndjson lines, a package.json
 * beside the examples) is reported as "not FHIR" and skipped. Text that is not JSON, a resource
 * type that R4 does not have, or a Bundle of a type that cannot be imported is refused.
 * Pure: the caller reads the files.
 */
import type { FhirResource } from 'fhir/r4';
import type { Problem } from '../intake/problems.ts';
import { describeValue } from '../intake/problems.ts';
import { isR4ResourceType } from './resource-types.ts';
import { isObject, list, type JsonObject } from './values.ts';

/** One input file: its name (shown in problems) and its text. */
export interface FhirInput {
  readonly name: string;
  readonly text: string;
}

/** A resource and where it was found. */
export interface SourcedResource {
  readonly resource: FhirResource & JsonObject;
  /** Where it is, for messages: `bundle.json: Bundle.entry[3].resource` or `Condition.000.ndjson:12: Condition`. */
  readonly at: string;
  /** The Bundle entry's fullUrl, when it came from a Bundle. */
  readonly fullUrl?: string;
}

export interface ReadFhirResult {
  readonly resources: SourcedResource[];
  /** Inputs or lines that hold JSON but no FHIR resource, as `file` or `file:line`. */
  readonly notFhir: string[];
  readonly problems: Problem[];
  /** Bundle entries without a resource (such as DELETE requests), which carry nothing to import. */
  readonly emptyEntries: number;
  /** Bundles read, by Bundle.type. */
  readonly bundles: Record<string, number>;
}

/** The result while it is being filled in. */
type Reading = { -readonly [K in keyof ReadFhirResult]: ReadFhirResult[K] };

/** Bundle types whose entries are resources to import. */
const READABLE_BUNDLES = new Set(['transaction', 'batch', 'collection', 'document', 'searchset', 'message']);

const isNdjsonName = (name: string) => /\.(ndjson|jsonl)$/i.test(name);

/** Reads every input; problems from all of them are returned together. */
export function readFhirInputs(inputs: readonly FhirInput[]): ReadFhirResult {
  const result: Reading = { resources: [], notFhir: [], problems: [], emptyEntries: 0, bundles: {} };
  for (const input of inputs) readOne(input, result);
  return result;
}

function readOne(input: FhirInput, result: Reading): void {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  if (text.trim() === '') {
    result.problems.push({ path: input.name, message: 'is empty' });
    return;
  }
  if (!isNdjsonName(input.name)) {
    try {
      readValue(JSON.parse(text), input.name, `${input.name}`, result);
      return;
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      // A .json file may still be NDJSON (one object per line); try that before refusing it.
      if (!text.trim().includes('\n') || !isNdjsonLike(text)) {
        result.problems.push({ path: input.name, message: jsonError(text, error) });
        return;
      }
    }
  }
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${input.name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      result.problems.push({ path: where, message: jsonError(line, error) });
      return;
    }
    readValue(value, where, where, result);
  });
}

/** A JSON.parse error in plain words, with the line and column, or saying the text stops early. */
function jsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(raw);
  const offset = position ? Number(position[1]) : undefined;
  if (/end of (JSON )?input|Unterminated/i.test(raw) || (offset !== undefined && offset >= text.trimEnd().length - 1)) {
    return 'is not valid JSON: it ends before the data is complete (is it truncated?)';
  }
  if (offset === undefined) return `is not valid JSON: ${raw}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const reason = raw.replace(/ in JSON at position \d+.*$/s, '').replace(/^"[^"]*" is not valid JSON$/, 'unexpected text');
  return `is not valid JSON: ${reason} at line ${line}, column ${column}`;
}

function isNdjsonLike(text: string): boolean {
  const first = text.trim().split(/\r?\n/, 1)[0] ?? '';
  try {
    return isObject(JSON.parse(first));
  } catch {
    return false;
  }
}

/**
 * Reads one parsed JSON value. `label` names the input (`file` or `file:line`) for the not-FHIR
 * list; `base` starts the paths of problems.
 */
function readValue(value: unknown, label: string, base: string, result: Reading): void {
  if (!isObject(value) || !('resourceType' in value)) {
    result.notFhir.push(label);
    return;
  }
  if (nestedDeeperThan(value, MAX_DEPTH)) {
    result.problems.push({ path: base, message: `is nested more than ${MAX_DEPTH} levels deep, which no FHIR resource is` });
    return;
  }
  readResource(value, `${base}: `, '', undefined, result);
}

/** Deeper data is refused before anything walks it recursively. FHIR Bundles of resources stay far below. */
export const MAX_DEPTH = 100;

function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

function readResource(value: JsonObject, prefix: string, path: string, fullUrl: string | undefined, result: Reading): void {
  const type = value['resourceType'];
  const here = path === '' ? String(type) : path;
  if (typeof type !== 'string') {
    result.problems.push({
      path: `${prefix}${path === '' ? '' : `${path}.`}resourceType`,
      message: `must be the name of a FHIR resource type, got ${describeValue(type)}`,
    });
    return;
  }
  if (!isR4ResourceType(type)) {
    result.problems.push({
      path: `${prefix}${path === '' ? '' : `${path}.`}resourceType`,
      message: `${JSON.stringify(type)} is not a FHIR R4 resource type`,
    });
    return;
  }
  if (type === 'Bundle') {
    readBundle(value, prefix, path === '' ? 'Bundle' : path, result);
    return;
  }
  const resource = value as FhirResource & JsonObject;
  result.resources.push(fullUrl === undefined ? { resource, at: `${prefix}${here}` } : { resource, at: `${prefix}${here}`, fullUrl });
}

function readBundle(bundle: JsonObject, prefix: string, path: string, result: Reading): void {
  const type = bundle['type'];
  if (typeof type !== 'string' || !READABLE_BUNDLES.has(type)) {
    result.problems.push({
      path: `${prefix}${path}.type`,
      message:
        typeof type === 'string'
          ? `is "${type}": only transaction, batch, collection, document, searchset and message Bundles can be imported`
          : `must be the Bundle's type, got ${describeValue(type)}`,
    });
    return;
  }
  result.bundles[type] = (result.bundles[type] ?? 0) + 1;
  if ('entry' in bundle && !Array.isArray(bundle['entry'])) {
    result.problems.push({ path: `${prefix}${path}.entry`, message: `must be a list of entries, got ${describeValue(bundle['entry'])}` });
    return;
  }
  list(bundle['entry']).forEach((entry, i) => {
    const entryPath = `${path}.entry[${i}]`;
    if (!isObject(entry)) {
      result.problems.push({ path: `${prefix}${entryPath}`, message: `must be an object, got ${describeValue(entry)}` });
      return;
    }
    const resource = entry['resource'];
    if (resource === undefined) {
      result.emptyEntries++;
      return;
    }
    if (!isObject(resource)) {
      result.problems.push({ path: `${prefix}${entryPath}.resource`, message: `must be a FHIR resource, got ${describeValue(resource)}` });
      return;
    }
    const fullUrl = typeof entry['fullUrl'] === 'string' ? entry['fullUrl'] : undefined;
    readResource(resource, prefix, `${entryPath}.resource`, fullUrl, result);
  });
}
