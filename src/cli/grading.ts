/**
 * `record-room grade --pack <pack> [--key <key>] --work <work.json> [--all]` prints the report as
 * JSON: the tasks the trainee submitted, as the app's results screen grades them; with `--all`,
 * every task that has a key (unsubmitted ones graded as they stand, untouched ones scoring 0).
 * `record-room check-keys <pack> [--key <key>]` grades perfect work derived from every key (must be
 * 100 %) and empty work (must be 0 %); exit 1 with the task ids otherwise.
 */
import { readFile } from 'node:fs/promises';
import { KeyFile, type Pack, type TaskKey } from '../packs/format.ts';
import { readPackBytes } from '../packs/read.ts';
import { taskProblems } from '../packs/cross-reference.ts';
import { problemsFromZod } from '../packs/problems.ts';
import { Work, emptyWork } from '../tasks/work.ts';
import { grade } from '../grading/grade.ts';
import { perfectWork } from '../grading/perfect.ts';
import type { Io } from './main.ts';

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
}

async function readJson(path: string, io: Io): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`${path}: ${code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? 'is not valid JSON' : `cannot be read (${code ?? 'error'})`}`);
    return undefined;
  }
}

/** The pack, and its keys from the pack or from a key file with the same pack id. */
async function loadPackAndKeys(packPath: string, keyPath: string | undefined, io: Io): Promise<{ pack: Pack; keys: TaskKey[] } | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(packPath);
  } catch {
    io.err(`${packPath}: (file): no such file`);
    return undefined;
  }
  const read = readPackBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!read.ok) {
    for (const p of read.problems) io.err(`${packPath}: ${p.path}: ${p.message}`);
    return undefined;
  }
  let keys = read.pack.keys;
  if (keyPath) {
    const json = await readJson(keyPath, io);
    if (json === undefined) return undefined;
    const parsed = KeyFile.safeParse(json, { reportInput: true });
    if (!parsed.success) {
      for (const p of problemsFromZod(parsed.error.issues)) io.err(`${keyPath}: ${p.path}: ${p.message}`);
      return undefined;
    }
    if (parsed.data.packId !== read.pack.pack.id) {
      io.err(`${keyPath}: packId: is "${parsed.data.packId}" but the pack is "${read.pack.pack.id}"`);
      return undefined;
    }
    const problems = taskProblems({ ...read.pack, keys: parsed.data.keys });
    if (problems.length > 0) {
      for (const p of problems) io.err(`${keyPath}: ${p.path}: ${p.message}`);
      return undefined;
    }
    keys = [...keys.filter((k) => !parsed.data.keys.some((f) => f.taskId === k.taskId)), ...parsed.data.keys];
  }
  return { pack: read.pack, keys };
}

export async function gradeCommand(args: readonly string[], io: Io): Promise<number> {
  const packPath = option(args, 'pack');
  const workPath = option(args, 'work');
  if (!packPath || !workPath) {
    io.err('Usage: record-room grade --pack <pack> [--key <key>] --work <work.json> [--all]');
    return 2;
  }
  const loaded = await loadPackAndKeys(packPath, option(args, 'key'), io);
  if (!loaded) return 1;
  const json = await readJson(workPath, io);
  if (json === undefined) return 1;
  const work = Work.safeParse(json, { reportInput: true });
  if (!work.success) {
    for (const p of problemsFromZod(work.error.issues)) io.err(`${workPath}: ${p.path}: ${p.message}`);
    return 1;
  }
  if (work.data.packId !== loaded.pack.pack.id) {
    io.err(`${workPath}: packId: is "${work.data.packId}" but the pack is "${loaded.pack.pack.id}"`);
    return 1;
  }
  io.out(JSON.stringify(grade(loaded.pack, loaded.keys, work.data, { onlySubmitted: !args.includes('--all') }), null, 2));
  return 0;
}

export async function checkKeysCommand(args: readonly string[], io: Io): Promise<number> {
  const packPath = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--key');
  if (!packPath) {
    io.err('Usage: record-room check-keys <pack> [--key <key>]');
    return 2;
  }
  const loaded = await loadPackAndKeys(packPath, option(args, 'key'), io);
  if (!loaded) return 1;
  const { pack, keys } = loaded;
  const perfect = { ...emptyWork(pack.pack.id, { name: 'answer key' }), tasks: Object.fromEntries(keys.map((k) => [k.taskId, perfectWork(k.key)])) };
  const perfectReport = grade(pack, keys, perfect);
  const emptyReport = grade(pack, keys, emptyWork(pack.pack.id, { name: 'empty' }));
  const failures: string[] = [];
  for (const t of perfectReport.tasks) if (t.percent !== 100) failures.push(`${t.taskId}: perfect work scores ${t.percent} %, not 100 %`);
  for (const t of emptyReport.tasks) if (t.percent !== 0) failures.push(`${t.taskId}: empty work scores ${t.percent} %, not 0 %`);
  const unkeyed = pack.tasks.filter((t) => !keys.some((k) => k.taskId === t.id)).map((t) => t.id);
  for (const id of failures) io.out(id);
  io.err(`${pack.pack.id}: ${keys.length} keys checked${unkeyed.length ? `; ${unkeyed.length} tasks without a key (${unkeyed.join(', ')})` : ''}; ${failures.length === 0 ? 'all pass' : `${failures.length} failing`}`);
  return failures.length === 0 ? 0 : 1;
}
