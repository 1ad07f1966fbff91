/**
 * The zips CMS distributes (e.g. `2025-code-descriptions-tabular-order.zip` with the order file,
 * `2025-code-tables-tabular-and-index.zip` with the tabular XML), read with fflate. The members are
 * found by name, wherever they sit in the zip's folders: the order file `icd10cm-order-*.txt` /
 * `icd10cm_order_*.txt` and the tabular list `icd10cm-tabular-*.xml` / `icd10cm_tabular_*.xml`. Addenda
 * files and everything else are skipped and never decompressed. Pure: bytes in, data out.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { CodeSet } from '../model.ts';
import { fiscalYearFromFileName } from './fiscal-year.ts';
import { parseOrderFile, type ReadReleaseOptions } from './order-file.ts';
import { fail, sniffBinary, type CodeFileProblem, type CodeFileResult } from './problems.ts';
import { parseTabularXml, type TabularList } from './tabular.ts';

/** What an ICD-10-CM release file or zip held: the order file, the tabular list, or both. */
export interface Icd10cmRelease {
  orderFile?: CodeSet;
  tabular?: TabularList;
  /** The names of the files they were read from (zip members keep their folders). */
  sources: { orderFile?: string; tabular?: string };
}

/** A member larger than this is refused before it is decompressed. */
export const MAX_MEMBER_BYTES = 128 * 1024 * 1024;

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;
const isJunk = (name: string) => name.startsWith('__MACOSX/') || baseName(name).startsWith('._') || name.endsWith('/');

/** True for the name of an order file: icd10cm-order-2025.txt, icd10cm_order_2025.txt (not the addenda). */
export function isOrderFileName(name: string): boolean {
  const base = baseName(name);
  return !isJunk(name) && /^icd10cm[-_ ]?order\b.*\.txt$/i.test(base.replace(/_/g, '-')) && !/addend/i.test(base);
}

/** True for the name of a tabular XML: icd10cm-tabular-2025.xml, icd10cm_tabular_2025.xml (not the addenda). */
export function isTabularFileName(name: string): boolean {
  const base = baseName(name);
  return !isJunk(name) && /^icd10cm[-_ ]?tabular\b.*\.xml$/i.test(base.replace(/_/g, '-')) && !/addend/i.test(base);
}

/**
 * Reads the order file and/or the tabular XML out of a zip. `options.fileName` is the zip's name; the
 * fiscal year comes from `options.fiscalYear`, else each member's name, else the zip's name (else,
 * for the tabular list, its `<version>`).
 */
export function readIcd10cmZip(bytes: Uint8Array, options: ReadReleaseOptions = {}): CodeFileResult<Icd10cmRelease> {
  if (sniffBinary(bytes) !== 'a zip archive') {
    const what = sniffBinary(bytes);
    return fail({
      message: `is not a zip archive${what === undefined ? ' (it is text; import it as an order file or tabular XML)' : `: it is ${what}`}`,
    });
  }
  const names: string[] = [];
  const oversized: string[] = [];
  const wanted = (file: UnzipFileInfo) => {
    names.push(file.name);
    if (!isOrderFileName(file.name) && !isTabularFileName(file.name)) return false;
    if (file.originalSize > MAX_MEMBER_BYTES) {
      oversized.push(file.name);
      return false;
    }
    return true;
  };
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(bytes, { filter: wanted });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const compression = /compression/i.test(reason)
      ? ' (it uses a compression method other than deflate; re-zip it or extract the files and import them)'
      : '';
    return fail({ message: `could not be unzipped: ${reason}${compression}. Is the download complete?` });
  }
  if (oversized.length > 0)
    return fail(
      ...oversized.map((name) => ({
        file: name,
        message: `is larger than ${MAX_MEMBER_BYTES / 1048576} MB, far larger than an ICD-10-CM release file`,
      })),
    );

  const orderNames = Object.keys(members).filter(isOrderFileName);
  const tabularNames = Object.keys(members).filter(isTabularFileName);
  const problems: CodeFileProblem[] = [];
  for (const [kind, found] of [
    ['order files', orderNames],
    ['tabular XML files', tabularNames],
  ] as const) {
    if (found.length > 1)
      problems.push({ message: `holds ${found.length} ${kind} (${found.join(', ')}); extract the one you want and import it on its own` });
  }
  if (orderNames.length === 0 && tabularNames.length === 0) {
    const listed = names.filter((name) => !isJunk(name));
    const shown = listed.slice(0, 12).join(', ') + (listed.length > 12 ? `, … (${listed.length} files)` : '');
    problems.push({
      message: `holds neither an ICD-10-CM order file (icd10cm-order-*.txt) nor the tabular XML (icd10cm-tabular-*.xml)${listed.length === 0 ? ': it is empty' : `; it holds ${shown}`}`,
    });
  }
  if (problems.length > 0) return fail(...problems);

  const release: Icd10cmRelease = { sources: {} };
  const warnings: CodeFileProblem[] = [];
  const memberOptions = (name: string): ReadReleaseOptions => {
    const fiscalYear =
      options.fiscalYear ??
      fiscalYearFromFileName(name) ??
      (options.fileName === undefined ? undefined : fiscalYearFromFileName(options.fileName));
    return fiscalYear === undefined ? { fileName: name } : { fileName: name, fiscalYear };
  };
  const orderName = orderNames[0];
  if (orderName !== undefined) {
    const result = parseOrderFile(members[orderName] ?? new Uint8Array(), memberOptions(orderName));
    if (!result.ok) problems.push(...result.problems.map((problem) => ({ ...problem, file: orderName })));
    else {
      release.orderFile = result.value;
      release.sources.orderFile = orderName;
      warnings.push(...result.warnings.map((warning) => ({ ...warning, file: orderName })));
    }
  }
  const tabularName = tabularNames[0];
  if (tabularName !== undefined) {
    const result = parseTabularXml(members[tabularName] ?? new Uint8Array(), memberOptions(tabularName));
    if (!result.ok) problems.push(...result.problems.map((problem) => ({ ...problem, file: tabularName })));
    else {
      release.tabular = result.value;
      release.sources.tabular = tabularName;
      warnings.push(...result.warnings.map((warning) => ({ ...warning, file: tabularName })));
    }
  }
  if (problems.length > 0) return fail(...problems);
  return { ok: true, value: release, warnings };
}

/**
 * Any one ICD-10-CM release file as a user hands it over: the zip, the order file or the tabular XML,
 * told apart by their content (the name only gives the fiscal year).
 */
export function readIcd10cmFile(bytes: Uint8Array, options: ReadReleaseOptions = {}): CodeFileResult<Icd10cmRelease> {
  if (sniffBinary(bytes) === 'a zip archive') return readIcd10cmZip(bytes, options);
  const name = options.fileName ?? 'the file';
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<')) {
    const result = parseTabularXml(bytes, options);
    return result.ok ? { ok: true, value: { tabular: result.value, sources: { tabular: name } }, warnings: result.warnings } : result;
  }
  const result = parseOrderFile(bytes, options);
  return result.ok ? { ok: true, value: { orderFile: result.value, sources: { orderFile: name } }, warnings: result.warnings } : result;
}
