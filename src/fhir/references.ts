/**
 * Resolving FHIR references across everything read in one import.
 *
 * Forms understood:
 * - `#id`: a resource contained in the referring one;
 * - `urn:uuid:…` and `urn:oid:…`: a Bundle entry's fullUrl;
 * - `http(s)://…/Type/id`: a fullUrl, or else the resource with that type and id;
 * - `Type/id` (with an optional `/_history/n`): relative to the referring entry's base URL, or else
 *   the resource with that type and id;
 * - `Type?identifier=system|value`: a conditional reference, as Synthea writes them;
 * - a logical reference, `{ "identifier": { system, value } }` with no `reference`.
 *
 * A urn, a contained or a conditional reference only has meaning inside the input, so when it
 * points to nothing the input is broken, and `referenceProblems` says where. A literal reference to
 * a resource that is not in the input (`Patient/example` when only a Condition was given) is
 * external: the importer reports what it could not place, but the input is not refused.
 */
import type { FhirResource } from 'fhir/r4';
import type { Problem } from '../intake/problems.ts';
import type { SourcedResource } from './read.ts';
import { isR4ResourceType } from './resource-types.ts';
import { isObject, objects, str, type JsonObject } from './values.ts';

export type Resolution =
  | { readonly kind: 'resource'; readonly target: SourcedResource }
  | { readonly kind: 'contained'; readonly resource: FhirResource & JsonObject }
  /** A literal reference to something outside the input. */
  | { readonly kind: 'external'; readonly reference: string }
  /** The reference is malformed, or points to nothing it should (see the module comment). */
  | { readonly kind: 'broken'; readonly reference: string; readonly reason: string }
  /** No reference was given (the Reference has only a display, or is missing). */
  | { readonly kind: 'none' };

