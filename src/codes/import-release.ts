/**
 * Official releases in, one code-set file out: the files a user hands over (CMS zips, the
 * ICD-10-CM order file or tabular XML, the ICD-10-PCS tables/index/definitions XML, the HCPCS
 * fixed-record file) are told apart by their content, read by their system's parser, and turned
 * into a `CodeSetFile`. Shared by `record-room codes import` and the app's "Load official code set".
 * Pure: bytes in, data or problems out.
 */
import { CODESET_FORMAT, CODESET_VERSION, icd10cmCodeSetFile, type CodeSetFile } from './codeset-file.ts';
import type { CodeSystem } from './model.ts';
import { describeProblem, readIcd10cmFile, type CodeFileProblem, type TabularList } from './icd10cm/index.ts';
import type { CodeSet } from './model.ts';
import { parsePcsRelease } from './icd10pcs/release.ts';
import { parsePcsTables, toCodeSet as pcsCodeSet, type PcsTables } from './icd10pcs/tables.ts';
import { parsePcsDefinitions, type PcsDefinitions } from './icd10pcs/definitions.ts';
import { parseHcpcs, toCodeSet as hcpcsCodeSet } from './hcpcs/hcpcs.ts';

export interface ReleaseFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportReleaseResult = { ok: true; file: CodeSetFile; warnings: string[] } | { ok: false; problems: string[] };

type Part =
  | { system: 'ICD-10-CM'; tabular?: TabularList; orderFile?: CodeSet }
  | { system: 'ICD-10-PCS'; tables?: PcsTables; definitions?: PcsDefinitions }
  | { system: 'HCPCS'; codeSet: CodeSet };

