/**
 * Code-set orchestration for the encoder: installs the bundled teaching sets on first use, loads
 * official releases the trainee or instructor chooses, and builds the search and tabular indexes.
 * Imported only by the encoder (a lazily loaded chunk), so code sets never weigh on the first screen.
 */
import { readCodeSetFile, type CodeSetFile } from '../codes/codeset-file.ts';
import type { CodeSystem } from '../codes/model.ts';
import { buildCodeSearchIndex, type CodeSearchIndex } from '../codes/search.ts';
import { indexTabular, type TabularIndex } from '../codes/icd10cm/index.ts';
import { bestCodeSet, storeCodeSet } from '../storage/code-sets.ts';
import { db as database } from '../storage/db.ts';
import { clock } from '../app/clock.ts';
import { TEACHING_FILES } from './teaching-sets.ts';
import { forgetCodeValidity } from './code-validity.ts';
import { loadRelease } from './import-client.ts';
import type { ImportProgress, ReleaseJobResult } from './import-protocol.ts';

export { TEACHING_FILES };

/** The loaded code set of a system, with its indexes. */
export interface LoadedCodeSet {
  file: CodeSetFile;
  search: CodeSearchIndex;
  tabular?: TabularIndex;
}

const cache = new Map<string, LoadedCodeSet>();

function loaded(file: CodeSetFile): LoadedCodeSet {
  const key = `${file.system}|${file.fiscalYear}|${file.source}|${file.entries.length}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = { file, search: buildCodeSearchIndex(file.system, file.entries) };
    if (file.tabular) hit.tabular = indexTabular(file.tabular);
    cache.set(key, hit);
  }
  return hit;
}

/** The best stored code set of a system (official over teaching); installs the teaching set the first time. */
export async function loadCodeSet(system: CodeSystem): Promise<LoadedCodeSet | undefined> {
  const stored = await bestCodeSet(system);
  if (stored) return loaded(stored);
  const response = await fetch(`${import.meta.env.BASE_URL}${TEACHING_FILES[system]}`);
  if (!response.ok) return undefined;
  const read = readCodeSetFile(await response.json());
  if (!read.ok) throw new Error(`the bundled teaching set ${TEACHING_FILES[system]} ${read.problem}`);
  await storeCodeSet(read.file, clock.now().toISOString());
  return loaded(read.file);
}

export type LoadReleaseResult = ReleaseJobResult;

/**
 * "Load official code set": the chosen release files → one stored code set. The import worker
 * reads, parses and stores it, so the page keeps answering; nothing is stored on a problem, and a
 * storage failure (storage full) is a problem in words.
 */
export async function loadOfficialRelease(
  files: readonly File[],
  onProgress?: (progress: ImportProgress) => void,
): Promise<LoadReleaseResult> {
  let result: LoadReleaseResult;
  try {
    result = await loadRelease({ files, dbName: database().name, installedAt: clock.now().toISOString() }, onProgress);
  } catch (error) {
    return { ok: false, problems: [`The release files could not be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (result.ok) forgetCodeValidity();
  return result;
}
