import { describe, expect, it } from 'vitest';
import { importFhir, UNKNOWN_PROVIDER_ID } from './import.ts';
import { GENERATED_SUMMARY_TITLE } from './discharge-summary.ts';
import { exportCollectionBundle } from './export.ts';
import { formatProviderName } from '../chart/format.ts';
import { vitalSignRows } from '../chart/vitals.ts';
import {
  NOTE_TEXT,
  condition,
  documentReference,
  input,
  patient,
  practitioner,
  stay,
  synthetic,
  transaction,
  uuid,
  vitalSigns,
  type Json,
} from './test-fixtures.ts';

function imported(...args: Parameters<typeof importFhir>) {
  const result = importFhir(...args);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result;
}

describe('importFhir: a Synthea-style transaction Bundle', () => {
  const { pack, report } = imported([input('kris.json', synthetic())]);
  const chart = pack.patients[0]!;

  it('makes one chart with names cleaned of Synthea digits, a maiden name and the last four of the SSN', () => {
    expect(pack.patients).toHaveLength(1);
    expect(chart.name).toEqual({ family: 'Kris', given: ['Jacinto', 'Ai'], prefix: 'Mr.' });
    expect(chart.previousNames).toEqual([{ family: 'Rowe', given: ['Jacinto'], reason: 'maiden' }]);
    expect(chart.identifiers).toEqual([{ type: 'ssn-last4', value: '3456' }]);
    expect(chart.deceasedAt).toBe('2020-06-01T10:00');
    expect(pack.providers.find((p) => p.npi === '9999990001')?.name).toEqual({ family: 'Hodkiewicz', given: ['Lemuel'], prefix: 'Dr.' });
  });

  it("assigns MRNs and account numbers in the default facility's formats and keeps the FHIR ids", () => {
    expect(pack.pack.facility.mrnFormat.pattern).toBe('^\\d{7}$');
    expect(chart.mrn).toBe('1000001');
    expect(chart.encounters.map((e) => e.accountNumber)).toEqual(['TH10000001', 'TH10000002']);
    expect(chart.origin).toEqual({ system: 'fhir', type: 'Patient', id: 'pat-1' });
    expect(chart.encounters[0]!.origin).toEqual({ system: 'fhir', type: 'Encounter', id: 'enc-1' });
  });

  it('maps encounter classes, the conditional attending reference, and an Unknown provider where none is named', () => {
    const [inpatient, outpatient] = chart.encounters;
    expect(inpatient).toMatchObject({
      class: 'inpatient',
      admittedAt: '2019-03-01T08:00',
      dischargedAt: '2019-03-04T12:30',
      service: 'Hospital admission',
    });
    expect(pack.providers.find((p) => p.id === inpatient!.attendingId)?.npi).toBe('9999990001');
    expect(outpatient).toMatchObject({ class: 'outpatient', attendingId: UNKNOWN_PROVIDER_ID });
    expect(report.unknownProvider).toBe(true);
    expect(report.warnings.some((w) => w.includes('Unknown provider'))).toBe(true);
  });

  it('files conditions, procedures, medications and notes under the stay, with SNOMED CT codes', () => {
    const stayId = chart.encounters[0]!.id;
    expect(chart.problems).toEqual([
      expect.objectContaining({
        description: 'Pneumonia',
        status: 'active',
        onset: '2019-03-01',
        encounterId: stayId,
        code: { system: 'SNOMED-CT', code: '233604007', display: 'Pneumonia (disorder)' },
      }),
    ]);
    expect(chart.procedures[0]).toMatchObject({
      description: 'Plain chest X-ray',
      performedAt: '2019-03-01T09:00',
      encounterId: stayId,
      code: { system: 'SNOMED-CT', code: '399208008' },
    });
    expect(chart.medications[0]).toMatchObject({
      name: 'Amoxicillin 500 MG Oral Capsule',
      dose: '1',
      frequency: '3 times every day',
      status: 'completed',
    });
    const [note] = chart.documents;
    expect(note).toMatchObject({
      type: 'history-and-physical',
      encounterId: stayId,
      text: NOTE_TEXT,
      serviceAt: '2019-03-01T08:00',
      writtenAt: '2019-03-01T11:00',
    });
    // Synthea writes no docStatus: the note is taken as signed by its author.
    expect(note!.authentications).toEqual([{ providerId: note!.authorId, role: 'author', at: '2019-03-01T11:00', method: 'electronic' }]);
  });

  it('reports what it read and mapped, by resource type', () => {
    expect(report.resources).toEqual({
      Condition: 1,
      DocumentReference: 1,
      Encounter: 2,
      MedicationRequest: 1,
      Patient: 1,
      Practitioner: 1,
      Procedure: 1,
    });
    expect(report.mapped).toEqual(report.resources);
    expect(report.unmapped).toEqual({});
    expect(report.created).toMatchObject({
      patients: 1,
      encounters: 2,
      conditions: 1,
      procedures: 1,
      documents: 1,
      generatedDischargeSummaries: 0,
    });
  });
});

