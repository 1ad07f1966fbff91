/**
 * The `record-room` command line, over the same pure core as the app. Instructors script it, so
 * its commands and output formats are part of the product: see README.md.
 * It never prints a stack trace: every failure is a line that says what is wrong and where.
 */
import { readPackBytes } from '../packs/read.ts';
import { summarisePack } from '../packs/summary.ts';
import type { Problem } from '../intake/problems.ts';
import type { Pack } from '../packs/format.ts';
import { codesCommand } from './codes.ts';
import { checkKeysCommand, gradeCommand } from './grading.ts';
import { exportFhirCommand, importFhirCommand } from './fhir.ts';
import { PACK_INPUT, readInputFile } from './files.ts';
import type { Io } from './io.ts';

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

const USAGE = `Usage: record-room <command> [arguments]

Commands:
  validate <pack>...   check scenario packs; prints one line per problem as "file: path: message"
  inspect <pack>       print a JSON summary of a pack (patients, encounters, documents, conditions, procedures, tasks)
  codes import <file or zip>... --out <codeset.json>
                       read an official CMS release (ICD-10-CM, ICD-10-PCS, HCPCS) into a code-set file;
                       prints a JSON summary line: system, fiscalYear, entries, billable
  codes search <codeset.json> <query> [--limit N]
                       one result per line, best first: the code (with its dot), then the title
  grade --pack <pack> [--key <key>] --work <work.json> [--all]
                       grade a trainee's exported work (submitted tasks, as the app does; --all: every
                       task with a key); prints the report as JSON
  check-keys <pack> [--key <key>]
                       perfect work from every key must score 100 %, empty work 0 %; exit 1 with the task ids otherwise
  import-fhir <files or folders>... --out <pack.json> [--pack-id <id>] [--title <title>]
              [--hide-source-codes] [--discharge-summaries]
                       turn FHIR R4 (Bundles, resources, bulk-export NDJSON folders) into a scenario pack;
                       prints what was created and what could not be mapped, then a JSON summary line
  export-fhir <pack> [--patient <mrn>] [--document] [--offset <+hh:mm>] --out <bundle.json>
                       write charts as a FHIR R4 collection Bundle, or one chart as a document Bundle
  help                 show this help`;

export async function main(args: readonly string[], io: Io = defaultIo): Promise<number> {
  try {
    const [command, ...rest] = args;
    switch (command) {
      case 'validate':
        return await validate(rest, io);
      case 'inspect':
        return await inspect(rest, io);
      case 'codes':
        return await codesCommand(rest, io);
      case 'grade':
        return await gradeCommand(rest, io);
      case 'check-keys':
        return await checkKeysCommand(rest, io);
      case 'import-fhir':
        return await importFhirCommand(rest, io);
      case 'export-fhir':
        return await exportFhirCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.err(`record-room: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    // A bug of ours, not of the input: still one plain line, never a stack trace.
    io.err(`record-room: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 70;
  }
}

type Loaded = { ok: true; pack: Pack } | { ok: false; problems: readonly Problem[] };

async function loadPack(file: string): Promise<Loaded> {
  const read = await readInputFile(file, PACK_INPUT);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const result = readPackBytes(read.bytes);
  return result.ok ? { ok: true, pack: result.pack } : { ok: false, problems: result.problems };
}

async function validate(files: readonly string[], io: Io): Promise<number> {
  if (files.length === 0) {
    io.err('record-room validate: name at least one pack file\n\nUsage: record-room validate <pack>...');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const loaded = await loadPack(file);
    if (loaded.ok) continue;
    failed = true;
    for (const problem of loaded.problems) io.out(`${file}: ${problem.path}: ${problem.message}`);
  }
  return failed ? 1 : 0;
}

async function inspect(files: readonly string[], io: Io): Promise<number> {
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0) {
    io.err('record-room inspect: name exactly one pack file\n\nUsage: record-room inspect <pack>');
    return 2;
  }
  const loaded = await loadPack(file);
  if (!loaded.ok) {
    for (const problem of loaded.problems) io.err(`${file}: ${problem.path}: ${problem.message}`);
    return 1;
  }
  const s = summarisePack(loaded.pack);
  io.out(
    JSON.stringify({
      id: s.id,
      title: s.title,
      patients: s.patients,
      encounters: s.encounters,
      documents: s.documents,
      conditions: s.conditions,
      procedures: s.procedures,
      tasks: s.tasks,
    }),
  );
  return 0;
}
