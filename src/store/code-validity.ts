/**
 * The code sets behind every validity check in the app, and the lookup the results screen grades
 * with. For each system: the official release of the pack's fiscal year when one is stored, else the
 * newest stored official release, and beside it the bundled teaching set, whose fiscal-year facts
 * (the FY2026 list with the day each code became valid) speak of years no stored release covers.
 * `record-room grade` reads the same teaching sets (plus `--codes`) for the pack's year, so the app
 * and the CLI give the same score.
 *
 * The bundled teaching set is the truth of its build: the copy stored in IndexedDB is a cache, and is
 * replaced when a new build bundles a different one (an older copy lacks the fiscal-year facts).
 */
import { readCodeSetFile, type CodeSetFile } from '../codes/codeset-file.ts';
import { codeValidityFrom, type CodeValidity } from '../codes/validity.ts';
import type { CodeSystem } from '../codes/model.ts';
import { storeCodeSet, storedOfficialSet, storedTeachingSet } from '../storage/code-sets.ts';
import { clock } from '../app/clock.ts';
import { TEACHING_FILES } from './teaching-sets.ts';

const bundled = new Map<CodeSystem, Promise<CodeSetFile | undefined>>();

/** The teaching set this build bundles, fetched once per page (undefined where it cannot be had, as in jsdom). */
function bundledTeachingSet(system: CodeSystem): Promise<CodeSetFile | undefined> {
  let pending = bundled.get(system);
  if (!pending) {
    pending = (async () => {
      try {
        const response = await fetch(`${import.meta.env.BASE_URL}${TEACHING_FILES[system]}`);
        if (!response.ok) return undefined;
        const read = readCodeSetFile(await response.json());
        if (!read.ok) throw new Error(`the bundled teaching set ${TEACHING_FILES[system]} ${read.problem}`);
        return read.file;
      } catch (error) {
        bundled.delete(system);
        if (error instanceof Error && error.message.startsWith('the bundled teaching set')) throw error;
        return undefined;
      }
    })();
    bundled.set(system, pending);
  }
  return pending;
}

/** What tells two teaching sets apart cheaply: a new build changes one of these when it changes the set. */
function teachingSignature(file: CodeSetFile): string {
  const facts = file.yearFacts;
  const newer = facts?.newer ? Object.values(facts.newer.validSince).reduce((n, codes) => n + codes.length, 0) : 0;
  return [
    file.version,
    file.fiscalYear,
    file.title,
    file.entries.length,
    facts ? `${Object.keys(facts.releaseStatus).length}:${newer}` : '-',
  ].join('|');
}

/**
 * The teaching set of a system: the bundled one (stored the first time, and again when the stored
 * copy is of another build), or the stored copy where the bundled file cannot be fetched.
 */
export async function teachingSet(system: CodeSystem): Promise<CodeSetFile | undefined> {
  const [stored, file] = await Promise.all([storedTeachingSet(system), bundledTeachingSet(system)]);
  if (!file) return stored;
  if (!stored || teachingSignature(stored) !== teachingSignature(file)) {
    // Only a cache: a set that cannot be stored (storage full) is still used from the fetched file.
    await storeCodeSet(file, clock.now().toISOString()).catch(() => undefined);
  }
  return file;
}

/**
 * The sets every check of a system reads for a fiscal year: the official release of that year (else
 * the newest stored one) and the teaching set. `shown` is the one the encoder browses and searches.
 */
export async function codeSetsFor(system: CodeSystem, fiscalYear?: number): Promise<{ shown?: CodeSetFile; sources: CodeSetFile[] }> {
  const [official, teaching] = await Promise.all([storedOfficialSet(system, fiscalYear), teachingSet(system)]);
  const sources = [official, teaching].filter((s): s is CodeSetFile => s !== undefined);
  const shown = official ?? teaching;
  return shown ? { shown, sources } : { sources };
}

const cached = new Map<string, Promise<CodeValidity>>();

/** The grader's lookup for a pack's fiscal year, loaded once per page; a set that cannot be had leaves its codes judged by their shape only. */
export function loadCodeValidity(fiscalYear?: number): Promise<CodeValidity> {
  const key = String(fiscalYear ?? 'newest');
  let pending = cached.get(key);
  if (!pending) {
    pending = Promise.all((Object.keys(TEACHING_FILES) as CodeSystem[]).map((system) => codeSetsFor(system, fiscalYear))).then(
      (perSystem) =>
        codeValidityFrom(
          perSystem.flatMap((s) => s.sources),
          fiscalYear === undefined ? {} : { fiscalYear },
        ),
      () => {
        cached.delete(key);
        return codeValidityFrom([]);
      },
    );
    cached.set(key, pending);
  }
  return pending;
}

/** Forgets the loaded sets (after an official release is loaded, and between tests). */
export function forgetCodeValidity(): void {
  cached.clear();
}
