/**
 * The chart model: patients, encounters, documents and the clinical lists of a chart.
 *
 * Defined once, as zod schemas; the TypeScript types are inferred from them. The scenario-pack
 * format (src/packs) composes these into a file; storage and UI use the inferred types.
 * Pure: no React, no Dexie.
 */
import { z } from 'zod';
import { DOCUMENT_TYPE_IDS } from './document-types.ts';

/** Limits that keep a pack from exhausting a browser tab. Documented in docs/pack-format.md. */
export const LIMITS = {
  shortText: 200,
  mediumText: 2_000,
  documentText: 200_000,
} as const;

const shortText = z.string().trim().min(1).max(LIMITS.shortText);
const mediumText = z.string().trim().min(1).max(LIMITS.mediumText);

/** Object identifiers inside a pack: stable, URL-safe, unique within the pack. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit');

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), {
    message: 'is not a real calendar date',
  });

/**
 * A local date and time at the facility, `YYYY-MM-DDTHH:mm` (seconds optional, no zone): charts
 * record wall-clock time where care happened, and completion windows are counted in it.
 */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'must be a date and time written YYYY-MM-DDTHH:mm')
  .refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), {
    message: 'is not a real calendar date',
  });

export const Sex = z.enum(['female', 'male', 'other', 'unknown']);

export const HumanName = z.strictObject({
  family: shortText,
  given: z.array(shortText).min(1).max(5),
  prefix: shortText.optional(),
  suffix: shortText.optional(),
});

export const PreviousName = z.strictObject({
  family: shortText,
  given: z.array(shortText).max(5).optional(),
  /** Why the name is no longer current. */
  reason: z.enum(['maiden', 'marriage', 'divorce', 'legal-change', 'registration-error', 'other']),
  /** The last date the name was in use, when known. */
  until: IsoDate.optional(),
});

export const Alias = z.strictObject({
  kind: z.enum(['nickname', 'preferred', 'alias']),
  given: shortText.optional(),
  family: shortText.optional(),
});

export const Address = z.strictObject({
  line: z.array(shortText).min(1).max(3),
  city: shortText,
  state: shortText,
  postalCode: shortText,
  country: shortText.optional(),
});

export const Identifier = z.strictObject({
  type: z.enum(['ssn-last4', 'insurance-member', 'medicare', 'medicaid', 'drivers-license', 'previous-mrn', 'other']),
  value: shortText,
  issuer: shortText.optional(),
});

export const Alert = z.strictObject({
  kind: z.enum(['clinical', 'directive', 'administrative', 'behavioral']),
  text: shortText,
});

/**
 * Where an imported object came from: the FHIR resource type and id (or the Bundle entry's fullUrl
 * when the resource had no id). FHIR export writes the same ids back, so an import → export →
 * import round trip keeps them. Hand-written packs leave it out.
 */
export const Origin = z.strictObject({
  system: z.literal('fhir'),
  type: z.string().regex(/^[A-Z][A-Za-z]{1,63}$/, 'must be a FHIR resource type such as "Encounter"'),
  id: z.string().min(1).max(200),
});

export const Provider = z.strictObject({
  id: Id,
  name: HumanName,
  credentials: shortText,
  specialty: shortText,
  role: z.enum([
    'attending',
    'resident',
    'consultant',
    'surgeon',
    'anesthesiologist',
    'nurse-practitioner',
    'physician-assistant',
    'nurse',
    'radiologist',
    'pathologist',
    'other',
  ]),
  npi: z
    .string()
    .regex(/^\d{10}$/, 'must be 10 digits')
    .optional(),
  origin: Origin.optional(),
});

export const EncounterClass = z.enum(['inpatient', 'outpatient', 'emergency']);

export const DischargeDisposition = z.enum([
  'home',
  'home-health',
  'skilled-nursing',
  'rehabilitation',
  'long-term-care',
  'hospice',
  'transfer-acute',
  'left-against-advice',
  'expired',
  'admitted-inpatient',
  'other',
]);

export const Encounter = z.strictObject({
  id: Id,
  accountNumber: shortText,
  class: EncounterClass,
  admittedAt: LocalDateTime,
  dischargedAt: LocalDateTime.optional(),
  attendingId: Id,
  service: shortText,
  location: shortText.optional(),
  reasonForVisit: mediumText.optional(),
  admitSource: z.enum(['physician-referral', 'clinic', 'emergency-department', 'transfer', 'self', 'other']).optional(),
  dischargeDisposition: DischargeDisposition.optional(),
  origin: Origin.optional(),
});

