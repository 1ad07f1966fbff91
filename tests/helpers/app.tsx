/**
 * renderApp: the whole app on a fresh database, optionally with a trainee already signed in,
 * packs installed and a starting URL. Bundled packs are read from scenarios/ on disk instead of
 * fetched (tests that need none pass `bundled: false`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BUNDLED_PACKS, bundledSource } from '../../src/app/bundled-packs.ts';
import { App } from '../../src/ui/App.tsx';
import { useAppStore } from '../../src/store/store.ts';
import { installPack } from '../../src/storage/packs.ts';
import { setSetting } from '../../src/storage/settings.ts';
import type { Trainee } from '../../src/access/trainee.ts';
import { freshDatabase, rowsOf } from './db.ts';

const initialState = useAppStore.getState();

export const JordanLee: Trainee = {
  id: 'trainee-jordan',
  name: 'Jordan Lee',
  studentId: 'HIT-2041',
  createdAt: '2025-03-01T09:00:00.000Z',
};

export interface RenderAppOptions {
  trainee?: Trainee;
  packs?: unknown[];
  hash?: string;
  bundled?: boolean;
}

export async function renderApp(options: RenderAppOptions = {}) {
  const db = freshDatabase();
  bundledSource.packs = options.bundled ? BUNDLED_PACKS : [];
  // jsdom's URL does not resolve file: URLs as Node's does, so build the path with node:path.
  bundledSource.fetch = async (pack) => new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', pack.path)));
  if (options.trainee) await setSetting('trainee', options.trainee);
  for (const pack of options.packs ?? []) await installPack(rowsOf(pack));
  window.location.hash = options.hash ?? '#/patients';
  useAppStore.setState(initialState, true);
  useAppStore.getState().syncFromLocation();
  const user = userEvent.setup();
  const view = render(<App />);
  return { db, user, ...view };
}
