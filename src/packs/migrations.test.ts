import { describe, expect, it } from 'vitest';
import { readPackJson } from './read.ts';
import { MIGRATIONS } from './migrations.ts';
import { buildPack } from '../../tests/fixtures/packs.ts';

/** A pack as format version 1 wrote it: charts only, no tasks. */
function versionOneFixture() {
  const { tasks: _tasks, keys: _keys, ...rest } = buildPack();
  return { ...rest, version: 1 };
}

describe('pack format migrations', () => {
  it('are append-only, one per version, in order', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([1, 2]);
  });

  it('upgrade a version-1 pack to the current version with no tasks, keeping every chart', () => {
    const result = readPackJson(versionOneFixture());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.pack.version).toBe(3);
    expect(result.pack.tasks).toEqual([]);
    expect(result.pack.keys).toEqual([]);
    expect(result.pack.patients.map((p) => p.mrn)).toEqual(['0001001', '0001002']);
  });

  it('move a version-2 description (written for instructors, naming the planted defects) to the instructor notes', () => {
    const { pack: meta, ...rest } = buildPack();
    const v2 = { ...rest, version: 2, pack: { ...meta, description: 'Planted: an unsigned discharge summary and a misfiled fax.' } };
    const result = readPackJson(v2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    expect(result.pack.pack.instructorNotes).toBe('Planted: an unsigned discharge summary and a misfiled fax.');
    expect(result.pack.pack.description).toBe(
      `Riverside Test Hospital: 2 patients and ${rest.tasks?.length ?? 0} HIM tasks.`.replace(' and 0 HIM tasks', ''),
    );
  });

  it('refuse instructor notes in a version-2 pack, saying which version has them', () => {
    const { pack: meta, ...rest } = buildPack();
    const result = readPackJson({ ...rest, version: 2, pack: { ...meta, instructorNotes: 'x' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ path: 'pack.instructorNotes' });
  });
});