const RELATIVE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
const ABSOLUTE = /^(https?:\/\/.+\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
const CONDITIONAL = /^([A-Z][A-Za-z]+)\?(.+)$/;

const identifierKey = (type: string, system: string | undefined, value: string) => `${type}|${system ?? ''}|${value}`;

/** Every resource of one import, findable by fullUrl, by type and id, and by identifier. */
export class ResourceIndex {
  private readonly byFullUrl = new Map<string, SourcedResource>();
  private readonly byTypeId = new Map<string, SourcedResource>();
  private readonly byIdentifier = new Map<string, SourcedResource[]>();

  constructor(readonly resources: readonly SourcedResource[]) {
    for (const sourced of resources) {
      const { resource, fullUrl } = sourced;
      if (fullUrl !== undefined && !this.byFullUrl.has(fullUrl)) this.byFullUrl.set(fullUrl, sourced);
      const id = str(resource.id);
      if (id !== undefined) {
        const key = `${resource.resourceType}/${id}`;
        if (!this.byTypeId.has(key)) this.byTypeId.set(key, sourced);
      }
      for (const identifier of objects(resource['identifier'])) {
        const value = str(identifier['value']);
        if (value === undefined) continue;
        for (const key of [
          identifierKey(resource.resourceType, str(identifier['system']), value),
          identifierKey(resource.resourceType, undefined, value),
        ]) {
          const found = this.byIdentifier.get(key);
          if (!found) this.byIdentifier.set(key, [sourced]);
          else if (!found.includes(sourced)) found.push(sourced);
        }
      }
    }
  }

  /** The resource with this type and id, if it was read. */
  get(type: string, id: string): SourcedResource | undefined {
    return this.byTypeId.get(`${type}/${id}`);
  }

  /** Resolves a Reference (the object) found in `from`. */
  resolve(reference: unknown, from: SourcedResource): Resolution {
    if (!isObject(reference)) return { kind: 'none' };
    const literal = reference['reference'];
    if (typeof literal === 'string') return this.resolveLiteral(literal.trim(), from);
    const identifier = reference['identifier'];
    const type = str(reference['type']);
    if (isObject(identifier) && type !== undefined) {
      const value = str(identifier['value']);
      if (value === undefined) return { kind: 'none' };
      const found = this.byIdentifier.get(identifierKey(type, str(identifier['system']), value));
      return found?.[0] ? { kind: 'resource', target: found[0] } : { kind: 'external', reference: `${type}?identifier=${value}` };
    }
    return { kind: 'none' };
  }

  /** Finds a resource of `type` by one of its identifiers (for logical references without a type). */
  findByIdentifier(type: string, identifier: unknown): SourcedResource | undefined {
    if (!isObject(identifier)) return undefined;
    const value = str(identifier['value']);
    return value === undefined ? undefined : this.byIdentifier.get(identifierKey(type, str(identifier['system']), value))?.[0];
  }

  private resolveLiteral(literal: string, from: SourcedResource): Resolution {
    if (literal === '') return { kind: 'broken', reference: literal, reason: 'is empty' };
    if (literal.startsWith('#')) {
      const id = literal.slice(1);
      if (id === '') return { kind: 'contained', resource: from.resource };
      const contained = objects(from.resource['contained']).find((c) => c['id'] === id);
      return contained && typeof contained['resourceType'] === 'string'
        ? { kind: 'contained', resource: contained as FhirResource & JsonObject }
        : { kind: 'broken', reference: literal, reason: 'points to nothing: no contained resource has that id' };
    }
    if (/^urn:(uuid|oid):/i.test(literal)) {
      const target = this.byFullUrl.get(literal);
      return target ? { kind: 'resource', target } : { kind: 'broken', reference: literal, reason: 'points to nothing' };
    }
    const conditional = CONDITIONAL.exec(literal);
    if (conditional) return this.resolveConditional(literal, conditional[1] ?? '', conditional[2] ?? '');
    const absolute = ABSOLUTE.exec(literal);
    if (absolute) {
      const byUrl = this.byFullUrl.get(literal.replace(/\/_history\/[^/]+$/, ''));
      if (byUrl) return { kind: 'resource', target: byUrl };
      return this.byTypeAndId(literal, absolute[2] ?? '', absolute[3] ?? '');
    }
    const relative = RELATIVE.exec(literal);
    if (relative) {
      const type = relative[1] ?? '';
      const id = relative[2] ?? '';
      const base = from.fullUrl === undefined ? undefined : /^(https?:\/\/.+\/)[A-Z][A-Za-z]+\/[^/]+$/.exec(from.fullUrl)?.[1];
      const byUrl = base === undefined ? undefined : this.byFullUrl.get(`${base}${type}/${id}`);
      return byUrl ? { kind: 'resource', target: byUrl } : this.byTypeAndId(literal, type, id);
    }
    const byUrl = this.byFullUrl.get(literal);
    if (byUrl) return { kind: 'resource', target: byUrl };
    return {
      kind: 'broken',
      reference: literal,
      reason: 'is not a reference this importer can follow (expected Type/id, an absolute URL, urn:uuid: or Type?identifier=system|value)',
    };
  }

  private byTypeAndId(literal: string, type: string, id: string): Resolution {
    if (!isR4ResourceType(type))
      return { kind: 'broken', reference: literal, reason: `names "${type}", which is not a FHIR R4 resource type` };
    const target = this.byTypeId.get(`${type}/${id}`);
    return target ? { kind: 'resource', target } : { kind: 'external', reference: literal };
  }

  private resolveConditional(literal: string, type: string, query: string): Resolution {
    if (!isR4ResourceType(type))
      return { kind: 'broken', reference: literal, reason: `names "${type}", which is not a FHIR R4 resource type` };
    const params = query
      .split('&')
      .map((p) => p.split('='))
      .filter(([name]) => name === 'identifier');
    const token = params[0]?.slice(1).join('=');
    if (params.length !== 1 || token === undefined || token === '') {
      return {
        kind: 'broken',
        reference: literal,
        reason: 'is a conditional reference this importer cannot follow (only Type?identifier=system|value is understood)',
      };
    }
    const decoded = safeDecode(token);
    const bar = decoded.indexOf('|');
    const key = bar < 0 ? identifierKey(type, undefined, decoded) : identifierKey(type, decoded.slice(0, bar), decoded.slice(bar + 1));
    const found = this.byIdentifier.get(key) ?? [];
    if (found.length === 0)
      return { kind: 'broken', reference: literal, reason: `points to nothing: no ${type} in the input has that identifier` };
    if (found.length > 1)
      return { kind: 'broken', reference: literal, reason: `matches ${found.length} resources; a conditional reference must match one` };
    return { kind: 'resource', target: found[0] as SourcedResource };
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Every reference in every resource that is broken: a urn, contained or conditional reference
 * that points to nothing, or a reference that cannot be read. Each problem names its path, such as
 * `bundle.json: Bundle.entry[3].resource.subject.reference`.
 */
export function referenceProblems(index: ResourceIndex): Problem[] {
  const problems: Problem[] = [];
  for (const sourced of index.resources) {
    walk(sourced.resource, sourced.at, (reference, path) => {
      const resolution = index.resolve(reference, sourced);
      if (resolution.kind === 'broken') {
        problems.push({ path: `${path}.reference`, message: `"${resolution.reference}" ${resolution.reason}` });
      }
    });
  }
  return problems;
}

/** Calls `visit` for every object with a string `reference` (a Reference), with its path. */
function walk(value: unknown, path: string, visit: (reference: JsonObject, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
    return;
  }
  if (!isObject(value)) return;
  if (typeof value['reference'] === 'string') visit(value, path);
  for (const [key, child] of Object.entries(value)) {
    // Narrative and extensions hold no references we follow; contained resources are walked too.
    if (key === 'text' || key === 'reference' || typeof child !== 'object' || child === null) continue;
    walk(child, `${path}.${key}`, visit);
  }
}
