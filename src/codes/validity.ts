/**
 * The three questions a coder asks of every code as it is entered: does it exist, is it billable
 * (valid for a claim), and in which fiscal year's set. Pure.
 */
import { formatCode, normaliseCode, type CodeEntry, type CodeSetMeta, type CodeSystem } from './model.ts';

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
    return {
      code,
      status: 'header',
      entry,
      message: `${shown} is a header in ${year}, not billable: code to a more specific subcategory or code below it.`,
    };
  }
  return { code, status: 'billable', entry, message: `${shown} is valid and billable in ${year}.` };
}

/**
 * Whether a code exists, from installed code sets: `billable`, `header` (needs more characters),
 * `not-found` (absent from a complete official release) or `unknown` (no complete set to say). The
 * grader takes this as an injected lookup, so it stays pure and grades the same in app and CLI.
 */
export type CodeValidity = (system: CodeSystem, code: string) => 'billable' | 'header' | 'not-found' | 'unknown';

/** A validity lookup over code sets (official ones decide "not found"; a partial teaching set cannot). */
export function codeValidityFrom(sets: readonly (CodeSetMeta & { entries: readonly CodeEntry[] })[]): CodeValidity {
  const bySystem = new Map<CodeSystem, (CodeSetMeta & { entries: readonly CodeEntry[] })[]>();
  for (const set of sets) bySystem.set(set.system, [...(bySystem.get(set.system) ?? []), set]);
  return (system, code) => {
    const candidates = bySystem.get(system) ?? [];
    let complete = false;
    for (const set of candidates) {
      const entry = codeLookup(set.entries).get(code);
      if (entry && entry.kind !== 'modifier') return entry.billable ? 'billable' : 'header';
      if (set.source === 'official') complete = true;
    }
    return complete ? 'not-found' : 'unknown';
  };
}
