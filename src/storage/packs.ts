/** Installing, replacing and removing packs: each a single transaction over every pack table. */
import type { PackRows, InstalledPack, TaskRow } from '../packs/normalise.ts';
import type { Task } from '../tasks/model.ts';
import type { Table } from 'dexie';
import { db } from './db.ts';

/** Rows written per `bulkPut` while installing: small enough to report progress (and let the page paint) between them. */
export const INSTALL_CHUNK_ROWS = 250;

export interface InstallOptions {
  /** Called before the first row is written, after every chunk, and once all is committed: rows written so far, of all of them. */
  onProgress?: (saved: number, total: number) => void;
  chunkRows?: number;
}

/** How many rows installing a pack writes (the pack row included). */
export function packRowCount(rows: PackRows): number {
  return (
    rows.providers.length +
    rows.patients.length +
    rows.encounters.length +
    rows.documents.length +
    rows.clinical.length +
    rows.looseDocuments.length +
    rows.tasks.length +
    1
  );
}

/**
 * Stores a normalised pack, replacing any installed pack with the same id. One transaction: if
 * anything fails, the database is as it was. Trainees' work and access logs are separate tables
 * keyed by pack id, so they are kept. Rows are written in chunks inside that transaction, with
 * progress reported between them.
 */
export async function installPack(rows: PackRows, options: InstallOptions = {}): Promise<void> {
  const d = db();
  const { onProgress, chunkRows = INSTALL_CHUNK_ROWS } = options;
  const total = packRowCount(rows);
  let saved = 0;
  const put = async <T>(table: Table<T, [string, string]>, list: readonly T[]) => {
    for (let i = 0; i < list.length; i += chunkRows) {
      const chunk = list.slice(i, i + chunkRows);
      await table.bulkPut(chunk);
      saved += chunk.length;
      onProgress?.(saved, total);
    }
  };
  await d.transaction('rw', d.packTables, async () => {
    await deletePackRows(rows.pack.id);
    onProgress?.(saved, total);
    await put(d.providers, rows.providers);
    await put(d.patients, rows.patients);
    await put(d.encounters, rows.encounters);
    await put(d.documents, rows.documents);
    await put(d.clinical, rows.clinical);
    await put(d.looseDocuments, rows.looseDocuments);
    await put(d.tasks, rows.tasks);
    await d.packs.put(rows.pack);
  });
  onProgress?.(total, total);
}

export async function removePack(packId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.packTables, () => deletePackRows(packId));
}

async function deletePackRows(packId: string): Promise<void> {
  const d = db();
  await Promise.all([
    d.providers.where('packId').equals(packId).delete(),
    d.patients.where('packId').equals(packId).delete(),
    d.encounters.where('packId').equals(packId).delete(),
    d.documents.where('packId').equals(packId).delete(),
    d.clinical.where('packId').equals(packId).delete(),
    d.looseDocuments.where('packId').equals(packId).delete(),
    d.tasks.where('packId').equals(packId).delete(),
    d.packs.delete(packId),
  ]);
}

export function getInstalledPack(packId: string): Promise<InstalledPack | undefined> {
  return db().packs.get(packId);
}

export function listInstalledPacks(): Promise<InstalledPack[]> {
  return db().packs.orderBy('id').toArray();
}

/** Every stored row of a pack, assembled back into the pack (for grading and export). */
export async function loadPackRows(packId: string): Promise<PackRows | undefined> {
  const d = db();
  return d.transaction('r', d.packTables, async () => {
    const pack = await d.packs.get(packId);
    if (!pack) return undefined;
    const by = <T>(table: { where: (index: string) => { equals: (v: string) => { toArray: () => Promise<T[]> } } }) =>
      table.where('packId').equals(packId).toArray();
    const [providers, patients, encounters, documents, clinical, looseDocuments, tasks] = await Promise.all([
      by(d.providers),
      by(d.patients),
      by(d.encounters),
      by(d.documents),
      by(d.clinical),
      by(d.looseDocuments),
      by(d.tasks),
    ]);
    return { pack, providers, patients, encounters, documents, clinical, looseDocuments, tasks } as PackRows;
  });
}

/** The tasks of every installed pack, in each pack's order. */
export async function listTasks(): Promise<TaskRow[]> {
  const rows = await db().tasks.toArray();
  return rows.sort((a, b) => (a.packId === b.packId ? a.order - b.order : a.packId < b.packId ? -1 : 1));
}

/** One pack's tasks, in the pack's order. */
export async function listPackTasks(packId: string): Promise<Task[]> {
  const rows = await db().tasks.where('packId').equals(packId).toArray();
  return rows.sort((a, b) => a.order - b.order).map((r) => r.task);
}
