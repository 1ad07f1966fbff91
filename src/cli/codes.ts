/**
 * `record-room codes import <file or zip>... --out <codeset.json>` and
 * `record-room codes search <codeset.json> <query> [--limit N]`.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importRelease } from '../codes/import-release.ts';
import { readCodeSetFile, summariseCodeSet } from '../codes/codeset-file.ts';
import { formatCode } from '../codes/model.ts';
import { buildCodeSearchIndex, searchCodes } from '../codes/search.ts';
import { CODESET_INPUT, RELEASE_INPUT, readInputFileOrSay } from './files.ts';
import type { Io } from './io.ts';

const USAGE = `Usage:
  record-room codes import <file or zip>... --out <codeset.json>
  record-room codes search <codeset.json> <query> [--limit N]`;

/** Splits `--name value` options from positional arguments. */
function options(
  args: readonly string[],
  known: readonly string[],
): { positional: string[]; values: Map<string, string>; problem?: string } {
  const positional: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (!known.includes(name)) return { positional, values, problem: `unknown option --${name}` };
      const value = inline ?? args[++i];
      if (value === undefined) return { positional, values, problem: `--${name} needs a value` };
      values.set(name, value);
    } else positional.push(arg);
  }
  return { positional, values };
}

export async function codesCommand(args: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return importCommand(rest, io);
  if (sub === 'search') return searchCommand(rest, io);
  io.err(sub === undefined ? USAGE : `record-room codes: unknown subcommand "${sub}"\n\n${USAGE}`);
  return 2;
}

async function importCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = options(args, ['out']);
  const out = parsed.values.get('out');
  if (parsed.problem || !out || parsed.positional.length === 0) {
    io.err(
      `record-room codes import: ${parsed.problem ?? (out ? 'name at least one release file' : '--out <codeset.json> is required')}\n\n${USAGE}`,
    );
    return 2;
  }
  const files = [];
  for (const path of parsed.positional) {
    const bytes = await readInputFileOrSay(path, RELEASE_INPUT, io);
    if (!bytes) return 1;
    files.push({ name: basename(path), bytes });
  }
  const result = importRelease(files);
  if (!result.ok) {
    for (const problem of result.problems) io.err(problem);
    return 1;
  }
  for (const warning of result.warnings) io.err(`warning: ${warning}`);
  await writeFile(out, JSON.stringify(result.file));
  io.out(JSON.stringify(summariseCodeSet(result.file)));
  return 0;
}

async function searchCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = options(args, ['limit']);
  const [file, ...words] = parsed.positional;
  const limit = Number(parsed.values.get('limit') ?? 10);
  if (parsed.problem || !file || words.length === 0 || !Number.isInteger(limit) || limit < 1) {
    io.err(
      `record-room codes search: ${parsed.problem ?? (!file || words.length === 0 ? 'name a code-set file and a query' : '--limit must be a whole number from 1')}\n\n${USAGE}`,
    );
    return 2;
  }
  const bytes = await readInputFileOrSay(file, CODESET_INPUT, io);
  if (!bytes) return 1;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    io.err(`${file}: is not JSON: make a code-set file with record-room codes import`);
    return 1;
  }
  const read = readCodeSetFile(json);
  if (!read.ok) {
    io.err(`${file}: ${read.problem}`);
    return 1;
  }
  const index = buildCodeSearchIndex(read.file.system, read.file.entries);
  for (const hit of searchCodes(index, words.join(' '), { limit })) {
    io.out(`${formatCode(read.file.system, hit.entry.code)} ${hit.entry.title}`);
  }
  return 0;
}
