/**
 * Small settings kept in IndexedDB. Each key, its type and meaning is listed here and only here.
 */
import type { Trainee } from '../access/trainee.ts';
import { db } from './db.ts';

export interface Settings {
  /** The trainee using this browser. */
  trainee: Trainee;
  /** Bundled packs the trainee removed: they are not installed again on start-up. */
  declinedBundledPacks: string[];
}

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K] | undefined> {
  const row = await db().settings.get(key);
  return row?.value as Settings[K] | undefined;
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await db().settings.put({ key, value });
}
