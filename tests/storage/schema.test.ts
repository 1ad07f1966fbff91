import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { RecordRoomDb, SCHEMA_V1, SCHEMA_V3 } from '../../src/storage/db.ts';

/**
 * A shipped schema version never changes: browsers already hold databases made with it. Change
 * the schema by adding `version(n+1)` with an upgrade, and a test here that opens a fixture of
 * version n and checks the upgrade.
 */
describe('database schema', () => {
  it('version 1 is exactly as shipped', () => {
    expect(SCHEMA_V1).toEqual({
      packs: 'id',
      providers: '[packId+id], packId',
      patients: '[packId+id], packId, mrn',
      encounters: '[packId+id], packId, [packId+patientId], accountNumber',
      documents: '[packId+id], packId, [packId+patientId]',
      clinical: '[packId+id], packId, [packId+patientId]',
      looseDocuments: '[packId+id], packId',
      accessLog: '++seq, traineeId, at',
      settings: 'key',
    });
  });

  it('creates the current version on an empty browser, with every table and index', async () => {
    const name = `schema-${Date.now()}`;
    const db = new RecordRoomDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V3).sort());
    expect(db.documents.schema.indexes.map((i) => i.name).sort()).toEqual(['[packId+patientId]', 'packId']);
    db.close();
    // The database persists: a second open (a reload) sees the same version and data.
    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(3);
    again.close();
  });
});
