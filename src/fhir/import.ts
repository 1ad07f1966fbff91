/**
 * FHIR R4 → a Record Room scenario pack (format v2).
 *
 * read (./read.ts) → index and check references (./references.ts) → map each resource type onto
 * the chart model → optional HIM preparation (source codes hidden, discharge summaries composed)
 * → the pack pipeline (src/packs/read.ts), so the result passes exactly the checks a hand-written
 * pack passes. Whatever cannot be mapped is counted by resource type in the report, never dropped
 * silently. The mapping is described in docs/decisions/0007-fhir-import.md.
 *
 * Pure and deterministic: the same input and options give the same pack. It never reads a clock.
 */
import type {
  AllergyIntolerance, Composition, CompositionSection, Condition, DiagnosticReport, DocumentReference, Encounter as FhirEncounter,
  HumanName as FhirHumanName, Immunization as FhirImmunization, MedicationRequest, Observation, Patient as FhirPatient,
  Practitioner, PractitionerRole, Procedure as FhirProcedure,
} from 'fhir/r4';
import type {
  Address, ClinicalDocument, CodeRef, Encounter, HumanName, Identifier, Origin, Patient, PreviousName, Problem, Provider, Result,
} from '../chart/model.ts';
import { LIMITS } from '../chart/model.ts';
import type { DocumentTypeId } from '../chart/document-types.ts';
import type { Facility, Pack, PackInput } from '../packs/format.ts';
import { CURRENT_PACK_VERSION, PACK_FORMAT } from '../packs/format.ts';
import { MAX_PROBLEMS, readPackJson } from '../packs/read.ts';
import type { Problem as PathProblem } from '../packs/problems.ts';
import {
  SYSTEM, chartAdmitSource, chartCodeSystem, chartDisposition, chartEncounterClass, documentTypeForLoinc,
  documentTypeForReportCategory,
} from './codes.ts';
import { composeDischargeSummary } from './discharge-summary.ts';
import { identifierMaker } from './identifiers.ts';
import { looksLikeMarkup, xhtmlToText } from './narrative.ts';
import { readFhirInputs, type FhirInput, type SourcedResource } from './read.ts';
import { ResourceIndex, referenceProblems, type Resolution } from './references.ts';
import {
  clip, cleanName, codingFrom, codings, conceptText, decodeBase64, hasCode, increment, isObject, isoDate, list,
  localDateTime, localDateTimeOnClockOf, notAfter, num, objects, sortedCounts, str, type JsonObject,
} from './values.ts';

export interface FhirImportOptions {
  readonly packId?: string;
  readonly title?: string;
  readonly description?: string;
  readonly author?: string;
  readonly licence?: string;
  readonly codeSetYear?: number;
  /** The facility whose MRN and account-number formats the new identifiers follow. */
  readonly facility?: Facility;
  /** Keep SNOMED CT and other source codes off problems and procedures, so encounters can be coded. */
  readonly hideSourceCodes?: boolean;
  /** Compose a discharge summary, marked as generated, for each inpatient stay that has none. */
  readonly composeDischargeSummaries?: boolean;
}

/** What an import read, made and left out. `resources[type] = mapped[type] + unmapped[type]`. */
export interface ImportReport {
  readonly files: number;
  /** Resources read, by type (Bundles themselves are not counted). */
  readonly resources: Record<string, number>;
  readonly mapped: Record<string, number>;
  /** Resources the chart model cannot hold, or that could not be placed (see `warnings`). */
  readonly unmapped: Record<string, number>;
  /** JSON that is no FHIR resource, as `file` or `file:line`. */
  readonly notFhir: string[];
  readonly warnings: string[];
  /** What the pack holds. */
  readonly created: {
    readonly providers: number;
    readonly patients: number;
    readonly encounters: number;
    readonly documents: number;
    readonly conditions: number;
    readonly procedures: number;
    readonly medications: number;
    readonly allergies: number;
    readonly results: number;
    readonly immunizations: number;
    readonly generatedDischargeSummaries: number;
  };
  /** True when an "Unknown provider" was added for care that named no practitioner. */
  readonly unknownProvider: boolean;
}

export type FhirImportResult =
  | { readonly ok: true; readonly pack: Pack; readonly report: ImportReport }
  | { readonly ok: false; readonly problems: readonly PathProblem[]; readonly notFhir: readonly string[] };

/** The facility used when the options name none: a 7-digit MRN and an account number "TH" + 8 digits. */
export const DEFAULT_FACILITY: Facility = {
  name: 'Record Room Teaching Hospital',
  mrnFormat: { pattern: '^\\d{7}$', description: '7 digits' },
  accountNumberFormat: { pattern: '^TH\\d{8}$', description: 'TH and 8 digits' },
  completion: {
    historyAndPhysicalMaxDaysBefore: 30, historyAndPhysicalHoursAfterAdmission: 24, operativeReportHours: 24,
    dischargeSummaryDays: 30, recordCompletionDays: 30, verbalOrderAuthenticationHours: 48,
  },
  protectedCategories: [],
};

export const UNKNOWN_PROVIDER_ID = 'prv-unknown';

/** Drops keys whose value is undefined, for objects with optional fields (exactOptionalPropertyTypes). */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Warnings grouped by kind, each with a count and a few examples, so a big import prints a few lines. */
class Warnings {
  private readonly groups = new Map<string, { count: number; examples: string[] }>();
  add(message: string, example?: string): void {
    const group = this.groups.get(message) ?? { count: 0, examples: [] };
    group.count++;
    if (example !== undefined && group.examples.length < 3) group.examples.push(example);
    this.groups.set(message, group);
  }
  lines(): string[] {
    return [...this.groups].map(([message, { count, examples }]) =>
      `${count === 1 ? '1 time' : `${count} times`}: ${message}${examples.length ? ` (for example ${examples.join(', ')})` : ''}`);
  }
}

interface ChartDraft {
  readonly source: SourcedResource;
  readonly patient: Omit<Patient, 'id' | 'mrn'>;
}

interface EncounterDraft {
  readonly chart: ChartDraft;
  readonly encounter: Omit<Encounter, 'id' | 'accountNumber'>;
  readonly key: string;
}

const label = (s: SourcedResource) => `${s.resource.resourceType}/${str(s.resource.id) ?? s.fullUrl ?? '?'}`;

/** The origin recorded on a chart object: the resource's id, or its fullUrl when it has none. */
function originOf(s: SourcedResource): Origin {
  return { system: 'fhir', type: s.resource.resourceType, id: clip(str(s.resource.id) ?? s.fullUrl ?? s.at, 200) };
}

/** Imports FHIR R4 inputs as a scenario pack, or returns every problem that refuses them. */
export function importFhir(inputs: readonly FhirInput[], options: FhirImportOptions = {}): FhirImportResult {
  const read = readFhirInputs(inputs);
  if (read.problems.length > 0) return { ok: false, problems: capped(read.problems), notFhir: read.notFhir };

  const warnings = new Warnings();
  const resources = dedupe(read.resources, warnings);
  const index = new ResourceIndex(resources);
  const broken = referenceProblems(index);
  if (broken.length > 0) return { ok: false, problems: capped(broken), notFhir: read.notFhir };
  if (read.emptyEntries > 0) warnings.add('a Bundle entry has no resource (such as a DELETE request), so there is nothing to import from it', undefined);

  const mapper = new Mapper(index, options, warnings);
  for (const s of resources) mapper.queue(s);
  return mapper.finish(inputs.length, read.notFhir);
}