describe('importFhir options for HIM work', () => {
  it('hideSourceCodes keeps codes off problems and procedures but keeps their source ids', () => {
    const { pack } = imported([input('kris.json', synthetic())], { hideSourceCodes: true });
    const chart = pack.patients[0]!;
    expect(chart.problems[0]!.code).toBeUndefined();
    expect(chart.procedures[0]!.code).toBeUndefined();
    expect(chart.problems[0]!.origin).toEqual({ system: 'fhir', type: 'Condition', id: 'cond-1' });
    expect(JSON.stringify(pack)).not.toContain('233604007');
  });

  it('composeDischargeSummaries writes an unsigned summary, marked as generated, for each inpatient stay without one', () => {
    const { pack, report } = imported([input('kris.json', synthetic())], { composeDischargeSummaries: true });
    const chart = pack.patients[0]!;
    const summaries = chart.documents.filter((d) => d.type === 'discharge-summary');
    expect(summaries).toHaveLength(1);
    const [summary] = summaries;
    expect(summary).toMatchObject({
      title: GENERATED_SUMMARY_TITLE,
      status: 'in-progress',
      authentications: [],
      encounterId: chart.encounters[0]!.id,
      serviceAt: '2019-03-04T12:30',
    });
    expect(summary!.text).toMatch(/^GENERATED DOCUMENT: composed by Record Room/);
    expect(summary!.text).toContain('Attending: Dr. Lemuel Hodkiewicz\n');
    expect(summary!.text).toContain('DIAGNOSES ADDRESSED DURING THE STAY\n  - Pneumonia\n');
    expect(summary!.text).toContain('- Plain chest X-ray, 03/01/2019 09:00');
    expect(summary!.text).toContain('- Amoxicillin 500 MG Oral Capsule, 1, 3 times every day (completed)');
    expect(summary!.text).toContain('DISCHARGE DISPOSITION: Not recorded in the source.');
    expect(report.created.generatedDischargeSummaries).toBe(1);
  });

  it('composes no summary for a stay the source says nothing about, and says why', () => {
    const { pack, report } = imported([input('kris.json', transaction(patient, practitioner, stay))], { composeDischargeSummaries: true });
    expect(pack.patients[0]!.documents).toEqual([]);
    expect(report.created.generatedDischargeSummaries).toBe(0);
    expect(report.warnings).toContainEqual(
      expect.stringContaining('no discharge summary was composed for it (for example Encounter/enc-1)'),
    );
    expect(pack.pack.description).toBe('Imported from FHIR R4 (1 file): 1 patient, 1 encounter.');
  });

  it('does not compose a summary for a stay that has one', () => {
    const summary = { ...documentReference, id: 'doc-ds', type: { coding: [{ system: 'http://loinc.org', code: '18842-5' }] } };
    const { pack } = imported([input('kris.json', transaction(patient, practitioner, stay, summary))], { composeDischargeSummaries: true });
    expect(pack.patients[0]!.documents.map((d) => d.title)).not.toContain(GENERATED_SUMMARY_TITLE);
  });

  it('numbers identifiers in a facility format given in the options, and refuses a format it cannot number', () => {
    const facility = {
      name: 'Lakeside',
      mrnFormat: { pattern: '^LC\\d{6}$', description: 'LC and 6 digits' },
      accountNumberFormat: { pattern: '^\\d{10}$', description: '10 digits' },
      completion: {},
      protectedCategories: [],
    };
    const { pack } = imported([input('kris.json', synthetic())], {
      facility: facility as never,
      packId: 'lake-fhir',
      title: 'Lake import',
    });
    expect(pack.pack).toMatchObject({ id: 'lake-fhir', title: 'Lake import' });
    expect(pack.patients[0]!.mrn).toBe('LC100001');
    expect(pack.patients[0]!.encounters[0]!.accountNumber).toBe('1000000001');
    const odd = importFhir([input('kris.json', synthetic())], {
      facility: { ...facility, mrnFormat: { pattern: '^[A-Z]{3}$', description: 'x' } } as never,
    });
    expect(odd).toMatchObject({ ok: false, problems: [{ path: 'facility.mrnFormat.pattern' }] });
  });
});

