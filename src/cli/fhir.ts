/**
 * `record-room import-fhir <files or folders>... --out <pack.json> [--pack-id <id>] [--title <t>]
 * [--hide-source-codes] [--discharge-summaries]` turns FHIR R4 (Bundles, single resources, bulk
 * NDJSON folders) into a scenario pack; it prints what it made and what it could not map, and a
 * JSON summary line last.
 *
 * `record-room export-fhir <pack> [--patient <mrn>] [--document] [--offset <±hh:mm>] --out <bundle.json>`
 * writes a chart, or every chart, as a FHIR R4 Bundle.
 *
 * The FHIR work is the pure core in src/fhir; this file only reads and writes files.
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { plural } from '../chart/format.ts';
import { Id } from '../chart/model.ts';
import { exportCollectionBundle, exportDocumentBundle } from '../fhir/export.ts';
import { createdSummary, importFhir, type FhirImportOptions } from '../fhir/import.ts';
import type { FhirInput } from '../fhir/read.ts';
import { readPackBytes } from '../packs/read.ts';
import { FHIR_INPUT, PACK_INPUT, readInputFileOrSay } from './files.ts';
import type { Io } from './io.ts';

const IMPORT_USAGE =
  'Usage: record-room import-fhir <files or folders>... --out <pack.json> [--pack-id <id>] [--title <title>] [--hide-source-codes] [--discharge-summaries]';
const EXPORT_USAGE = 'Usage: record-room export-fhir <pack> [--patient <mrn>] [--document] [--offset <+hh:mm>] --out <bundle.json>';

interface Parsed {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
  readonly unknown: string[];
}

function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]): Parsed {
  const parsed: Parsed = { positional: [], values: new Map(), flags: new Set(), unknown: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const name = arg.slice(2);
    if (arg.startsWith('--') && valued.includes(name)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) parsed.unknown.push(`${arg} needs a value`);
      else parsed.values.set(name, value);
      i++;
    } else if (arg.startsWith('--') && flags.includes(name)) parsed.flags.add(name);
    else if (arg.startsWith('--')) parsed.unknown.push(`unknown option ${arg}`);
    else parsed.positional.push(arg);
  }
  return parsed;
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})`;
}

/** The input files: each file named, and every *.json and *.ndjson file inside each folder named. */
async function collectInputs(paths: readonly string[], io: Io): Promise<FhirInput[] | undefined> {
  const inputs: FhirInput[] = [];
  let failed = false;
  const readOne = async (path: string, name: string) => {
    const bytes = await readInputFileOrSay(path, FHIR_INPUT, io);
    if (bytes) inputs.push({ name, text: new TextDecoder().decode(bytes) });
    else failed = true;
  };
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const names = (await readdir(path)).filter((n) => /\.(ndjson|json)$/i.test(n)).sort();
        if (names.length === 0) {
          io.err(`${path}: the folder has no .json or .ndjson files`);
          failed = true;
        }
        for (const name of names) await readOne(join(path, name), name);
      } else {
        await readOne(path, basename(path));
      }
    } catch (error) {
      io.err(`${path}: (file): ${errorCode(error)}`);
      failed = true;
    }
  }
  return failed ? undefined : inputs;
}

const grouped = new Intl.NumberFormat('en-US');