function capped(problems: PathProblem[]): PathProblem[] {
  return problems.length <= MAX_PROBLEMS ? problems
    : [...problems.slice(0, MAX_PROBLEMS), { path: '(input)', message: `has ${problems.length - MAX_PROBLEMS} more problems not listed here` }];
}

/** The same resource read twice (the same file given twice, a practitioner in every patient's Bundle) counts once. */
function dedupe(resources: readonly SourcedResource[], warnings: Warnings): SourcedResource[] {
  const seen = new Map<string, string>();
  const kept: SourcedResource[] = [];
  for (const s of resources) {
    const id = str(s.resource.id);
    const key = id !== undefined ? `${s.resource.resourceType}/${id}` : s.fullUrl;
    if (key === undefined) {
      kept.push(s);
      continue;
    }
    const json = JSON.stringify(s.resource);
    const previous = seen.get(key);
    if (previous === undefined) {
      seen.set(key, json);
      kept.push(s);
    } else if (previous === json) {
      warnings.add('a resource appears more than once with the same content; it was read once', key);
    } else {
      warnings.add('two different resources have the same type and id; the first was kept', key);
    }
  }
  return kept;
}

/** The order resources are mapped in: what others refer to comes first. */
const PASSES: readonly (readonly string[])[] = [
  ['Practitioner', 'PractitionerRole', 'Organization', 'Location'],
  ['Patient'],
  ['Encounter'],
  ['DiagnosticReport'],
  ['Condition', 'Procedure', 'MedicationRequest', 'AllergyIntolerance', 'Immunization', 'Observation', 'DocumentReference', 'Composition'],
];

class Mapper {
  private readonly providers = new Map<SourcedResource, Provider>();
  private readonly providersByNpi = new Map<string, Provider>();
  private readonly roles = new Map<SourcedResource, Provider>();
  private readonly charts = new Map<SourcedResource, ChartDraft>();
  private readonly encounters = new Map<SourcedResource, EncounterDraft>();
  /** Observations named by a DiagnosticReport: the report's name is their panel. */
  private readonly panels = new Map<SourcedResource, string>();
  private readonly used = new Set<SourcedResource>();
  private readonly pending: SourcedResource[][] = PASSES.map(() => []);
  private readonly counts = { resources: {} as Record<string, number>, mapped: {} as Record<string, number>, unmapped: {} as Record<string, number> };
  private unknownProviderUsed = false;
  private generatedSummaries = 0;

  constructor(
    private readonly index: ResourceIndex,
    private readonly options: FhirImportOptions,
    private readonly warnings: Warnings,
  ) {}

  /** Queues a resource for its pass; the passes run in `finish`. */
  queue(s: SourcedResource): void {
    increment(this.counts.resources, s.resource.resourceType);
    const pass = PASSES.findIndex((types) => types.includes(s.resource.resourceType));
    if (pass < 0) this.unmapped(s);
    else this.pending[pass]?.push(s);
  }

