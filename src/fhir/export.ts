/**
 * A pack's charts → FHIR R4: a `collection` Bundle of every chart (or of the patients named), or a
 * `document` Bundle of one chart.
 *
 * The document Bundle starts with a chart Composition (the whole record, LOINC 11503-0) whose
 * sections point at one Composition per encounter; each encounter's Composition points at that
 * stay's documents, problems, procedures, medications, results and immunizations. The sections hold
 * entries rather than narrative: the text of every note travels in its own DocumentReference, so
 * importing the Bundle again gives back the same documents, not copies of them.
 *
 * Objects imported from FHIR are written back with their source ids (`origin`). Chart times have no
 * zone (docs/decisions/0003), while FHIR requires one on every time, so the caller chooses the
 * offset written (`+00:00` unless told). Pure: the caller passes the time the Bundle is stamped with.
 */
import type {
  AllergyIntolerance,
  Bundle,
  BundleEntry,
  CodeableConcept,
  Composition,
  CompositionSection,
  Condition,
  DiagnosticReport,
  DocumentReference,
  Encounter as FhirEncounter,
  FhirResource,
  Immunization as FhirImmunization,
  MedicationRequest,
  Observation,
  Organization,
  Patient as FhirPatient,
  Practitioner,
  PractitionerRole,
  Procedure as FhirProcedure,
  Reference,
} from 'fhir/r4';
import type { CodeRef, Encounter, Patient, Provider, ResultCategory } from '../chart/model.ts';
import { DOCUMENT_TYPES } from '../chart/document-types.ts';
import { NOT_RECORDED, formatDate, formatNameNatural } from '../chart/format.ts';
import type { Pack } from '../packs/format.ts';
import type { Problem } from '../intake/problems.ts';
import { CHART_CLASS_TO_FHIR, SYSTEM, fhirAdmitSource, fhirCodeSystem, fhirDisposition, loincForDocumentType } from './codes.ts';
import { textToXhtml } from './narrative.ts';
import { encodeBase64 } from './values.ts';

export interface FhirExportOptions {
  /** The instant the Bundle is stamped with, such as `2025-03-01T12:00:00Z`. */
  readonly now: string;
  /** The zone offset written on chart times, `+00:00` unless given (`-05:00`, `Z`). */
  readonly offset?: string;
  /** Export only these patients, named by MRN; every patient when left out. */
  readonly mrns?: readonly string[];
}

/** What the chart holds that FHIR export does not write. */
export interface ExportReport {
  readonly patients: number;
  readonly resources: Record<string, number>;
  readonly notExported: Record<string, number>;
}

export type FhirExportResult =
  | { readonly ok: true; readonly bundle: Bundle; readonly report: ExportReport }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

const OBSERVATION_CATEGORY_DISPLAY: Record<ResultCategory, string> = { laboratory: 'Laboratory', 'vital-signs': 'Vital Signs' };

/** Exports charts as a `collection` Bundle. */
export function exportCollectionBundle(pack: Pack, options: FhirExportOptions): FhirExportResult {
  const chosen = choosePatients(pack, options.mrns);
  if ('problems' in chosen) return { ok: false, problems: chosen.problems };
  const writer = new Writer(pack, options);
  for (const patient of chosen.patients) writer.chart(patient);
  return { ok: true, bundle: writer.bundle('collection'), report: writer.report(chosen.patients.length) };
}

/** Exports one chart as a FHIR `document` Bundle with a Composition per encounter. */
export function exportDocumentBundle(pack: Pack, mrn: string | undefined, options: FhirExportOptions): FhirExportResult {
  const chosen = choosePatients(pack, mrn === undefined ? undefined : [mrn]);
  if ('problems' in chosen) return { ok: false, problems: chosen.problems };
  const [patient, ...others] = chosen.patients;
  if (patient === undefined || others.length > 0) {
    return {
      ok: false,
      problems: [
        {
          path: 'patients',
          message: `a document Bundle holds one chart, and this pack has ${pack.patients.length}; name one patient by MRN`,
        },
      ],
    };
  }
  const writer = new Writer(pack, options);
  const written = writer.chart(patient);
  writer.documentCompositions(patient, written);
  return { ok: true, bundle: writer.bundle('document'), report: writer.report(1) };
}

