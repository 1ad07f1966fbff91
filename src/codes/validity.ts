/**
 * The three questions a coder asks of every code as it is entered: does it exist, is it billable
 * (valid for a claim), and is that so in the fiscal year being coded — the pack's year, not the year
 * of whatever list happens to be at hand. ./year-status.ts works out what the lists say; this module
 * says it in one sentence, names the list it comes from, labels an older list as older, and says
 * plainly when the status in the year asked about cannot be confirmed. Pure.
 */
import { formatCode, type CodeEntry, type CodeSystem } from './model.ts';
import {
  codeLookup,
  fiscalYearOfDay,
  firstDayOf,
  newestYear,
  setsForYear,
  yearStatus,
  type CheckedSet,
  type ListRef,
  type Statement,
  type YearStatus,
} from './year-status.ts';

export { codeLookup, type CheckedSet };

/** `unconfirmed`: the lists at hand cannot say what the code is in the year asked about. */
export type CodeStatus = 'billable' | 'header' | 'modifier' | 'not-found' | 'unconfirmed';

/** How a check is shown: `ok` holds for the year, `warn` needs the coder's attention (a header, a year not confirmed), `invalid` is no code. */
export type CodeTone = 'ok' | 'warn' | 'invalid';

export interface CodeCheck {
  code: string;
  status: CodeStatus;
  entry?: CodeEntry;
  /** The verdict in one sentence, as the encoder and the coding workspace show it. */
  message: string;
  /** The year the verdict is about. */
  fiscalYear: number;
  /** Whether a list of that year, or dates that cover it, say so (not only lists of other years). */
  confirmed: boolean;
  tone: CodeTone;
  /**
   * Whether the code may be reported as it stands: billable (or a modifier) in the year, or billable
   * by the only lists that speak of it though none confirms the year (an older HCPCS set). A workspace
   * lists the message of a code that is not.
   */
  reportable: boolean;
  /** What the lists say, for a closer look (the codes below a header, the statements either side). */
  year: YearStatus;
}

// ---------------------------------------------------------------------------------------------------
// Words.

/** "FY2025" for the ICD-10 systems; HCPCS sets go by calendar year: "2025". */
export const yearWords = (system: CodeSystem, year: number): string => (system === 'HCPCS' ? `${year}` : `FY${year}`);

const DAY_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023-04-01" → "1 April 2023". */
const dayWords = (day: string) => `${Number(day.slice(8, 10))} ${DAY_MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`;

/** A list's title without its parenthesised provenance: "FY2026 code list". */
const shortTitle = (title: string) => title.replace(/\s*\([^()]*\)\s*$/, '');

/** How a sentence names the list a statement comes from. */
function listName(system: CodeSystem, list: ListRef): string {
  if (list.kind === 'newer' || list.kind === 'addenda') return `the ${shortTitle(list.title)}`;
  if (list.teaching)
    return `the ${system === 'HCPCS' ? `HCPCS ${list.fiscalYear}` : yearWords(system, list.fiscalYear)} release this teaching set is built from`;
  return list.title;
}

/** What a statement says the code is, with its year: "valid and billable in FY2021", "a header since FY2026". */
function statePhrase(system: CodeSystem, s: Statement): string {
  const y = yearWords(system, s.state === 'header' && s.list.kind === 'newer' ? s.from : s.list.kind === 'newer' ? s.to : s.from);
  switch (s.state) {
    case 'billable':
      return `valid and billable in ${y}`;
    case 'header':
      return s.list.kind === 'newer' ? `a header (not billable) since ${y}` : `a header (not billable) in ${y}`;
    case 'modifier':
      return `a valid modifier in ${y}`;
    case 'absent':
    case 'not-billable':
      return `not a valid code in ${y}`;
  }
}

const MAX_LISTED = 8;

function listCodes(system: CodeSystem, codes: readonly string[]): string {
  const shown = codes.slice(0, MAX_LISTED).map((c) => formatCode(system, c));
  const more = codes.length - shown.length;
  return more > 0
    ? `${shown.join(', ')} and ${more} more`
    : shown.length > 1
      ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
      : (shown[0] ?? '');
}

