/** Every malformed pack is refused through the app's own import action, and the database is unchanged. */
import { beforeEach, describe, expect, it } from 'vitest';
import { INVALID_PACKS } from '../fixtures/invalid-packs.ts';
import { buildPack } from '../fixtures/packs.ts';
import { freshDatabase, rowsOf, snapshot } from '../helpers/db.ts';
import type { RecordRoomDb } from '../../src/storage/db.ts';
import { installPack } from '../../src/storage/packs.ts';
import { recordAccess } from '../../src/storage/access-log.ts';
import { useAppStore } from '../../src/store/store.ts';

let db: RecordRoomDb;
beforeEach(async () => {
  db = freshDatabase();
  await installPack(rowsOf(buildPack({ id: 'incoming-pack' })));
  await recordAccess({
    traineeId: 't1',
    traineeName: 'Jordan',
    at: '2025-03-01T10:00:00Z',
    action: 'open-chart',
    packId: 'incoming-pack',
    patientId: 'pt-oduya',
    what: 'Chart',
  });
  useAppStore.getState().dismissImport();
});

describe('importing a malformed pack', () => {
  it.each(Object.entries(INVALID_PACKS))(
    '%s is refused with a path-bearing problem and changes nothing',
    async (name, { content, expected }) => {
      const before = await snapshot(db);
      await useAppStore.getState().importPackFile(new File([content as BlobPart], `${name}.pack.json`));
      const state = useAppStore.getState().importState;
      expect(state.status).toBe('rejected');
      if (state.status !== 'rejected') return;
      expect(state.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toContain(expected);
      expect(await snapshot(db)).toEqual(before);
    },
  );
});
