/**
 * Every command that reads a file reads only regular files, within the limit of the file's kind,
 * and says so in one line when it refuses: a device, a named pipe or a folder given by mistake
 * must never hang the command or fill memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { buildPack } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';

const dir = mkdtempSync(join(tmpdir(), 'record-room-files-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const pack = write('good.pack.json', JSON.stringify({ ...buildPack(), tasks: TASKS, keys: KEYS }));
const work = write(
  'work.json',
  JSON.stringify({ format: 'record-room-work', version: 2, packId: 'test-pack', trainee: { name: 'J' }, tasks: {}, submitted: {} }),
);
const fifo = join(dir, 'pipe.json');
execFileSync('mkfifo', [fifo]);
const folder = join(dir, 'folder.json');
mkdirSync(folder);
// import-fhir reads every .json and .ndjson file of a folder it is given: one holding a FIFO and a folder.
const fhirFolder = join(dir, 'fhir-export');
mkdirSync(fhirFolder);
execFileSync('mkfifo', [join(fhirFolder, 'Patient.ndjson')]);
mkdirSync(join(fhirFolder, 'Observation.json'));

/** Runs a command, and says how long it took. */
async function timedRun(args: string[]) {
  const start = performance.now();
  const result = await runCli(...args);
  return { ...result, ms: performance.now() - start };
}

const FIFO = 'is not a regular file: it is a named pipe (FIFO), which is never read';
const DEVICE = 'is not a regular file: it is a device, which is never read';

/** Each command, with the file it reads put in place by `at`, and what a folder there is not. */
const commands: [string, (at: string) => string[], string][] = [
  ['validate', (at) => ['validate', at], 'pack file'],
  ['inspect', (at) => ['inspect', at], 'pack file'],
  ['check-keys (the pack)', (at) => ['check-keys', at], 'pack file'],
  ['check-keys --key', (at) => ['check-keys', pack, '--key', at], 'key file'],
  ['grade --pack', (at) => ['grade', '--pack', at, '--work', work], 'pack file'],
  ['grade --work', (at) => ['grade', '--pack', pack, '--work', at], 'work file'],
  ['grade --codes', (at) => ['grade', '--pack', pack, '--work', work, '--codes', at], 'code-set file'],
  ['codes import', (at) => ['codes', 'import', at, '--out', join(dir, 'never.codes.json')], 'release file'],
  ['codes search', (at) => ['codes', 'search', at, 'diabetes'], 'code-set file'],
  ['import-fhir', (at) => ['import-fhir', at, '--out', join(dir, 'never.pack.json')], 'FHIR file'],
  ['export-fhir', (at) => ['export-fhir', at, '--out', join(dir, 'never.bundle.json')], 'pack file'],
];

const specials: [string, string, string][] = [
  ['a FIFO', fifo, FIFO],
  ['/dev/zero', '/dev/zero', DEVICE],
  ['/dev/urandom', '/dev/urandom', DEVICE],
];

describe('every command that reads a file refuses what is not a regular file, in one line, at once', () => {
  const cases = commands.flatMap(([name, args, noun]) => [
    ...specials.map(([what, path, message]) => [name, what, args(path), `${path}: (file): ${message}`] as const),
    // A folder given where a file is expected; import-fhir takes folders, so it gets one holding what it must refuse.
    name === 'import-fhir'
      ? ([
          name,
          'a folder holding a FIFO and a folder',
          args(fhirFolder),
          [
            `${join(fhirFolder, 'Observation.json')}: (file): is a folder, not a FHIR file`,
            `${join(fhirFolder, 'Patient.ndjson')}: (file): ${FIFO}`,
          ],
        ] as const)
      : ([name, 'a folder', args(folder), [`${folder}: (file): is a folder, not a ${noun}`]] as const),
  ]);

  it.each(cases)('%s given %s', async (_name, what, args, expected) => {
    const result = await timedRun(args);
    expect(result.code).toBe(1);
    expect([...result.out, ...result.err]).toEqual(typeof expected === 'string' ? [expected] : expected);
    expect(result.ms).toBeLessThan(5_000);
  });
});

describe("sizes are checked before reading, against the limit of the file's kind", () => {
  it('refuses a 24 MB work file in one line, without grading it', async () => {
    const tasks = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`t${i}`, { kind: 'code', diagnoses: [{ code: 'J181' }] }]));
    const text = JSON.stringify({
      format: 'record-room-work',
      version: 2,
      packId: 'test-pack',
      trainee: { name: '' },
      tasks,
      submitted: {},
    });
    // Padded to exactly 24 MB with the trainee's name.
    const huge = write('huge-work.json', text.replace('"name":""', `"name":"${'x'.repeat(24 * 1024 * 1024 - text.length)}"`));
    const result = await timedRun(['grade', '--pack', pack, '--work', huge]);
    expect(result).toMatchObject({ code: 1, out: [], err: [`${huge}: (file): is 24.0 MB; a work file may be at most 1.0 MB`] });
    expect(result.ms).toBeLessThan(5_000);
  });

  it('refuses a 3 GB key file by its size alone (a sparse file: nothing is read)', async () => {
    const path = join(dir, 'sparse.key.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const result = await timedRun(['check-keys', pack, '--key', path]);
    expect(result).toMatchObject({ code: 1, out: [], err: [`${path}: (file): is 3072.0 MB; a key file may be at most 16.0 MB`] });
    expect(result.ms).toBeLessThan(5_000);
  });

  it('still reads ordinary files of every kind', async () => {
    expect(await runCli('validate', pack)).toEqual({ code: 0, out: [], err: [] });
    expect((await runCli('grade', '--pack', pack, '--work', work, '--all')).code).toBe(0);
  });
});