describe('importFhir documents', () => {
  const withContent = (content: Json[]): Json => ({ ...documentReference, content });

  it('turns a URL-only attachment into a document that says where the content was', () => {
    const { pack, report } = imported([
      input(
        'd.json',
        transaction(
          patient,
          practitioner,
          stay,
          withContent([{ attachment: { contentType: 'application/pdf', url: 'https://example.org/notes/1.pdf' } }]),
        ),
      ),
    ]);
    expect(pack.patients[0]!.documents[0]!.text).toBe(
      '[The content of this document was not included in the FHIR data. It was at: https://example.org/notes/1.pdf (application/pdf).]',
    );
    expect(report.warnings.some((w) => w.includes('says where the content was'))).toBe(true);
  });

  it('renders an HTML attachment and a Composition as plain text, never markup', () => {
    const html = '<html><body><h1>Note</h1><p>Pain &amp; fever<br/>improving</p><script>alert(1)</script></body></html>';
    const { pack } = imported([
      input(
        'd.json',
        transaction(patient, practitioner, stay, withContent([{ attachment: { contentType: 'text/html', data: btoa(html) } }])),
      ),
    ]);
    expect(pack.patients[0]!.documents[0]!.text).toBe('Note\n\nPain & fever\nimproving');

    const composition: Json = {
      resourceType: 'Composition',
      id: 'comp-1',
      status: 'final',
      title: 'Consult note',
      type: { coding: [{ system: 'http://loinc.org', code: '11488-4' }] },
      subject: { reference: `urn:uuid:${uuid(1)}` },
      date: '2019-03-02T10:00:00-05:00',
      author: [{ reference: `urn:uuid:${uuid(2)}` }],
      attester: [{ mode: 'legal', time: '2019-03-02T12:00:00-05:00', party: { reference: `urn:uuid:${uuid(2)}` } }],
      section: [
        {
          title: 'History',
          text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Cough for <b>3</b> days.</p></div>' },
        },
        {
          title: 'Plan',
          section: [
            {
              title: 'Medication',
              text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml"><ul><li>Amoxicillin</li></ul></div>' },
            },
          ],
        },
      ],
    };
    const result = imported([input('c.json', transaction(patient, practitioner, composition))]);
    const doc = result.pack.patients[0]!.documents[0]!;
    expect(doc).toMatchObject({ type: 'consultation', title: 'Consult note', status: 'final' });
    expect(doc.text).toBe('CONSULT NOTE\n\nHISTORY\nCough for 3 days.\n\nPLAN\n  MEDICATION\n  - Amoxicillin');
    expect(doc.authentications).toEqual([expect.objectContaining({ role: 'attester', at: '2019-03-02T12:00' })]);
    expect(doc.text).not.toMatch(/[<>]/);
  });
});

