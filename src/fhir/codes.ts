/**
 * The code tables between FHIR R4 and the chart model: code-system URIs, encounter classes,
 * discharge dispositions, admit sources, LOINC document types and vital signs. Used in both directions, by
 * the importer and by the exporter.
 */
import type { CodeRef, Encounter, EncounterClass } from '../chart/model.ts';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_IDS, type DocumentTypeId } from '../chart/document-types.ts';

export const SYSTEM = {
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  cvx: 'http://hl7.org/fhir/sid/cvx',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  icd10pcs: 'http://www.cms.gov/Medicare/Coding/ICD10',
  cpt: 'http://www.ama-assn.org/go/cpt',
  hcpcs: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
  npi: 'http://hl7.org/fhir/sid/us-npi',
  ssn: 'http://hl7.org/fhir/sid/us-ssn',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  dischargeDisposition: 'http://terminology.hl7.org/CodeSystem/discharge-disposition',
  admitSource: 'http://terminology.hl7.org/CodeSystem/admit-source',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  medicationRequestCategory: 'http://terminology.hl7.org/CodeSystem/medicationrequest-category',
  compositionAttestationMode: 'http://hl7.org/fhir/composition-attestation-mode',
} as const;

/** Code-system URIs as the chart model names them. Several URIs are in use for some systems. */
const CODE_SYSTEMS: ReadonlyArray<readonly [CodeRef['system'], readonly string[]]> = [
  ['SNOMED-CT', [SYSTEM.snomed]],
  ['ICD-10-CM', [SYSTEM.icd10cm, 'http://hl7.org/fhir/sid/icd-10', 'urn:oid:2.16.840.1.113883.6.90']],
  ['ICD-10-PCS', [SYSTEM.icd10pcs, 'http://hl7.org/fhir/sid/icd-10-pcs', 'urn:oid:2.16.840.1.113883.6.4']],
  ['LOINC', [SYSTEM.loinc]],
  ['RXNORM', [SYSTEM.rxnorm]],
  ['CVX', [SYSTEM.cvx]],
  ['CPT', [SYSTEM.cpt, 'urn:oid:2.16.840.1.113883.6.12']],
  ['HCPCS', [SYSTEM.hcpcs, 'urn:oid:2.16.840.1.113883.6.285', 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets']],
];

/** The chart's name for a code-system URI, if it has one. */
export function chartCodeSystem(uri: string | undefined): CodeRef['system'] | undefined {
  if (uri === undefined) return undefined;
  return CODE_SYSTEMS.find(([, uris]) => uris.includes(uri))?.[0];
}

/** The URI for a chart code system; `local` codes have none. */
export function fhirCodeSystem(system: CodeRef['system']): string | undefined {
  return CODE_SYSTEMS.find(([name]) => name === system)?.[1][0];
}

/**
 * Encounter classes (v3 ActCode, as Synthea writes them) folded into the chart's three. Short
 * stays and observation encounters are outpatient care; home health, virtual and field visits
 * are outpatient too.
 */
const CLASS_TO_CHART: Record<string, EncounterClass> = {
  IMP: 'inpatient',
  ACUTE: 'inpatient',
  NONAC: 'inpatient',
  PRENC: 'inpatient',
  EMER: 'emergency',
  AMB: 'outpatient',
  OBSENC: 'outpatient',
  SS: 'outpatient',
  HH: 'outpatient',
  VR: 'outpatient',
  FLD: 'outpatient',
};

export function chartEncounterClass(code: string | undefined): EncounterClass | undefined {
  return code === undefined ? undefined : CLASS_TO_CHART[code.toUpperCase()];
}

export const CHART_CLASS_TO_FHIR: Record<EncounterClass, { code: string; display: string }> = {
  inpatient: { code: 'IMP', display: 'inpatient encounter' },
  outpatient: { code: 'AMB', display: 'ambulatory' },
  emergency: { code: 'EMER', display: 'emergency' },
};

type DischargeDisposition = NonNullable<Encounter['dischargeDisposition']>;

/** Discharge dispositions (HL7 discharge-disposition) and the chart's values, both ways. */
const DISPOSITIONS: ReadonlyArray<readonly [string, DischargeDisposition]> = [
  ['home', 'home'],
  ['alt-home', 'home'],
  ['other-hcf', 'transfer-acute'],
  ['hosp', 'hospice'],
  ['long', 'long-term-care'],
  ['aadvice', 'left-against-advice'],
  ['exp', 'expired'],
  ['psy', 'transfer-acute'],
  ['rehab', 'rehabilitation'],
  ['snf', 'skilled-nursing'],
  ['oth', 'other'],
];

/**
 * NUBC patient discharge status codes (UB-04 form locator 17), which Synthea and US claims data
 * write instead of HL7's: "01" home, "03" skilled nursing, "20" expired, and so on.
 */
const NUBC_DISPOSITIONS: Readonly<Record<string, DischargeDisposition>> = {
  '01': 'home',
  '02': 'transfer-acute',
  '03': 'skilled-nursing',
  '04': 'long-term-care',
  '05': 'transfer-acute',
  '06': 'home-health',
  '07': 'left-against-advice',
  '20': 'expired',
  '21': 'other',
  '40': 'expired',
  '41': 'expired',
  '42': 'expired',
  '43': 'transfer-acute',
  '50': 'hospice',
  '51': 'hospice',
  '61': 'skilled-nursing',
  '62': 'rehabilitation',
  '63': 'long-term-care',
  '64': 'long-term-care',
  '65': 'transfer-acute',
  '66': 'transfer-acute',
  '69': 'other',
  '70': 'other',
};

const NUBC_SYSTEMS: readonly string[] = ['http://www.nubc.org/patient-discharge', 'https://www.nubc.org/patient-discharge'];

/** The chart's disposition for an HL7 discharge-disposition code, or a NUBC one (by its system, or a code of digits). */
export function chartDisposition(code: string | undefined, system?: string): DischargeDisposition | undefined {
  if (code === undefined) return undefined;
  if ((system !== undefined && NUBC_SYSTEMS.includes(system)) || /^\d{1,2}$/.test(code)) return NUBC_DISPOSITIONS[code.padStart(2, '0')];
  return DISPOSITIONS.find(([fhir]) => fhir === code)?.[1];
}

export function fhirDisposition(value: DischargeDisposition): string {
  return DISPOSITIONS.find(([, chart]) => chart === value)?.[0] ?? 'oth';
}

type AdmitSource = NonNullable<Encounter['admitSource']>;
const ADMIT_SOURCES: ReadonlyArray<readonly [string, AdmitSource]> = [
  ['gp', 'physician-referral'],
  ['mp', 'physician-referral'],
  ['outp', 'clinic'],
  ['emd', 'emergency-department'],
  ['hosp-trans', 'transfer'],
  ['nursing', 'transfer'],
  ['psych', 'transfer'],
  ['rehab', 'transfer'],
  ['born', 'other'],
  ['other', 'other'],
];

export function chartAdmitSource(code: string | undefined): AdmitSource | undefined {
  return ADMIT_SOURCES.find(([fhir]) => fhir === code)?.[1];
}

export function fhirAdmitSource(value: AdmitSource): string {
  return value === 'self' ? 'other' : (ADMIT_SOURCES.find(([, chart]) => chart === value)?.[0] ?? 'other');
}

/**
 * LOINC codes of the vital signs (the FHIR R4 vital-signs profiles, and the pain score US systems
 * chart with them): an Observation with one of these codes is a vital sign even when its category
 * does not say so.
 */
export const VITAL_SIGN_LOINC: ReadonlySet<string> = new Set([
  '85353-1', // vital signs panel
  '9279-1', // respiratory rate
  '8867-4', // heart rate
  '2708-6', // oxygen saturation in arterial blood
  '59408-5', // oxygen saturation by pulse oximetry
  '8310-5', // body temperature
  '8331-1', // oral temperature
  '8328-7', // axillary temperature
  '8332-9', // rectal temperature
  '8302-2', // body height
  '8306-3', // body height, lying
  '9843-4', // head circumference
  '29463-7', // body weight
  '39156-5', // body mass index
  '85354-9', // blood pressure panel
  '55284-4', // blood pressure systolic and diastolic
  '8480-6', // systolic blood pressure
  '8462-4', // diastolic blood pressure
  '72514-3', // pain severity, 0–10 verbal numeric rating
]);

/** LOINC document codes beyond those in the document-type list, and the type each is filed as. */
const EXTRA_LOINC: Record<string, DocumentTypeId> = {
  '28655-9': 'discharge-summary',
  '11490-0': 'discharge-summary',
  '34105-7': 'discharge-summary',
  '34108-1': 'progress-note',
  '51847-2': 'progress-note',
  '34109-9': 'progress-note',
  '28569-2': 'consultation',
  '34101-6': 'consultation',
  '57133-1': 'correspondence',
  '11505-5': 'procedure-note',
  '34137-0': 'history-and-physical',
  '34138-8': 'history-and-physical',
  '18726-0': 'radiology-report',
  '60591-5': 'outside-record',
  '34133-9': 'outside-record',
  '11503-0': 'outside-record',
  '68608-9': 'outside-record',
  '11492-6': 'history-and-physical',
  '34750-0': 'nursing-note',
  '11485-0': 'anesthesia-record',
  '64297-5': 'consent-form',
};

/** The document type for a LOINC document code, if Record Room has one. */
export function documentTypeForLoinc(code: string | undefined): DocumentTypeId | undefined {
  if (code === undefined) return undefined;
  return DOCUMENT_TYPE_IDS.find((id) => (DOCUMENT_TYPES[id] as { loinc?: string }).loinc === code) ?? EXTRA_LOINC[code];
}

/** The LOINC code for a document type; types without one export as a generic clinical note. */
export function loincForDocumentType(type: DocumentTypeId): { code: string; display: string } {
  const loinc = (DOCUMENT_TYPES[type] as { loinc?: string }).loinc;
  return loinc === undefined ? { code: '11506-3', display: 'Progress note' } : { code: loinc, display: DOCUMENT_TYPES[type].label };
}

/** DiagnosticReport categories (HL7 v2-0074 service sections) and the document type of a report. */
export function documentTypeForReportCategory(code: string | undefined): DocumentTypeId | undefined {
  switch (code?.toUpperCase()) {
    case 'LAB':
    case 'CH':
    case 'HM':
    case 'MB':
    case 'SR':
    case 'BLB':
    case 'IMM':
      return 'laboratory-report';
    case 'RAD':
    case 'CT':
    case 'NMR':
    case 'NMS':
    case 'RUS':
    case 'VUS':
    case 'XRC':
      return 'radiology-report';
    case 'PAT':
    case 'SP':
    case 'CP':
    case 'CTH':
    case 'GE':
      return 'pathology-report';
    case 'EC':
    case 'CUS':
    case 'CG':
      return 'cardiology-report';
    default:
      return undefined;
  }
}