export const Authentication = z.strictObject({
  providerId: Id,
  role: z.enum(['author', 'cosigner', 'attester']),
  at: LocalDateTime,
  method: z.enum(['electronic', 'handwritten', 'stamp']).optional(),
});

/** Record categories that law or facility policy protects beyond ordinary PHI. */
export const Sensitivity = z.enum([
  'psychotherapy-notes',
  'substance-use-part2',
  'hiv',
  'behavioral-health',
  'genetic',
  'reproductive',
  'minor-confidential',
]);

export const DocumentType = z.enum(DOCUMENT_TYPE_IDS);

export const ClinicalDocument = z.strictObject({
  id: Id,
  type: DocumentType,
  title: shortText,
  encounterId: Id.optional(),
  authorId: Id.optional(),
  /** Outside records and scanned forms name their author as text. */
  authorText: shortText.optional(),
  /** The date and time of the care the document records. */
  serviceAt: LocalDateTime,
  /** When the document was written, dictated or received. */
  writtenAt: LocalDateTime.optional(),
  status: z.enum(['in-progress', 'final', 'amended', 'entered-in-error']),
  /** A provider who must co-sign (a resident's note, a verbal order). */
  cosignerRequiredId: Id.optional(),
  authentications: z.array(Authentication).max(20).default([]),
  sensitivity: z.array(Sensitivity).max(7).optional(),
  text: z.string().max(LIMITS.documentText),
  origin: Origin.optional(),
});

export const CodeRef = z.strictObject({
  system: z.enum(['ICD-10-CM', 'ICD-10-PCS', 'HCPCS', 'SNOMED-CT', 'LOINC', 'RXNORM', 'CVX', 'CPT', 'local']),
  code: shortText,
  display: shortText.optional(),
});

export const Problem = z.strictObject({
  id: Id,
  description: shortText,
  status: z.enum(['active', 'inactive', 'resolved']),
  onset: IsoDate.optional(),
  recordedAt: LocalDateTime.optional(),
  encounterId: Id.optional(),
  code: CodeRef.optional(),
  origin: Origin.optional(),
});

export const Medication = z.strictObject({
  id: Id,
  name: shortText,
  dose: shortText.optional(),
  route: shortText.optional(),
  frequency: shortText.optional(),
  status: z.enum(['active', 'discontinued', 'completed', 'on-hold']),
  start: LocalDateTime.optional(),
  end: LocalDateTime.optional(),
  prescriberId: Id.optional(),
  encounterId: Id.optional(),
  setting: z.enum(['inpatient', 'outpatient']).optional(),
  origin: Origin.optional(),
});

export const Allergy = z.strictObject({
  id: Id,
  substance: shortText,
  category: z.enum(['medication', 'food', 'environment', 'other']),
  reaction: shortText.optional(),
  severity: z.enum(['mild', 'moderate', 'severe']).optional(),
  recordedAt: LocalDateTime.optional(),
  origin: Origin.optional(),
});

export const Order = z.strictObject({
  id: Id,
  encounterId: Id.optional(),
  category: z.enum(['lab', 'imaging', 'medication', 'nursing', 'diet', 'activity', 'consult', 'procedure', 'admission', 'other']),
  text: mediumText,
  orderedAt: LocalDateTime,
  orderedById: Id,
  status: z.enum(['pending', 'active', 'completed', 'discontinued']),
  /** Verbal and telephone orders need the ordering provider's authentication later. */
  mode: z.enum(['written', 'electronic', 'verbal', 'telephone']).optional(),
  authenticatedAt: LocalDateTime.optional(),
});

export const ReferenceRange = z.strictObject({
  low: z.number().optional(),
  high: z.number().optional(),
  text: shortText.optional(),
});

/**
 * What kind of observation a result is. Left out, it is a laboratory result (every pack written
 * before the field existed, so no migration is needed). Vital signs are shown on the Vitals tab,
 * not with the laboratory results.
 */
export const ResultCategory = z.enum(['laboratory', 'vital-signs']);

