/**
 * Trainees' work, one row per trainee and pack. Every command is applied to the row as it is stored
 * now, inside one read-write transaction (read, apply, write), so two tabs working on the same pack
 * never overwrite each other's actions; a live query tells each tab when the row changed.
 */
import { liveQuery } from 'dexie';
import type { Work } from '../tasks/work.ts';
import { db, type WorkRow } from './db.ts';

export function getWork(packId: string, traineeId: string): Promise<WorkRow | undefined> {
  return db().work.get([packId, traineeId]);
}

export async function putWork(row: WorkRow): Promise<void> {
  await db().work.put(row);
}

/**
 * Reads the stored row, gives it to `change`, and writes what it returns, in one transaction: a
 * write from another tab lands either before the read or after the write, never in between. When
 * `change` returns a problem, nothing is written and the stored row is returned with it.
 */
export function updateWork(
  packId: string,
  traineeId: string,
  change: (current: WorkRow | undefined) => WorkRow | { problem: string },
): Promise<{ row: WorkRow; problem?: undefined } | { row: WorkRow | undefined; problem: string }> {
  return db().transaction('rw', db().work, async () => {
    const current = await db().work.get([packId, traineeId]);
    const next = change(current);
    if ('problem' in next) return { row: current, problem: next.problem };
    await db().work.put(next);
    return { row: next };
  });
}

/** Calls `onChange` with the stored row whenever it changes, in this tab or another; returns the unsubscribe. */
export function watchWork(
  packId: string,
  traineeId: string,
  onChange: (row: WorkRow | undefined) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => db().work.get([packId, traineeId])).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

/** Every pack this trainee has work on, for the queues' progress and the results screen. */
export function listTraineeWork(traineeId: string): Promise<WorkRow[]> {
  return db().work.where('traineeId').equals(traineeId).toArray();
}

export type { Work, WorkRow };
