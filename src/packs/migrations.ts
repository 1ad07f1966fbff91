/**
 * Pack format migrations: append-only. Migration `n` turns a version-n file into version n+1.
 * A shipped migration never changes; each has a test that upgrades a fixture of the older version.
 * Migrations work on plain JSON (before validation), so they only reshape what they know about and
 * leave the rest for the validator to judge.
 */
import { CURRENT_PACK_VERSION } from './format.ts';

export type JsonObject = Record<string, unknown>;

export interface Migration {
  readonly from: number;
  readonly describe: string;
  readonly migrate: (file: JsonObject) => JsonObject;
}

/** Index i holds the migration from version i+1. Append only: a shipped migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'version 2 adds HIM tasks and answer keys: a version-1 pack has none',
    migrate: (file) => ({ ...file, tasks: [], keys: [] }),
  },
];

/** Upgrades a file of any older version to the current one. */
export function migrateToCurrent(file: JsonObject, fromVersion: number): JsonObject {
  let current = file;
  for (let version = fromVersion; version < CURRENT_PACK_VERSION; version++) {
    const migration = MIGRATIONS[version - 1];
    if (!migration || migration.from !== version) {
      throw new Error(`no migration from pack format version ${version}`);
    }
    current = { ...migration.migrate(current), version: version + 1 };
  }
  return current;
}
