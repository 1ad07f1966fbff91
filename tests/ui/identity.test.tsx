/**
 * Patient identity in jsdom: the chart's Demographics tab (opened from the banner) shows every
 * identifier a trainee verifies a patient on; the master patient index shows the address, what a
 * search matched beyond the name (a previous name, an identifier), a phonetic match labelled as
 * one, says so when nobody matches, and narrows to one facility when more than one is installed;
 * the work queues' picker shows the address of each match and of the patient chosen.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { buildPack, joseNunez } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';

/** The test pack, with Peggy Oduya's phone and identifiers recorded at registration. */
function registeredPack() {
  const pack = buildPack();
  Object.assign(pack.patients[0]!, {
    phone: '(937) 555-0144',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '6602' },
      { type: 'medicare', value: '7KD3-WA6-TM29', issuer: 'CMS' },
      { type: 'insurance-member', value: 'BSS-88410273', issuer: 'Buckeye Senior Supplement' },
    ],
  });
  return pack;
}

/** A second facility with a patient whose name sounds like José Núñez's but is spelled otherwise. */
function lakesidePack() {
  const pack = buildPack({ id: 'lakeside-test' });
  pack.pack.facility.name = 'Lakeside Test Clinic';
  pack.patients = [{ ...joseNunez(), id: 'pt-nunes', mrn: '0002002', name: { family: 'Nunes', given: ['Jose'] } }];
  pack.looseDocuments = [];
  return pack;
}

beforeAll(async () => {
  await import('../../src/ui/work/TaskPage.tsx');
}, 60_000);

describe('the Demographics tab', () => {
  it('opens from the banner and shows the address, phone, identifiers, previous names and aliases', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [registeredPack()], hash: '#/chart/test-pack/pt-oduya/cover' });
    const banner = await screen.findByRole('region', { name: 'Patient banner' });
    await user.click(within(banner).getByRole('link', { name: /^Demographics/ }));

    expect(screen.getByRole('tab', { name: 'Demographics' })).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Demographics' });
    const patient = within(panel).getByRole('region', { name: 'Patient' });
    expect(patient).toHaveTextContent('Legal nameODUYA, Margaret Ann');
    expect(patient).toHaveTextContent('Date of birth02/29/1948 (age');
    expect(patient).toHaveTextContent('SexFemale');
    expect(patient).toHaveTextContent('LanguageEnglish');

    const contact = within(panel).getByRole('region', { name: 'Address and phone' });
    expect(contact).toHaveTextContent('Address12 Elm StRiverside, OH 45001');
    expect(contact).toHaveTextContent('Phone(937) 555-0144');

    const rows = within(within(panel).getByRole('table', { name: 'Identifiers' }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'Medical record number (MRN)0001001Riverside Test Hospital',
      'SSN (last four)XXX-XX-6602Not recorded',
      'Medicare ID (MBI)7KD3-WA6-TM29CMS',
      'Insurance member IDBSS-88410273Buckeye Senior Supplement',
    ]);

    const names = within(within(panel).getByRole('table', { name: 'Previous names and aliases' }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(names).toEqual(['CARTER, MargaretPrevious nameChanged on marriage, in use until 06/01/2019', 'PeggyNickname—']);
    // The banner stays above the tab, naming the patient.
    expect(within(banner).getByRole('heading', { name: 'ODUYA, Margaret Ann' })).toBeInTheDocument();
  });

  it('says what registration did not record', async () => {
    await renderApp({ trainee: JordanLee, packs: [buildPack()], hash: '#/chart/test-pack/pt-nunez/demographics' });
    const panel = await screen.findByRole('tabpanel', { name: 'Demographics' });
    expect(within(panel).getByRole('region', { name: 'Address and phone' })).toHaveTextContent(
      'AddressNo address on recordPhoneNo phone on record',
    );
    expect(within(panel).getByRole('region', { name: 'Previous names and aliases' })).toHaveTextContent('None recorded.');
    expect(within(panel).getByRole('region', { name: 'Patient' })).toHaveTextContent('LanguageNot recorded');
  });
});

