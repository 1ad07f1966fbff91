/**
 * `record-room grade --pack <pack> [--key <key>] --work <work.json> [--all] [--codes <codeset.json>]...`
 * prints the report as JSON: the tasks the trainee submitted, as the app's results screen grades
 * them; with `--all`, every task that has a key (unsubmitted ones graded as they stand, untouched
 * ones scoring 0). Warnings go to stderr: work for tasks the pack does not have, work of the wrong
 * kind, nothing submitted.
 * `record-room check-keys <pack> [--key <key>]` grades perfect work derived from every key (must be
 * 100 %) and empty work (must be 0 %); exit 1 with the task ids otherwise.
 * Codes are checked for the fiscal year the pack is coded to, against the bundled teaching code sets
 * (with their fiscal-year facts), as the app does until an official release is loaded; `--codes`
 * adds code-set files (an official release of the pack's year decides alone).
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Pack, TaskKey } from '../packs/format.ts';
import { readPackBytes } from '../packs/read.ts';
import { readKeyFileBytes } from '../packs/key-file.ts';
import { taskProblems } from '../packs/cross-reference.ts';
import type { Problem } from '../intake/problems.ts';
import { emptyWork } from '../tasks/work.ts';
import { readWorkBytes, workAgainstPack } from '../tasks/work-file.ts';
import { grade } from '../grading/grade.ts';
import { perfectPackWork } from '../grading/perfect.ts';
import { readCodeSetFile, type CodeSetFile } from '../codes/codeset-file.ts';
import { codeValidityFrom, type CodeValidity } from '../codes/validity.ts';
import { CODESET_INPUT, KEY_INPUT, PACK_INPUT, WORK_INPUT, readInputFileOrSay, type FileLimit } from './files.ts';
import type { Io } from './io.ts';

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
}
function options(args: readonly string[], name: string): string[] {
  return args.flatMap((a, i) => (a === `--${name}` && args[i + 1] !== undefined ? [args[i + 1]!] : []));
}

/** Only regular files, within the limit of their kind; a refusal is said as `path: (file): message`. */
function readBytes(path: string, limit: FileLimit, io: Io): Promise<Uint8Array | undefined> {
  return readInputFileOrSay(path, limit, io);
}

const say = (io: Io, file: string, problems: readonly Problem[]) => {
  for (const p of problems) io.err(`${file}: ${p.path}: ${p.message}`);
};

/** The pack, and its keys from the pack or from a key file with the same pack id. */
async function loadPackAndKeys(
  packPath: string,
  keyPath: string | undefined,
  io: Io,
): Promise<{ pack: Pack; keys: TaskKey[] } | undefined> {
  const bytes = await readBytes(packPath, PACK_INPUT, io);
  if (!bytes) return undefined;
  const read = readPackBytes(bytes);
  if (!read.ok) {
    say(io, packPath, read.problems);
    return undefined;
  }
  let keys = read.pack.keys;
  if (keyPath) {
    const keyBytes = await readBytes(keyPath, KEY_INPUT, io);
    if (!keyBytes) return undefined;
    const parsed = readKeyFileBytes(keyBytes);
    if (!parsed.ok) {
      say(io, keyPath, parsed.problems);
      return undefined;
    }
    if (parsed.value.packId !== read.pack.pack.id) {
      io.err(`${keyPath}: packId: is "${parsed.value.packId}" but the pack is "${read.pack.pack.id}"`);
      return undefined;
    }
    const problems = taskProblems({ ...read.pack, keys: parsed.value.keys });
    if (problems.length > 0) {
      say(io, keyPath, problems);
      return undefined;
    }
    keys = [...keys.filter((k) => !parsed.value.keys.some((f) => f.taskId === k.taskId)), ...parsed.value.keys];
  }
  return { pack: read.pack, keys };
}

const TEACHING_SETS = ['teaching-icd10cm.json', 'teaching-icd10pcs.json', 'teaching-hcpcs.json'];

/** The bundled teaching code sets and any `--codes` files, as one validity lookup for a fiscal year. */
async function loadValidity(extra: readonly string[], fiscalYear: number, io: Io): Promise<CodeValidity | undefined> {
  // Beside this module (a string URL: a browser-like test environment brings its own URL class).
  const folder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'codesets', '/');
  const files: CodeSetFile[] = [];
  for (const [path, bundled] of [...TEACHING_SETS.map((f) => [`${folder}${f}`, true] as const), ...extra.map((f) => [f, false] as const)]) {
    const bytes = await readBytes(path, CODESET_INPUT, io);
    if (!bytes) {
      if (bundled) continue;
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      io.err(`${path}: (file): is not valid JSON`);
      return undefined;
    }
    const read = readCodeSetFile(json);
    if (!read.ok) {
      io.err(`${path}: ${read.problem}`);
      return undefined;
    }
    files.push(read.file);
  }
  return codeValidityFrom(files, { fiscalYear });
}

export async function gradeCommand(args: readonly string[], io: Io): Promise<number> {
  const packPath = option(args, 'pack');
  const workPath = option(args, 'work');
  if (!packPath || !workPath) {
    io.err('Usage: record-room grade --pack <pack> [--key <key>] --work <work.json> [--all] [--codes <codeset.json>]...');
    return 2;
  }
  const loaded = await loadPackAndKeys(packPath, option(args, 'key'), io);
  if (!loaded) return 1;
  const bytes = await readBytes(workPath, WORK_INPUT, io);
  if (!bytes) return 1;
  const work = readWorkBytes(bytes);
  if (!work.ok) {
    say(io, workPath, work.problems);
    return 1;
  }
  if (work.value.packId !== loaded.pack.pack.id) {
    io.err(`${workPath}: packId: is "${work.value.packId}" but the pack is "${loaded.pack.pack.id}"`);
    return 1;
  }
  const validity = await loadValidity(options(args, 'codes'), loaded.pack.pack.codeSetYear, io);
  if (!validity) return 1;
  const all = args.includes('--all');
  for (const p of workAgainstPack(work.value, loaded.pack.tasks)) io.err(`warning: ${workPath}: ${p.path}: ${p.message}`);
  const submitted = loaded.pack.tasks.filter((t) => Object.hasOwn(work.value.submitted, t.id)).length;
  if (!all && submitted === 0) {
    io.err(`warning: ${workPath}: no task was submitted, so there is nothing to grade; add --all to grade every task as it stands`);
  }
  io.out(JSON.stringify(grade(loaded.pack, loaded.keys, work.value, { onlySubmitted: !all, validity }), null, 2));
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
  const perfectReport = grade(pack, keys, perfectPackWork(pack, keys));
  const emptyReport = grade(pack, keys, emptyWork(pack.pack.id, { name: 'empty' }));
  const failures: string[] = [];
  for (const t of perfectReport.tasks) if (t.percent !== 100) failures.push(`${t.taskId}: perfect work scores ${t.percent} %, not 100 %`);
  for (const t of emptyReport.tasks) if (t.percent !== 0) failures.push(`${t.taskId}: empty work scores ${t.percent} %, not 0 %`);
  const unkeyed = pack.tasks.filter((t) => !keys.some((k) => k.taskId === t.id)).map((t) => t.id);
  for (const id of failures) io.out(id);
  io.err(
    `${pack.pack.id}: ${keys.length} keys checked${unkeyed.length ? `; ${unkeyed.length} tasks without a key (${unkeyed.join(', ')})` : ''}; ${failures.length === 0 ? 'all pass' : `${failures.length} failing`}`,
  );
  return failures.length === 0 ? 0 : 1;
}
