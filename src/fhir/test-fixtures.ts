/**
 * Small FHIR inputs for the unit tests of src/fhir, written for them: one Synthea-style patient
 * (numeric name suffixes, urn:uuid and conditional references) with an inpatient stay.
 */
import type { FhirInput } from './read.ts';

export type Json = Record<string, unknown>;

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const practitioner: Json = {
  resourceType: 'Practitioner',
  id: 'prac-1',
  identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '9999990001' }],
  name: [{ family: 'Hodkiewicz467', given: ['Lemuel304'], prefix: ['Dr.'] }],
};

export const patient: Json = {
  resourceType: 'Patient',
  id: 'pat-1',
  name: [
    { use: 'official', family: 'Kris249', given: ['Jacinto644', 'Ai120'], prefix: ['Mr.'] },
    { use: 'maiden', family: 'Rowe99', given: ['Jacinto644'] },
  ],
  gender: 'male',
  birthDate: '1950-04-12',
  deceasedDateTime: '2020-06-01T10:00:00-04:00',
  identifier: [
    {
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'SS' }] },
      system: 'http://hl7.org/fhir/sid/us-ssn',
      value: '999-12-3456',
    },
  ],
  address: [{ line: ['1 Main St'], city: 'Boston', state: 'MA', postalCode: '02110' }],
};

export const stay: Json = {
  resourceType: 'Encounter',
  id: 'enc-1',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
  type: [{ coding: [{ system: 'http://snomed.info/sct', code: '32485007', display: 'Hospital admission (procedure)' }] }],
  subject: { reference: `urn:uuid:${uuid(1)}` },
  participant: [{ individual: { reference: 'Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999990001' } }],
  period: { start: '2019-03-01T08:00:00-05:00', end: '2019-03-04T12:30:00-05:00' },
};

export const visit: Json = {
  resourceType: 'Encounter',
  id: 'enc-2',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
  subject: { reference: `urn:uuid:${uuid(1)}` },
  period: { start: '2019-05-01T09:00:00-04:00', end: '2019-05-01T09:30:00-04:00' },
};

export const condition: Json = {
  resourceType: 'Condition',
  id: 'cond-1',
  clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
  code: {
    coding: [{ system: 'http://snomed.info/sct', code: '233604007', display: 'Pneumonia (disorder)' }],
    text: 'Pneumonia (disorder)',
  },
  subject: { reference: `urn:uuid:${uuid(1)}` },
  encounter: { reference: `urn:uuid:${uuid(3)}` },
  onsetDateTime: '2019-03-01T08:00:00-05:00',
};

export const procedure: Json = {
  resourceType: 'Procedure',
  id: 'proc-1',
  status: 'completed',
  code: { coding: [{ system: 'http://snomed.info/sct', code: '399208008', display: 'Plain chest X-ray (procedure)' }] },
  subject: { reference: `urn:uuid:${uuid(1)}` },
  encounter: { reference: `urn:uuid:${uuid(3)}` },
  performedPeriod: { start: '2019-03-01T09:00:00-05:00', end: '2019-03-01T09:15:00-05:00' },
};

export const medication: Json = {
  resourceType: 'MedicationRequest',
  id: 'med-1',
  status: 'completed',
  intent: 'order',
  medicationCodeableConcept: { text: 'Amoxicillin 500 MG Oral Capsule' },
  subject: { reference: `urn:uuid:${uuid(1)}` },
  encounter: { reference: `urn:uuid:${uuid(3)}` },
  authoredOn: '2019-03-01T10:00:00-05:00',
  requester: { reference: `urn:uuid:${uuid(2)}` },
  dosageInstruction: [{ timing: { repeat: { frequency: 3, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 1 } }] }],
};

const observationCategory = (code: string) => [
  { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code, display: code }] },
];
const loinc = (code: string, display: string) => ({ coding: [{ system: 'http://loinc.org', code, display }], text: display });
const quantity = (value: number, code: string) => ({ value, unit: code, system: 'http://unitsofmeasure.org', code });

