/**
 * What a code is in a given fiscal year, from the code lists at hand, and how sure that is. Pure.
 *
 * The bundled scenarios are coded to FY2025, but no FY2025 ICD-10-CM release is at hand: the teaching
 * set is built from the FY2021 release, and carries (in `yearFacts`) the FY2026 list of valid codes
 * with the day each became valid. A user may also load an official release of any year. Each list
 * speaks only of its own year, so every answer here says which list said what, for which year:
 *
 * - **A list of the year asked about** (an official release, or the teaching set's own release year)
 *   settles it: billable, a header, or no code at all where the list is complete.
 * - **A dated list** (the FY2026 list) settles every year its dates cover: a code valid since
 *   1 October 2015 is billable in every year to FY2026 (its validity is unbroken); one valid since
 *   1 October 2024 was no billable code before FY2025; a code the list lacks is a header in every year
 *   in which codes below it are valid (E87.2 since FY2023, when E87.20–E87.29 began).
 * - **The teaching set's addenda** (a few codes merged by hand from later CMS addenda) speak of the
 *   year they took effect, never of the release they were merged into.
 * - Otherwise the lists either side of the year are reported as they are. When they agree (no code in
 *   FY2021 and none in FY2026) that is said with both years; when they differ (G35: billable in FY2021,
 *   a header in FY2026) the status in the year asked about **cannot be confirmed**, and is said so.
 *
 * Fiscal year N runs from 1 October of N−1 to 30 September of N. HCPCS sets are by calendar year; the
 * same reasoning holds with the years read as calendar years.
 */
import type { CodeSetFile, YearFacts } from './codeset-file.ts';
import { normaliseCode, type CodeEntry, type CodeSetMeta, type CodeSystem } from './model.ts';

/** The part of a code-set file the checks read: a teaching set's addenda and fiscal-year facts are optional. */
export type CheckedSet = CodeSetMeta & {
  entries: readonly CodeEntry[];
  yearFacts?: YearFacts;
  addenda?: readonly { code: string; kind: 'code' | 'header'; effective: string; publication: string }[];
};

/** What a code is in one year by one list. `not-billable`: a dated list says it was not yet valid (a header or no code). */
export type ListedState = 'billable' | 'header' | 'modifier' | 'absent' | 'not-billable';

/** Which list said it. */
export interface ListRef {
  kind: 'release' | 'addenda' | 'newer';
  /** The year the list is of (for a dated list, the year of the list, not of the statement). */
  fiscalYear: number;
  /** How the checks name it: the set's title, the addenda's publication, the newer list's title. */
  title: string;
  /** An official release: complete for its year. */
  official: boolean;
  /** A teaching set's own release: the set's title names the release it is built from. */
  teaching: boolean;
}

/** One thing a list says of a code: its state through the fiscal years `from`…`to` (inclusive). */
export interface Statement {
  state: ListedState;
  from: number;
  to: number;
  list: ListRef;
  /** Dated lists: the first day of the code's unbroken validity (billable, not-billable), or of its first valid subdivision (header). */
  since?: string;
}

export type YearState = 'billable' | 'header' | 'modifier' | 'not-valid' | 'unknown';

/**
 * How the state is known: `listed` (a list of that very year), `dated` (a dated list's days cover the
 * year), `bracketed` (the nearest lists before and after agree), `none` (not known for that year).
 */
export type Basis = 'listed' | 'dated' | 'bracketed' | 'none';

