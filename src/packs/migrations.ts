/**
 * Pack format migrations: append-only. Migration `n` turns a version-n file into version n+1.
 * A shipped migration never changes (not its name either); each has a test that upgrades a fixture
 * of the older version, and tests/fixtures/versions/ keeps a frozen file of every earlier version.
 * Migrations work on plain JSON (before validation), so they only reshape what they know about and
 * leave the rest for the validator to judge. The shared intake (src/intake/read.ts) applies them.
 */
import type { JsonObject, Migration } from '../intake/read.ts';

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
  {
    from: 2,
    name: 'instructor-notes',
    describe:
      'version 3 keeps the description for trainees and adds instructor notes: a version-2 description was written for instructors (it may list the planted defects), so it becomes the instructor notes, and the description says what the pack holds',
    migrate: (file) => {
      const pack = isObject(file['pack']) ? file['pack'] : undefined;
      if (!pack || typeof pack['description'] !== 'string' || pack['description'].trim() === '') return file;
      const { description, ...meta } = pack;
      return { ...file, pack: { ...meta, description: traineeDescription(file), instructorNotes: description } };
    },
    refuse: (file) =>
      isObject(file['pack']) && 'instructorNotes' in file['pack']
        ? {
            path: 'pack.instructorNotes',
            message: 'is not part of pack format version 2: instructor notes came with version 3, so set "version": 3',
          }
        : undefined,
  },
];

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
const counted = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/** What a version-2 pack holds, in words a trainee can read: "Riverside General Hospital: 15 patients and 31 HIM tasks." */
function traineeDescription(file: JsonObject): string {
  const pack = isObject(file['pack']) ? file['pack'] : {};
  const facility = isObject(pack['facility']) && typeof pack['facility']['name'] === 'string' ? pack['facility']['name'] : undefined;
  const tasks = count(file['tasks']);
  const holds = `${counted(count(file['patients']), 'patient')}${tasks > 0 ? ` and ${counted(tasks, 'HIM task')}` : ''}`;
  return facility ? `${facility}: ${holds}.` : `${holds.charAt(0).toUpperCase()}${holds.slice(1)}.`;
}
