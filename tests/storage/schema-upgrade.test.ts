/** Each schema version upgrades a database made by the version before it, keeping every row. */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RecordRoomDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, setDatabase } from '../../src/storage/db.ts';
import { assemblePack } from '../../src/packs/normalise.ts';
import { installPack, loadPackRows } from '../../src/storage/packs.ts';
import { readPackJson } from '../../src/packs/read.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';
import { buildPack } from '../fixtures/packs.ts';
import { rowsOf } from '../helpers/db.ts';
import { storeCodeSet, listCodeSets, bestCodeSet } from '../../src/storage/code-sets.ts';
import type { CodeSetFile } from '../../src/codes/codeset-file.ts';

describe('schema version 2 (code sets)', () => {
  it('upgrades a version-1 database with packs, a trainee and an access log, losing nothing', async () => {
    const name = `upgrade-v1-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const rows = rowsOf(buildPack());
    await v1.table('packs').put(rows.pack);
    await v1.table('patients').bulkPut(rows.patients);
    await v1.table('documents').bulkPut(rows.documents);
    await v1.table('accessLog').add({
      traineeId: 't1',
      traineeName: 'Jordan',
      at: '2025-03-01T10:00:00Z',
      action: 'open-chart',
      packId: 'test-pack',
      what: 'Chart',
    });
    await v1.table('settings').put({ key: 'trainee', value: { id: 't1', name: 'Jordan', createdAt: '2025-03-01T09:00:00Z' } });
    v1.close();

    const db = new RecordRoomDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.patients.count()).toBe(2);
    expect(await db.documents.count()).toBe(3);
    expect((await db.accessLog.toArray()).map((e) => e.action)).toEqual(['open-chart']);
    expect((await db.settings.get('trainee'))?.value).toMatchObject({ name: 'Jordan' });
    expect(await db.codeSets.count()).toBe(0);
    db.close();
  });

  it('stores code sets per system and fiscal year, and prefers an official one', async () => {
    setDatabase(new RecordRoomDb(`codesets-${Date.now()}`));
    const file = (source: 'official' | 'teaching', fiscalYear: number): CodeSetFile => ({
      format: 'record-room-codeset',
      version: 1,
      system: 'ICD-10-CM',
      fiscalYear,
      source,
      title: `${source} ${fiscalYear}`,
      entries: [
        { code: 'E11', title: 'Type 2 diabetes mellitus', billable: false, kind: 'header' },
        { code: 'E119', title: 'Type 2 diabetes mellitus without complications', billable: true, kind: 'code' },
      ],
    });
    await storeCodeSet(file('teaching', 2021), '2025-01-01T00:00:00Z');
    expect((await bestCodeSet('ICD-10-CM'))?.source).toBe('teaching');
    await storeCodeSet(file('official', 2021), '2025-01-01T00:00:00Z');
    await storeCodeSet(file('official', 2020), '2025-01-01T00:00:00Z');
    expect((await bestCodeSet('ICD-10-CM'))?.title).toBe('official 2021');
    expect((await listCodeSets()).map((r) => `${r.system} ${r.fiscalYear} ${r.source} ${r.entries}/${r.billable}`)).toEqual([
      'ICD-10-CM 2021 official 2/1',
      'ICD-10-CM 2021 teaching 2/1',
      'ICD-10-CM 2020 official 2/1',
    ]);
    expect(await bestCodeSet('HCPCS')).toBeUndefined();
  });

  it('version 2 is exactly as shipped', () => {
    expect(SCHEMA_V2).toEqual({ ...SCHEMA_V1, codeSets: '[system+fiscalYear+source], system' });
  });
});

describe('schema version 3 (tasks and trainees’ work)', () => {
  it('upgrades a version-2 database, keeping everything and reinstalling bundled packs with their tasks', async () => {
    const name = `upgrade-v2-${Date.now()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    const rows = rowsOf(buildPack());
    await v2.table('packs').put(rows.pack);
    await v2.table('patients').bulkPut(rows.patients);
    await v2.table('accessLog').add({
      traineeId: 't1',
      traineeName: 'Jordan',
      at: '2025-03-01T10:00:00Z',
      action: 'open-chart',
      packId: 'test-pack',
      what: 'Chart',
    });
    await v2.table('settings').put({
      key: 'bundledPacks',
      value: {
        'scenarios/a.pack.json': { url: '/a.json', packId: 'test-pack', title: 'A', state: 'installed' },
        'scenarios/b.pack.json': { url: '/b.json', packId: 'b', title: 'B', state: 'removed' },
      },
    });
    v2.close();

    const db = new RecordRoomDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.patients.count()).toBe(2);
    expect(await db.accessLog.count()).toBe(1);
    expect(await db.tasks.count()).toBe(0);
    expect(await db.work.count()).toBe(0);
    // Bundled packs were stored without tasks: their URLs are forgotten so start-up installs them again; a removed one stays removed.
    expect((await db.settings.get('bundledPacks'))?.value).toEqual({
      'scenarios/a.pack.json': { url: '', packId: 'test-pack', title: 'A', state: 'installed' },
      'scenarios/b.pack.json': { url: '', packId: 'b', title: 'B', state: 'removed' },
    });
    db.close();
  });

  it('version 3 is exactly as shipped', () => {
    expect(SCHEMA_V3).toEqual({ ...SCHEMA_V2, tasks: '[packId+id], packId', work: '[packId+traineeId], traineeId' });
  });

  it('stores a pack’s tasks and keys with it, and assembles the same pack back from storage', async () => {
    setDatabase(new RecordRoomDb(`assemble-${Date.now()}`));
    const source = { ...buildPack(), tasks: TASKS, keys: KEYS };
    const read = readPackJson(source);
    if (!read.ok) throw new Error('fixture');
    await installPack(rowsOf(source));
    const back = assemblePack((await loadPackRows('test-pack'))!);
    const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(back.tasks).toEqual(read.pack.tasks);
    expect(back.keys).toEqual(read.pack.keys);
    expect(byId(back.providers)).toEqual(byId(read.pack.providers));
    expect(byId(back.patients).map((p) => ({ ...p, documents: byId(p.documents), encounters: byId(p.encounters) }))).toEqual(
      byId(read.pack.patients).map((p) => ({ ...p, documents: byId(p.documents), encounters: byId(p.encounters) })),
    );
    expect(back.looseDocuments).toEqual(read.pack.looseDocuments);
  });
});
