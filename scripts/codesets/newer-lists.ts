/**
 * The newest official lists of valid codes at hand, for the teaching sets' fiscal-year facts: the
 * FY2026 Medicare Code Editor masters of CMS's MS-DRG v43.1 (`../shared/data/msdrg/v431/mce/`), one for
 * ICD-10-CM and one for ICD-10-PCS. Each row is a code valid throughout FY2026 and `valid_since`, the
 * first day of its unbroken validity. The masters hold no titles, so they say only which codes are
 * valid and since when. Pure: the file's text in, the list out.
 */
import type { YearFacts } from '../../src/codes/codeset-file.ts';

/** What the checks call this list; its year is the year it is valid for. */
export const NEWER_LIST_TITLE = 'FY2026 code list (CMS MS-DRG v43.1 Medicare Code Editor)';
export const NEWER_LIST_YEAR = 2026;

/** `code → valid_since` from an MCE master (`code`, `flags`, `valid_since`, tab-separated, with a header). */
export function readMceMaster(text: string, name: string): Map<string, string> {
  const [head, ...lines] = text.split('\n').filter((line) => line.trim() !== '');
  const columns = (head ?? '').split('\t');
  const codeAt = columns.indexOf('code');
  const sinceAt = columns.indexOf('valid_since');
  if (codeAt === -1 || sinceAt === -1) throw new Error(`${name}: not an MCE master (no "code" and "valid_since" columns)`);
  const valid = new Map<string, string>();
  lines.forEach((line, i) => {
    const cells = line.split('\t');
    const code = cells[codeAt]?.trim() ?? '';
    const since = cells[sinceAt]?.trim() ?? '';
    if (!/^[0-9A-Z]{3,7}$/.test(code) || !/^\d{4}-\d{2}-\d{2}$/.test(since)) throw new Error(`${name}:${i + 2}: cannot read "${line}"`);
    valid.set(code, since);
  });
  return valid;
}

/** The list's codes under the given prefixes, by day, both in order: the `newer` part of a set's facts. */
export function newerWithin(valid: ReadonlyMap<string, string>, scope: readonly string[]): NonNullable<YearFacts['newer']> {
  const prefixes = new Set(scope);
  const byDay = new Map<string, string[]>();
  for (const [code, since] of valid) {
    if (!prefixes.has(code.slice(0, 3))) continue;
    let codes = byDay.get(since);
    if (!codes) byDay.set(since, (codes = []));
    codes.push(code);
  }
  const validSince: Record<string, string[]> = {};
  for (const day of [...byDay.keys()].sort()) validSince[day] = byDay.get(day)!.sort();
  return { fiscalYear: NEWER_LIST_YEAR, title: NEWER_LIST_TITLE, validSince };
}
