/**
 * Small settings kept in IndexedDB. Each key, its type and meaning is listed here and only here.
 */
import type { Trainee } from '../access/trainee.ts';
import { db } from './db.ts';

export interface Settings {
  /** The trainee using this browser now (absent once they sign out). */
  trainee: Trainee;
  /** Everyone who has practised in this browser (a shared lab PC), to continue as on the welcome screen. */
  trainees: Trainee[];
  /**
   * Bundled packs by their path in scenarios/: the URL they were installed from (it changes when
   * a new build bundles new content, which then replaces the installed copy) and whether the
   * trainee removed them (a removed bundled pack is not installed again on start-up).
   */
  bundledPacks: Record<string, { url: string; packId: string; title: string; state: 'installed' | 'removed' }>;
}

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K] | undefined> {
  const row = await db().settings.get(key);
  return row?.value as Settings[K] | undefined;
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await db().settings.put({ key, value });
}

export async function deleteSetting(key: keyof Settings): Promise<void> {
  await db().settings.delete(key);
}