describe('importFhir reporting and refusals', () => {
  it('reports NDJSON lines that are not FHIR, counts unmapped types, and places nothing whose patient is missing', () => {
    const lines = [
      JSON.stringify(patient),
      JSON.stringify({ exportId: 'x', eventId: 'kickoff' }),
      JSON.stringify({ resourceType: 'CarePlan', id: 'cp', status: 'active', intent: 'plan', subject: { reference: 'Patient/pat-1' } }),
      JSON.stringify({ ...condition, id: 'c2', subject: { reference: 'Patient/somebody-else' }, encounter: undefined }),
    ].join('\n');
    const { report } = imported([input('mixed.ndjson', lines)]);
    expect(report.notFhir).toEqual(['mixed.ndjson:2']);
    expect(report.unmapped).toEqual({ CarePlan: 1, Condition: 1 });
    expect(report.warnings.some((w) => w.includes('a patient who is not in the input') && w.includes('Condition/c2'))).toBe(true);
  });

  it('moves care dated after death to the time of death (Synthea dates death certification so) and keeps it', () => {
    const late = { ...stay, id: 'enc-late', period: { start: '2020-06-03T09:00:00-04:00', end: '2020-06-03T09:15:00-04:00' } };
    const { pack, report } = imported([input('late.json', transaction(patient, practitioner, late))]);
    expect(pack.patients[0]!.encounters[0]).toMatchObject({ admittedAt: '2020-06-01T10:00', dischargedAt: '2020-06-01T10:00' });
    expect(report.warnings.some((w) => w.includes("after the patient's death"))).toBe(true);
  });

  it('keeps a stay across a daylight-saving change in order, on the clock of its start', () => {
    const dst = { ...stay, period: { start: '2022-11-06T01:52:06-04:00', end: '2022-11-06T01:07:06-05:00' } };
    const { pack } = imported([input('dst.json', transaction({ ...patient, deceasedDateTime: undefined }, practitioner, dst))]);
    expect(pack.patients[0]!.encounters[0]).toMatchObject({ admittedAt: '2022-11-06T01:52', dischargedAt: '2022-11-06T02:07' });
  });

  it.each([
    [
      'an unknown resourceType',
      input('bad.json', transaction(patient, { resourceType: 'Patinet', id: 'x' })),
      'bad.json: Bundle.entry[1].resource.resourceType',
      '"Patinet" is not a FHIR R4 resource type',
    ],
    [
      'a reference to nothing',
      input('dangling.json', transaction(patient, { ...condition, subject: { reference: `urn:uuid:${uuid(99)}` } })),
      'dangling.json: Bundle.entry[1].resource.subject.reference',
      `"urn:uuid:${uuid(99)}" points to nothing`,
    ],
    [
      'a conditional reference that matches nothing',
      input('cond.json', transaction(patient, stay)),
      'cond.json: Bundle.entry[1].resource.participant[0].individual.reference',
      'points to nothing: no Practitioner in the input has that identifier',
    ],
    ['text that is not JSON', input('notes.json', 'hello, world'), 'notes.json', 'is not valid JSON'],
    [
      'an NDJSON line that is not JSON',
      input('p.ndjson', `${JSON.stringify(patient)}\n{"resourceType": "Patient",`),
      'p.ndjson:2',
      'is not valid JSON',
    ],
    [
      'a history Bundle',
      input('h.json', { resourceType: 'Bundle', type: 'history', entry: [] }),
      'h.json: Bundle.type',
      'only transaction, batch, collection',
    ],
    [
      'data nested too deeply',
      input('deep.json', `{"resourceType":"Basic","extension":${'['.repeat(5000)}${']'.repeat(5000)}}`),
      'deep.json',
      'nested more than',
    ],
    ['an empty file', input('empty.json', '  '), 'empty.json', 'is empty'],
  ])('refuses %s with a path-bearing problem', (_name, given, path, message) => {
    const result = importFhir([given]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.path).toBe(path);
    expect(result.problems[0]!.message).toContain(message);
    expect(result.problems[0]!.message).not.toMatch(/\n\s+at /);
  });

  it('refuses values of the wrong shape deep inside a resource without throwing', () => {
    const odd = { ...patient, name: 'Kris', address: 7, telecom: { system: 'phone' } };
    const result = importFhir([input('odd.json', odd)]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.patients[0]!.name).toEqual({ family: 'Unknown', given: ['Patient'] });
  });
});