export interface YearStatus {
  /** Without the dot. */
  code: string;
  system: CodeSystem;
  fiscalYear: number;
  state: YearState;
  basis: Basis;
  /** The statement that decided it (listed, dated). */
  decided?: Statement;
  /** The nearest statements before and after the year (bracketed, none). */
  before?: Statement;
  after?: Statement;
  /** The code's entry (title) in any of the sets. */
  entry?: CodeEntry;
  /** A header by a dated list: the codes below it valid in the year, in code order. */
  codesBelow?: string[];
  /** Whether any set could speak of this code at all (outside a teaching set's categories none can). */
  covered: boolean;
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

/** 1 October 2024 → FY2025; 1 April 2023 → FY2023. */
export function fiscalYearOfDay(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 10 ? year + 1 : year;
}

/** The first day of fiscal year N: 1 October of N−1. */
export const firstDayOf = (fiscalYear: number): string => `${fiscalYear - 1}-10-01`;

/** "FY2025 (2024-10-01)" or "2020 (2020-01-01)", as the teaching sets record an addendum, → its year. */
function addendumYear(effective: string): number | undefined {
  const match = /^(?:FY)?(\d{4})\b/.exec(effective);
  return match ? Number(match[1]) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// The newer list, indexed once per file.

interface NewerIndex {
  since: Map<string, string>;
  /** Every code of the list, sorted, to find the codes below a header by prefix. */
  sorted: string[];
}

const newerIndexes = new WeakMap<NonNullable<YearFacts['newer']>, NewerIndex>();

function newerIndex(newer: NonNullable<YearFacts['newer']>): NewerIndex {
  let index = newerIndexes.get(newer);
  if (!index) {
    const since = new Map<string, string>();
    for (const [day, codes] of Object.entries(newer.validSince)) for (const code of codes) since.set(code, day);
    index = { since, sorted: [...since.keys()].sort() };
    newerIndexes.set(newer, index);
  }
  return index;
}

/** The codes of a sorted list that begin with `prefix` and are longer than it. */
function codesBelow(sorted: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// What each set says.

const inScope = (facts: YearFacts | undefined, code: string) => facts !== undefined && facts.scope.some((p) => code.startsWith(p));

/** Whether a set can say that a code it lacks is no code: an official release, or a teaching set within its scope. */
export function isCompleteFor(set: CheckedSet, code: string): boolean {
  return set.source === 'official' || inScope(set.yearFacts, code);
}

function releaseRef(set: CheckedSet): ListRef {
  return {
    kind: 'release',
    fiscalYear: set.fiscalYear,
    title: set.title,
    official: set.source === 'official',
    teaching: set.source === 'teaching',
  };
}

/** What the set's own release says of the code in its year. */
function releaseStatement(set: CheckedSet, code: string): Statement | undefined {
  const entry = codeLookup(set.entries).get(code);
  const corrected = set.yearFacts?.releaseStatus[code];
  const state: ListedState | undefined =
    corrected ??
    (entry
      ? entry.kind === 'modifier'
        ? 'modifier'
        : entry.billable
          ? 'billable'
          : 'header'
      : isCompleteFor(set, code)
        ? 'absent'
        : undefined);
  return state && { state, from: set.fiscalYear, to: set.fiscalYear, list: releaseRef(set) };
}

/** What the addenda merged into a teaching set say of the code: its kind in the year it took effect. */
function addendaStatements(set: CheckedSet, code: string): Statement[] {
  const out: Statement[] = [];
  for (const addendum of set.addenda ?? []) {
    const year = addendumYear(addendum.effective);
    if (year === undefined || normaliseCode(addendum.code) !== code) continue;
    const day = /\d{4}-\d{2}-\d{2}/.exec(addendum.effective)?.[0];
    out.push({
      state: addendum.kind === 'code' ? 'billable' : 'header',
      from: year,
      to: year,
      list: { kind: 'addenda', fiscalYear: year, title: addendum.publication, official: false, teaching: false },
      ...(day ? { since: day } : {}),
    });
  }
  return out;
}

/** What a dated list says of the code through the years its dates cover. */
function newerStatements(set: CheckedSet, code: string): { statements: Statement[]; below: { code: string; since: string }[] } {
  const facts = set.yearFacts;
  const newer = facts?.newer;
  if (!newer || !inScope(facts, code)) return { statements: [], below: [] };
  const list: ListRef = { kind: 'newer', fiscalYear: newer.fiscalYear, title: newer.title, official: false, teaching: false };
  const index = newerIndex(newer);
  const since = index.since.get(code);
  if (since !== undefined) {
    const first = fiscalYearOfDay(since);
    return {
      statements: [
        { state: 'billable', from: first, to: newer.fiscalYear, list, since },
        // Unbroken validity began that day: before it, the code was no billable code.
        { state: 'not-billable', from: -Infinity, to: first - 1, list, since },
      ],
      below: [],
    };
  }
  const below = codesBelow(index.sorted, code).map((c) => ({ code: c, since: index.since.get(c)! }));
  if (below.length === 0) return { statements: [{ state: 'absent', from: newer.fiscalYear, to: newer.fiscalYear, list }], below };
  const earliest = below.reduce((day, c) => (c.since < day ? c.since : day), '9999-12-31');
  // A code with valid codes below it is a header: from the first full year one of them is valid.
  const first = earliest === firstDayOf(fiscalYearOfDay(earliest)) ? fiscalYearOfDay(earliest) : fiscalYearOfDay(earliest) + 1;
  return { statements: [{ state: 'header', from: first, to: newer.fiscalYear, list, since: earliest }], below };
}

// ---------------------------------------------------------------------------------------------------
// The verdict for a year.

/** Which sets speak for a year: an official release of that very year alone, when there is one. */
export function setsForYear<T extends CheckedSet>(sets: readonly T[], fiscalYear: number): T[] {
  const exact = sets.filter((s) => s.source === 'official' && s.fiscalYear === fiscalYear);
  return exact.length > 0 ? exact : [...sets];
}

/** The year a check speaks of when no pack names one: the newest any list covers. */
export function newestYear(sets: readonly CheckedSet[]): number | undefined {
  let newest: number | undefined;
  for (const set of sets) {
    const year = Math.max(set.fiscalYear, set.yearFacts?.newer?.fiscalYear ?? -Infinity);
    if (newest === undefined || year > newest) newest = year;
  }
  return newest;
}

/** Lists of the year itself first, then the dated list, then the addenda. */
const PRIORITY: Record<ListRef['kind'], number> = { release: 0, newer: 1, addenda: 2 };

function decidedState(state: ListedState): YearState {
  return state === 'absent' || state === 'not-billable' ? 'not-valid' : state;
}

/** Two statements agree when they give the same state (no code and not yet valid are one: no billable code). */
const agree = (a: Statement, b: Statement) => decidedState(a.state) === decidedState(b.state) && a.state !== 'not-billable';

/**
 * What `input` is in `fiscalYear`, from every set given (of one system): see the module comment.
 * Pass the sets for the year (`setsForYear`) when an official release of it may be among them.
 */
export function yearStatus(sets: readonly CheckedSet[], system: CodeSystem, input: string, fiscalYear: number): YearStatus {
  const code = normaliseCode(input);
  const statements: Statement[] = [];
  let below: { code: string; since: string }[] = [];
  let entry: CodeEntry | undefined;
  for (const set of sets) {
    entry ??= codeLookup(set.entries).get(code);
    const release = releaseStatement(set, code);
    if (release) statements.push(release);
    statements.push(...addendaStatements(set, code));
    const newer = newerStatements(set, code);
    statements.push(...newer.statements);
    if (newer.below.length > 0) below = newer.below;
  }
  const base = { code, system, fiscalYear, covered: statements.length > 0, ...(entry ? { entry } : {}) };
  const byPriority = (a: Statement, b: Statement) => PRIORITY[a.list.kind] - PRIORITY[b.list.kind];
  const covering = statements.filter((s) => s.from <= fiscalYear && fiscalYear <= s.to).sort(byPriority);
  // The nearest statements either side (a "not yet valid" span reaches back indefinitely: it is never the nearest before).
  const before = statements
    .filter((s) => s.to < fiscalYear && s.state !== 'not-billable')
    .sort((a, b) => b.to - a.to || byPriority(a, b))[0];
  const after = statements.filter((s) => s.from > fiscalYear).sort((a, b) => a.from - b.from || byPriority(a, b))[0];
  const sides = { ...(before ? { before } : {}), ...(after ? { after } : {}) };
  const decided = covering[0];
  if (decided) {
    const status: YearStatus = {
      ...base,
      ...sides,
      state: decidedState(decided.state),
      basis: decided.list.kind === 'newer' ? 'dated' : 'listed',
      decided,
    };
    // A header by the dated list: the codes below it that are valid by the last day of the year.
    if (decided.state === 'header' && decided.list.kind === 'newer')
      status.codesBelow = below.filter((c) => c.since <= `${fiscalYear}-09-30`).map((c) => c.code);
    return status;
  }
  if (before && after && agree(before, after)) return { ...base, ...sides, state: decidedState(before.state), basis: 'bracketed' };
  return { ...base, ...sides, state: 'unknown', basis: 'none' };
}

/** A `CodeSetFile` is a `CheckedSet`: the teaching sets' addenda come through the reader untyped. */
export function checkedSet(file: CodeSetFile): CheckedSet {
  return file;
}
