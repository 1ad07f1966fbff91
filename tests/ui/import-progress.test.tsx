/**
 * Import progress in the library: the import runs through the worker protocol (in-process here,
 * as jsdom has no Worker), and the panel shows a progress bar named after the file, with its
 * value and the step in words, until the pack is installed.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { rowsOf } from '../helpers/db.ts';
import { buildPack, packBytes } from '../fixtures/packs.ts';
import { buildLargePack } from '../fixtures/large-pack.ts';
import { checkPack } from '../../src/store/import-client.ts';
import { handleImportRequest } from '../../src/store/import-jobs.ts';
import type { ImportProgress, ImportResponse } from '../../src/store/import-protocol.ts';

const NOW = '2025-03-01T10:00:00.000Z';

describe('the import protocol without a Worker', () => {
  it('checks a pack in-process and answers with progress, its rows in chunks, and the result', async () => {
    expect(typeof Worker).toBe('undefined');
    const pack = buildLargePack(1_200);
    const steps: ImportProgress['step'][] = [];
    const checked = await checkPack(
      { fileName: 'large.pack.json', source: new File([packBytes(pack) as BlobPart], 'large.pack.json'), packSource: 'imported', now: NOW },
      (p) => steps.push(p.step),
    );
    expect(steps).toEqual(['reading', 'checking', 'preparing']);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.rows).toEqual({ ...rowsOf(pack), pack: { ...rowsOf(pack).pack, fileName: 'large.pack.json' } });
  });

  it('sends rows a chunk per message, then one final message', async () => {
    const messages: ImportResponse[] = [];
    await handleImportRequest(
      { id: 7, job: 'pack', fileName: 'large.pack.json', source: packBytes(buildLargePack(2_500)), packSource: 'imported', now: NOW },
      (m) => messages.push(m),
    );
    const rows = messages.filter((m) => m.type === 'rows');
    expect(rows.filter((m) => m.table === 'patients').map((m) => m.rows.length)).toEqual([1000, 1000, 500]);
    expect(messages.at(-1)).toMatchObject({ id: 7, type: 'pack-done', result: { ok: true } });
    expect(messages.every((m) => m.id === 7)).toBe(true);
  });

  it('answers a file that cannot be read with a failure in words', async () => {
    const unreadable = new File(['{}'], 'gone.pack.json');
    unreadable.arrayBuffer = () => Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError'));
    const messages: ImportResponse[] = [];
    await handleImportRequest(
      { id: 1, job: 'pack', fileName: 'gone.pack.json', source: unreadable, packSource: 'imported', now: NOW },
      (m) => messages.push(m),
    );
    expect(messages.at(-1)).toEqual({ id: 1, type: 'failed', message: 'The requested file could not be read.' });
  });
});

describe('the import panel', () => {
  it('shows a progress bar named after the file while a large pack is checked and saved', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, hash: '#/library' });
    const file = new File([packBytes(buildLargePack(2_000, { title: 'Large Pack' })) as BlobPart], 'large.pack.json', {
      type: 'application/json',
    });
    await user.upload(await screen.findByLabelText('Import scenario pack'), file);

    const bar = await screen.findByRole('progressbar', { name: 'Importing large.pack.json' });
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(screen.getByLabelText('Import scenario pack')).toBeDisabled();
    const saving = await screen.findByText(/^Saving [\d,]+ of 10,004 rows… \d+ %$/, {}, { timeout: 10_000 });
    expect(within(saving.closest('.import-progress')!).getByRole('progressbar')).toHaveAttribute('aria-valuetext', saving.textContent);

    expect(await screen.findByText(/Installed “Large Pack” from large.pack.json/, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(await db.patients.count()).toBe(2_000);
  }, 30_000);

  it('says a file that cannot be read was not imported, and changes nothing', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, hash: '#/library', packs: [buildPack()] });
    const unreadable = new File(['{}'], 'gone.pack.json');
    unreadable.arrayBuffer = () => Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError'));
    await user.upload(await screen.findByLabelText('Import scenario pack'), unreadable);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('gone.pack.json was not imported');
    expect(alert).toHaveTextContent('Reading gone.pack.json failed: The requested file could not be read. Nothing was changed');
    expect(await db.packs.count()).toBe(1);
  });
});