describe('the master patient index', () => {
  it('lists the address and says which previous name or identifier matched', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [registeredPack()] });
    const search = await screen.findByRole('searchbox', { name: 'Search patients' });
    const table = screen.getByRole('table', { name: 'Patients' });
    const oduya = async () => (await within(table).findByRole('link', { name: 'ODUYA, Margaret Ann' })).closest('tr')!;
    expect(await oduya()).toHaveTextContent('12 Elm StRiverside, OH 45001');

    await user.type(search, 'carter');
    expect(await oduya()).toHaveTextContent('matched previous name CARTER, Margaret');
    await user.clear(search);
    await user.type(search, '7kd3-wa6');
    expect(await oduya()).toHaveTextContent('matched Medicare ID (MBI) 7KD3-WA6-TM29');
    await user.clear(search);
    await user.type(search, 'peggy');
    expect(await oduya()).toHaveTextContent('matched nickname Peggy');
  });

  it('offers a name that only sounds like the one typed, labelled as a phonetic match', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [buildPack(), lakesidePack()] });
    await user.type(await screen.findByRole('searchbox', { name: 'Search patients' }), 'nunes jose');
    const table = screen.getByRole('table', { name: 'Patients' });
    const [header, first, second] = within(table).getAllByRole('row');
    expect(header).toHaveTextContent('Name');
    expect(within(first!).getByRole('link')).toHaveAccessibleName('NUNES, Jose');
    expect(first).not.toHaveTextContent('Phonetic');
    expect(within(second!).getByRole('link')).toHaveAccessibleName('NÚÑEZ, José');
    expect(second).toHaveTextContent('Phonetic sounds like “nunes”');
  });

  it('says so when nobody matches', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [buildPack()] });
    await user.type(await screen.findByRole('searchbox', { name: 'Search patients' }), 'zzyzx');
    expect(await screen.findByText('No patient matches “zzyzx”.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Patients' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 of 2 patients match “zzyzx”');
  });

  it('narrows to one facility, with the filter shown only when more than one is installed', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [buildPack(), lakesidePack()] });
    const facility = await screen.findByRole('combobox', { name: 'Facility' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 patients'));
    await user.selectOptions(facility, 'Lakeside Test Clinic');
    expect(screen.getByRole('status')).toHaveTextContent('1 patient at Lakeside Test Clinic');
    expect(within(screen.getByRole('table', { name: 'Patients' })).getAllByRole('link')).toHaveLength(1);
    await user.type(screen.getByRole('searchbox', { name: 'Search patients' }), 'oduya');
    expect(await screen.findByText('No patient at Lakeside Test Clinic matches “oduya”.')).toBeInTheDocument();
    await user.selectOptions(facility, 'All facilities');
    expect(await within(screen.getByRole('table', { name: 'Patients' })).findByRole('link', { name: 'ODUYA, Margaret Ann' })).toBeVisible();
  });

  it('has no facility filter with one facility installed', async () => {
    await renderApp({ trainee: JordanLee, packs: [buildPack()] });
    await screen.findByRole('table', { name: 'Patients' });
    expect(screen.queryByRole('combobox', { name: 'Facility' })).not.toBeInTheDocument();
  });
});

describe('the work queues’ patient picker', () => {
  it('shows the address of each match and of the patient chosen', async () => {
    const pack = { ...registeredPack(), tasks: TASKS, keys: KEYS };
    const { user } = await renderApp({ trainee: JordanLee, packs: [pack], hash: '#/task/test-pack/t-file' });
    const card = await screen.findByRole('article', { name: 'Consult letter' });
    await user.click(within(card).getByRole('radio', { name: 'File to a chart' }));
    await user.type(within(card).getByRole('searchbox', { name: 'Find patient' }), '6602');
    const hit = within(card).getByRole('button', { name: /^Select ODUYA, Margaret Ann/ });
    expect(hit).toHaveAccessibleDescription('12 Elm St, Riverside, OH 45001matched SSN (last four) XXX-XX-6602');
    await user.click(hit);
    expect(
      within(card)
        .getByText(/^Patient:/)
        .closest('p'),
    ).toHaveTextContent('Patient: ODUYA, Margaret Ann · MRN 0001001 · DOB 02/29/1948Address: 12 Elm St, Riverside, OH 45001');
  });
});
