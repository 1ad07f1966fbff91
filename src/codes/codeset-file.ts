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
import { readJson, type FileKind, type Migration } from '../intake/read.ts';

export const CODESET_FORMAT = 'record-room-codeset';
/** Version 2 added the optional `yearFacts` (issue 12); a version-1 file reads as it is. */
export const CODESET_VERSION = 2;

/**
 * What a code was in a list's own year, where a teaching set's entries show it otherwise: the codes
 * later addenda merged in were `absent` from the release, and the codes they subdivided were `billable`.
 */
export type ReleaseStatus = 'billable' | 'header' | 'absent';

/**
 * The fiscal-year facts a teaching set carries, so that a check can speak of a pack's own year and
 * not only of the release the set was built from (scripts/codesets writes them; ./year-status.ts
 * reads them). Every statement here is about a named list of a named year.
 */
export interface YearFacts {
  /**
   * The code prefixes the set holds whole (ICD-10-CM categories, ICD-10-PCS tables): within them the
   * release and the newer list are complete, so a code neither has is no code of theirs. Empty when
   * the set is complete nowhere (the HCPCS ranges leave codes out).
   */
  scope: string[];
  /** The release's own status of the codes whose entries say otherwise, by code without the dot. */
  releaseStatus: Record<string, ReleaseStatus>;
  /** A newer official list of the valid codes, complete within `scope`. */
  newer?: {
    fiscalYear: number;
    /** What the list is, as the checks name it: "FY2026 code list (CMS MS-DRG v43.1 Medicare Code Editor)". */
    title: string;
    /** Every code valid in that year within the scope, under the first day of its unbroken validity ("2015-10-01"). */
    validSince: Record<string, string[]>;
  };
}

export interface CodeSetFile extends CodeSetMeta {
  format: typeof CODESET_FORMAT;
  /** A file read through `readCodeSetFile` is always current; one stored by an earlier version keeps its own. */
  version: 1 | typeof CODESET_VERSION;
  entries: SearchableEntry[];
  /** ICD-10-CM: the tabular list, for browsing and instructional notes. */
  tabular?: TabularList;
  /** ICD-10-PCS: the tables, for the code builder (shape owned by ./icd10pcs). */
  pcsTables?: unknown;
  /** ICD-10-PCS: root-operation definitions (shape owned by ./icd10pcs). */
  pcsDefinitions?: unknown;
  /** Teaching sets: what is known of their codes in other fiscal years. */
  yearFacts?: YearFacts;
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

const CODE = /^[0-9A-Z]{1,7}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const YearFactsSchema = z.strictObject({
  scope: z.array(z.string().regex(CODE)).max(100_000),
  releaseStatus: z.record(z.string().regex(CODE), z.enum(['billable', 'header', 'absent'])),
  newer: z
    .strictObject({
      fiscalYear: z.number().int().min(2000).max(2100),
      title: z.string().min(1).max(500),
      validSince: z.record(z.string().regex(DAY, 'must be a day written YYYY-MM-DD'), z.array(z.string().regex(CODE)).max(2_000_000)),
    })
    .exactOptional(),
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
  yearFacts: YearFactsSchema.exactOptional(),
});

/** Append-only: index i turns version i+1 into i+2. */
const CODESET_MIGRATIONS: Migration[] = [
  {
    from: 1,
    name: 'add-year-facts',
    describe: 'Version 2 may hold the fiscal-year facts of a teaching set (yearFacts); a version-1 file has none, so it is unchanged.',
    migrate: (file) => file,
  },
];

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
  problems.push(...yearFactsProblems(file.yearFacts));
  return problems;
}

/** A newer list speaks only within the scope, and of each code once: otherwise its dates would contradict each other. */
function yearFactsProblems(facts: YearFacts | undefined): Problem[] {
  if (!facts?.newer) return [];
  const problems: Problem[] = [];
  const scope = new Set(facts.scope);
  const listed = new Map<string, string>();
  for (const [day, codes] of Object.entries(facts.newer.validSince)) {
    codes.forEach((code, i) => {
      const path = formatPath(['yearFacts', 'newer', 'validSince', day, i]);
      const earlier = listed.get(code);
      if (earlier !== undefined)
        problems.push({ path, message: `"${code}" is already listed as valid since ${earlier}; each code is listed once` });
      else if (!scope.has(code.slice(0, 3)) && !facts.scope.some((prefix) => code.startsWith(prefix)))
        problems.push({ path, message: `"${code}" is outside the scope (yearFacts.scope), where the list is not complete` });
      listed.set(code, day);
    });
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
  migrations: CODESET_MIGRATIONS,
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
