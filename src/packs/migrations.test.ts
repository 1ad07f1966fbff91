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
    expect(MIGRATIONS.map((m) => m.from)).toEqual([1]);
  });

  it('upgrade a version-1 pack to version 2 with no tasks, keeping every chart', () => {
    const result = readPackJson(versionOneFixture());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.pack.version).toBe(2);
    expect(result.pack.tasks).toEqual([]);
    expect(result.pack.keys).toEqual([]);
    expect(result.pack.patients.map((p) => p.mrn)).toEqual(['0001001', '0001002']);
  });
});