/** The sentence for a state known for the year itself (a list of the year, or dated validity). */
function decidedMessage(sets: readonly CheckedSet[], status: YearStatus, shown: string): string {
  const { system, fiscalYear } = status;
  const decided = status.decided!;
  const y = yearWords(system, fiscalYear);
  const by = listName(system, decided.list);
  if (decided.list.kind === 'newer') {
    const since = decided.since;
    switch (decided.state) {
      case 'billable':
        return since !== undefined && since > firstDayOf(fiscalYear)
          ? `${shown} is valid and billable in ${y} only from ${dayWords(since)} (by ${by}).`
          : `${shown} is valid and billable in ${y} (valid since ${yearWords(system, fiscalYearOfDay(since ?? firstDayOf(fiscalYear)))}, by ${by}).`;
      case 'header': {
        const below = status.codesBelow ?? [];
        if (below.length === 0) return `${shown} is a header (not billable) since ${yearWords(system, decided.from)} (by ${by}).`;
        const untitled = below.filter((c) => !sets.some((s) => codeLookup(s.entries).has(c)));
        const release = sets.find((s) => s.source === 'teaching');
        const where = release
          ? `this teaching set, which is built from the ${yearWords(system, release.fiscalYear)} release`
          : 'the code sets at hand';
        const titles =
          untitled.length === 0 ? '' : ` ${untitled.length === below.length ? 'Their' : 'Some of their'} titles are not in ${where}.`;
        return `${shown} is a header (not billable) since ${yearWords(system, decided.from)}: code to one of the codes below it valid in ${y}: ${listCodes(system, below)} (by ${by}).${titles}`;
      }
      case 'not-billable':
        return since !== undefined && since === firstDayOf(fiscalYearOfDay(since))
          ? `${shown} is not a valid code in ${y}: it became valid in ${yearWords(system, fiscalYearOfDay(since))} (by ${by}).`
          : `${shown} is not a valid code in ${y}: it became valid on ${dayWords(since ?? '')} (by ${by}).`;
      case 'absent':
        return `${shown} is not a valid code in ${y} (by ${by}).`;
      case 'modifier':
        return `${shown} is a valid modifier in ${y}.`;
    }
  }
  const hcpcsYear = system === 'HCPCS' ? `the ${fiscalYear} HCPCS set` : y;
  switch (decided.state) {
    case 'billable':
      return decided.list.kind === 'addenda'
        ? `${shown} is valid and billable in ${y} (by ${by}).`
        : `${shown} is valid and billable in ${hcpcsYear}.`;
    case 'header':
      return `${shown} is a header in ${hcpcsYear}, not billable: code to a more specific subcategory or code below it.`;
    case 'modifier':
      return `${shown} is a valid modifier in ${hcpcsYear}.`;
    case 'absent':
    case 'not-billable': {
      if (decided.list.official) return `${shown} is not a valid code in ${decided.list.title}.`;
      const later = status.after?.state === 'billable' ? status.after : undefined;
      return later
        ? `${shown} is not a valid code in ${y}: it became valid in ${yearWords(system, later.from)} (by ${listName(system, later.list)}).`
        : `${shown} is not a valid code in ${y}.`;
    }
  }
}

/** The sentence when no list speaks of the year itself. */
function undecidedMessage(sets: readonly CheckedSet[], status: YearStatus, shown: string): string {
  const { system, fiscalYear, before, after } = status;
  const y = yearWords(system, fiscalYear);
  if (status.basis === 'bracketed' && before && after) {
    if (status.state === 'not-valid')
      return `${shown} is not a valid code: it is in neither ${listName(system, before.list)} nor ${listName(system, after.list)}, the lists either side of ${y}.`;
    return `${shown} is ${statePhrase(system, before)} by ${listName(system, before.list)} and ${statePhrase(system, after)} by ${listName(system, after.list)}, the lists either side of ${y}; no ${y} list is at hand to confirm it.`;
  }
  if (before && after)
    return `${shown} is ${statePhrase(system, before)} by ${listName(system, before.list)}, but ${statePhrase(system, after)} by ${listName(system, after.list)}; its status in ${y} cannot be confirmed from these sources.`;
  if (before)
    return `${shown} is ${statePhrase(system, before)} by ${listName(system, before.list)}, older than ${y}; its status in ${y} cannot be confirmed from this source.`;
  if (after) {
    const newest = after.list.fiscalYear >= (newestYear(sets) ?? after.list.fiscalYear) ? 'the newest list available' : `newer than ${y}`;
    return `${shown} is ${statePhrase(system, after)} by ${listName(system, after.list)}, ${newest}; its status in ${y} cannot be confirmed from this source.`;
  }
  const teaching = sets.find((s) => s.source === 'teaching');
  if (teaching) {
    const held = system === 'ICD-10-PCS' ? 'tables' : system === 'HCPCS' ? 'codes' : 'categories';
    return `${shown} is not in ${teaching.title}, which holds only the ${held} around the bundled scenarios: load the official release to check it.`;
  }
  return sets.length === 0
    ? `${shown} cannot be checked: no ${system} code set is installed.`
    : `${shown} is not in the code sets at hand.`;
}

/** An undecided code may still be reported when every list that speaks of it has it billable; it is shown as unconfirmed. */
function undecidedTone(status: YearStatus): { tone: CodeTone; reportable: boolean } {
  const sides = [status.before, status.after].filter((s): s is Statement => s !== undefined);
  if (sides.length > 0 && sides.every((s) => s.state === 'billable' || s.state === 'modifier')) return { tone: 'warn', reportable: true };
  if (sides.length > 0 && sides.every((s) => s.state === 'absent' || s.state === 'not-billable'))
    return { tone: 'invalid', reportable: false };
  return { tone: 'warn', reportable: false };
}