function choosePatients(pack: Pack, mrns: readonly string[] | undefined): { patients: Patient[] } | { problems: Problem[] } {
  if (mrns === undefined) return { patients: pack.patients };
  const problems: Problem[] = [];
  const patients: Patient[] = [];
  for (const mrn of mrns) {
    const patient = pack.patients.find((p) => p.mrn === mrn);
    if (patient) patients.push(patient);
    else problems.push({ path: 'mrn', message: `"${mrn}" is not the MRN of any patient in pack "${pack.pack.id}"` });
  }
  return problems.length > 0 ? { problems } : { patients };
}

/**
 * A deterministic UUID (version 8, RFC 9562) from text, so the same pack exports the same
 * fullUrls every time. Four 32-bit FNV-1a hashes with different seeds fill the 128 bits.
 */
export function uuidFrom(text: string): string {
  const words: string[] = [];
  for (let seed = 0; seed < 4; seed++) {
    let h = (0x811c9dc5 ^ (seed * 0x9e3779b9)) >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    words.push(h.toString(16).padStart(8, '0'));
  }
  const hex = words.join('').split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

interface WrittenChart {
  readonly patient: Reference;
  readonly encounters: Map<string, Reference>;
  /** References of everything else, by chart-object id, in the chart's order. */
  readonly items: Map<string, Reference>;
}

class Writer {
  private readonly entries: BundleEntry[] = [];
  private readonly usedIds = new Map<string, Set<string>>();
  private readonly providerRefs = new Map<string, Reference>();
  private readonly counts: Record<string, number> = {};
  private readonly skipped: Record<string, number> = {};
  private readonly offset: string;
  private organization: Reference | undefined;

  constructor(
    private readonly pack: Pack,
    private readonly options: FhirExportOptions,
  ) {
    this.offset = options.offset ?? '+00:00';
  }

  // ── plumbing ──────────────────────────────────────────────────────────────────────────────

  /** Adds a resource with a unique id (its source id when it has one) and returns a reference to it. */
  private add<T extends FhirResource>(resource: T, wanted: { id: string; origin?: { type: string; id: string } | undefined }): Reference {
    const type = resource.resourceType;
    const used = this.usedIds.get(type) ?? new Set<string>();
    this.usedIds.set(type, used);
    const fromOrigin = wanted.origin && wanted.origin.type === type && FHIR_ID.test(wanted.origin.id) ? wanted.origin.id : undefined;
    let id = fromOrigin ?? wanted.id.replace(/[^A-Za-z0-9\-.]/g, '-').slice(0, 64);
    for (let n = 2; used.has(id); n++) id = `${(fromOrigin ?? wanted.id).slice(0, 58)}-${n}`.replace(/[^A-Za-z0-9\-.]/g, '-');
    used.add(id);
    const fullUrl = `urn:uuid:${uuidFrom(`${this.pack.pack.id}|${type}|${id}`)}`;
    this.entries.push({ fullUrl, resource: { ...resource, id } });
    this.counts[type] = (this.counts[type] ?? 0) + 1;
    return { reference: fullUrl };
  }

  /** A chart time with the export's zone offset: FHIR requires a zone on every time. */
  private time(local: string): string;
  private time(local: string | undefined): string | undefined;
  private time(local: string | undefined): string | undefined {
    if (local === undefined) return undefined;
    const withSeconds = local.length === 16 ? `${local}:00` : local;
    return `${withSeconds}${this.offset}`;
  }

  private skip(kind: string, count: number): void {
    if (count > 0) this.skipped[kind] = (this.skipped[kind] ?? 0) + count;
  }

  bundle(type: 'collection' | 'document'): Bundle {
    const bundle: Bundle = {
      resourceType: 'Bundle',
      id: `${this.pack.pack.id}-${type}`.replace(/[^A-Za-z0-9\-.]/g, '-').slice(0, 64),
      meta: { lastUpdated: this.options.now },
      identifier: {
        system: 'urn:ietf:rfc:3986',
        value: `urn:uuid:${uuidFrom(`${this.pack.pack.id}|bundle|${type}|${this.entries[0]?.fullUrl ?? ''}`)}`,
      },
      type,
      timestamp: this.options.now,
      entry: this.entries,
    };
    return bundle;
  }

  report(patients: number): ExportReport {
    return { patients, resources: { ...this.counts }, notExported: { ...this.skipped } };
  }

  private facility(): Reference {
    if (!this.organization) {
      const org: Organization = { resourceType: 'Organization', active: true, name: this.pack.pack.facility.name };
      this.organization = { ...this.add(org, { id: 'facility' }), display: this.pack.pack.facility.name };
    }
    return this.organization;
  }

  private provider(id: string | undefined): Reference | undefined {
    if (id === undefined) return undefined;
    const known = this.providerRefs.get(id);
    if (known) return known;
    const provider = this.pack.providers.find((p) => p.id === id);
    if (!provider) return undefined;
    const ref = { ...this.add(practitioner(provider), provider), display: formatNameNatural(provider.name) };
    this.providerRefs.set(id, ref);
    if (provider.specialty !== NOT_RECORDED) {
      const role: PractitionerRole = {
        resourceType: 'PractitionerRole',
        active: true,
        practitioner: ref,
        code: [{ text: provider.role }],
        specialty: [{ text: provider.specialty }],
      };
      this.add(role, { id: `${provider.id}-role` });
    }
    return ref;
  }

  // ── one chart ─────────────────────────────────────────────────────────────────────────────

  chart(patient: Patient): WrittenChart {
    const subject = {
      ...this.add(
        fhirPatient(patient, this.pack, (t) => this.time(t)),
        patient,
      ),
      display: formatNameNatural(patient.name),
    };
    const written: WrittenChart = { patient: subject, encounters: new Map(), items: new Map() };
    for (const encounter of patient.encounters) written.encounters.set(encounter.id, this.encounter(encounter, subject));
    const encounterRef = (id: string | undefined) => (id === undefined ? undefined : written.encounters.get(id));

    for (const problem of patient.problems) {
      const condition: Condition = defined({
        resourceType: 'Condition' as const,
        clinicalStatus: { coding: [{ system: SYSTEM.conditionClinical, code: problem.status }] },
        verificationStatus: { coding: [{ system: SYSTEM.conditionVerification, code: 'confirmed' }] },
        category: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/condition-category',
                code: problem.encounterId ? 'encounter-diagnosis' : 'problem-list-item',
              },
            ],
          },
        ],
        code: concept(problem.description, problem.code),
        subject,
        encounter: encounterRef(problem.encounterId),
        onsetDateTime: problem.onset,
        recordedDate: this.time(problem.recordedAt),
      });
      written.items.set(problem.id, this.add(condition, problem));
    }
    for (const procedure of patient.procedures) {
      const performer = this.provider(procedure.performerId);
      const resource: FhirProcedure = defined({
        resourceType: 'Procedure' as const,
        status: 'completed' as const,
        code: concept(procedure.description, procedure.code),
        subject,
        encounter: encounterRef(procedure.encounterId),
        performedDateTime: this.time(procedure.performedAt),
        performer: performer ? [{ actor: performer }] : undefined,
      });
      written.items.set(procedure.id, this.add(resource, procedure));
    }
    for (const medication of patient.medications) {
      const sig = [medication.dose, medication.route, medication.frequency].filter(Boolean).join(', ');
      const resource: MedicationRequest = defined({
        resourceType: 'MedicationRequest' as const,
        status: medication.status === 'discontinued' ? ('stopped' as const) : medication.status,
        intent: 'order' as const,
        category: medication.setting
          ? [
              {
                coding: [
                  { system: SYSTEM.medicationRequestCategory, code: medication.setting === 'inpatient' ? 'inpatient' : 'outpatient' },
                ],
              },
            ]
          : undefined,
        medicationCodeableConcept: { text: medication.name },
        subject,
        encounter: encounterRef(medication.encounterId),
        authoredOn: this.time(medication.start),
        requester: this.provider(medication.prescriberId),
        dosageInstruction:
          sig === ''
            ? undefined
            : [
                defined({
                  text: sig,
                  route: medication.route ? { text: medication.route } : undefined,
                  timing: medication.frequency ? { code: { text: medication.frequency } } : undefined,
                }),
              ],
        dispenseRequest: medication.end
          ? { validityPeriod: defined({ start: this.time(medication.start), end: this.time(medication.end) }) }
          : undefined,
      });
      written.items.set(medication.id, this.add(resource, medication));
    }
    if (patient.allergyAssessment === 'no-known-allergies' && patient.allergies.length === 0) {
      const nka: AllergyIntolerance = {
        resourceType: 'AllergyIntolerance',
        clinicalStatus: { coding: [{ system: SYSTEM.allergyClinical, code: 'active' }] },
        code: { coding: [{ system: SYSTEM.snomed, code: '716186003', display: 'No known allergy' }], text: 'No known allergy' },
        patient: subject,
      };
      written.items.set(`${patient.id}-nka`, this.add(nka, { id: `${patient.id}-nka` }));
    }
    for (const allergy of patient.allergies) {
      const resource: AllergyIntolerance = defined({
        resourceType: 'AllergyIntolerance' as const,
        clinicalStatus: { coding: [{ system: SYSTEM.allergyClinical, code: 'active' }] },
        category: allergy.category === 'other' ? undefined : [allergy.category],
        code: { text: allergy.substance },
        patient: subject,
        recordedDate: this.time(allergy.recordedAt),
        reaction: allergy.reaction ? [defined({ manifestation: [{ text: allergy.reaction }], severity: allergy.severity })] : undefined,
      });
      written.items.set(allergy.id, this.add(resource, allergy));
    }
    for (const immunization of patient.immunizations) {
      const resource: FhirImmunization = defined({
        resourceType: 'Immunization' as const,
        status: 'completed' as const,
        vaccineCode: { text: immunization.vaccine },
        patient: subject,
        encounter: encounterRef(immunization.encounterId),
        occurrenceDateTime: this.time(immunization.administeredAt),
        lotNumber: immunization.lotNumber,
        site: immunization.site ? { text: immunization.site } : undefined,
        route: immunization.route ? { text: immunization.route } : undefined,
      });
      written.items.set(immunization.id, this.add(resource, immunization));
    }
    this.results(patient, subject, encounterRef, written);
    for (const doc of patient.documents) {
      const author = this.provider(doc.authorId);
      const signer = doc.authentications.find((a) => a.role === 'author' || a.role === 'attester');
      const loinc = loincForDocumentType(doc.type);
      const resource: DocumentReference = defined({
        resourceType: 'DocumentReference' as const,
        status: doc.status === 'entered-in-error' ? ('entered-in-error' as const) : ('current' as const),
        docStatus: doc.status === 'entered-in-error' ? undefined : doc.status === 'in-progress' ? ('preliminary' as const) : doc.status,
        type: { coding: [{ system: SYSTEM.loinc, code: loinc.code, display: loinc.display }], text: DOCUMENT_TYPES[doc.type].label },
        subject,
        date: this.time(doc.writtenAt ?? doc.serviceAt),
        author: author ? [author] : doc.authorText ? [{ display: doc.authorText }] : undefined,
        authenticator: signer ? this.provider(signer.providerId) : undefined,
        description: doc.title,
        content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: encodeBase64(doc.text), title: doc.title } }],
        context: defined({
          encounter: doc.encounterId && encounterRef(doc.encounterId) ? [encounterRef(doc.encounterId) as Reference] : undefined,
          period: { start: this.time(doc.serviceAt) },
        }),
      });
      written.items.set(doc.id, this.add(resource, doc));
    }
    this.skip('orders', patient.orders.length);
    this.skip('aliases', patient.aliases.length);
    this.skip('alerts', patient.alerts.length);
    return written;
  }

  private encounter(encounter: Encounter, subject: Reference): Reference {
    const attending = this.provider(encounter.attendingId);
    const fhirClass = CHART_CLASS_TO_FHIR[encounter.class];
    const resource: FhirEncounter = defined({
      resourceType: 'Encounter' as const,
      identifier: [{ use: 'official' as const, system: `urn:record-room:${this.pack.pack.id}:account`, value: encounter.accountNumber }],
      status: encounter.dischargedAt ? ('finished' as const) : ('in-progress' as const),
      class: { system: SYSTEM.actCode, code: fhirClass.code, display: fhirClass.display },
      serviceType: { text: encounter.service },
      subject,
      participant: attending
        ? [{ type: [{ coding: [{ system: SYSTEM.participationType, code: 'ATND', display: 'attender' }] }], individual: attending }]
        : undefined,
      period: defined({ start: this.time(encounter.admittedAt), end: this.time(encounter.dischargedAt) }),
      reasonCode: encounter.reasonForVisit ? [{ text: encounter.reasonForVisit }] : undefined,
      hospitalization:
        encounter.admitSource || encounter.dischargeDisposition
          ? defined({
              admitSource: encounter.admitSource
                ? { coding: [{ system: SYSTEM.admitSource, code: fhirAdmitSource(encounter.admitSource) }] }
                : undefined,
              dischargeDisposition: encounter.dischargeDisposition
                ? { coding: [{ system: SYSTEM.dischargeDisposition, code: fhirDisposition(encounter.dischargeDisposition) }] }
                : undefined,
            })
          : undefined,
      location: encounter.location ? [{ location: { display: encounter.location } }] : undefined,
      serviceProvider: this.facility(),
    });
    return this.add(resource, encounter);
  }

  /** Results as Observations, with their category (laboratory, vital signs); results that share a panel, a time and an encounter also get a DiagnosticReport. */
  private results(
    patient: Patient,
    subject: Reference,
    encounterRef: (id: string | undefined) => Reference | undefined,
    written: WrittenChart,
  ): void {
    const panels = new Map<string, { panel: string; at: string; encounterId: string | undefined; refs: Reference[] }>();
    for (const result of patient.results) {
      const quantity = typeof result.value === 'number';
      const observation: Observation = defined({
        resourceType: 'Observation' as const,
        status: result.status,
        category: result.category
          ? [
              {
                coding: [
                  { system: SYSTEM.observationCategory, code: result.category, display: OBSERVATION_CATEGORY_DISPLAY[result.category] },
                ],
              },
            ]
          : undefined,
        code: { text: result.test },
        subject,
        encounter: encounterRef(result.encounterId),
        effectiveDateTime: this.time(result.collectedAt),
        issued: this.time(result.resultedAt),
        valueQuantity: quantity ? defined({ value: result.value as number, unit: result.unit }) : undefined,
        valueString: quantity ? undefined : String(result.value),
        interpretation: result.flag ? [{ coding: [{ system: SYSTEM.interpretation, code: result.flag }] }] : undefined,
        referenceRange: result.referenceRange
          ? [
              defined({
                low: result.referenceRange.low === undefined ? undefined : defined({ value: result.referenceRange.low, unit: result.unit }),
                high:
                  result.referenceRange.high === undefined ? undefined : defined({ value: result.referenceRange.high, unit: result.unit }),
                text: result.referenceRange.text,
              }),
            ]
          : undefined,
      });
      const ref = this.add(observation, result);
      written.items.set(result.id, ref);
      if (result.panel) {
        const key = `${result.panel}|${result.collectedAt}|${result.encounterId ?? ''}`;
        const group = panels.get(key) ?? { panel: result.panel, at: result.collectedAt, encounterId: result.encounterId, refs: [] };
        group.refs.push(ref);
        panels.set(key, group);
      }
    }
    let n = 0;
    for (const group of panels.values()) {
      const report: DiagnosticReport = defined({
        resourceType: 'DiagnosticReport' as const,
        status: 'final' as const,
        code: { text: group.panel },
        subject,
        encounter: encounterRef(group.encounterId),
        effectiveDateTime: this.time(group.at),
        result: group.refs,
      });
      written.items.set(`${patient.id}-panel-${++n}`, this.add(report, { id: `${patient.id}-panel-${n}` }));
    }
  }

  // ── the document's Compositions ───────────────────────────────────────────────────────────

  documentCompositions(patient: Patient, written: WrittenChart): void {
    const entriesOf = (items: readonly { id: string; encounterId?: string | undefined }[], encounterId: string | undefined) =>
      items
        .filter((item) => item.encounterId === encounterId)
        .map((item) => written.items.get(item.id))
        .filter((r): r is Reference => r !== undefined);
    const sectionsFor = (encounterId: string | undefined): CompositionSection[] => {
      const sections: CompositionSection[] = [];
      const section = (title: string, loinc: string, entry: Reference[]) => {
        if (entry.length > 0) sections.push({ title, code: { coding: [{ system: SYSTEM.loinc, code: loinc }] }, entry });
      };
      section('Documents', '55107-7', entriesOf(patient.documents, encounterId));
      section('Problems', '11450-4', entriesOf(patient.problems, encounterId));
      section('Procedures', '47519-4', entriesOf(patient.procedures, encounterId));
      section('Medications', '10160-0', entriesOf(patient.medications, encounterId));
      section('Results', '30954-2', entriesOf(patient.results, encounterId));
      section('Immunizations', '11369-6', entriesOf(patient.immunizations, encounterId));
      return sections;
    };

    const encounterSections: CompositionSection[] = [];
    const pending: Array<{ composition: Composition; encounter: Encounter }> = [];
    for (const encounter of patient.encounters) {
      const sections = sectionsFor(encounter.id);
      const author = this.provider(encounter.attendingId) ?? this.facility();
      const title = `${CHART_CLASS_TO_FHIR[encounter.class].display} ${formatDate(encounter.admittedAt)} (account ${encounter.accountNumber})`;
      const composition: Composition = {
        resourceType: 'Composition',
        text: narrative(title, sections),
        status: 'final',
        type: { coding: [{ system: SYSTEM.loinc, code: '34133-9', display: 'Summary of episode note' }], text: 'Encounter summary' },
        subject: written.patient,
        encounter: written.encounters.get(encounter.id),
        date: this.time(encounter.dischargedAt ?? encounter.admittedAt),
        author: [author],
        title,
        section: sections.length > 0 ? sections : [{ title: 'Encounter record', emptyReason: NOTHING_RECORDED }],
      };
      pending.push({ composition, encounter });
    }
    for (const { composition, encounter } of pending) {
      const ref = this.add(composition, { id: `${encounter.id}-summary` });
      encounterSections.push({ title: composition.title, entry: [ref] });
    }

    const chartSections: CompositionSection[] = [...encounterSections];
    const unattached = sectionsFor(undefined).map((s) => ({ ...s, title: `${s.title ?? ''} not tied to an encounter` }));
    chartSections.push(...unattached);
    const allergies = patient.allergies
      .map((a) => written.items.get(a.id))
      .concat(written.items.get(`${patient.id}-nka`))
      .filter((r): r is Reference => r !== undefined);
    if (allergies.length > 0)
      chartSections.push({ title: 'Allergies', code: { coding: [{ system: SYSTEM.loinc, code: '48765-2' }] }, entry: allergies });
    const careTeam = [...this.providerRefs.values()];
    if (careTeam.length > 0) chartSections.push({ title: 'Care team', entry: careTeam });

    const title = `Health record of ${formatNameNatural(patient.name)}, MRN ${patient.mrn}`;
    const chart: Composition = {
      resourceType: 'Composition',
      text: narrative(title, chartSections),
      identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${uuidFrom(`${this.pack.pack.id}|chart|${patient.id}`)}` },
      status: 'final',
      type: { coding: [{ system: SYSTEM.loinc, code: '11503-0', display: 'Medical records' }], text: 'Medical record' },
      subject: written.patient,
      date: this.options.now,
      author: [this.facility()],
      title,
      custodian: this.facility(),
      section: chartSections.length > 0 ? chartSections : [{ title: 'Record', emptyReason: NOTHING_RECORDED }],
    };
    const ref = this.add(chart, { id: `${patient.id}-record` });
    // A document Bundle starts with its Composition.
    const index = this.entries.findIndex((e) => e.fullUrl === ref.reference);
    const [entry] = this.entries.splice(index, 1);
    if (entry) this.entries.unshift(entry);
  }
}

/** The empty-reason of a section with nothing in it (sections must hold text, entries or a reason). */
const NOTHING_RECORDED: CodeableConcept = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/list-empty-reason', code: 'nilknown', display: 'Nil Known' }],
};

/** A short generated narrative for a Composition: its title and its sections' titles with their sizes. */
function narrative(title: string, sections: readonly CompositionSection[]) {
  const lines = [title, ...sections.map((s) => `- ${s.title ?? 'Section'}: ${s.entry?.length ?? 0}`)];
  return { status: 'generated' as const, div: textToXhtml(lines.join('\n')) };
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function concept(text: string, code: CodeRef | undefined): CodeableConcept {
  const system = code ? fhirCodeSystem(code.system) : undefined;
  if (!code) return { text };
  return {
    coding: [defined({ system: system ?? 'urn:record-room:local', code: code.code, display: code.display })],
    text,
  };
}

function practitioner(provider: Provider): Practitioner {
  return defined({
    resourceType: 'Practitioner' as const,
    identifier: provider.npi ? [{ system: SYSTEM.npi, value: provider.npi }] : undefined,
    active: true,
    name: [
      defined({
        family: provider.name.family,
        given: provider.name.given,
        prefix: provider.name.prefix ? [provider.name.prefix] : undefined,
        suffix: provider.name.suffix ? [provider.name.suffix] : undefined,
      }),
    ],
    qualification: provider.credentials === NOT_RECORDED ? undefined : [{ code: { text: provider.credentials } }],
  });
}

const IDENTIFIER_TEXT: Record<string, string> = {
  'ssn-last4': 'Social Security number, last four digits',
  'insurance-member': 'Insurance member number',
  medicare: 'Medicare number',
  medicaid: 'Medicaid number',
  'drivers-license': "Driver's license",
  'previous-mrn': 'Previous medical record number',
  other: 'Other identifier',
};

function fhirPatient(patient: Patient, pack: Pack, time: (local: string | undefined) => string | undefined): FhirPatient {
  const names = [
    defined({
      use: 'official' as const,
      family: patient.name.family,
      given: patient.name.given,
      prefix: patient.name.prefix ? [patient.name.prefix] : undefined,
      suffix: patient.name.suffix ? [patient.name.suffix] : undefined,
    }),
    ...patient.previousNames.map((n) =>
      defined({
        use: n.reason === 'maiden' ? ('maiden' as const) : ('old' as const),
        family: n.family,
        given: n.given && n.given.length > 0 ? n.given : undefined,
      }),
    ),
  ];
  return defined({
    resourceType: 'Patient' as const,
    identifier: [
      {
        use: 'usual' as const,
        type: { coding: [{ system: SYSTEM.identifierType, code: 'MR', display: 'Medical record number' }] },
        system: `urn:record-room:${pack.pack.id}:mrn`,
        value: patient.mrn,
      },
      ...patient.identifiers.map((i) =>
        defined({
          type: { text: IDENTIFIER_TEXT[i.type] ?? i.type },
          value: i.value,
          assigner: i.issuer ? { display: i.issuer } : undefined,
        }),
      ),
    ],
    name: names,
    telecom: patient.phone ? [{ system: 'phone' as const, value: patient.phone }] : undefined,
    gender: patient.sex,
    birthDate: patient.birthDate,
    deceasedDateTime: time(patient.deceasedAt),
    address: patient.address
      ? [
          defined({
            line: patient.address.line,
            city: patient.address.city,
            state: patient.address.state,
            postalCode: patient.address.postalCode,
            country: patient.address.country,
          }),
        ]
      : undefined,
    communication: patient.language ? [{ language: { text: patient.language } }] : undefined,
  });
}