export async function importFhirCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ['out', 'pack-id', 'title'], ['hide-source-codes', 'discharge-summaries']);
  const out = parsed.values.get('out');
  if (parsed.unknown.length > 0 || parsed.positional.length === 0 || out === undefined) {
    const why =
      parsed.unknown[0] ?? (parsed.positional.length === 0 ? 'name at least one file or folder' : 'name the pack to write with --out');
    io.err(`record-room import-fhir: ${why}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const packId = parsed.values.get('pack-id');
  if (packId !== undefined && !Id.safeParse(packId).success) {
    io.err(`record-room import-fhir: --pack-id "${packId}" must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit`);
    return 2;
  }
  const title = parsed.values.get('title');
  const inputs = await collectInputs(parsed.positional, io);
  if (!inputs) return 1;

  const options: FhirImportOptions = {
    ...(packId === undefined ? {} : { packId }),
    ...(title === undefined ? {} : { title }),
    hideSourceCodes: parsed.flags.has('hide-source-codes'),
    composeDischargeSummaries: parsed.flags.has('discharge-summaries'),
  };
  const result = importFhir(inputs, options);
  if (!result.ok) {
    for (const problem of result.problems) io.err(`${problem.path}: ${problem.message}`);
    return 1;
  }
  const { report, pack } = result;
  try {
    await writeFile(out, `${JSON.stringify(pack, null, 2)}\n`);
  } catch (error) {
    io.err(`${out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return 1;
  }
  const c = report.created;
  io.out(`Read ${plural(report.files, 'file')}; wrote ${out} (pack "${pack.pack.id}").`);
  io.out(`Created: ${createdSummary(c, 'full')}.`);
  if (c.generatedDischargeSummaries > 0)
    io.out(`Discharge summaries generated (marked as generated, unsigned): ${c.generatedDischargeSummaries}.`);
  if (report.unknownProvider) io.out('An "Unknown provider" was added for encounters that named no practitioner.');
  const unmapped = Object.entries(report.unmapped);
  io.out(
    unmapped.length === 0
      ? 'Unmapped: none.'
      : `Unmapped, by resource type: ${unmapped.map(([type, n]) => `${type} ${grouped.format(n)}`).join(', ')}.`,
  );
  if (report.notFhir.length > 0) io.out(`Not FHIR (skipped): ${report.notFhir.join(', ')}.`);
  for (const warning of report.warnings) io.out(`Note: ${warning}`);
  io.out(
    JSON.stringify({
      id: pack.pack.id,
      patients: c.patients,
      encounters: c.encounters,
      conditions: c.conditions,
      procedures: c.procedures,
      documents: c.documents,
      unmapped: report.unmapped,
      notFhir: report.notFhir.length,
    }),
  );
  return 0;
}

export async function exportFhirCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ['out', 'patient', 'offset'], ['document']);
  const out = parsed.values.get('out');
  const [packPath, ...extra] = parsed.positional;
  if (parsed.unknown.length > 0 || packPath === undefined || extra.length > 0 || out === undefined) {
    const why =
      parsed.unknown[0] ?? (packPath === undefined || extra.length > 0 ? 'name exactly one pack' : 'name the Bundle to write with --out');
    io.err(`record-room export-fhir: ${why}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  const offset = parsed.values.get('offset');
  if (offset !== undefined && !/^(Z|[+-](0\d|1[0-4]):[0-5]\d)$/.test(offset)) {
    io.err(`record-room export-fhir: --offset "${offset}" must be Z or a zone offset such as -05:00`);
    return 2;
  }
  const bytes = await readInputFileOrSay(packPath, PACK_INPUT, io);
  if (!bytes) return 1;
  const read = readPackBytes(bytes);
  if (!read.ok) {
    for (const problem of read.problems) io.err(`${packPath}: ${problem.path}: ${problem.message}`);
    return 1;
  }
  const mrn = parsed.values.get('patient');
  const options = { now: new Date().toISOString(), ...(offset === undefined ? {} : { offset }) };
  const result = parsed.flags.has('document')
    ? exportDocumentBundle(read.pack, mrn, options)
    : exportCollectionBundle(read.pack, { ...options, ...(mrn === undefined ? {} : { mrns: [mrn] }) });
  if (!result.ok) {
    for (const problem of result.problems) io.err(`${packPath}: ${problem.path}: ${problem.message}`);
    return 1;
  }
  try {
    await writeFile(out, `${JSON.stringify(result.bundle, null, 2)}\n`);
  } catch (error) {
    io.err(`${out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return 1;
  }
  io.out(
    JSON.stringify({
      type: result.bundle.type,
      patients: result.report.patients,
      entries: result.bundle.entry?.length ?? 0,
      resources: result.report.resources,
      notExported: result.report.notExported,
    }),
  );
  return 0;
}
