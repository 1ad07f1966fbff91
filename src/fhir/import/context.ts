/**
 * What every part of the FHIR import shares: the state built up while resources are mapped (the
 * providers, charts and encounters made so far, the counts and the warnings), the helpers that
 * follow references between resources, and small helpers for building chart objects. The mapping
 * of each group of resource types is in the files beside this one; ../import.ts runs them.
 */
import type { HumanName as FhirHumanName } from 'fhir/r4';
import type { Encounter, HumanName, Origin, Patient, Provider } from '../../chart/model.ts';
import { LIMITS } from '../../chart/model.ts';
import type { SourcedResource } from '../read.ts';
import type { ResourceIndex, Resolution } from '../references.ts';
import { clip, cleanName, increment, isObject, list, notAfter, str, type JsonObject } from '../values.ts';
import type { FhirImportOptions } from './types.ts';

export const UNKNOWN_PROVIDER_ID = 'prv-unknown';

/** Drops keys whose value is undefined, for objects with optional fields (exactOptionalPropertyTypes). */
export function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Warnings grouped by kind, each with a count and a few examples, so a big import prints a few lines. */
export class Warnings {
  private readonly groups = new Map<string, { count: number; examples: string[] }>();
  add(message: string, example?: string): void {
    const group = this.groups.get(message) ?? { count: 0, examples: [] };
    group.count++;
    if (example !== undefined && group.examples.length < 3) group.examples.push(example);
    this.groups.set(message, group);
  }
  lines(): string[] {
    return [...this.groups].map(
      ([message, { count, examples }]) =>
        `${count === 1 ? '1 time' : `${count} times`}: ${message}${examples.length ? ` (for example ${examples.join(', ')})` : ''}`,
    );
  }
}

export interface ChartDraft {
  readonly source: SourcedResource;
  readonly patient: Omit<Patient, 'id' | 'mrn'>;
}

export interface EncounterDraft {
  readonly chart: ChartDraft;
  readonly encounter: Omit<Encounter, 'id' | 'accountNumber'>;
  readonly key: string;
}

export const label = (s: SourcedResource) => `${s.resource.resourceType}/${str(s.resource.id) ?? s.fullUrl ?? '?'}`;

/** The origin recorded on a chart object: the resource's id, or its fullUrl when it has none. */
export function originOf(s: SourcedResource): Origin {
  return { system: 'fhir', type: s.resource.resourceType, id: clip(str(s.resource.id) ?? s.fullUrl ?? s.at, 200) };
}

export function optionalClip(text: string | undefined, max: number = LIMITS.shortText): string | undefined {
  return text === undefined ? undefined : clip(text, max);
}

/** A chart name from FHIR HumanNames, with Synthea's numeric suffixes removed. */
export function humanName(names: readonly JsonObject[], warnings: Warnings, s: SourcedResource): HumanName | undefined {
  const n = (names as unknown as FhirHumanName[])[0];
  if (!n) return undefined;
  const family = str(n.family) ?? str(n.text)?.split(' ').at(-1);
  let given = list(n.given)
    .map(str)
    .filter((g): g is string => g !== undefined)
    .map(cleanName)
    .filter((g) => g !== '')
    .slice(0, 5);
  if (given.length === 0) {
    const fromText = str(n.text)?.split(' ').slice(0, -1) ?? [];
    given = fromText.length > 0 ? fromText.slice(0, 5) : [];
  }
  if (family === undefined && given.length === 0) return undefined;
  if (given.length === 0) {
    warnings.add('a name has no given name; "(none)" was written in its place', label(s));
    given = ['(none)'];
  }
  const prefix = list(n.prefix)
    .map(str)
    .find((p) => p !== undefined);
  const suffix = list(n.suffix)
    .map(str)
    .find((p) => p !== undefined);
  return defined({
    family: clip(cleanName(family ?? '(none)')),
    given: given.map((g) => clip(g)),
    prefix: optionalClip(prefix),
    suffix: optionalClip(suffix),
  });
}

/** The state of one import, shared by the mapping of every resource type, and the helpers that follow references. */
export class ImportContext {
  readonly providers = new Map<SourcedResource, Provider>();
  readonly providersByNpi = new Map<string, Provider>();
  readonly roles = new Map<SourcedResource, Provider>();
  readonly charts = new Map<SourcedResource, ChartDraft>();
  readonly encounters = new Map<SourcedResource, EncounterDraft>();
  /** Observations named by a DiagnosticReport: the report's name is their panel. */
  readonly panels = new Map<SourcedResource, string>();
  readonly used = new Set<SourcedResource>();
  readonly counts = {
    resources: {} as Record<string, number>,
    mapped: {} as Record<string, number>,
    unmapped: {} as Record<string, number>,
  };
  unknownProviderUsed = false;

