/**
 * The code-set file: what `record-room codes import` writes, what the app stores per system and
 * fiscal year, and what the bundled teaching sets are. One JSON document holding the flat entries
 * (for search and validity checks) and, per system, the structure the encoder browses: the
 * ICD-10-CM tabular list with its notes, the ICD-10-PCS tables. Versioned like packs. Pure.
 */
import { z } from 'zod';
import type { CodeSetMeta, CodeSystem } from './model.ts';
import type { SearchableEntry } from './search.ts';
import { NOTE_KINDS, indexTabular, tabularEntries, type TabularDiag, type TabularList } from './icd10cm/index.ts';
import { FILE_PATH, formatPath, type Problem } from '../intake/problems.ts';
import { readJson, type FileKind } from '../intake/read.ts';

export const CODESET_FORMAT = 'record-room-codeset';
export const CODESET_VERSION = 1;

export interface CodeSetFile extends CodeSetMeta {
  format: typeof CODESET_FORMAT;
  version: typeof CODESET_VERSION;
  entries: SearchableEntry[];
  /** ICD-10-CM: the tabular list, for browsing and instructional notes. */
  tabular?: TabularList;
  /** ICD-10-PCS: the tables, for the code builder (shape owned by ./icd10pcs). */
  pcsTables?: unknown;
  /** ICD-10-PCS: root-operation definitions (shape owned by ./icd10pcs). */
  pcsDefinitions?: unknown;
}

export interface CodeSetSummary {
  system: CodeSystem;
  fiscalYear: number;
  entries: number;
  billable: number;
}

export function summariseCodeSet(file: Pick<CodeSetFile, 'system' | 'fiscalYear' | 'entries'>): CodeSetSummary {
  return {
    system: file.system,
    fiscalYear: file.fiscalYear,
    entries: file.entries.length,
    billable: file.entries.reduce((n, e) => n + (e.billable ? 1 : 0), 0),
  };
}

/** Inclusion terms listed on each diag, by code: the encoder searches them with the titles. */
function inclusionTerms(list: TabularList): Map<string, string[]> {
  const terms = new Map<string, string[]>();
  const walk = (diag: TabularDiag) => {
    const own = diag.notes.filter((n) => n.kind === 'inclusionTerm').map((n) => n.text);
    if (own.length > 0) terms.set(diag.code, own);
    diag.children.forEach(walk);
  };
  for (const chapter of list.chapters) for (const section of chapter.sections) section.categories.forEach(walk);
  return terms;
}

/** An ICD-10-CM code-set file from the tabular list (every code, built 7th characters included). */
export function icd10cmCodeSetFile(list: TabularList, source: CodeSetMeta['source'], title: string): CodeSetFile {
  const index = indexTabular(list);
  const terms = inclusionTerms(list);
  const entries: SearchableEntry[] = tabularEntries(index).map((entry) => {
    const own = terms.get(entry.code);
    return own ? { ...entry, inclusionTerms: own } : entry;
  });
  return {
    format: CODESET_FORMAT,
    version: CODESET_VERSION,
    system: 'ICD-10-CM',
    fiscalYear: list.fiscalYear,
    source,
    title,
    entries,
    tabular: list,
  };
}

// ---------------------------------------------------------------------------------------------------
// Reading a code-set file: the shared intake with this schema.

/** Larger files are refused before they are parsed (the full ICD-10-CM with its tabular list is ~20 MB). */
export const MAX_CODESET_BYTES = 256 * 1024 * 1024;

/**
 * One entry, strict like every other schema. Measured on the full FY2021 ICD-10-CM file (95,358
 * entries and its tabular list, 19.5 MB): the entries take ~50–85 ms, the tabular list ~110–220 ms
 * and the check ~30–45 ms; JSON.parse of the same file takes ~150–260 ms and its search index ~450 ms.
 */
const CodeSetEntry = z.strictObject({
  code: z.string().min(1).max(16),
  title: z.string().max(10_000),
  shortTitle: z.string().max(10_000).exactOptional(),
  billable: z.boolean(),
  kind: z.enum(['code', 'header', 'modifier']),
  inclusionTerms: z.array(z.string().max(10_000)).max(1_000).exactOptional(),
});

const InstructionalNote = z.strictObject({ kind: z.enum(NOTE_KINDS), text: z.string() });
const SeventhCharacter = z.strictObject({ character: z.string().length(1), title: z.string(), notes: z.array(z.string()) });
const noteHolder = {
  title: z.string(),
  notes: z.array(InstructionalNote),
  sevenChrDef: z.array(SeventhCharacter).exactOptional(),
};