  finish(files: number, notFhir: string[]): FhirImportResult {
    for (const pass of this.pending) {
      for (const s of pass) {
        try {
          this.mapOne(s);
        } catch (error) {
          // Values of a shape no reader expected: refuse the input with the resource's path.
          return { ok: false, problems: [{ path: s.at, message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` }], notFhir };
        }
      }
    }
    for (const s of this.pending[0] ?? []) {
      // Organizations and Locations are kept as names where something mapped refers to them.
      if ((s.resource.resourceType === 'Organization' || s.resource.resourceType === 'Location')) {
        if (this.used.has(s)) this.mapped(s);
        else {
          this.unmapped(s);
          this.warnings.add('an Organization or Location is not referred to by anything imported, so the chart has no place for it', label(s));
        }
      }
    }
    return this.assemble(files, notFhir);
  }

  private mapped(s: SourcedResource) {
    increment(this.counts.mapped, s.resource.resourceType);
  }

  private unmapped(s: SourcedResource, why?: string) {
    increment(this.counts.unmapped, s.resource.resourceType);
    if (why !== undefined) this.warnings.add(why, label(s));
  }

  private mapOne(s: SourcedResource): void {
    switch (s.resource.resourceType) {
      case 'Practitioner': return this.practitioner(s);
      case 'PractitionerRole': return this.practitionerRole(s);
      case 'Organization': case 'Location': return; // counted in finish, once their use is known
      case 'Patient': return this.patient(s);
      case 'Encounter': return this.encounter(s);
      case 'DiagnosticReport': return this.diagnosticReport(s);
      case 'Condition': return this.condition(s);
      case 'Procedure': return this.procedure(s);
      case 'MedicationRequest': return this.medicationRequest(s);
      case 'AllergyIntolerance': return this.allergy(s);
      case 'Immunization': return this.immunization(s);
      case 'Observation': return this.observation(s);
      case 'DocumentReference': return this.documentReference(s);
      case 'Composition': return this.composition(s);
      default: return this.unmapped(s);
    }
  }

  // ── references ────────────────────────────────────────────────────────────────────────────

  private resolve(reference: unknown, from: SourcedResource): Resolution {
    return this.index.resolve(reference, from);
  }

  private target(reference: unknown, from: SourcedResource): SourcedResource | undefined {
    const r = this.resolve(reference, from);
    return r.kind === 'resource' ? r.target : undefined;
  }

  /** The chart a resource belongs to, or undefined with the reason counted. */
  private chartOf(s: SourcedResource, field: 'subject' | 'patient'): ChartDraft | undefined {
    const reference = s.resource[field];
    const resolved = this.resolve(reference, s);
    if (resolved.kind === 'resource') {
      const chart = this.charts.get(resolved.target);
      if (chart) return chart;
      this.unmapped(s, resolved.target.resource.resourceType === 'Patient'
        ? 'a resource belongs to a patient who could not be imported'
        : `a resource's ${field} is not a patient, so it has no chart to go in`);
      return undefined;
    }
    this.unmapped(s, resolved.kind === 'external'
      ? `a resource's ${field} is a patient who is not in the input, so it was left out`
      : `a resource names no ${field}, so it has no chart to go in`);
    return undefined;
  }

  /** The encounter a resource names, if it is one of the same chart's encounters. */
  private encounterOf(reference: unknown, s: SourcedResource, chart: ChartDraft): EncounterDraft | undefined {
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
  private providerOf(reference: unknown, s: SourcedResource): Provider | undefined {
    let target = this.target(reference, s);
    if (target === undefined && isObject(reference) && isObject(reference['identifier'])) {
      target = this.index.findByIdentifier('Practitioner', reference['identifier']);
    }
    if (target === undefined) return undefined;
    return this.providers.get(target) ?? this.roles.get(target);
  }

  private unknownProvider(s: SourcedResource): string {
    this.unknownProviderUsed = true;
    this.warnings.add('an encounter names no practitioner Record Room could find; its attending is "Unknown provider"', label(s));
    return UNKNOWN_PROVIDER_ID;
  }

  /** A name for an Organization or Location reference: the resource's name, else the reference's display. */
  private placeName(reference: unknown, s: SourcedResource): string | undefined {
    const target = this.target(reference, s);
    if (target && (target.resource.resourceType === 'Organization' || target.resource.resourceType === 'Location')) {
      this.used.add(target);
      const name = str(target.resource['name']);
      if (name) return clip(name);
    }
    return isObject(reference) ? optionalClip(str(reference['display'])) : undefined;
  }

  // ── providers ─────────────────────────────────────────────────────────────────────────────

  private practitioner(s: SourcedResource): void {
    const p = s.resource as Practitioner & JsonObject;
    const npi = (objects(p.identifier).find((i) => i['system'] === SYSTEM.npi)?.['value']);
    const npiText = typeof npi === 'string' && /^\d{10}$/.test(npi) ? npi : undefined;
    const existing = npiText === undefined ? undefined : this.providersByNpi.get(npiText);
    if (existing) {
      this.providers.set(s, existing);
      this.mapped(s);
      return;
    }
    const name = humanName(objects(p.name), this.warnings, s) ?? { family: 'Unknown', given: ['Provider'] };
    const qualification = objects(p.qualification).map((q) => conceptText(q['code'])).find((t) => t !== undefined);
    const suffix = objects(p.name).flatMap((n) => list(n['suffix'])).map(str).find((t) => t !== undefined);
    const provider: Provider = defined({
      id: `prv-${this.providers.size + 1}`,
      name: { family: name.family, given: name.given },
      credentials: clip(qualification ?? suffix ?? 'Not recorded'),
      specialty: 'Not recorded',
      role: 'attending' as const,
      npi: npiText,
      origin: originOf(s),
    });
    this.providers.set(s, provider);
    if (npiText) this.providersByNpi.set(npiText, provider);
    this.mapped(s);
  }

  private practitionerRole(s: SourcedResource): void {
    const role = s.resource as PractitionerRole & JsonObject;
    const provider = this.providerOf(role.practitioner, s);
    if (!provider) {
      this.unmapped(s, 'a PractitionerRole names a practitioner who is not in the input');
      return;
    }
    this.roles.set(s, provider);
    const specialty = objects(role.specialty).map(conceptText).find((t) => t !== undefined)
      ?? objects(role.code).map(conceptText).find((t) => t !== undefined);
    if (specialty && provider.specialty === 'Not recorded') provider.specialty = clip(specialty);
    this.mapped(s);
  }

  // ── patients ──────────────────────────────────────────────────────────────────────────────

  private patient(s: SourcedResource): void {
    const p = s.resource as FhirPatient & JsonObject;
    const birthDate = isoDate(p.birthDate);
    if (birthDate === undefined) {
      this.unmapped(s, 'a Patient has no birth date, which every chart needs; the patient and their records were left out');
      return;
    }
    const names = objects(p.name);
    const current = names.find((n) => n['use'] === 'official') ?? names.find((n) => n['use'] !== 'old' && n['use'] !== 'maiden') ?? names[0];
    const name = humanName(current ? [current] : [], this.warnings, s) ?? { family: 'Unknown', given: ['Patient'] };
    const previousNames: PreviousName[] = [];
    for (const old of names) {
      if (old === current || (old['use'] !== 'maiden' && old['use'] !== 'old')) continue;
      const n = humanName([old], this.warnings, s);
      if (n === undefined || n.family === name.family || previousNames.length >= 10) continue;
      previousNames.push({ family: n.family, given: n.given, reason: old['use'] === 'maiden' ? 'maiden' : 'other' });
    }
    const deceasedAt = localDateTime(p.deceasedDateTime);
    const gender = str(p.gender);
    const patient: Omit<Patient, 'id' | 'mrn'> = defined({
      name,
      previousNames,
      aliases: [],
      birthDate,
      sex: gender === 'male' || gender === 'female' || gender === 'other' ? gender : 'unknown' as const,
      deceasedAt: deceasedAt !== undefined && notAfter(birthDate, deceasedAt) ? deceasedAt : undefined,
      address: address(p.address),
      phone: optionalClip(objects(p.telecom).filter((t) => t['system'] === 'phone').map((t) => str(t['value'])).find((v) => v !== undefined)),
      language: optionalClip(objects(p.communication).map((c) => conceptText(c['language'])).find((t) => t !== undefined)),
      identifiers: identifiers(p.identifier),
      alerts: p.deceasedBoolean === true && deceasedAt === undefined
        ? [{ kind: 'administrative' as const, text: 'Deceased (date of death not recorded in the source)' }] : [],
      encounters: [], documents: [], problems: [], medications: [], allergies: [], orders: [], results: [], procedures: [], immunizations: [],
      origin: originOf(s),
    });
    this.charts.set(s, { source: s, patient });
    this.mapped(s);
  }

  /**
   * A time moved within the patient's life. Synthea dates death certification after the death,
   * and a chart holds no care after death (or before birth), so such a time becomes the time of
   * death (or of birth), with a warning; the record itself is kept.
   */
  private withinLifetime(at: string, chart: ChartDraft, s: SourcedResource): string {
    const { birthDate, deceasedAt } = chart.patient;
    if (!notAfter(birthDate, at)) {
      this.warnings.add("a resource is dated before the patient's birth; its time was moved to the date of birth", label(s));
      return `${birthDate}T00:00`;
    }
    if (deceasedAt !== undefined && !notAfter(at, deceasedAt)) {
      this.warnings.add("a resource is dated after the patient's death (Synthea's death certification is); its time was moved to the time of death", label(s));
      return deceasedAt.slice(0, 16);
    }
    return at;
  }

  // ── encounters ────────────────────────────────────────────────────────────────────────────

  private encounter(s: SourcedResource): void {
    const e = s.resource as FhirEncounter & JsonObject;
    const chart = this.chartOf(s, 'subject');
    if (!chart) return;
    const period = isObject(e.period) ? e.period : {};
    const start = localDateTime(period['start']);
    if (start === undefined) {
      this.unmapped(s, 'an Encounter has no period.start, and a chart encounter needs its admission time');
      return;
    }
    const admittedAt = this.withinLifetime(start, chart, s);
    const classCode = isObject(e.class) ? str(e.class['code']) : undefined;
    let kind = chartEncounterClass(classCode);
    if (kind === undefined) {
      this.warnings.add(`an Encounter's class is not one Record Room knows; it was imported as outpatient`, `${label(s)} (${classCode ?? 'none'})`);
      kind = 'outpatient';
    }
    let dischargedAt = localDateTimeOnClockOf(period['end'], period['start']);
    if (dischargedAt !== undefined && admittedAt !== start) dischargedAt = admittedAt;
    if (dischargedAt !== undefined && !notAfter(admittedAt, dischargedAt)) {
      this.warnings.add('an Encounter ends before it starts; the end was left out', label(s));
      dischargedAt = undefined;
    }
    const attending = this.attending(e, s);
    const hospitalization = isObject(e.hospitalization) ? e.hospitalization : {};
    const dispositionCode = codings(hospitalization['dischargeDisposition'])[0]?.code;
    let disposition = chartDisposition(dispositionCode);
    if (disposition === 'expired' && chart.patient.deceasedAt === undefined) disposition = 'other';
    const reason = objects(e.reasonCode).map(conceptText).find((t) => t !== undefined)
      ?? objects(e.reasonReference).map((r) => this.referenceText(r, s)).find((t) => t !== undefined);
    // The organization that provided the care is the facility; it names the location when no Location does.
    const provider = this.placeName(e.serviceProvider, s);
    const location = objects(e.location).map((l) => this.placeName(l['location'], s)).find((t) => t !== undefined) ?? provider;
    const service = conceptText(e.serviceType) ?? objects(e.type).map(conceptText).find((t) => t !== undefined)
      ?? (kind === 'inpatient' ? 'Inpatient care' : kind === 'emergency' ? 'Emergency care' : 'Outpatient care');
    const encounter: Omit<Encounter, 'id' | 'accountNumber'> = defined({
      class: kind,
      admittedAt,
      dischargedAt,
      attendingId: attending,
      service: clip(service),
      location,
      reasonForVisit: reason === undefined ? undefined : clip(reason, LIMITS.mediumText),
      admitSource: chartAdmitSource(codings(hospitalization['admitSource'])[0]?.code),
      dischargeDisposition: disposition,
      origin: originOf(s),
    });
    this.encounters.set(s, { chart, encounter, key: label(s) });
    this.mapped(s);
  }

  /** The attending: a participant typed ATND, else the primary performer, else the first practitioner. */
  private attending(e: FhirEncounter & JsonObject, s: SourcedResource): string {
    const participants = objects(e.participant);
    const typed = (code: string) => participants.filter((p) => objects(p['type']).some((t) => hasCode(t, SYSTEM.participationType, code)));
    for (const group of [typed('ATND'), typed('PPRF'), participants]) {
      for (const p of group) {
        const provider = this.providerOf(p['individual'], s);
        if (provider) return provider.id;
      }
    }
    return this.unknownProvider(s);
  }

  /** The words of what a reference points to: a Condition's name, or the reference's display. */
  private referenceText(reference: JsonObject, s: SourcedResource): string | undefined {
    const target = this.target(reference, s);
    const fromTarget = target ? conceptText(target.resource['code']) : undefined;
    return fromTarget ?? str(reference['display']);
  }

  // ── clinical lists ────────────────────────────────────────────────────────────────────────

  private codeRef(concept: unknown): CodeRef | undefined {
    if (this.options.hideSourceCodes) return undefined;
    for (const coding of codings(concept)) {
      const system = chartCodeSystem(str(coding.system));
      const code = str(coding.code);
      if (system && code) return defined({ system, code: clip(code), display: optionalClip(str(coding.display)) });
    }
    return undefined;
  }

  private condition(s: SourcedResource): void {
    const c = s.resource as Condition & JsonObject;
    const chart = this.chartOf(s, 'subject');
    if (!chart) return;
    const encounter = this.encounterOf(c.encounter, s, chart);
    const clinical = codings(c.clinicalStatus)[0]?.code;
    const status: Problem['status'] = clinical === 'inactive' ? 'inactive'
      : clinical === 'resolved' || clinical === 'remission' ? 'resolved'
        : clinical === undefined && (c.abatementDateTime !== undefined || c.abatementPeriod !== undefined) ? 'resolved' : 'active';
    const onset = isoDate(c.onsetDateTime) ?? (isObject(c.onsetPeriod) ? isoDate(c.onsetPeriod['start']) : undefined);
    chart.patient.problems.push(defined({
      id: '',
      description: clip(conceptText(c.code) ?? 'Condition (not named in the source)'),
      status,
      onset: onset !== undefined && notAfter(chart.patient.birthDate, onset) ? onset : undefined,
      recordedAt: localDateTime(c.recordedDate),
      encounterId: encounter?.key,
      code: this.codeRef(c.code),
      origin: originOf(s),
    }));
    this.mapped(s);
  }

  private procedure(s: SourcedResource): void {
    const p = s.resource as FhirProcedure & JsonObject;
    const chart = this.chartOf(s, 'subject');
    if (!chart) return;
    const performed = localDateTime(p.performedDateTime) ?? (isObject(p.performedPeriod) ? localDateTime(p.performedPeriod['start']) : undefined);
    if (performed === undefined) {
      this.unmapped(s, 'a Procedure has no performed date, which a chart procedure needs');
      return;
    }
    const performedAt = this.withinLifetime(performed, chart, s);
    const encounter = this.encounterOf(p.encounter, s, chart);
    const performer = objects(p.performer).map((x) => this.providerOf(x['actor'], s)).find((x) => x !== undefined);
    chart.patient.procedures.push(defined({
      id: '',
      encounterId: encounter?.key,
      description: clip(conceptText(p.code) ?? 'Procedure (not named in the source)'),
      performedAt,
      performerId: performer?.id,
      code: this.codeRef(p.code),
      origin: originOf(s),
    }));
    this.mapped(s);
  }

  private medicationRequest(s: SourcedResource): void {
    const m = s.resource as MedicationRequest & JsonObject;
    const chart = this.chartOf(s, 'subject');
    if (!chart) return;
    const med = this.resolve(m.medicationReference, s);
    const medication = med.kind === 'resource' ? med.target.resource : med.kind === 'contained' ? med.resource : undefined;
    const name = conceptText(m.medicationCodeableConcept) ?? (medication ? conceptText(medication['code']) : undefined)
      ?? (isObject(m.medicationReference) ? str(m.medicationReference['display']) : undefined);
    const encounter = this.encounterOf(m.encounter, s, chart);
    const dosage = objects(m.dosageInstruction)[0];
    const start = localDateTime(m.authoredOn);
    const validity = isObject(m.dispenseRequest) && isObject(m.dispenseRequest['validityPeriod']) ? m.dispenseRequest['validityPeriod'] : {};
    const end = localDateTime(validity['end']);
    const category = objects(m.category).flatMap(codings).map((c) => c.code);
    const status = str(m.status);
    chart.patient.medications.push(defined({
      id: '',
      name: clip(name ?? 'Medication (not named in the source)'),
      dose: dosage ? doseText(dosage) : undefined,
      route: dosage ? optionalClip(conceptText(dosage['route'])) : undefined,
      frequency: dosage ? frequencyText(dosage) : undefined,
      status: status === 'active' ? 'active' as const : status === 'on-hold' || status === 'draft' ? 'on-hold' as const
        : status === 'completed' ? 'completed' as const : 'discontinued' as const,
      start,
      end: start !== undefined && end !== undefined && notAfter(start, end) ? end : undefined,
      prescriberId: this.providerOf(m.requester, s)?.id,
      encounterId: encounter?.key,
      setting: category.includes('inpatient') ? 'inpatient' as const
        : category.some((c) => c === 'outpatient' || c === 'community' || c === 'discharge') ? 'outpatient' as const : undefined,
      origin: originOf(s),
    }));
    this.mapped(s);
  }

  private allergy(s: SourcedResource): void {
    const a = s.resource as AllergyIntolerance & JsonObject;
    const chart = this.chartOf(s, 'patient');
    if (!chart) return;
    // "No known allergy" is an assessment, not an allergy (SNOMED CT 716186003 and relatives).
    if (codings(a.code).some((c) => c.system === SYSTEM.snomed && ['716186003', '409137002', '428607008', '429625007'].includes(c.code ?? ''))) {
      chart.patient.allergyAssessment = 'no-known-allergies';
      this.mapped(s);
      return;
    }
    const category = list(a.category).map(str)[0];
    const reaction = objects(a.reaction)[0];
    const severity = str(reaction?.['severity']);
    chart.patient.allergies.push(defined({
      id: '',
      substance: clip(conceptText(a.code) ?? (reaction ? conceptText(reaction['substance']) : undefined) ?? 'Substance not named in the source'),
      category: category === 'medication' || category === 'food' || category === 'environment' ? category : 'other' as const,
      reaction: reaction ? optionalClip(objects(reaction['manifestation']).map(conceptText).find((t) => t !== undefined)) : undefined,
      severity: severity === 'mild' || severity === 'moderate' || severity === 'severe' ? severity : undefined,
      recordedAt: localDateTime(a.recordedDate),
      origin: originOf(s),
    }));
    this.mapped(s);
  }

  private immunization(s: SourcedResource): void {
    const im = s.resource as FhirImmunization & JsonObject;
    const chart = this.chartOf(s, 'patient');
    if (!chart) return;
    if (im.status === 'not-done' || im.status === 'entered-in-error') {
      this.unmapped(s, 'an Immunization was not given (status not-done or entered-in-error); the chart lists only vaccines given');
      return;
    }
    const occurred = localDateTime(im.occurrenceDateTime);
    if (occurred === undefined) {
      this.unmapped(s, 'an Immunization has no occurrence date and time, which a chart immunization needs');
      return;
    }
    const administeredAt = this.withinLifetime(occurred, chart, s);
    const encounter = this.encounterOf(im.encounter, s, chart);
    chart.patient.immunizations.push(defined({
      id: '',
      vaccine: clip(conceptText(im.vaccineCode) ?? 'Vaccine not named in the source'),
      administeredAt,
      lotNumber: optionalClip(str(im.lotNumber)),
      site: optionalClip(conceptText(im.site)),
      route: optionalClip(conceptText(im.route)),
      encounterId: encounter?.key,
      origin: originOf(s),
    }));
    this.mapped(s);
  }

  // ── results and reports ───────────────────────────────────────────────────────────────────

  private observation(s: SourcedResource): void {
    const o = s.resource as Observation & JsonObject;
    const chart = this.chartOf(s, 'subject');
    if (!chart) return;
    const status = str(o.status);
    if (status === 'cancelled' || status === 'entered-in-error') {
      this.unmapped(s, 'an Observation was cancelled or entered in error, so it is not a result');
      return;
    }
    const effective = localDateTime(o.effectiveDateTime) ?? (isObject(o.effectivePeriod) ? localDateTime(o.effectivePeriod['start']) : undefined)
      ?? localDateTime(o.effectiveInstant) ?? localDateTime(o.issued);
    if (effective === undefined) {
      this.unmapped(s, 'an Observation has no effective or issued time, which a chart result needs');
      return;
    }
    const collectedAt = this.withinLifetime(effective, chart, s);
    const resulted = localDateTime(o.issued);
    const encounter = this.encounterOf(o.encounter, s, chart);
    const test = conceptText(o.code) ?? 'Observation (not named in the source)';
    const base = defined({
      encounterId: encounter?.key,
      collectedAt,
      resultedAt: resulted !== undefined && notAfter(collectedAt, resulted) ? resulted : undefined,
      status: status === 'preliminary' || status === 'registered' ? 'preliminary' as const
        : status === 'amended' || status === 'corrected' ? 'corrected' as const : 'final' as const,
      origin: originOf(s),
    });
    const panel = this.panels.get(s);
    const made: Result[] = [];
    const own = observationValue(o);
    if (own) made.push({ id: '', ...base, ...defined({ panel, test: clip(test), ...own, referenceRange: range(o.referenceRange), flag: flag(o.interpretation) }) });
    for (const component of objects(o.component)) {
      const value = observationValue(component);
      if (!value) continue;
      made.push({ id: '', ...base, ...defined({
        panel: clip(panel ?? test),
        test: clip(conceptText(component['code']) ?? test),
        ...value,
        referenceRange: range(component['referenceRange']),
        flag: flag(component['interpretation']),
      }) });
    }
    if (made.length === 0) {
      this.unmapped(s, 'an Observation has no value (a result needs a number, a coded value or text)');
      return;
    }
    chart.patient.results.push(...made);
    this.mapped(s);
  }

  /**
   * A DiagnosticReport with its own text (presentedForm or a conclusion) becomes a report
   * document. Its results name it as their panel either way.
   */
  private diagnosticReport(s: SourcedResource): void {
    const r = s.resource as DiagnosticReport & JsonObject;
    const name = conceptText(r.code) ?? 'Diagnostic report';
    for (const result of objects(r.result)) {
      const target = this.target(result, s);
      if (target) this.panels.set(target, clip(name));
    }
    const presented = objects(r.presentedForm).map((a) => attachmentText(a)).find((t) => t.kind === 'text');
    const conclusion = str(r.conclusion);
    if (!presented && !conclusion) {
      if (objects(r.result).length > 0) this.mapped(s);
      else this.unmapped(s, 'a DiagnosticReport has no text and no results, so there is nothing to show');
      return;
    }
    const chart = this.chartOf(s, 'subject');
    if (!chart) return;
    const serviceAt = localDateTime(r.effectiveDateTime) ?? (isObject(r.effectivePeriod) ? localDateTime(r.effectivePeriod['start']) : undefined) ?? localDateTime(r.issued);
    if (serviceAt === undefined) {
      this.unmapped(s, 'a DiagnosticReport has no date, which a chart document needs');
      return;
    }
    const type = objects(r.category).flatMap(codings).map((c) => documentTypeForReportCategory(c.code)).find((t) => t !== undefined) ?? 'laboratory-report';
    const text = presented?.text ?? `${name.toUpperCase()}\n\nCONCLUSION: ${conclusion ?? ''}`;
    const performer = objects(r.resultsInterpreter).concat(objects(r.performer)).map((p) => this.providerOf(p, s)).find((p) => p !== undefined);
    const authorText = performer ? undefined : objects(r.performer).map((p) => this.placeName(p, s) ?? str(p['display'])).find((t) => t !== undefined);
    this.addDocument(chart, s, {
      type,
      title: clip(name),
      encounterId: this.encounterOf(r.encounter, s, chart)?.key,
      authorId: performer?.id,
      authorText,
      serviceAt,
      writtenAt: localDateTime(r.issued),
      status: r.status === 'preliminary' || r.status === 'registered' || r.status === 'partial' ? 'in-progress'
        : r.status === 'amended' || r.status === 'corrected' || r.status === 'appended' ? 'amended'
          : r.status === 'entered-in-error' ? 'entered-in-error' : 'final',
      text,
    });
  }

  // ── documents ─────────────────────────────────────────────────────────────────────────────

  private documentReference(s: SourcedResource): void {
    const d = s.resource as DocumentReference & JsonObject;
    const chart = this.chartOf(s, 'subject');
    if (!chart) return;
    const context = isObject(d.context) ? d.context : {};
    const period = isObject(context['period']) ? context['period'] : {};
    const serviceAt = localDateTime(period['start']) ?? localDateTime(d.date);
    if (serviceAt === undefined) {
      this.unmapped(s, 'a DocumentReference has no date, which a chart document needs');
      return;
    }
    const contents = objects(d.content).map((c) => attachmentText(c['attachment']));
    const best = contents.find((c) => c.kind === 'text') ?? contents[0] ?? { kind: 'none' as const, text: '' };
    if (best.kind === 'url' || best.kind === 'binary') this.warnings.add('a DocumentReference has no text Record Room can show; the document says where the content was', label(s));
    if (best.kind === 'none') this.warnings.add('a DocumentReference has no content; the document says so', label(s));
    const encounter = objects(context['encounter']).map((e) => this.encounterOf(e, s, chart)).find((e) => e !== undefined);
    const author = objects(d.author).map((a) => this.providerOf(a, s)).find((p) => p !== undefined);
    const authorText = author ? undefined : objects(d.author).map((a) => this.placeName(a, s) ?? str(a['display'])).find((t) => t !== undefined);
    const authenticator = this.providerOf(d.authenticator, s);
    const docStatus = str(d.docStatus);
    const type = codings(d.type).map((c) => (c.system === SYSTEM.loinc ? documentTypeForLoinc(c.code) : undefined)).find((t) => t !== undefined)
      ?? 'progress-note';
    const title = str(d.description) ?? conceptText(d.type) ?? objects(d.content).map((c) => isObject(c['attachment']) ? str(c['attachment']['title']) : undefined).find((t) => t !== undefined);
    this.addDocument(chart, s, {
      type,
      title: clip(title ?? 'Clinical document'),
      encounterId: encounter?.key,
      authorId: author?.id,
      authorText,
      serviceAt,
      writtenAt: localDateTime(d.date),
      status: d.status === 'entered-in-error' ? 'entered-in-error'
        : docStatus === 'preliminary' ? 'in-progress' : docStatus === 'amended' ? 'amended' : 'final',
      // Signed by the authenticator; a source that writes no docStatus at all (Synthea) is taken as
      // signed by its author.
      signer: authenticator?.id ?? (docStatus === undefined ? author?.id : undefined),
      text: best.text,
    });
  }

  /**
   * A Composition with narrative in its sections becomes one document: each section's title and
   * text in order, nested sections indented. A Composition whose sections only point at entries
   * (as Record Room's own document export writes them) is an index of resources imported on
   * their own, and adds no document.
   */
  private composition(s: SourcedResource): void {
    const c = s.resource as Composition & JsonObject;
    const sections = objects(c.section) as CompositionSection[];
    const body = sections.map((section) => sectionText(section, 0)).filter((t) => t !== '').join('\n\n');
    const ownText = isObject(c.text) && typeof c.text['div'] === 'string' && sections.length === 0 ? xhtmlToText(c.text['div']) : '';
    if (body === '' && ownText === '') {
      for (const party of [...objects(c.author), c.custodian]) this.placeName(party, s);
      this.mapped(s);
      return;
    }
    const chart = this.chartOf(s, 'subject');
    if (!chart) return;
    const serviceAt = localDateTime(c.date);
    if (serviceAt === undefined) {
      this.unmapped(s, 'a Composition has no date, which a chart document needs');
      return;
    }
    const author = objects(c.author).map((a) => this.providerOf(a, s)).find((p) => p !== undefined);
    const authorText = author ? undefined : objects(c.author).map((a) => this.placeName(a, s) ?? str(a['display'])).find((t) => t !== undefined);
    const attesters = objects(c.attester)
      .map((a) => ({ provider: this.providerOf(a['party'], s), at: localDateTime(a['time']) ?? serviceAt, mode: str(a['mode']) }))
      .filter((a): a is { provider: Provider; at: string; mode: string | undefined } => a.provider !== undefined);
    const type = codings(c.type).map((x) => (x.system === SYSTEM.loinc ? documentTypeForLoinc(x.code) : undefined)).find((t) => t !== undefined) ?? 'progress-note';
    const title = str(c.title) ?? conceptText(c.type) ?? 'Clinical document';
    this.addDocument(chart, s, {
      type,
      title: clip(title),
      encounterId: this.encounterOf(c.encounter, s, chart)?.key,
      authorId: author?.id,
      authorText,
      serviceAt,
      writtenAt: serviceAt,
      status: c.status === 'preliminary' ? 'in-progress' : c.status === 'amended' ? 'amended' : c.status === 'entered-in-error' ? 'entered-in-error' : 'final',
      attesters,
      text: `${clip(title).toUpperCase()}\n\n${body || ownText}`,
    });
  }

  private addDocument(chart: ChartDraft, s: SourcedResource, d: {
    type: DocumentTypeId; title: string; encounterId: string | undefined; authorId: string | undefined; authorText: string | undefined;
    serviceAt: string; writtenAt: string | undefined; status: ClinicalDocument['status']; signer?: string | undefined;
    attesters?: { provider: Provider; at: string; mode: string | undefined }[]; text: string;
  }): void {
    if (!notAfter(chart.patient.birthDate, d.serviceAt)) d.serviceAt = this.withinLifetime(d.serviceAt, chart, s);
    const writtenAt = d.writtenAt !== undefined && notAfter(d.serviceAt, d.writtenAt) ? d.writtenAt : undefined;
    const signedAt = writtenAt ?? d.serviceAt;
    const authentications: ClinicalDocument['authentications'] = [];
    if (d.status !== 'in-progress' && d.signer !== undefined) authentications.push({ providerId: d.signer, role: 'author', at: signedAt, method: 'electronic' });
    for (const a of d.attesters ?? []) {
      const at = notAfter(signedAt, a.at) ? a.at : signedAt;
      authentications.push({ providerId: a.provider.id, role: a.mode === 'legal' || a.mode === 'official' ? 'attester' : 'author', at, method: 'electronic' });
    }
    let text = d.text;
    if (text.length > LIMITS.documentText) {
      this.warnings.add(`a document's text is longer than ${LIMITS.documentText.toLocaleString('en-US')} characters and was cut`, label(s));
      text = `${text.slice(0, LIMITS.documentText - 40)}\n[… cut: the text was longer than this]`;
    }
    chart.patient.documents.push(defined({
      id: '',
      type: d.type,
      title: d.title,
      encounterId: d.encounterId,
      authorId: d.authorId,
      authorText: d.authorText,
      serviceAt: d.serviceAt,
      writtenAt,
      status: d.status,
      authentications: authentications.slice(0, 20),
      text,
      origin: originOf(s),
    }));
    this.mapped(s);
  }

  // ── assembling the pack ───────────────────────────────────────────────────────────────────

  private assemble(files: number, notFhir: string[]): FhirImportResult {
    const facility = this.options.facility ?? DEFAULT_FACILITY;
    const mrn = identifierMaker(facility.mrnFormat.pattern);
    const account = identifierMaker(facility.accountNumberFormat.pattern);
    if ('problem' in mrn || 'problem' in account) {
      const which = 'problem' in mrn ? { field: 'mrnFormat', problem: mrn.problem } : { field: 'accountNumberFormat', problem: 'problem' in account ? account.problem : '' };
      return { ok: false, problems: [{ path: `facility.${which.field}.pattern`, message: which.problem }], notFhir };
    }

    const providers = uniqueProviders([...this.providers.values()]);
    if (this.unknownProviderUsed) {
      providers.push({ id: UNKNOWN_PROVIDER_ID, name: { family: 'Provider', given: ['Unknown'] }, credentials: 'Not recorded', specialty: 'Not recorded', role: 'other' });
    }

    const patients: Patient[] = [];
    let encounterCount = 0;
    for (const chart of this.charts.values()) {
      const n = patients.length + 1;
      const encounterIds = new Map<string, string>();
      const encounters: Encounter[] = [];
      for (const draft of this.encounters.values()) {
        if (draft.chart !== chart) continue;
        encounterCount++;
        const id = `enc-${n}-${encounters.length + 1}`;
        encounterIds.set(draft.key, id);
        encounters.push({ id, accountNumber: account.make(encounterCount), ...draft.encounter });
      }
      const p = chart.patient;
      const renumber = <T extends { id: string; encounterId?: string | undefined }>(items: T[], prefix: string): T[] =>
        items.map((item, i) => {
          const encounterId = item.encounterId === undefined ? undefined : encounterIds.get(item.encounterId);
          const { encounterId: _old, ...rest } = item;
          return { ...rest, id: `${prefix}-${n}-${i + 1}`, ...(encounterId === undefined ? {} : { encounterId }) } as T;
        });
      const patient: Patient = {
        ...p,
        id: `pt-${n}`,
        mrn: mrn.make(n),
        encounters,
        documents: renumber(p.documents, 'doc'),
        problems: renumber(p.problems, 'prob'),
        medications: renumber(p.medications, 'med'),
        allergies: p.allergies.map((a, i) => ({ ...a, id: `alg-${n}-${i + 1}` })),
        results: renumber(p.results, 'res'),
        procedures: renumber(p.procedures, 'proc'),
        immunizations: renumber(p.immunizations, 'imm'),
      };
      if (this.options.composeDischargeSummaries) {
        for (const encounter of encounters) {
          if (encounter.class !== 'inpatient' || encounter.dischargedAt === undefined) continue;
          if (patient.documents.some((d) => d.encounterId === encounter.id && d.type === 'discharge-summary')) continue;
          const summary = composeDischargeSummary(patient, encounter, providers, `doc-${n}-ds-${encounter.id.split('-').at(-1) ?? ''}`);
          patient.documents.push(summary);
          this.generatedSummaries++;
        }
      }
      patients.push(patient);
    }

    const created = {
      providers: providers.length,
      patients: patients.length,
      encounters: encounterCount,
      documents: patients.reduce((sum, p) => sum + p.documents.length, 0),
      conditions: patients.reduce((sum, p) => sum + p.problems.length, 0),
      procedures: patients.reduce((sum, p) => sum + p.procedures.length, 0),
      medications: patients.reduce((sum, p) => sum + p.medications.length, 0),
      allergies: patients.reduce((sum, p) => sum + p.allergies.length, 0),
      results: patients.reduce((sum, p) => sum + p.results.length, 0),
      immunizations: patients.reduce((sum, p) => sum + p.immunizations.length, 0),
      generatedDischargeSummaries: this.generatedSummaries,
    };
    const file: PackInput = {
      format: PACK_FORMAT,
      version: CURRENT_PACK_VERSION,
      pack: {
        id: this.options.packId ?? 'fhir-import',
        title: this.options.title ?? 'FHIR import',
        description: this.options.description
          ?? `Imported from FHIR R4 (${files} file${files === 1 ? '' : 's'}): ${created.patients} patients, ${created.encounters} encounters.`
            + (this.options.hideSourceCodes ? ' Source codes are hidden so that encounters can be coded.' : '')
            + (this.generatedSummaries > 0 ? ` ${this.generatedSummaries} discharge summaries were generated by Record Room and are marked as such.` : ''),
        author: this.options.author ?? 'record-room import-fhir',
        licence: this.options.licence ?? 'As the source data',
        packVersion: '1.0.0',
        codeSetYear: this.options.codeSetYear ?? 2025,
        facility,
      },
      providers,
      patients,
      looseDocuments: [],
      tasks: [],
      keys: [],
    };
    const validated = readPackJson(file);
    if (!validated.ok) {
      // The mapping should never produce an invalid pack; if it does, say where, as for any input.
      return { ok: false, problems: validated.problems.map((p) => ({ path: `(generated pack) ${p.path}`, message: p.message })), notFhir };
    }
    for (const type of Object.keys(this.counts.resources)) {
      const accounted = (this.counts.mapped[type] ?? 0) + (this.counts.unmapped[type] ?? 0);
      const missing = (this.counts.resources[type] ?? 0) - accounted;
      if (missing > 0) increment(this.counts.unmapped, type, missing);
    }
    return {
      ok: true,
      pack: validated.pack,
      report: {
        files,
        resources: sortedCounts(this.counts.resources),
        mapped: sortedCounts(this.counts.mapped),
        unmapped: sortedCounts(this.counts.unmapped),
        notFhir,
        warnings: this.warnings.lines(),
        created,
        unknownProvider: this.unknownProviderUsed,
      },
    };
  }
}

function optionalClip(text: string | undefined, max: number = LIMITS.shortText): string | undefined {
  return text === undefined ? undefined : clip(text, max);
}

/** Providers in the order they were made, each once (several Practitioners may share one NPI). */
function uniqueProviders(all: Provider[]): Provider[] {
  return [...new Set(all)];
}

/** A chart name from FHIR HumanNames, with Synthea's numeric suffixes removed. */
function humanName(names: readonly JsonObject[], warnings: Warnings, s: SourcedResource): HumanName | undefined {
  const n = (names as unknown as FhirHumanName[])[0];
  if (!n) return undefined;
  const family = str(n.family) ?? str(n.text)?.split(' ').at(-1);
  let given = list(n.given).map(str).filter((g): g is string => g !== undefined).map(cleanName).filter((g) => g !== '').slice(0, 5);
  if (given.length === 0) {
    const fromText = str(n.text)?.split(' ').slice(0, -1) ?? [];
    given = fromText.length > 0 ? fromText.slice(0, 5) : [];
  }
  if (family === undefined && given.length === 0) return undefined;
  if (given.length === 0) {
    warnings.add('a name has no given name; "(none)" was written in its place', label(s));
    given = ['(none)'];
  }
  const prefix = list(n.prefix).map(str).find((p) => p !== undefined);
  const suffix = list(n.suffix).map(str).find((p) => p !== undefined);
  return defined({
    family: clip(cleanName(family ?? '(none)')),
    given: given.map((g) => clip(g)),
    prefix: optionalClip(prefix),
    suffix: optionalClip(suffix),
  });
}

function address(value: unknown): Address | undefined {
  for (const a of objects(value)) {
    const line = list(a['line']).map(str).filter((l): l is string => l !== undefined).slice(0, 3).map((l) => clip(l));
    const city = str(a['city']);
    const state = str(a['state']);
    const postalCode = str(a['postalCode']);
    if (line.length === 0 || !city || !state || !postalCode) continue;
    return defined({ line, city: clip(city), state: clip(state), postalCode: clip(postalCode), country: optionalClip(str(a['country'])) });
  }
  return undefined;
}

/** Identifiers a registrar would see: the last four of an SSN, a driver's licence, a passport. */
function identifiers(value: unknown): Identifier[] {
  const out: Identifier[] = [];
  for (const i of objects(value)) {
    const v = str(i['value']);
    if (!v) continue;
    const type = codingFrom(i['type'], [SYSTEM.identifierType])?.code;
    if (i['system'] === SYSTEM.ssn || type === 'SS' || type === 'SB') {
      const digits = v.replace(/\D/g, '');
      if (digits.length >= 4) out.push({ type: 'ssn-last4', value: digits.slice(-4) });
    } else if (type === 'DL') {
      out.push({ type: 'drivers-license', value: clip(v) });
    } else if (type === 'PPN') {
      out.push({ type: 'other', value: clip(v), issuer: 'Passport' });
    }
  }
  return out.slice(0, 20);
}

function doseText(dosage: JsonObject): string | undefined {
  const text = str(dosage['text']);
  if (text) return clip(text);
  const dose = objects(dosage['doseAndRate']).map((d) => d['doseQuantity']).find(isObject);
  const value = dose ? num(dose['value']) : undefined;
  if (value === undefined || !dose) return undefined;
  const unit = str(dose['unit']) ?? str(dose['code']);
  return clip(unit ? `${value} ${unit}` : `${value}`);
}

const PERIOD_UNITS: Record<string, string> = { s: 'second', min: 'minute', h: 'hour', d: 'day', wk: 'week', mo: 'month', a: 'year' };

function frequencyText(dosage: JsonObject): string | undefined {
  const timing = isObject(dosage['timing']) ? dosage['timing'] : undefined;
  const named = timing ? conceptText(timing['code']) : undefined;
  const repeat = timing && isObject(timing['repeat']) ? timing['repeat'] : undefined;
  let text = named;
  if (!text && repeat) {
    const frequency = num(repeat['frequency']) ?? 1;
    const period = num(repeat['period']) ?? 1;
    const unit = PERIOD_UNITS[str(repeat['periodUnit']) ?? ''];
    if (unit) text = `${frequency} time${frequency === 1 ? '' : 's'} every ${period === 1 ? unit : `${period} ${unit}s`}`;
  }
  if (dosage['asNeededBoolean'] === true) text = text ? `${text}, as needed` : 'as needed';
  return optionalClip(text);
}

type ResultValue = Pick<Result, 'value'> & { unit?: string };

function observationValue(o: JsonObject): ResultValue | undefined {
  const quantity = isObject(o['valueQuantity']) ? o['valueQuantity'] : undefined;
  const quantityValue = quantity ? num(quantity['value']) : undefined;
  if (quantity && quantityValue !== undefined) {
    const unit = str(quantity['unit']) ?? str(quantity['code']);
    return defined({ value: Math.round(quantityValue * 1000) / 1000, unit: unit === undefined ? undefined : clip(unit) });
  }
  const concept = conceptText(o['valueCodeableConcept']);
  if (concept) return { value: clip(concept) };
  const text = str(o['valueString']);
  if (text) return { value: clip(text) };
  const integer = num(o['valueInteger']);
  if (integer !== undefined) return { value: integer };
  if (typeof o['valueBoolean'] === 'boolean') return { value: o['valueBoolean'] ? 'Yes' : 'No' };
  const when = str(o['valueDateTime']);
  if (when) return { value: clip(when) };
  return undefined;
}

function range(value: unknown): Result['referenceRange'] {
  const r = objects(value)[0];
  if (!r) return undefined;
  const low = isObject(r['low']) ? num(r['low']['value']) : undefined;
  const high = isObject(r['high']) ? num(r['high']['value']) : undefined;
  const text = optionalClip(str(r['text']));
  return low === undefined && high === undefined && text === undefined ? undefined : defined({ low, high, text });
}

function flag(value: unknown): Result['flag'] {
  const code = objects(value).flatMap(codings).map((c) => c.code).find((c) => c !== undefined);
  return code === 'L' || code === 'H' || code === 'LL' || code === 'HH' || code === 'A' ? code : undefined;
}

type AttachmentText = { kind: 'text' | 'url' | 'binary' | 'none'; text: string };

/**
 * The text of an Attachment: base64 `text/plain` (or other text) decoded, HTML and XHTML
 * rendered to plain text. An attachment that is only a URL, or binary data such as a PDF, becomes
 * a sentence saying where the content was and what it was.
 */
export function attachmentText(value: unknown): AttachmentText {
  if (!isObject(value)) return { kind: 'none', text: '[The source gave no content for this document.]' };
  const type = (str(value['contentType']) ?? '').toLowerCase();
  const data = str(value['data']);
  const url = str(value['url']);
  const title = str(value['title']);
  if (data !== undefined) {
    const isText = type === '' || type.startsWith('text/') || type.includes('xml') || type.includes('json');
    const bytes = decodeBase64(data);
    if (bytes && isText) {
      const decoded = new TextDecoder('utf-8').decode(bytes);
      const text = type.includes('html') || looksLikeMarkup(decoded) ? xhtmlToText(decoded) : decoded.replace(/\r\n?/g, '\n').trim();
      return { kind: 'text', text };
    }
    return {
      kind: 'binary',
      text: `[The source attached ${type || 'binary data'}${title ? ` ("${title}")` : ''}${bytes ? ` of ${bytes.length.toLocaleString('en-US')} bytes` : ''}, which Record Room cannot show.${url ? ` It was also at ${url}` : ''}]`,
    };
  }
  if (url !== undefined) {
    return { kind: 'url', text: `[The content of this document was not included in the FHIR data. It was at: ${url}${type ? ` (${type})` : ''}${title ? `, titled "${title}"` : ''}.]` };
  }
  return { kind: 'none', text: '[The source gave no content for this document.]' };
}

/** A Composition section as text: its title in capitals, its narrative, then its sub-sections. */
function sectionText(section: CompositionSection, depth: number): string {
  const parts: string[] = [];
  const title = str(section.title) ?? conceptText(section.code);
  const indent = '  '.repeat(depth);
  const narrative = isObject(section.text) && typeof section.text.div === 'string' ? xhtmlToText(section.text.div) : '';
  const children = objects(section.section).map((child) => sectionText(child as CompositionSection, depth + 1)).filter((t) => t !== '');
  if (narrative === '' && children.length === 0) return '';
  if (title) parts.push(`${indent}${title.toUpperCase()}`);
  if (narrative !== '') parts.push(narrative.split('\n').map((line) => `${indent}${line}`).join('\n'));
  parts.push(...children);
  return parts.join('\n');
}