  constructor(
    readonly index: ResourceIndex,
    readonly options: FhirImportOptions,
    readonly warnings: Warnings,
  ) {}

  mapped(s: SourcedResource) {
    increment(this.counts.mapped, s.resource.resourceType);
  }

  unmapped(s: SourcedResource, why?: string) {
    increment(this.counts.unmapped, s.resource.resourceType);
    if (why !== undefined) this.warnings.add(why, label(s));
  }

  // ── references ────────────────────────────────────────────────────────────────────────────

  resolve(reference: unknown, from: SourcedResource): Resolution {
    return this.index.resolve(reference, from);
  }

  target(reference: unknown, from: SourcedResource): SourcedResource | undefined {
    const r = this.resolve(reference, from);
    return r.kind === 'resource' ? r.target : undefined;
  }

  /** The chart a resource belongs to, or undefined with the reason counted. */
  chartOf(s: SourcedResource, field: 'subject' | 'patient'): ChartDraft | undefined {
    const reference = s.resource[field];
    const resolved = this.resolve(reference, s);
    if (resolved.kind === 'resource') {
      const chart = this.charts.get(resolved.target);
      if (chart) return chart;
      this.unmapped(
        s,
        resolved.target.resource.resourceType === 'Patient'
          ? 'a resource belongs to a patient who could not be imported'
          : `a resource's ${field} is not a patient, so it has no chart to go in`,
      );
      return undefined;
    }
    this.unmapped(
      s,
      resolved.kind === 'external'
        ? `a resource's ${field} is a patient who is not in the input, so it was left out`
        : `a resource names no ${field}, so it has no chart to go in`,
    );
    return undefined;
  }

  /** The encounter a resource names, if it is one of the same chart's encounters. */
  encounterOf(reference: unknown, s: SourcedResource, chart: ChartDraft): EncounterDraft | undefined {
    const r = this.resolve(reference, s);
    if (r.kind === 'none') return undefined;
    const target = r.kind === 'resource' ? this.encounters.get(r.target) : undefined;
    if (target === undefined) {
      this.warnings.add('a resource names an encounter that was not imported; it was kept without the encounter', label(s));
      return undefined;
    }
    if (target.chart !== chart) {
      this.warnings.add('a resource names an encounter of another patient; it was kept without the encounter', label(s));
      return undefined;
    }
    return target;
  }

  /** The provider behind a reference to a Practitioner or PractitionerRole. */
  providerOf(reference: unknown, s: SourcedResource): Provider | undefined {
    let target = this.target(reference, s);
    if (target === undefined && isObject(reference) && isObject(reference['identifier'])) {
      target = this.index.findByIdentifier('Practitioner', reference['identifier']);
    }
    if (target === undefined) return undefined;
    return this.providers.get(target) ?? this.roles.get(target);
  }

  unknownProvider(s: SourcedResource): string {
    this.unknownProviderUsed = true;
    this.warnings.add('an encounter names no practitioner Record Room could find; its attending is "Unknown provider"', label(s));
    return UNKNOWN_PROVIDER_ID;
  }

  /** A name for an Organization or Location reference: the resource's name, else the reference's display. */
  placeName(reference: unknown, s: SourcedResource): string | undefined {
    const target = this.target(reference, s);
    if (target && (target.resource.resourceType === 'Organization' || target.resource.resourceType === 'Location')) {
      this.used.add(target);
      const name = str(target.resource['name']);
      if (name) return clip(name);
    }
    return isObject(reference) ? optionalClip(str(reference['display'])) : undefined;
  }

  // ── dates ─────────────────────────────────────────────────────────────────────────────────

  /**
   * A time moved within the patient's life. Synthea dates death certification after the death,
   * and a chart holds no care after death (or before birth), so such a time becomes the time of
   * death (or of birth), with a warning; the record itself is kept.
   */
  withinLifetime(at: string, chart: ChartDraft, s: SourcedResource): string {
    const { birthDate, deceasedAt } = chart.patient;
    if (!notAfter(birthDate, at)) {
      this.warnings.add("a resource is dated before the patient's birth; its time was moved to the date of birth", label(s));
      return `${birthDate}T00:00`;
    }
    if (deceasedAt !== undefined && !notAfter(at, deceasedAt)) {
      this.warnings.add(
        "a resource is dated after the patient's death (Synthea's death certification is); its time was moved to the time of death",
        label(s),
      );
      return deceasedAt.slice(0, 16);
    }
    return at;
  }
}
