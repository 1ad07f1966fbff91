/**
 * The code-validity lookup the grader is given in the app: the best stored code set of each system
 * (official over teaching), or the bundled teaching set when none is stored — the same sets
 * `record-room grade` reads by default, so the app and the CLI give the same score.
 */
import { readCodeSetFile, type CodeSetFile } from '../codes/codeset-file.ts';
import { codeValidityFrom, type CodeValidity } from '../codes/validity.ts';
import type { CodeSystem } from '../codes/model.ts';
import { bestCodeSet } from '../storage/code-sets.ts';
import { TEACHING_FILES } from './teaching-sets.ts';

async function teachingSet(system: CodeSystem): Promise<CodeSetFile | undefined> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}${TEACHING_FILES[system]}`);
    if (!response.ok) return undefined;
    const read = readCodeSetFile(await response.json());
    return read.ok ? read.file : undefined;
  } catch {
    return undefined;
  }
}

let cached: Promise<CodeValidity> | undefined;

/** Loads once per page; a set that cannot be had leaves its codes judged by their shape only. */
export function loadCodeValidity(): Promise<CodeValidity> {
  cached ??= Promise.all(
    (Object.keys(TEACHING_FILES) as CodeSystem[]).map(async (system) => (await bestCodeSet(system)) ?? (await teachingSet(system))),
  ).then((sets) => codeValidityFrom(sets.filter((s): s is CodeSetFile => s !== undefined)));
  return cached;
}

/** Forgets the loaded sets (after an official release is loaded, and between tests). */
export function forgetCodeValidity(): void {
  cached = undefined;
}