/** Observations as Synthea writes them: vital signs (one only by its LOINC code) and a laboratory result, all during the stay. */
export const vitalSigns: Json[] = [
  {
    resourceType: 'Observation',
    id: 'obs-temp',
    status: 'final',
    category: observationCategory('vital-signs'),
    code: loinc('8331-1', 'Oral temperature'),
    subject: { reference: `urn:uuid:${uuid(1)}` },
    encounter: { reference: `urn:uuid:${uuid(3)}` },
    effectiveDateTime: '2019-03-01T08:30:00-05:00',
    valueQuantity: quantity(37.11751760418478, 'Cel'),
  },
  {
    resourceType: 'Observation',
    id: 'obs-bp',
    status: 'final',
    category: observationCategory('vital-signs'),
    code: loinc('55284-4', 'Blood Pressure'),
    subject: { reference: `urn:uuid:${uuid(1)}` },
    encounter: { reference: `urn:uuid:${uuid(3)}` },
    effectiveDateTime: '2019-03-01T08:30:00-05:00',
    component: [
      { code: loinc('8462-4', 'Diastolic Blood Pressure'), valueQuantity: quantity(79.6, 'mm[Hg]') },
      { code: loinc('8480-6', 'Systolic Blood Pressure'), valueQuantity: quantity(121.2, 'mm[Hg]') },
    ],
  },
  {
    resourceType: 'Observation',
    id: 'obs-pulse',
    status: 'final',
    code: loinc('8867-4', 'Heart rate'),
    subject: { reference: `urn:uuid:${uuid(1)}` },
    encounter: { reference: `urn:uuid:${uuid(3)}` },
    effectiveDateTime: '2019-03-01T08:30:00-05:00',
    valueQuantity: quantity(72.4, '/min'),
  },
  {
    resourceType: 'Observation',
    id: 'obs-bmi',
    status: 'final',
    category: observationCategory('vital-signs'),
    code: loinc('39156-5', 'Body Mass Index'),
    subject: { reference: `urn:uuid:${uuid(1)}` },
    encounter: { reference: `urn:uuid:${uuid(3)}` },
    effectiveDateTime: '2019-03-01T08:30:00-05:00',
    valueQuantity: quantity(24.349, 'kg/m2'),
  },
  {
    resourceType: 'Observation',
    id: 'obs-hgb',
    status: 'final',
    category: observationCategory('laboratory'),
    code: loinc('718-7', 'Hemoglobin [Mass/volume] in Blood'),
    subject: { reference: `urn:uuid:${uuid(1)}` },
    encounter: { reference: `urn:uuid:${uuid(3)}` },
    effectiveDateTime: '2019-03-01T09:00:00-05:00',
    valueQuantity: quantity(13.2, 'g/dL'),
  },
];

const note = 'Chief complaint: cough.\nAssessment: community-acquired pneumonia.';

export const documentReference: Json = {
  resourceType: 'DocumentReference',
  id: 'doc-1',
  status: 'current',
  type: { coding: [{ system: 'http://loinc.org', code: '34117-2', display: 'History and physical note' }] },
  subject: { reference: `urn:uuid:${uuid(1)}` },
  date: '2019-03-01T11:00:00-05:00',
  author: [{ reference: `urn:uuid:${uuid(2)}` }],
  content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: btoa(note) } }],
  context: { encounter: [{ reference: `urn:uuid:${uuid(3)}` }], period: { start: '2019-03-01T08:00:00-05:00' } },
};

export const NOTE_TEXT = note;

/** A transaction Bundle of the resources, each with a urn:uuid fullUrl numbered from 1. */
export function transaction(...resources: Json[]): Json {
  // A deep copy, so a test that breaks its Bundle does not break the shared resources.
  return structuredClone({
    resourceType: 'Bundle',
    type: 'transaction',
    entry: resources.map((resource, i) => ({
      fullUrl: `urn:uuid:${uuid(i + 1)}`,
      resource,
      request: { method: 'POST', url: String(resource['resourceType']) },
    })),
  });
}

/** The standard test patient: patient, practitioner, stay, visit, condition, procedure, medication, note. */
export function synthetic(): Json {
  return transaction(patient, practitioner, stay, visit, condition, procedure, medication, documentReference);
}

export function input(name: string, value: unknown): FhirInput {
  return { name, text: typeof value === 'string' ? value : JSON.stringify(value) };
}