const TabularDiagSchema = z.strictObject({
  title: noteHolder.title,
  notes: noteHolder.notes,
  sevenChrDef: noteHolder.sevenChrDef,
  code: z.string().min(3).max(7),
  name: z.string().min(3).max(8),
  placeholder: z.literal(true).exactOptional(),
  get children(): z.ZodArray<typeof TabularDiagSchema> {
    return z.array(TabularDiagSchema);
  },
});

const TabularListSchema = z.strictObject({
  system: z.literal('ICD-10-CM'),
  fiscalYear: z.number().int(),
  version: z.string().exactOptional(),
  chapters: z.array(
    z.strictObject({
      ...noteHolder,
      number: z.string(),
      sections: z.array(z.strictObject({ ...noteHolder, id: z.string(), categories: z.array(TabularDiagSchema) })),
    }),
  ),
});

/** A code merged from a later CMS addendum, as the bundled teaching sets list them (scripts/codesets). */
const AddendumRecord = z.strictObject({
  code: z.string().min(1).max(16),
  title: z.string(),
  kind: z.enum(['code', 'header']),
  effective: z.string(),
  source: z.literal('CMS addenda'),
  publication: z.string(),
});

/** The schema of `CodeSetFile`, plus the `addenda` the teaching sets carry. */
export const CodeSetFileSchema = z.strictObject({
  format: z.literal(CODESET_FORMAT),
  version: z.literal(CODESET_VERSION),
  system: z.enum(['ICD-10-CM', 'ICD-10-PCS', 'HCPCS']),
  fiscalYear: z.number().int().min(2000).max(2100),
  source: z.enum(['official', 'teaching']),
  title: z.string().min(1).max(500),
  entries: z.array(CodeSetEntry).max(2_000_000),
  tabular: TabularListSchema.exactOptional(),
  pcsTables: z.unknown().exactOptional(),
  pcsDefinitions: z.unknown().exactOptional(),
  addenda: z.array(AddendumRecord).max(10_000).exactOptional(),
});

/** Rules across the file: each code once per kind, and the structure of the file's own system. */
function codeSetProblems(file: CodeSetFile): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  file.entries.forEach((entry, i) => {
    const key = `${entry.kind}|${entry.code}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      problems.push({
        path: formatPath(['entries', i, 'code']),
        message: `"${entry.code}" is already listed at entries[${first}]; each ${entry.kind} is listed once`,
      });
  });
  if (file.tabular && file.system !== 'ICD-10-CM')
    problems.push({ path: 'tabular', message: `is an ICD-10-CM tabular list, but this is a ${file.system} code set` });
  for (const field of ['pcsTables', 'pcsDefinitions'] as const) {
    if (file[field] !== undefined && file.system !== 'ICD-10-PCS')
      problems.push({ path: field, message: `belongs to an ICD-10-PCS code set, but this is a ${file.system} code set` });
  }
  return problems;
}

/** Another Record Room file, or any other format, given as a code set. */
function notACodeSet(json: Record<string, unknown>): Problem | undefined {
  return 'format' in json
    ? {
        path: FILE_PATH,
        message: `is not a Record Room code-set file (format must be "${CODESET_FORMAT}"); make one with record-room codes import`,
      }
    : undefined;
}

export const CODESET_FILE: FileKind<CodeSetFile> = {
  format: CODESET_FORMAT,
  noun: 'code-set file',
  currentVersion: CODESET_VERSION,
  maxBytes: MAX_CODESET_BYTES,
  migrations: [],
  schema: CodeSetFileSchema,
  check: codeSetProblems,
  foreign: notACodeSet,
};

export type CodeSetFileResult = { ok: true; file: CodeSetFile } | { ok: false; problem: string };

/**
 * Reads a parsed code-set file through the shared intake, refusing other formats and newer versions
 * with a reason. `problem` is the first problem as `path: message`; a problem with the whole file
 * is its message alone ("is not a Record Room code-set file …"), to follow the file's name.
 */
export function readCodeSetFile(json: unknown): CodeSetFileResult {
  const read = readJson(CODESET_FILE, json);
  if (read.ok) return { ok: true, file: read.value };
  const first = read.problems[0];
  if (!first) return { ok: false, problem: 'is not a Record Room code-set file' };
  return { ok: false, problem: first.path === FILE_PATH ? first.message : `${first.path}: ${first.message}` };
}
