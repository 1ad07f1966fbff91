import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { snapshot } from '../helpers/db.ts';
import { buildPack } from '../fixtures/packs.ts';

const packFile = (content: unknown, name = 'test.pack.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

describe('pack library', () => {
  it('imports a pack through "Import scenario pack"', async () => {
    const { user } = await renderApp({ trainee: JordanLee, hash: '#/library' });
    await user.upload(await screen.findByLabelText('Import scenario pack'), packFile(buildPack()));
    expect(await screen.findByText(/Installed “Test Pack” from test.pack.json/)).toBeInTheDocument();
    const installed = screen.getByRole('list', { name: 'Installed scenario packs' });
    expect(within(installed).getByRole('heading', { name: 'Test Pack' })).toBeInTheDocument();
    expect(within(installed).getByText(/2 patients · 2 encounters · 3 documents · 1 loose document/)).toBeInTheDocument();
  });

  it('lists every problem of a rejected pack with its path, and changes nothing', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, hash: '#/library', packs: [buildPack({ id: 'installed-pack' })] });
    await screen.findByRole('heading', { name: 'Test Pack' });
    const before = await snapshot(db);
    const bad = buildPack();
    bad.patients[1]!.mrn = '0001001';
    bad.patients[0]!.encounters![0]!.attendingId = 'prv-nobody';
    await user.upload(screen.getByLabelText('Import scenario pack'), packFile(bad, 'bad.pack.json'));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'bad.pack.json was not imported' })).toBeInTheDocument();
    const items = within(within(alert).getByRole('list', { name: 'Problems found' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'patients[1].mrn "0001001" is already the MRN of patients[0]; each patient has one MRN of their own',
      'patients[0].encounters[0].attendingId refers to provider "prv-nobody", who is not in providers',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('asks before replacing an installed pack, and replaces it on confirmation', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, hash: '#/library', packs: [buildPack()] });
    await screen.findByRole('heading', { name: 'Test Pack' });
    const newer = buildPack({ packVersion: '1.1.0' });
    newer.pack.title = 'Test Pack, revised';
    await user.upload(screen.getByLabelText('Import scenario pack'), packFile(newer, 'newer.pack.json'));

    const dialog = await screen.findByRole('dialog', { name: 'Replace “Test Pack”?' });
    expect(dialog).toHaveTextContent('Version 1.0.0 is installed; newer.pack.json holds version 1.1.0');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await db.packs.get('test-pack'))?.meta.packVersion).toBe('1.0.0');

    await user.upload(screen.getByLabelText('Import scenario pack'), packFile(newer, 'newer.pack.json'));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Replace pack' }));
    expect(await screen.findByText(/Replaced “Test Pack, revised”/)).toBeInTheDocument();
    expect((await db.packs.get('test-pack'))?.meta.packVersion).toBe('1.1.0');
  });

  it('removes a pack after confirmation', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, hash: '#/library', packs: [buildPack()] });
    await user.click(await screen.findByRole('button', { name: 'Remove Test Pack' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove pack' }));
    await waitFor(async () => expect(await db.patients.count()).toBe(0));
    expect(await screen.findByText(/No scenario packs are installed/)).toBeInTheDocument();
  });

  it('installs the bundled packs on the first visit', async () => {
    const { db } = await renderApp({ trainee: JordanLee, hash: '#/library', bundled: true });
    await waitFor(async () => expect(await db.packs.count()).toBeGreaterThanOrEqual(2), { timeout: 15_000 });
    expect(await screen.findByRole('heading', { name: /Riverside General Hospital/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Lakeside Community Health/ })).toBeInTheDocument();
  }, 30_000);
});

describe('drag and drop', () => {
  it('imports a pack dropped on the import area', async () => {
    const { db } = await renderApp({ trainee: JordanLee, hash: '#/library' });
    const zone = (await screen.findByLabelText('Import scenario pack')).closest('.drop-zone')!;
    const file = packFile(buildPack(), 'dropped.pack.json');
    fireEvent.dragOver(zone, { dataTransfer: { files: [file] } });
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(await screen.findByText(/Installed “Test Pack” from dropped.pack.json/)).toBeInTheDocument();
    expect(await db.patients.count()).toBe(2);
  });
});
