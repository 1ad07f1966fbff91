/**
 * The access log's rows: appended, never changed. An entry is read as it was written, so entries of
 * earlier versions (no reason, fewer actions) still show; `access/log.ts` says how to label them.
 */
import type { AccessEntry } from '../access/log.ts';
import { db } from './db.ts';

export async function recordAccess(entry: AccessEntry): Promise<void> {
  await db().accessLog.add(entry);
}

/** The trainee's own entries, newest first. */
export function traineeAccessLog(traineeId: string): Promise<AccessEntry[]> {
  return db().accessLog.where('traineeId').equals(traineeId).reverse().sortBy('seq');
}
