import { beforeEach, describe, expect, it } from 'vitest';
import { buildPack } from '../fixtures/packs.ts';
import { freshDatabase, rowsOf, snapshot } from '../helpers/db.ts';
import type { RecordRoomDb } from '../../src/storage/db.ts';
import { installPack, removePack } from '../../src/storage/packs.ts';
import { loadChart } from '../../src/storage/charts.ts';
import { recordAccess, traineeAccessLog } from '../../src/storage/access-log.ts';

let db: RecordRoomDb;
beforeEach(() => {
  db = freshDatabase();
});

describe('installing packs', () => {
  it('stores every chart object, keyed by pack', async () => {
    await installPack(rowsOf(buildPack()));
    expect(await db.patients.count()).toBe(2);
    const chart = await loadChart('test-pack', 'pt-oduya');
    expect(chart?.patient.mrn).toBe('0001001');
    expect(chart?.patient.accountNumbers).toEqual(['RG25000001']);
    expect(chart?.documents.map((d) => d.id).sort()).toEqual(['doc-oduya-ds', 'doc-oduya-hp']);
    expect(chart?.clinical.map((c) => c.kind).sort()).toEqual(['allergy', 'problem', 'result']);
    expect(chart?.facilityName).toBe('Riverside Test Hospital');
  });

  it('keeps two packs apart even when their ids collide', async () => {
    await installPack(rowsOf(buildPack()));
    await installPack(rowsOf(buildPack({ id: 'other-pack' })));
    expect(await db.patients.count()).toBe(4);
    await removePack('other-pack');
    expect(await db.patients.count()).toBe(2);
    expect(await db.packs.toCollection().primaryKeys()).toEqual(['test-pack']);
  });

  it('replaces an installed pack and keeps the trainee access log', async () => {
    await installPack(rowsOf(buildPack()));
    await recordAccess({
      traineeId: 't1',
      traineeName: 'Jordan',
      at: '2025-03-01T10:00:00Z',
      action: 'open-chart',
      packId: 'test-pack',
      patientId: 'pt-oduya',
      what: 'Chart',
    });
    const next = buildPack({ packVersion: '1.1.0' });
    next.patients = next.patients.slice(0, 1);
    await installPack(rowsOf(next));
    expect(await db.patients.count()).toBe(1);
    expect((await db.packs.get('test-pack'))?.meta.packVersion).toBe('1.1.0');
    expect((await db.documents.toArray()).filter((d) => d.patientId === 'pt-nunez')).toEqual([]);
    expect(await traineeAccessLog('t1')).toHaveLength(1);
  });

  it('changes nothing when a write fails half-way through', async () => {
    await installPack(rowsOf(buildPack()));
    const before = await snapshot(db);
    const broken = rowsOf(buildPack({ packVersion: '2.0.0' }));
    // A row without its key fails inside the transaction, after earlier tables were written.
    (broken.clinical[0] as { id?: string | undefined }).id = undefined;
    await expect(installPack(broken)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('removes a pack completely', async () => {
    await installPack(rowsOf(buildPack()));
    await removePack('test-pack');
    for (const table of [db.packs, db.providers, db.patients, db.encounters, db.documents, db.clinical, db.looseDocuments]) {
      expect(await table.count()).toBe(0);
    }
  });
});
