/** "Import FHIR" in the library: FHIR resources become a pack; broken FHIR is refused with paths and changes nothing. */
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { snapshot } from '../helpers/db.ts';

const file = (content: unknown, name: string) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

const patient = {
  resourceType: 'Patient',
  id: 'p1',
  name: [{ family: 'Rivera123', given: ['Ana456'] }],
  gender: 'female',
  birthDate: '1980-05-06',
};
const encounter = {
  resourceType: 'Encounter',
  id: 'e1',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
  subject: { reference: 'Patient/p1' },
  period: { start: '2024-03-01T09:00:00Z', end: '2024-03-01T09:30:00Z' },
};

// Vitest transforms the importer's lazy chunk on first import: do it once, up front.
beforeAll(async () => {
  await import('../../src/fhir/import.ts');
}, 60_000);

describe('Import FHIR', () => {
  it('turns FHIR resources into an installed pack and says what it made', async () => {
    const { user } = await renderApp({ trainee: JordanLee, hash: '#/library' });
    await user.upload(await screen.findByLabelText('Import FHIR'), [
      file(patient, 'patient.json'),
      file(`${JSON.stringify(encounter)}\n`, 'Encounter.ndjson'),
    ]);
    const done = await screen.findByText(
      /Installed “FHIR import: 2 files \(patient.json…\)” from patient.json and 1 more\./,
      {},
      { timeout: 10_000 },
    );
    expect(done).toHaveTextContent('1 patient, 1 encounter, 0 conditions, 0 procedures, 0 documents.');
    expect(
      within(screen.getByRole('list', { name: 'Installed scenario packs' })).getByRole('heading', {
        name: 'FHIR import: 2 files (patient.json…)',
      }),
    ).toBeInTheDocument();
  });

  it('refuses a reference to nothing with its path, and changes nothing', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, hash: '#/library' });
    await screen.findByLabelText('Import FHIR');
    const before = await snapshot(db);
    // Inside a Bundle, a urn:uuid reference must point at an entry of the same Bundle.
    const bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { fullUrl: 'urn:uuid:6f1c1d9e-0000-4000-8000-000000000001', resource: patient, request: { method: 'POST', url: 'Patient' } },
        {
          fullUrl: 'urn:uuid:6f1c1d9e-0000-4000-8000-000000000002',
          resource: { ...encounter, subject: { reference: 'urn:uuid:6f1c1d9e-0000-4000-8000-00000000dead' } },
          request: { method: 'POST', url: 'Encounter' },
        },
      ],
    };
    await user.upload(screen.getByLabelText('Import FHIR'), file(bundle, 'bundle.json'));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('bundle.json was not imported');
    expect(within(alert).getByRole('list', { name: 'Problems found' })).toHaveTextContent('Bundle.entry[1].resource.subject.reference');
    expect(await snapshot(db)).toEqual(before);
  }, 20_000);
});
