/** A fresh, empty database for each test (fake-indexeddb in jsdom, real IndexedDB in Chromium). */
import { RecordRoomDb, setDatabase } from '../../src/storage/db.ts';
import { normalisePack } from '../../src/packs/normalise.ts';
import { readPackJson } from '../../src/packs/read.ts';

let counter = 0;

export function freshDatabase(): RecordRoomDb {
  counter += 1;
  const db = new RecordRoomDb(`record-room-test-${Date.now()}-${counter}`);
  setDatabase(db);
  return db;
}

/** Runs a pack through the real pipeline and returns the rows storage would keep. */
export function rowsOf(pack: unknown, source: 'bundled' | 'imported' = 'imported') {
  const result = readPackJson(pack);
  if (!result.ok) throw new Error(`fixture pack is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return normalisePack(result.pack, { source, now: '2025-03-01T10:00:00.000Z' });
}

/** Every row of every table, to compare a database before and after. */
export async function snapshot(db: RecordRoomDb) {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return Object.fromEntries(tables);
}
