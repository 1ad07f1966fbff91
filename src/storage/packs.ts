/** Installing, replacing and removing packs: each a single transaction over every pack table. */
import type { PackRows, InstalledPack, TaskRow } from '../packs/normalise.ts';
import type { Task } from '../tasks/model.ts';
import { db } from './db.ts';

/**
 * Stores a normalised pack, replacing any installed pack with the same id. One transaction: if
 * anything fails, the database is as it was. Trainees' work and access logs are separate tables
 * keyed by pack id, so they are kept.
 */
export async function installPack(rows: PackRows): Promise<void> {
  const d = db();
  await d.transaction('rw', d.packTables, async () => {
    await deletePackRows(rows.pack.id);
    await d.providers.bulkPut(rows.providers);
    await d.patients.bulkPut(rows.patients);
    await d.encounters.bulkPut(rows.encounters);
    await d.documents.bulkPut(rows.documents);
    await d.clinical.bulkPut(rows.clinical);
    await d.looseDocuments.bulkPut(rows.looseDocuments);
    await d.tasks.bulkPut(rows.tasks);
    await d.packs.put(rows.pack);
  });
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
    const by = <T>(table: { where: (index: string) => { equals: (v: string) => { toArray: () => Promise<T[]> } } }) => table.where('packId').equals(packId).toArray();
    const [providers, patients, encounters, documents, clinical, looseDocuments, tasks] = await Promise.all([
      by(d.providers), by(d.patients), by(d.encounters), by(d.documents), by(d.clinical), by(d.looseDocuments), by(d.tasks),
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
