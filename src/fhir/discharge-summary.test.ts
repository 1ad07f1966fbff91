/**
 * The generated discharge summary says what the source recorded of the stay — its diagnoses,
 * procedures, medications and disposition — and is not written when the source recorded nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Encounter, Patient, Provider } from '../chart/model.ts';
import { GENERATED_SUMMARY_TITLE, composeDischargeSummary, stayFacts } from './discharge-summary.ts';
import { UNKNOWN_PROVIDER_ID } from './import/context.ts';

const attending: Provider = {
  id: 'prv-1',
  name: { family: 'Fay', given: ['Loren'], prefix: 'Dr.' },
  credentials: 'Not recorded',
  specialty: 'Not recorded',
  role: 'attending',
};

const stay: Encounter = {
  id: 'enc-1-1',
  accountNumber: 'TH10000001',
  class: 'inpatient',
  admittedAt: '2006-01-31T16:34',
  dischargedAt: '2006-02-04T16:49',
  attendingId: 'prv-1',
  service: 'Non-urgent orthopedic admission',
};

function patientWith(more: Partial<Patient>): Patient {
  return {
    id: 'pt-1',
    mrn: '1000001',
    name: { family: 'Dibbert', given: ['Laticia'] },
    previousNames: [],
    aliases: [],
    birthDate: '1950-01-01',
    sex: 'female',
    identifiers: [],
    alerts: [],
    encounters: [stay],
    documents: [],
    problems: [],
    medications: [],
    allergies: [],
    orders: [],
    results: [],
    procedures: [],
    immunizations: [],
    ...more,
  };
}

const knee = patientWith({
  problems: [
    { id: 'prob-1', description: 'Osteoarthritis of knee', status: 'active', encounterId: 'enc-1-1' },
    // Recorded during the stay without naming it: it belongs to the stay.
    { id: 'prob-2', description: 'Anemia', status: 'resolved', recordedAt: '2006-02-02T08:00' },
    // Another visit's condition is not the stay's.
    { id: 'prob-3', description: 'Seasonal allergic rhinitis', status: 'active', recordedAt: '2005-05-01T09:00' },
  ],
  procedures: [
    { id: 'proc-2', description: 'Physical therapy', performedAt: '2006-02-02T10:00', encounterId: 'enc-1-1' },
    { id: 'proc-1', description: 'Total knee replacement', performedAt: '2006-01-31T16:34', encounterId: 'enc-1-1' },
  ],
  medications: [
    {
      id: 'med-1',
      name: 'Oxycodone 5 MG Oral Tablet',
      dose: '1 tablet',
      route: 'Oral',
      frequency: 'every 6 hours, as needed',
      status: 'discontinued',
      start: '2006-01-31T18:00',
      encounterId: 'enc-1-1',
    },
  ],
});

describe('composeDischargeSummary', () => {
  it("lists the stay's diagnoses, procedures in order, medications and disposition, and nothing from other visits", () => {
    const doc = composeDischargeSummary(knee, { ...stay, dischargeDisposition: 'home-health' }, [attending], 'doc-1-ds-1')!;
    expect(doc).toMatchObject({ title: GENERATED_SUMMARY_TITLE, type: 'discharge-summary', status: 'in-progress', authentications: [] });
    expect(doc.text.split('\n').slice(4)).toEqual([
      'Patient: DIBBERT, Laticia    MRN: 1000001    Account: TH10000001',
      'Admitted: 01/31/2006 16:34    Discharged: 02/04/2006 16:49',
      'Attending: Dr. Loren Fay',
      'Service: Non-urgent orthopedic admission',
      '',
      'DIAGNOSES ADDRESSED DURING THE STAY',
      '  - Osteoarthritis of knee',
      '  - Anemia',
      '',
      'PROCEDURES',
      '  - Total knee replacement, 01/31/2006 16:34',
      '  - Physical therapy, 02/02/2006 10:00',
      '',
      'MEDICATIONS',
      '  - Oxycodone 5 MG Oral Tablet, 1 tablet, Oral, every 6 hours, as needed (stopped)',
      '',
      'DISCHARGE DISPOSITION: Home with home health services',
    ]);
    expect(doc.text).not.toContain('Seasonal allergic rhinitis');
  });

  it('is not written for a stay with no diagnosis, procedure or medication in the source', () => {
    expect(composeDischargeSummary(patientWith({}), stay, [attending], 'doc-1-ds-1')).toBeUndefined();
  });

  it('takes the reason for admission as the diagnosis when no condition is linked to the stay', () => {
    const facts = stayFacts(patientWith({}), { ...stay, reasonForVisit: 'Chronic pain' });
    expect(facts.diagnoses).toEqual(['Chronic pain']);
    const doc = composeDischargeSummary(patientWith({}), { ...stay, reasonForVisit: 'Chronic pain' }, [attending], 'd')!;
    expect(doc.text).toContain('Reason for admission: Chronic pain\n\nDIAGNOSES ADDRESSED DURING THE STAY\n  - Chronic pain\n');
    expect(doc.text).toContain('PROCEDURES\n  None recorded in the source.\n');
  });

  it('says the patient expired when death came during the stay, and names no Unknown provider as attending', () => {
    const died = { ...knee, deceasedAt: '2006-02-04T16:49' };
    const doc = composeDischargeSummary(died, { ...stay, attendingId: UNKNOWN_PROVIDER_ID }, [], 'd')!;
    expect(doc.text).toContain('DISCHARGE DISPOSITION: Expired');
    expect(doc.text).toContain('Attending: Not recorded in the source.');
  });

  it('never shows codes or names a principal diagnosis: sequencing and coding are the trainee’s work', () => {
    const coded = { ...knee, problems: [{ ...knee.problems[0]!, code: { system: 'SNOMED-CT' as const, code: '239873007' } }] };
    const doc = composeDischargeSummary(coded, stay, [attending], 'd')!;
    expect(doc.text).not.toContain('239873007');
    expect(doc.text.toLowerCase()).not.toContain('principal');
  });
});
