/**
 * Full storage never leaves the UI waiting: when IndexedDB refuses a write with a
 * QuotaExceededError, the library and the welcome screen say what happened and what to do, the
 * Replace dialog closes, and what was stored before is all still there.
 */
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { freshDatabase, snapshot } from '../helpers/db.ts';
import { buildPack } from '../fixtures/packs.ts';
import { useAppStore } from '../../src/store/store.ts';
import { STORAGE_FULL } from '../../src/store/storage-failure.ts';
import { getSetting, setSetting } from '../../src/storage/settings.ts';
import { App } from '../../src/ui/App.tsx';

const packFile = (content: unknown, name: string) => new File([JSON.stringify(content)], name, { type: 'application/json' });
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a pack import when storage is full', () => {
  it('says storage is full, offers to dismiss, and keeps the installed packs', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, hash: '#/library', packs: [buildPack({ id: 'installed-pack' })] });
    await screen.findByRole('heading', { name: 'Test Pack' });
    const before = await snapshot(db);
    vi.spyOn(db.patients, 'bulkPut').mockRejectedValue(quotaExceeded());

    await user.upload(screen.getByLabelText('Import scenario pack'), packFile(buildPack({ id: 'new-pack' }), 'new.pack.json'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'new.pack.json was not imported' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(STORAGE_FULL);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(useAppStore.getState().importState).toEqual({ status: 'failed', fileName: 'new.pack.json', message: STORAGE_FULL });
    expect(await snapshot(db)).toEqual(before);

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The import works again once there is room.
    vi.restoreAllMocks();
    await user.upload(screen.getByLabelText('Import scenario pack'), packFile(buildPack({ id: 'new-pack' }), 'new.pack.json'));
    expect(await screen.findByText(/Installed “Test Pack” from new.pack.json/)).toBeInTheDocument();
  });

  it('closes the Replace dialog, says storage is full, and keeps the installed version', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, hash: '#/library', packs: [buildPack()] });
    await screen.findByRole('heading', { name: 'Test Pack' });
    const before = await snapshot(db);
    await user.upload(screen.getByLabelText('Import scenario pack'), packFile(buildPack({ packVersion: '1.1.0' }), 'newer.pack.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Replace “Test Pack”?' });
    vi.spyOn(db.documents, 'bulkPut').mockRejectedValue(quotaExceeded());

    await user.click(within(dialog).getByRole('button', { name: 'Replace pack' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(STORAGE_FULL);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await db.packs.get('test-pack'))?.meta.packVersion).toBe('1.0.0');
    expect(await snapshot(db)).toEqual(before);
  });

  it('says what failed when storage refuses for another reason', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, hash: '#/library' });
    vi.spyOn(db.packs, 'get').mockRejectedValue(new DOMException('Internal error opening backing store.', 'UnknownError'));
    await user.upload(await screen.findByLabelText('Import scenario pack'), packFile(buildPack(), 'test.pack.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('test.pack.json was not imported');
    expect(alert).toHaveTextContent(
      'Reading the installed packs failed: Internal error opening backing store. Nothing was changed; try again',
    );
  });

  it('says so when removing a pack fails, and the pack stays', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, hash: '#/library', packs: [buildPack()] });
    await user.click(await screen.findByRole('button', { name: 'Remove Test Pack' }));
    vi.spyOn(db.settings, 'put').mockRejectedValue(quotaExceeded());
    vi.spyOn(db.patients, 'where').mockImplementation(() => {
      throw quotaExceeded();
    });
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove pack' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(STORAGE_FULL);
    expect(await db.packs.count()).toBe(1);
    expect(screen.getByRole('heading', { name: 'Test Pack' })).toBeInTheDocument();
  });
});

describe('signing in when storage is full', () => {
  it('says so on the welcome screen and stays there; Start works once there is room', async () => {
    const { user, db } = await renderApp();
    await user.type(await screen.findByLabelText('Your name'), 'Sam Rivera');
    const put = vi.spyOn(db.settings, 'put').mockRejectedValue(quotaExceeded());
    await user.click(screen.getByRole('button', { name: 'Start' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are not signed in');
    expect(alert).toHaveTextContent(STORAGE_FULL);
    expect(screen.getByRole('heading', { name: 'Welcome to Record Room' })).toBeInTheDocument();
    expect(useAppStore.getState().trainee).toBeUndefined();
    expect(await getSetting('trainee')).toBeUndefined();

    put.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(within(await screen.findByRole('banner')).getByText('Sam Rivera')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens the welcome screen with the reason when the session cannot be read', async () => {
    const db = freshDatabase();
    await setSetting('trainee', JordanLee);
    vi.spyOn(db.settings, 'get').mockRejectedValue(new DOMException('The database connection is closing.', 'InvalidStateError'));
    useAppStore.setState({ trainee: undefined, sessionLoaded: false, sessionProblem: undefined });
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Reading who is signed in from this browser's storage failed: The database connection is closing.",
    );
    expect(screen.getByRole('heading', { name: 'Welcome to Record Room' })).toBeInTheDocument();
    expect(useAppStore.getState()).toMatchObject({ sessionLoaded: true, trainee: undefined });
  });
});
