/**
 * Code-set orchestration for the encoder and the coding workspace: the set to browse and search for
 * a fiscal year (the official release of that year, else the newest official one, else the bundled
 * teaching set, installed on first use), the sets its codes are checked against, official releases
 * the trainee or instructor loads, and the search and tabular indexes. Imported only by lazily loaded
 * chunks, so code sets never weigh on the first screen.
 */
import type { CodeSetFile } from '../codes/codeset-file.ts';
import type { CodeSystem } from '../codes/model.ts';
import { buildCodeSearchIndex, type CodeSearchIndex } from '../codes/search.ts';
import { indexTabular, type TabularIndex } from '../codes/icd10cm/index.ts';
import { db as database } from '../storage/db.ts';
import { clock } from '../app/clock.ts';
import { TEACHING_FILES } from './teaching-sets.ts';
import { codeSetsFor, forgetCodeValidity } from './code-validity.ts';
import { keepRelease, loadRelease } from './import-client.ts';
import type { ImportProgress, ReleaseJobResult } from './import-protocol.ts';

export { TEACHING_FILES };

/** The loaded code set of a system, with its indexes, and the sets its codes are checked against (itself among them). */
export interface LoadedCodeSet {
  file: CodeSetFile;
  search: CodeSearchIndex;
  tabular?: TabularIndex;
  sources: readonly CodeSetFile[];
}

const cache = new Map<string, Omit<LoadedCodeSet, 'sources'>>();

function loaded(file: CodeSetFile, sources: readonly CodeSetFile[]): LoadedCodeSet {
  // The same set read again (another visit to the encoder) keeps its indexes.
  const key = `${file.system}|${file.fiscalYear}|${file.source}|${file.entries.length}|${file.title}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = { file, search: buildCodeSearchIndex(file.system, file.entries) };
    if (file.tabular) hit.tabular = indexTabular(file.tabular);
    cache.set(key, hit);
  }
  return { ...hit, sources };
}

/**
 * The code set of a system to browse and search for a fiscal year (the pack's): the official release
 * of that year, else the newest official one, else the bundled teaching set (installed the first
 * time), with the sets its codes are checked against.
 */
export async function loadCodeSet(system: CodeSystem, fiscalYear?: number): Promise<LoadedCodeSet | undefined> {
  const { shown, sources } = await codeSetsFor(system, fiscalYear);
  return shown ? loaded(shown, sources) : undefined;
}

export type LoadReleaseResult = ReleaseJobResult;

/**
 * "Load official code set": the chosen release files → one stored code set. The import worker
 * reads, parses and stores it, so the page keeps answering; nothing is stored on a problem, and a
 * storage failure (storage full) is a problem in words. With `expectFiscalYear` (the pack's year), a
 * release of another year is only read: the result says so (`otherYear`) and nothing is replaced
 * until `keepOfficialRelease` stores it.
 */
export async function loadOfficialRelease(
  files: readonly File[],
  options: { expectFiscalYear?: number; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<LoadReleaseResult> {
  const { expectFiscalYear, onProgress } = options;
  const request = { files, dbName: database().name, installedAt: clock.now().toISOString() };
  return settle(() => loadRelease(expectFiscalYear === undefined ? request : { ...request, expectFiscalYear }, onProgress));
}

/** After `otherYear`: stores the release that was read (`store`), or lets it go. */
export function keepOfficialRelease(held: number, store: boolean): Promise<LoadReleaseResult> {
  return settle(() => keepRelease({ held, store, dbName: database().name, installedAt: clock.now().toISOString() }));
}

async function settle(job: () => Promise<LoadReleaseResult>): Promise<LoadReleaseResult> {
  let result: LoadReleaseResult;
  try {
    result = await job();
  } catch (error) {
    return { ok: false, problems: [`The release files could not be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (result.ok) forgetCodeValidity();
  return result;
}