describe('importFhir vital signs and providers', () => {
  const { pack } = imported([input('kris.json', transaction(patient, practitioner, stay, ...vitalSigns))]);
  const results = pack.patients[0]!.results;
  const byTest = (test: string) => results.find((r) => r.test === test);

  it('marks vital signs by their category, or by their LOINC code when the category is missing', () => {
    expect(byTest('Oral temperature')).toMatchObject({
      category: 'vital-signs',
      value: 37.118,
      unit: 'Cel',
      collectedAt: '2019-03-01T08:30',
    });
    expect(byTest('Heart rate')).toMatchObject({ category: 'vital-signs', value: 72.4, unit: '/min' });
    expect(byTest('Body Mass Index')).toMatchObject({ category: 'vital-signs', unit: 'kg/m2' });
    expect(byTest('Hemoglobin [Mass/volume] in Blood')).toMatchObject({ category: 'laboratory', unit: 'g/dL' });
  });

  it("keeps a blood pressure's components as systolic and diastolic results of one panel, which the Vitals view shows as one reading", () => {
    expect(results.filter((r) => r.panel === 'Blood Pressure').map((r) => [r.test, r.value, r.category])).toEqual([
      ['Diastolic Blood Pressure', 79.6, 'vital-signs'],
      ['Systolic Blood Pressure', 121.2, 'vital-signs'],
    ]);
    expect(vitalSignRows(results).map((r) => `${r.name} ${r.value}`)).toEqual([
      'Oral temperature 37.1 °C',
      'Heart rate 72 /min',
      'Blood pressure 121/80 mmHg',
      'Body Mass Index 24.3 kg/m²',
    ]);
  });

  it('keeps the category through an export and a new import', () => {
    const exported = exportCollectionBundle(pack, { now: '2025-03-01T12:00:00Z' });
    if (!exported.ok) throw new Error('export failed');
    const again = imported([input('export.json', exported.bundle)]).pack.patients[0]!.results;
    expect(again.map((r) => [r.test, r.category])).toEqual(results.map((r) => [r.test, r.category]));
  });

  it('names a provider without recorded credentials by title and name, and keeps a generational suffix out of the credentials', () => {
    const provider = pack.providers.find((p) => p.npi === '9999990001')!;
    expect(provider.credentials).toBe('Not recorded');
    expect(formatProviderName(provider)).toBe('Dr. Lemuel Hodkiewicz');
    const junior = { ...practitioner, name: [{ family: 'Reyes', given: ['Ana'], suffix: ['Jr.', 'MD'] }] };
    const named = imported([input('jr.json', transaction(patient, junior, stay))]).pack.providers[0]!;
    expect(named.name).toEqual({ family: 'Reyes', given: ['Ana'], suffix: 'Jr.' });
    expect(formatProviderName(named)).toBe('Ana Reyes Jr., MD');
  });

  it('reads NUBC discharge status codes, as Synthea writes them, as well as HL7 ones', () => {
    const nubc = (code: string) => ({
      ...stay,
      hospitalization: { dischargeDisposition: { coding: [{ system: 'http://www.nubc.org/patient-discharge', code }] } },
    });
    const disposition = (resource: Json) =>
      imported([input('s.json', transaction(patient, practitioner, resource))]).pack.patients[0]!.encounters[0]!.dischargeDisposition;
    expect(disposition(nubc('01'))).toBe('home');
    expect(disposition(nubc('1'))).toBe('home');
    expect(disposition(nubc('03'))).toBe('skilled-nursing');
    expect(disposition(nubc('06'))).toBe('home-health');
    const hl7 = {
      ...stay,
      hospitalization: {
        dischargeDisposition: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/discharge-disposition', code: 'rehab' }] },
      },
    };
    expect(disposition(hl7)).toBe('rehabilitation');
  });
});