export const Result = z.strictObject({
  id: Id,
  encounterId: Id.optional(),
  category: ResultCategory.optional(),
  panel: shortText.optional(),
  test: shortText,
  value: z.union([z.number(), shortText]),
  unit: shortText.optional(),
  referenceRange: ReferenceRange.optional(),
  flag: z.enum(['L', 'H', 'LL', 'HH', 'A']).optional(),
  collectedAt: LocalDateTime,
  resultedAt: LocalDateTime.optional(),
  status: z.enum(['preliminary', 'final', 'corrected']),
  sensitivity: z.array(Sensitivity).max(7).optional(),
  origin: Origin.optional(),
});

export const Procedure = z.strictObject({
  id: Id,
  encounterId: Id.optional(),
  description: shortText,
  performedAt: LocalDateTime,
  performerId: Id.optional(),
  code: CodeRef.optional(),
  origin: Origin.optional(),
});

export const Immunization = z.strictObject({
  id: Id,
  vaccine: shortText,
  administeredAt: LocalDateTime,
  lotNumber: shortText.optional(),
  site: shortText.optional(),
  route: shortText.optional(),
  encounterId: Id.optional(),
  origin: Origin.optional(),
});

export const Patient = z.strictObject({
  id: Id,
  mrn: shortText,
  name: HumanName,
  previousNames: z.array(PreviousName).max(10).default([]),
  aliases: z.array(Alias).max(10).default([]),
  birthDate: IsoDate,
  sex: Sex,
  deceasedAt: LocalDateTime.optional(),
  address: Address.optional(),
  phone: shortText.optional(),
  language: shortText.optional(),
  identifiers: z.array(Identifier).max(20).default([]),
  alerts: z.array(Alert).max(20).default([]),
  /**
   * Whether allergies were asked about. An empty allergy list with "no-known-allergies" is NKA;
   * left out, an empty list only means none are recorded.
   */
  allergyAssessment: z.enum(['no-known-allergies', 'not-assessed']).optional(),
  encounters: z.array(Encounter).max(2_000).default([]),
  documents: z.array(ClinicalDocument).max(10_000).default([]),
  problems: z.array(Problem).max(2_000).default([]),
  medications: z.array(Medication).max(2_000).default([]),
  allergies: z.array(Allergy).max(200).default([]),
  orders: z.array(Order).max(10_000).default([]),
  results: z.array(Result).max(20_000).default([]),
  procedures: z.array(Procedure).max(2_000).default([]),
  immunizations: z.array(Immunization).max(500).default([]),
  origin: Origin.optional(),
});

/** A document received but not yet filed into a chart: the Filing queue's input. */
export const LooseDocument = z.strictObject({
  id: Id,
  receivedAt: LocalDateTime,
  source: shortText,
  /** The type written on the document or its cover sheet, if any: the filer decides the real type. */
  labelledType: shortText.optional(),
  title: shortText,
  pages: z.number().int().min(1).max(500).optional(),
  /** Protected content in the document (an HIV result inside faxed prenatal records, say). */
  sensitivity: z.array(Sensitivity).max(7).optional(),
  text: z.string().max(LIMITS.documentText),
});

export type Sex = z.infer<typeof Sex>;
export type HumanName = z.infer<typeof HumanName>;
export type PreviousName = z.infer<typeof PreviousName>;
export type Alias = z.infer<typeof Alias>;
export type Address = z.infer<typeof Address>;
export type Identifier = z.infer<typeof Identifier>;
export type Alert = z.infer<typeof Alert>;
export type Origin = z.infer<typeof Origin>;
export type Provider = z.infer<typeof Provider>;
export type EncounterClass = z.infer<typeof EncounterClass>;
export type DischargeDisposition = z.infer<typeof DischargeDisposition>;
export type Encounter = z.infer<typeof Encounter>;
export type Authentication = z.infer<typeof Authentication>;
export type Sensitivity = z.infer<typeof Sensitivity>;
export type ClinicalDocument = z.infer<typeof ClinicalDocument>;
export type CodeRef = z.infer<typeof CodeRef>;
export type Problem = z.infer<typeof Problem>;
export type Medication = z.infer<typeof Medication>;
export type Allergy = z.infer<typeof Allergy>;
export type Order = z.infer<typeof Order>;
export type ResultCategory = z.infer<typeof ResultCategory>;
export type Result = z.infer<typeof Result>;
export type Procedure = z.infer<typeof Procedure>;
export type Immunization = z.infer<typeof Immunization>;
export type Patient = z.infer<typeof Patient>;
export type LooseDocument = z.infer<typeof LooseDocument>;