// ---------------------------------------------------------------------------------------------------
// Checks.

const asList = (sets: CheckedSet | readonly CheckedSet[]): readonly CheckedSet[] => (Array.isArray(sets) ? sets : [sets as CheckedSet]);

/**
 * The check of one code, as the encoder and the coding workspace show it, for `fiscalYear` (the
 * pack's); without one, for the newest year any list covers. The sets are of one system: a set shown
 * in the encoder and the sets behind it (an official release, the teaching set with its facts).
 */
export function checkCode(sets: CheckedSet | readonly CheckedSet[], input: string, fiscalYear?: number): CodeCheck {
  const all = asList(sets);
  const system = all[0]?.system ?? 'ICD-10-CM';
  const year = fiscalYear ?? newestYear(all) ?? 0;
  const used = setsForYear(all, year);
  const status = yearStatus(used, system, input, year);
  const shown = formatCode(system, status.code);
  const decided = status.basis === 'listed' || status.basis === 'dated';
  const message = decided ? decidedMessage(used, status, shown) : undecidedMessage(used, status, shown);
  const base = {
    code: status.code,
    message,
    fiscalYear: year,
    confirmed: decided,
    year: status,
    ...(status.entry ? { entry: status.entry } : {}),
  };
  switch (status.state) {
    case 'billable':
      return { ...base, status: 'billable', tone: 'ok', reportable: true };
    case 'header':
      return { ...base, status: 'header', tone: 'warn', reportable: false };
    case 'modifier':
      return { ...base, status: 'modifier', tone: 'ok', reportable: true };
    case 'not-valid':
      return { ...base, status: 'not-found', tone: 'invalid', reportable: false };
    case 'unknown':
      return { ...base, status: 'unconfirmed', ...undecidedTone(status) };
  }
}

/**
 * What the checks for `fiscalYear` rest on, in one sentence, when no list of that year is at hand
 * (undefined when one is): each list with its year, an older or newer one labelled so.
 */
export function sourcesNote(sets: readonly CheckedSet[], fiscalYear: number): string | undefined {
  const system = sets[0]?.system;
  if (!system || sets.some((s) => s.fiscalYear === fiscalYear)) return undefined;
  const y = yearWords(system, fiscalYear);
  const parts: string[] = [];
  for (const set of setsForYear(sets, fiscalYear)) {
    const age = set.fiscalYear < fiscalYear ? 'older' : 'newer';
    const newer = set.yearFacts?.newer;
    if (newer) parts.push(`the ${shortTitle(newer.title)}, which dates when each code became valid`);
    parts.push(
      set.source === 'official'
        ? `${set.title} (${age})`
        : `the ${system === 'HCPCS' ? `HCPCS ${set.fiscalYear}` : yearWords(system, set.fiscalYear)} release the teaching set is built from (${age})`,
    );
  }
  return `No ${y} list is at hand: codes are checked against ${parts.join(', and ')}. Where these cannot confirm a code's ${y} status, the check says so.`;
}

/**
 * Whether a code exists, from installed code sets: `billable`, `header` (needs more characters),
 * `not-found` (no code in the year, by a list that can tell) or `unknown` (nothing at hand can say).
 * The grader takes this as an injected lookup, so it stays pure and grades the same in app and CLI.
 */
export type CodeValidity = (system: CodeSystem, code: string) => 'billable' | 'header' | 'not-found' | 'unknown';

/**
 * A validity lookup over code sets for one fiscal year (the pack's; without one, the newest any set
 * covers, per system): an official release of that year alone when there is one, otherwise every
 * set, read for that year as the encoder reads them. Modifiers are not codes here.
 */
export function codeValidityFrom(sets: readonly CheckedSet[], options: { fiscalYear?: number } = {}): CodeValidity {
  const bySystem = new Map<CodeSystem, CheckedSet[]>();
  for (const set of sets) bySystem.set(set.system, [...(bySystem.get(set.system) ?? []), set]);
  const cache = new Map<string, ReturnType<CodeValidity>>();
  return (system, code) => {
    const key = `${system}|${code}`;
    const known = cache.get(key);
    if (known) return known;
    const candidates = bySystem.get(system) ?? [];
    const year = options.fiscalYear ?? newestYear(candidates);
    let verdict: ReturnType<CodeValidity> = 'unknown';
    if (year !== undefined) {
      const state = yearStatus(setsForYear(candidates, year), system, code, year).state;
      verdict = state === 'billable' || state === 'header' ? state : state === 'not-valid' ? 'not-found' : 'unknown';
    }
    cache.set(key, verdict);
    return verdict;
  };
}
