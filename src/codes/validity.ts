/**
 * The three questions a coder asks of every code as it is entered: does it exist, is it billable
 * (valid for a claim), and in which fiscal year's set. Pure.
 */
import { formatCode, normaliseCode, type CodeEntry, type CodeSetMeta } from './model.ts';

export type CodeStatus = 'billable' | 'header' | 'modifier' | 'not-found';

export interface CodeCheck {
  code: string;
  status: CodeStatus;
  entry?: CodeEntry;
  /** The verdict in one sentence, as the encoder shows it. */
  message: string;
}

const lookups = new WeakMap<readonly CodeEntry[], Map<string, CodeEntry>>();

/** A code → entry map, built once per code set. */
export function codeLookup(entries: readonly CodeEntry[]): Map<string, CodeEntry> {
  let map = lookups.get(entries);
  if (!map) {
    map = new Map(entries.map((e) => [e.code, e]));
    lookups.set(entries, map);
  }
  return map;
}

export function checkCode(set: CodeSetMeta & { entries: readonly CodeEntry[] }, input: string): CodeCheck {
  const code = normaliseCode(input);
  const entry = codeLookup(set.entries).get(code);
  const year = set.system === 'HCPCS' ? `the ${set.fiscalYear} HCPCS set` : `FY${set.fiscalYear}`;
  const shown = formatCode(set.system, code);
  if (!entry) {
    const partial = set.source === 'teaching' ? ' The teaching set is partial: load the official release to be sure.' : '';
    return { code, status: 'not-found', message: `${shown} is not a valid code in ${set.title}.${partial}` };
  }
  if (entry.kind === 'modifier') return { code, status: 'modifier', entry, message: `${shown} is a valid modifier in ${year}.` };
  if (!entry.billable) {
    return { code, status: 'header', entry, message: `${shown} is a header in ${year}, not billable: code to a more specific subcategory or code below it.` };
  }
  return { code, status: 'billable', entry, message: `${shown} is valid and billable in ${year}.` };
}
