/**
 * Trainees' work, one row per trainee and pack. Every command the trainee gives is written here
 * before the next one is applied (the store queues them), so a reload or a crash loses nothing.
 */
import type { Work } from '../tasks/work.ts';
import { db, type WorkRow } from './db.ts';

export function getWork(packId: string, traineeId: string): Promise<WorkRow | undefined> {
  return db().work.get([packId, traineeId]);
}

export async function putWork(row: WorkRow): Promise<void> {
  await db().work.put(row);
}

/** Every pack this trainee has work on, for the queues' progress and the results screen. */
export function listTraineeWork(traineeId: string): Promise<WorkRow[]> {
  return db().work.where('traineeId').equals(traineeId).toArray();
}

export type { Work, WorkRow };
