/**
 * Pack format migrations: append-only. Migration `n` turns a version-n file into version n+1.
 * A shipped migration never changes (not its name either); each has a test that upgrades a fixture
 * of the older version, and tests/fixtures/versions/ keeps a frozen file of every earlier version.
 * Migrations work on plain JSON (before validation), so they only reshape what they know about and
 * leave the rest for the validator to judge. The shared intake (src/intake/read.ts) applies them.
 */
import type { Migration } from '../intake/read.ts';

export type { JsonObject, Migration } from '../intake/read.ts';

/** Index i holds the migration from version i+1. Append only: a shipped migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    name: 'add-tasks-and-keys',
    describe: 'version 2 adds HIM tasks and answer keys: a version-1 pack has none',
    migrate: (file) => ({ ...file, tasks: [], keys: [] }),
    refuse: (file) => {
      const field = ['tasks', 'keys'].find((f) => f in file);
      return field
        ? {
            path: field,
            message: `is not part of pack format version 1: tasks and keys came with version 2, so set "version": 2 to keep them`,
          }
        : undefined;
    },
  },
];
