/** Installing a large pack reports its progress between chunks, and stays all-or-nothing. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPack } from '../fixtures/packs.ts';
import { buildLargePack } from '../fixtures/large-pack.ts';
import { freshDatabase, rowsOf, snapshot } from '../helpers/db.ts';
import type { RecordRoomDb } from '../../src/storage/db.ts';
import { installPack, packRowCount } from '../../src/storage/packs.ts';

let db: RecordRoomDb;
beforeEach(() => {
  db = freshDatabase();
});

describe('installing in chunks', () => {
  it('reports the rows saved after every chunk, from none to all', async () => {
    const rows = rowsOf(buildLargePack(60));
    const total = packRowCount(rows);
    const seen: [number, number][] = [];
    await installPack(rows, { chunkRows: 25, onProgress: (saved, of) => seen.push([saved, of]) });
    expect(seen[0]).toEqual([0, total]);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([, of]) => of === total)).toBe(true);
    const saved = seen.map(([n]) => n);
    expect(saved).toEqual([...saved].sort((a, b) => a - b));
    // 60 patients, 60 encounters, 90 documents, 120 clinical items in chunks of 25, and the small tables.
    expect(seen.length).toBeGreaterThan(12);
    expect(await db.patients.count()).toBe(60);
    expect(await db.clinical.count()).toBe(rows.clinical.length);
  });

  it('changes nothing when a chunk fails after earlier chunks were written, and says so by rejecting', async () => {
    await installPack(rowsOf(buildPack({ id: 'large-pack' })));
    const before = await snapshot(db);
    const rows = rowsOf(buildLargePack(60, { id: 'large-pack' }));
    const failAt = 3;
    let calls = 0;
    const bulkPut = db.documents.bulkPut.bind(db.documents);
    vi.spyOn(db.documents, 'bulkPut').mockImplementation((...args: Parameters<typeof bulkPut>) => {
      calls += 1;
      return calls === failAt
        ? (Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never)
        : bulkPut(...args);
    });
    const progress: number[] = [];
    await expect(installPack(rows, { chunkRows: 25, onProgress: (saved) => progress.push(saved) })).rejects.toThrow();
    expect(calls).toBe(failAt);
    // Rows were reported saved inside the transaction before it failed; none of them stayed.
    expect(Math.max(...progress)).toBeGreaterThan(100);
    expect(await snapshot(db)).toEqual(before);
  });
});
