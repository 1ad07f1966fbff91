/**
 * Code-set orchestration for the encoder: installs the bundled teaching sets on first use, loads
 * official releases the trainee or instructor chooses, and builds the search and tabular indexes.
 * Imported only by the encoder (a lazily loaded chunk), so code sets never weigh on the first screen.
 */
import { readCodeSetFile, summariseCodeSet, type CodeSetFile, type CodeSetSummary } from '../codes/codeset-file.ts';
import { importRelease, type ReleaseFile } from '../codes/import-release.ts';
import type { CodeSystem } from '../codes/model.ts';
import { buildCodeSearchIndex, type CodeSearchIndex } from '../codes/search.ts';
import { indexTabular, type TabularIndex } from '../codes/icd10cm/index.ts';
import { bestCodeSet, storeCodeSet } from '../storage/code-sets.ts';
import { clock } from '../app/clock.ts';
import { TEACHING_FILES } from './teaching-sets.ts';
import { forgetCodeValidity } from './code-validity.ts';

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

export type LoadReleaseResult = { ok: true; summary: CodeSetSummary; title: string; warnings: string[] } | { ok: false; problems: string[] };

/** "Load official code set": the chosen release files → one stored code set. Nothing is stored on a problem. */
export async function loadOfficialRelease(files: readonly File[]): Promise<LoadReleaseResult> {
  const release: ReleaseFile[] = [];
  for (const file of files) release.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  const result = importRelease(release);
  if (!result.ok) return result;
  await storeCodeSet(result.file, clock.now().toISOString());
  forgetCodeValidity();
  return { ok: true, summary: summariseCodeSet(result.file), title: result.file.title, warnings: result.warnings };
}
