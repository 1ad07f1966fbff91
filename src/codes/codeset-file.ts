/**
 * The code-set file: what `record-room codes import` writes, what the app stores per system and
 * fiscal year, and what the bundled teaching sets are. One JSON document holding the flat entries
 * (for search and validity checks) and, per system, the structure the encoder browses: the
 * ICD-10-CM tabular list with its notes, the ICD-10-PCS tables. Versioned like packs. Pure.
 */
import type { CodeSetMeta, CodeSystem } from './model.ts';
import type { SearchableEntry } from './search.ts';
import { indexTabular, tabularEntries, type TabularDiag, type TabularList } from './icd10cm/index.ts';

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

export type CodeSetFileResult = { ok: true; file: CodeSetFile } | { ok: false; problem: string };

/** Reads a code-set file, refusing other formats and newer versions with a reason. */
export function readCodeSetFile(json: unknown): CodeSetFileResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, problem: 'is not a Record Room code-set file (expected a JSON object)' };
  const file = json as Partial<CodeSetFile>;
  if (file.format !== CODESET_FORMAT) return { ok: false, problem: `is not a Record Room code-set file (format must be "${CODESET_FORMAT}"); make one with record-room codes import` };
  if (typeof file.version !== 'number' || file.version > CODESET_VERSION) {
    return { ok: false, problem: `is code-set format version ${String(file.version)}, newer than this Record Room reads (${CODESET_VERSION})` };
  }
  if (file.system !== 'ICD-10-CM' && file.system !== 'ICD-10-PCS' && file.system !== 'HCPCS') return { ok: false, problem: `has an unknown code system ${JSON.stringify(file.system)}` };
  if (typeof file.fiscalYear !== 'number' || !Array.isArray(file.entries)) return { ok: false, problem: 'lacks fiscalYear or entries' };
  return { ok: true, file: file as CodeSetFile };
}