function head(bytes: Uint8Array): string {
  return new TextDecoder()
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function problemLines(name: string, problems: readonly CodeFileProblem[]): string[] {
  return problems.map((p) => `${name}: ${describeProblem(p)}`);
}

/** Reads one file as whichever release it is. */
function readPart(file: ReleaseFile): { part: Part; warnings: string[] } | { problems: string[] } {
  const text = head(file.bytes);
  const looksPcs = /icd10pcs|pcs/i.test(file.name) || text.includes('<ICD10PCS.');
  const looksHcpcs = /hcpc/i.test(file.name);
  if (isZip(file.bytes) && looksPcs) {
    const r = parsePcsRelease(file.bytes);
    if (!r.ok) return { problems: problemLines(file.name, r.problems) };
    const part: Part = { system: 'ICD-10-PCS', tables: r.value.tables };
    if (r.value.definitions) part.definitions = r.value.definitions;
    return { part, warnings: problemLines(file.name, r.warnings) };
  }
  if (text.startsWith('<') && text.includes('<ICD10PCS.tabular')) {
    const r = parsePcsTables(file.bytes, { fileName: file.name });
    return r.ok
      ? { part: { system: 'ICD-10-PCS', tables: r.value }, warnings: problemLines(file.name, r.warnings) }
      : { problems: problemLines(file.name, r.problems) };
  }
  if (text.startsWith('<') && text.includes('<ICD10PCS.definitions')) {
    const r = parsePcsDefinitions(file.bytes);
    return r.ok
      ? { part: { system: 'ICD-10-PCS', definitions: r.value }, warnings: problemLines(file.name, r.warnings) }
      : { problems: problemLines(file.name, r.problems) };
  }
  if (looksHcpcs) {
    const r = parseHcpcs(file.bytes, { fileName: file.name });
    return r.ok
      ? {
          part: { system: 'HCPCS', codeSet: hcpcsCodeSet(r.value, { fileName: file.name }) },
          warnings: problemLines(file.name, r.warnings),
        }
      : { problems: problemLines(file.name, r.problems) };
  }
  const r = readIcd10cmFile(file.bytes, { fileName: file.name });
  if (!r.ok) return { problems: problemLines(file.name, r.problems) };
  const part: Part = { system: 'ICD-10-CM' };
  if (r.value.tabular) part.tabular = r.value.tabular;
  if (r.value.orderFile) part.orderFile = r.value.orderFile;
  return { part, warnings: problemLines(file.name, r.warnings) };
}

export function importRelease(files: readonly ReleaseFile[]): ImportReleaseResult {
  if (files.length === 0) return { ok: false, problems: ['no files given'] };
  const parts: Part[] = [];
  const warnings: string[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const read = readPart(file);
    if ('problems' in read) problems.push(...read.problems);
    else {
      parts.push(read.part);
      warnings.push(...read.warnings);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const systems = new Set<CodeSystem>(parts.map((p) => p.system));
  if (systems.size > 1)
    return { ok: false, problems: [`the files are of different code systems (${[...systems].join(', ')}); import one system at a time`] };

  const first = parts[0]!;
  if (first.system === 'ICD-10-CM') {
    const cm = parts as Extract<Part, { system: 'ICD-10-CM' }>[];
    const tabular = cm.find((p) => p.tabular)?.tabular;
    const orderFile = cm.find((p) => p.orderFile)?.orderFile;
    if (tabular) {
      const file = icd10cmCodeSetFile(tabular, 'official', `ICD-10-CM FY${tabular.fiscalYear} (official CMS release)`);
      if (orderFile) {
        if (orderFile.fiscalYear !== tabular.fiscalYear)
          return {
            ok: false,
            problems: [`the order file is for FY${orderFile.fiscalYear} but the tabular list is for FY${tabular.fiscalYear}`],
          };
        const billable = new Set(orderFile.entries.filter((e) => e.billable).map((e) => e.code));
        const mismatched = file.entries.filter((e) => e.billable !== billable.has(e.code)).length;
        if (mismatched > 0)
          warnings.push(
            `${mismatched} codes differ in billable status between the order file and the tabular list; the tabular list was used`,
          );
      }
      return { ok: true, file, warnings };
    }
    if (orderFile) {
      return {
        ok: true,
        warnings: [
          ...warnings,
          "only the order file was given: codes and titles are loaded, but not the tabular list's notes (add the tabular XML to browse notes)",
        ],
        file: {
          format: CODESET_FORMAT,
          version: CODESET_VERSION,
          system: 'ICD-10-CM',
          fiscalYear: orderFile.fiscalYear,
          source: 'official',
          title: `ICD-10-CM FY${orderFile.fiscalYear} (official CMS release)`,
          entries: orderFile.entries,
        },
      };
    }
  }
  if (first.system === 'ICD-10-PCS') {
    const pcs = parts as Extract<Part, { system: 'ICD-10-PCS' }>[];
    const tables = pcs.find((p) => p.tables)?.tables;
    if (!tables)
      return { ok: false, problems: ['no ICD-10-PCS tables file (icd10pcs_tables_YYYY.xml) among the files: the tables are required'] };
    const definitions = pcs.find((p) => p.definitions)?.definitions;
    const set = pcsCodeSet(tables);
    const file: CodeSetFile = {
      format: CODESET_FORMAT,
      version: CODESET_VERSION,
      system: 'ICD-10-PCS',
      fiscalYear: set.fiscalYear,
      source: 'official',
      title: `ICD-10-PCS FY${set.fiscalYear} (official CMS release)`,
      entries: set.entries,
      pcsTables: tables,
    };
    if (definitions) file.pcsDefinitions = definitions;
    return { ok: true, file, warnings };
  }
  if (first.system === 'HCPCS') {
    const set = first.codeSet;
    return {
      ok: true,
      warnings,
      file: {
        format: CODESET_FORMAT,
        version: CODESET_VERSION,
        system: 'HCPCS',
        fiscalYear: set.fiscalYear,
        source: 'official',
        title: `HCPCS Level II ${set.fiscalYear} (official CMS release)`,
        entries: set.entries,
      },
    };
  }
  return { ok: false, problems: ['no code-set release found among the files'] };
}
