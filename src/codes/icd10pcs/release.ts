/**
 * The ICD-10-PCS release as CMS distributes it: a zip ("2025 Code Tables and Index") holding the
 * tables, index and definitions XML (and PDFs and schemas, which are not read). Pure.
 *
 * The tables are required; the index and definitions are read when the zip has them. All three must
 * be for the same fiscal year.
 */
import type { CodeFileProblem, CodeFileResult } from '../icd10cm/problems.ts';
import { PCS_DEFINITIONS_FILE, parsePcsDefinitions, type PcsDefinitions } from './definitions.ts';
import { PCS_INDEX_FILE, parsePcsIndex, type PcsIndex } from './pcs-index.ts';
import { PCS_TABLES_FILE, parsePcsTables, type PcsTables } from './tables.ts';
import { inMember, isZip, listNames, unzipMembers } from './unzip.ts';

export interface PcsRelease {
  tables: PcsTables;
  index?: PcsIndex;
  definitions?: PcsDefinitions;
  /** The zip members read, by what they are. */
  files: { tables: string; index?: string; definitions?: string };
}

/** The zip CMS distributes → its tables, index and definitions; or every problem, naming the member it is in. */
export function parsePcsRelease(bytes: Uint8Array): CodeFileResult<PcsRelease> {
  if (!isZip(bytes)) {
    return {
      ok: false,
      problems: [{ message: 'this is not a zip; to read one ICD-10-PCS XML file, read it as the tables, index or definitions file' }],
    };
  }
  const unzipped = unzipMembers(
    bytes,
    { tables: PCS_TABLES_FILE, index: PCS_INDEX_FILE, definitions: PCS_DEFINITIONS_FILE },
    'the ICD-10-PCS release',
  );
  if ('problem' in unzipped) return { ok: false, problems: [unzipped.problem] };
  const { tables: tablesFile, index: indexFile, definitions: definitionsFile } = unzipped.members;
  if (tablesFile === undefined) {
    return {
      ok: false,
      problems: [{ message: `this zip holds no ICD-10-PCS tables file (icd10pcs_tables_YYYY.xml); it holds ${listNames(unzipped.names)}` }],
    };
  }

  const problems: CodeFileProblem[] = [];
  const warnings: CodeFileProblem[] = [];
  const tables = parsePcsTables(tablesFile.bytes, { fileName: tablesFile.name });
  const index = indexFile === undefined ? undefined : parsePcsIndex(indexFile.bytes);
  const definitions = definitionsFile === undefined ? undefined : parsePcsDefinitions(definitionsFile.bytes);
  for (const [result, file] of [
    [tables, tablesFile],
    [index, indexFile],
    [definitions, definitionsFile],
  ] as const) {
    if (result === undefined || file === undefined) continue;
    if (result.ok) warnings.push(...result.warnings.map((warning) => inMember(warning, file.name)));
    else problems.push(...result.problems.map((problem) => inMember(problem, file.name)));
  }
  if (!tables.ok || problems.length > 0) return { ok: false, problems };

  const release: PcsRelease = { tables: tables.value, files: { tables: tablesFile.name } };
  for (const [result, file, key] of [
    [index, indexFile, 'index'],
    [definitions, definitionsFile, 'definitions'],
  ] as const) {
    if (result === undefined || !result.ok || file === undefined) continue;
    if (result.value.fiscalYear !== tables.value.fiscalYear) {
      problems.push({
        message: `${file.name} is for FY${result.value.fiscalYear} but ${tablesFile.name} is for FY${tables.value.fiscalYear}; a release's files must be for the same year`,
      });
    }
    release.files[key] = file.name;
  }
  if (index?.ok) release.index = index.value;
  if (definitions?.ok) release.definitions = definitions.value;
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: release, warnings };
}
