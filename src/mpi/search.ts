/**
 * Master patient index search. A query is split into terms; a patient matches when every term
 * matches one of their identifiers (the rules are in match.ts):
 * - a date typed in any common form matches the date of birth;
 * - a term with digits matches the MRN, an account number or another identifier (SSN last four,
 *   insurance member, Medicare or Medicaid ID, previous MRN…: the start of the number, or the number
 *   without its leading zeros or letters, punctuation ignored), or a birth year;
 * - a word matches the start of any word of the current name, a previous name or an alias,
 *   ignoring case and accents ("nunez" finds Núñez), and a name written with an apostrophe, a
 *   hyphen or a space also as one word ("ohara" finds O'Hara); a word of three letters or more that
 *   spells none of them matches a name that sounds the same (Double Metaphone: "gonzales" finds
 *   Gonzalez, "jon" finds John), labelled as a phonetic match.
 * Results are ranked: exact identifiers first, then current names over previous names and aliases,
 * then names that only sound alike, then by name. A filter (one facility) keeps only the people it
 * accepts, counted among the matches only.
 *
 * The index is built once per patient list so that a keystroke costs what it matches, not the size
 * of the list: sorted dictionaries (name words; the sound codes of the name words, computed at build
 * time; identifiers; identifiers without leading letters and zeros; dates and years of birth), each
 * key with the people it belongs to, the keys a prefix begins found by binary search, a sound code by
 * an exact lookup. A search walks the people of its most selective term first and keeps only
 * those the other terms also reach (typed arrays, reused from keystroke to keystroke), then keeps the
 * best `limit` (200 unless told) in a heap ordered by score and by a name order computed at build
 * time, never sorting every match; the count of all matches comes with them. Pure.
 */
import {
  MIN_BARE_DIGITS,
  bareId,
  idKey,
  matchPerson,
  nameWordSounds,
  nameWords,
  parseQuery,
  personKeys,
  type MatchReason,
  type MpiPerson,
  type MpiTerm,
} from './match.ts';

export { compareNames, describeMatch, normaliseText, parseQuery } from './match.ts';
export type { MatchDetail, MatchReason, MpiIdentifier, MpiPerson, MpiRecord, MpiTerm } from './match.ts';

export interface MpiHit<P extends MpiPerson> {
  person: P;
  score: number;
  /** What the query matched beyond the current name, to show the trainee why a row is listed. */
  matchedOn: MatchReason[];
}

export interface MpiResults<P extends MpiPerson> {
  /** The best `limit` matches, best first. */
  hits: MpiHit<P>[];
  /** How many people match in all. */
  total: number;
}

/** How many matches a search returns unless told otherwise: more than a screen, fewer than a freeze. */
export const MPI_RESULT_LIMIT = 200;

/** The slot of a person's first identifier beyond the MRN and account numbers. */
const IDENTIFIER_SLOT = 0x10000;

/** A sorted dictionary: `keys[i]` belongs to the postings `post[start[i]]` to `post[start[i + 1] - 1]`. */
interface Dictionary {
  readonly keys: readonly string[];
  readonly start: Int32Array;
  /** Name words and their sound codes: person × 4 + field (0 current, 1 previous, 2 alias). Otherwise the person. */
  readonly post: Int32Array;
  /**
   * Identifiers: which of the person's identifiers (0 the MRN, then the account numbers from 1, then
   * the other identifiers from IDENTIFIER_SLOT), in the order that breaks a tie between equal matches.
   */
  readonly slot: Int32Array;
}

/** Lays postings out by key: `keyOf[p]` is posting p's key among `distinct`; one sort of the distinct keys, then a counting sort. */
function layOut(distinct: readonly string[], keyOf: ArrayLike<number>, values: ArrayLike<number>, slots?: ArrayLike<number>): Dictionary {
  const order = Array.from(distinct.keys()).sort((a, b) => (distinct[a]! < distinct[b]! ? -1 : distinct[a]! > distinct[b]! ? 1 : 0));
  const position = new Int32Array(distinct.length);
  order.forEach((id, i) => (position[id] = i));
  const start = new Int32Array(distinct.length + 1);
  for (let p = 0; p < keyOf.length; p++) start[position[keyOf[p]!]! + 1]!++;
  for (let i = 0; i < distinct.length; i++) start[i + 1]! += start[i]!;
  const next = start.slice(0, distinct.length);
  const post = new Int32Array(keyOf.length);
  const slot = new Int32Array(keyOf.length);
  for (let p = 0; p < keyOf.length; p++) {
    const at = next[position[keyOf[p]!]!]!++;
    post[at] = values[p]!;
    slot[at] = slots ? slots[p]! : 0;
  }
  return { keys: order.map((id) => distinct[id]!), start, post, slot };
}

/** Lays postings out by key when most keys are distinct (identifiers, dates): one sort of the postings by key. */
function layOutByKey(keyOf: readonly string[], values: ArrayLike<number>, slots?: ArrayLike<number>): Dictionary {
  const order = Array.from(keyOf.keys()).sort((a, b) => (keyOf[a]! < keyOf[b]! ? -1 : keyOf[a]! > keyOf[b]! ? 1 : a - b));
  const keys: string[] = [];
  const starts: number[] = [];
  const post = new Int32Array(order.length);
  const slot = new Int32Array(order.length);
  order.forEach((p, at) => {
    const key = keyOf[p]!;
    if (at === 0 || key !== keys[keys.length - 1]) {
      keys.push(key);
      starts.push(at);
    }
    post[at] = values[p]!;
    slot[at] = slots ? slots[p]! : 0;
  });
  starts.push(order.length);
  return { keys, start: Int32Array.from(starts), post, slot };
}

/** Numbers each distinct string as it first comes. */
class Distinct {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(key, id);
      this.list.push(key);
    }
    return id;
  }
}

/** Per-search working memory, one slot per person, reused from keystroke to keystroke. */
interface Scratch {
  /** The step that last reached each person; `gen` counts steps. */
  mark: Uint32Array;
  gen: number;
  /** Which fields a word reached, by spelling or by sound (nine bits); after each step, the step's reason code. */
  flags: Uint16Array;
  best: Int32Array;
  bestSlot: Int32Array;
  /** Half-points, so that every score is an integer. */
  acc: Int32Array;
  /** Each term's reason code, four bits per term in query order. */
  reasons: Uint32Array;
  list: Int32Array;
}

export interface MpiIndex<P extends MpiPerson> {
  /** The people as given. */
  readonly people: readonly P[];
  /** The people in name order (family, first given name, MRN): the list shown with no query. */
  readonly byName: readonly P[];
  /** Position of each person in `byName`, and the reverse. */
  readonly rank: Int32Array;
  readonly byRank: Int32Array;
  /**
   * Name words, their Double Metaphone codes, identifiers as searched (lower case, letters and
   * digits), identifiers without leading letters and zeros, dates and years of birth.
   */
  readonly words: Dictionary;
  readonly sounds: Dictionary;
  readonly ids: Dictionary;
  readonly bareIds: Dictionary;
  /** For each posting of `bareIds`, the identifier as it is (lower case). */
  readonly bareIdsRaw: readonly string[];
  readonly birthDates: Dictionary;
  readonly birthYears: Dictionary;
  /** The words of a name part and the sound codes of a word, remembered from the build. */
  readonly wordsOf: (part: string) => readonly string[];
  readonly soundsOf: (word: string) => readonly string[];
  /** Allocated by the first search. */
  scratch?: Scratch;
}

/** Ranks of strings in `localeCompare` order; strings that compare equal share a rank. */
function collationRanks(values: readonly string[]): Int32Array {
  const unique = [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const rankOf = new Map<string, number>();
  let rank = 0;
  unique.forEach((value, i) => {
    if (i > 0 && unique[i - 1]!.localeCompare(value) !== 0) rank = i;
    rankOf.set(value, rank);
  });
  return Int32Array.from(values, (v) => rankOf.get(v)!);
}

/** The order compareNames gives, ties in list order (as a stable sort would leave them), computed once. */
function nameOrder(people: readonly MpiPerson[]): Int32Array {
  const family = collationRanks(people.map((p) => p.name.family));
  const given = collationRanks(people.map((p) => p.name.given[0] ?? ''));
  const order = Array.from(people.keys());
  order.sort((a, b) => family[a]! - family[b]! || given[a]! - given[b]! || people[a]!.mrn.localeCompare(people[b]!.mrn) || a - b);
  return Int32Array.from(order);
}

export function buildMpiIndex<P extends MpiPerson>(people: readonly P[]): MpiIndex<P> {
  // Names repeat (100,000 patients have a few thousand names): each name part is split into words once.
  const seen = new Map<string, readonly string[]>();
  const wordsOf = (part: string) => {
    let words = seen.get(part);
    if (!words) seen.set(part, (words = nameWords(part)));
    return words;
  };
  const wordIdsSeen = new Map<string, readonly number[]>();
  const words = new Distinct();
  const wordIdsOf = (part: string) => {
    let found = wordIdsSeen.get(part);
    if (!found) wordIdsSeen.set(part, (found = wordsOf(part).map((w) => words.id(w))));
    return found;
  };
  // Sound codes per distinct word, computed once (names repeat, so codes are computed a few thousand times).
  const soundsSeen = new Map<string, readonly string[]>();
  const soundsOf = (word: string) => {
    let codes = soundsSeen.get(word);
    if (!codes) soundsSeen.set(word, (codes = nameWordSounds(word)));
    return codes;
  };
  const wordKeys: number[] = [];
  const wordPosts: number[] = [];
  const addWords = (part: string | undefined, value: number) => {
    if (!part) return;
    for (const id of wordIdsOf(part)) {
      wordKeys.push(id);
      wordPosts.push(value);
    }
  };
  // Dates of birth repeat too (100,000 patients born over 90 years share about 33,000).
  const dates = new Distinct();
  const years = new Distinct();
  const dateKeys = new Int32Array(people.length);
  const yearKeys = new Int32Array(people.length);
  const yearOf = new Map<number, number>();
  const idKeys: string[] = [];
  const bareKeys: string[] = [];
  const idPeople: number[] = [];
  const idSlots: number[] = [];
  people.forEach((person, i) => {
    addWords(person.name.family, i * 4);
    for (const given of person.name.given) addWords(given, i * 4);
    addWords(person.name.suffix, i * 4);
    for (const name of person.previousNames) {
      addWords(name.family, i * 4 + 1);
      for (const given of name.given ?? []) addWords(given, i * 4 + 1);
    }
    for (const alias of person.aliases) {
      addWords(alias.given, i * 4 + 2);
      addWords(alias.family, i * 4 + 2);
    }
    const date = dates.id(person.birthDate);
    dateKeys[i] = date;
    let year = yearOf.get(date);
    if (year === undefined) yearOf.set(date, (year = years.id(person.birthDate.slice(0, 4))));
    yearKeys[i] = year;
  });
  // Each word's postings again under each of its sound codes.
  const sounds = new Distinct();
  const soundIds = words.list.map((word) => soundsOf(word).map((code) => sounds.id(code)));
  const soundKeys: number[] = [];
  const soundPosts: number[] = [];
  for (let p = 0; p < wordKeys.length; p++) {
    for (const id of soundIds[wordKeys[p]!]!) {
      soundKeys.push(id);
      soundPosts.push(wordPosts[p]!);
    }
  }
  // MRNs first, then account numbers, then other identifiers: each usually runs in order already, which the sort below is quick to see.
  const addId = (raw: string, person: number, slot: number) => {
    const id = idKey(raw);
    idKeys.push(id);
    bareKeys.push(bareId(id));
    idPeople.push(person);
    idSlots.push(slot);
  };
  people.forEach((person, i) => addId(person.mrn, i, 0));
  people.forEach((person, i) => person.accountNumbers.forEach((account, a) => addId(account, i, a + 1)));
  people.forEach((person, i) => person.identifiers?.forEach((identifier, j) => addId(identifier.value, i, IDENTIFIER_SLOT + j)));
  const everyone = Int32Array.from(people.keys());
  // Bare postings point at identifier postings first: the person, the slot and the identifier as it is.
  const bareIds = layOutByKey(bareKeys, Int32Array.from(idKeys.keys()));
  const bareIdsRaw = Array.from(bareIds.post, (p) => idKeys[p]!);
  for (let p = 0; p < bareIds.post.length; p++) {
    const at = bareIds.post[p]!;
    bareIds.slot[p] = idSlots[at]!;
    bareIds.post[p] = idPeople[at]!;
  }
  const byRank = nameOrder(people);
  const rank = new Int32Array(people.length);
  byRank.forEach((person, r) => (rank[person] = r));
  return {
    people,
    byName: Array.from(byRank, (i) => people[i]!),
    rank,
    byRank,
    words: layOut(words.list, wordKeys, wordPosts),
    sounds: layOut(sounds.list, soundKeys, soundPosts),
    ids: layOutByKey(idKeys, idPeople, idSlots),
    bareIds,
    bareIdsRaw,
    birthDates: layOut(dates.list, dateKeys, everyone),
    birthYears: layOut(years.list, yearKeys, everyone),
    wordsOf,
    soundsOf,
  };
}

/** First key at or after `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Postings of the keys that begin with `prefix`, and of the one equal to it (a leading part of them). */
interface Range {
  from: number;
  exactTo: number;
  to: number;
}

function prefixRange(dict: Dictionary, prefix: string): Range {
  const lo = lowerBound(dict.keys, prefix);
  // Every key that begins with the prefix sorts before the prefix followed by the highest code unit.
  const hi = lowerBound(dict.keys, `${prefix}\uffff`);
  const from = dict.start[lo]!;
  return { from, exactTo: dict.keys[lo] === prefix ? dict.start[lo + 1]! : from, to: dict.start[hi]! };
}

/** Postings of the key equal to `key`. */
function exactRange(dict: Dictionary, key: string): Range {
  const lo = lowerBound(dict.keys, key);
  const from = dict.start[lo]!;
  const to = dict.keys[lo] === key ? dict.start[lo + 1]! : from;
  return { from, exactTo: to, to };
}

const EMPTY: Range = { from: 0, exactTo: 0, to: 0 };
const size = (r: Range | undefined) => (r ? r.to - r.from : 0);

/** One term, looked up: the postings it reaches, and how many (to walk the smallest first). */
type Plan = { volume: number; /** The term's place in the query. */ at: number } & (
  | { kind: 'word'; range: Range; /** One range per sound code of the word. */ sounds: Range[] }
  | { kind: 'date'; range: Range }
  | { kind: 'id'; text: string; ids: Range; bare: Range | undefined; year: Range }
);

function plan(index: MpiIndex<MpiPerson>, term: MpiTerm, at: number): Plan {
  switch (term.kind) {
    case 'word': {
      const range = prefixRange(index.words, term.text);
      const sounds = term.sounds.map((code) => exactRange(index.sounds, code));
      return { kind: 'word', at, volume: sounds.reduce((sum, r) => sum + size(r), size(range)), range, sounds };
    }
    case 'date': {
      const range = exactRange(index.birthDates, term.iso);
      return { kind: 'date', at, volume: size(range), range };
    }
    case 'id': {
      const ids = prefixRange(index.ids, term.text);
      const bare = term.digits.length >= MIN_BARE_DIGITS ? prefixRange(index.bareIds, term.digits) : undefined;
      const year = /^\d{4}$/.test(term.text) ? exactRange(index.birthYears, term.text) : EMPTY;
      return { kind: 'id', at, volume: size(ids) + size(bare) + size(year), text: term.text, ids, bare, year };
    }
  }
}

function scratchOf(index: MpiIndex<MpiPerson>, steps: number): Scratch {
  const n = index.people.length;
  const s = (index.scratch ??= {
    mark: new Uint32Array(n),
    gen: 0,
    flags: new Uint16Array(n),
    best: new Int32Array(n),
    bestSlot: new Int32Array(n),
    acc: new Int32Array(n),
    reasons: new Uint32Array(n),
    list: new Int32Array(n),
  });
  if (s.gen + steps + 1 >= 0xffffffff) {
    s.mark.fill(0);
    s.gen = 0;
  }
  return s;
}

/** Reason codes, four bits per term (0: the current name, nothing to say). */
const REASONS: readonly (MatchReason | undefined)[] = [
  undefined,
  'previous name',
  'alias',
  'date of birth',
  'MRN',
  'account number',
  'birth year',
  'identifier',
  'sounds like name',
  'sounds like previous name',
  'sounds like alias',
];
const PREVIOUS = 1;
const ALIAS = 2;
const DATE = 3;
const MRN = 4;
const ACCOUNT = 5;
const YEAR = 6;
const IDENTIFIER = 7;
const SOUNDS_NAME = 8;
const SOUNDS_PREVIOUS = 9;
const SOUNDS_ALIAS = 10;
/** Terms whose reasons fit in the 32 bits kept per person; the reasons of longer queries are worked out per row shown. */
const PACKED_TERMS = 8;

// Word flags: bit 2f for a prefix of a word in field f (0 current, 1 previous, 2 alias), bit 2f + 1 for the whole word;
// bit 6 + f for a word of field f that sounds like the term. A spelling in any field outranks every sound.
// In half-points: a current word 4 (whole) or 3, else a previous name, else an alias, 2.5 (whole) or 2;
// else a current name that sounds alike 1.5, a previous name or an alias 1.
const SPELLED = 63;
const SOUND = 64;
const wordScore = (f: number) => (f & SPELLED ? (f & 2 ? 8 : f & 1 ? 6 : f & 4 ? (f & 8 ? 5 : 4) : f & 32 ? 5 : 4) : f & SOUND ? 3 : 2);
const wordReason = (f: number) =>
  f & SPELLED ? (f & 3 ? 0 : f & 12 ? PREVIOUS : ALIAS) : f & SOUND ? SOUNDS_NAME : f & (SOUND << 1) ? SOUNDS_PREVIOUS : SOUNDS_ALIAS;

/**
 * One step of a search: the people the term reaches, among those every earlier step reached
 * (marked `prev`; everyone on the first step), are marked `cur` and listed in `s.list`, with the
 * term's score in `s.best` and its reason in `s.flags`. Returns how many. (Loops written out: this
 * is the per-keystroke hot path.)
 */
function walk(index: MpiIndex<MpiPerson>, s: Scratch, p: Plan, first: boolean, prev: number, cur: number): number {
  switch (p.kind) {
    case 'word':
      return walkWords(index, p, s, first, prev, cur);
    case 'date':
      return walkDates(index.birthDates.post, p.range, s, first, prev, cur);
    case 'id':
      return walkIds(index, p, s, first, prev, cur);
  }
}

function walkWords(index: MpiIndex<MpiPerson>, p: Plan & { kind: 'word' }, s: Scratch, first: boolean, prev: number, cur: number): number {
  const { mark, list, best, flags } = s;
  const post = index.words.post;
  const { from, exactTo, to } = p.range;
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = post[i]!;
    const e = code >>> 2;
    const bit = (i < exactTo ? 3 : 1) << (2 * (code & 3));
    if (mark[e] === cur) flags[e]! |= bit;
    else if (first || mark[e] === prev) {
      mark[e] = cur;
      list[n++] = e;
      flags[e] = bit;
    }
  }
  const soundPost = index.sounds.post;
  for (const range of p.sounds) {
    for (let i = range.from; i < range.to; i++) {
      const code = soundPost[i]!;
      const e = code >>> 2;
      const bit = SOUND << (code & 3);
      if (mark[e] === cur) flags[e]! |= bit;
      else if (first || mark[e] === prev) {
        mark[e] = cur;
        list[n++] = e;
        flags[e] = bit;
      }
    }
  }
  for (let k = 0; k < n; k++) {
    const e = list[k]!;
    const f = flags[e]!;
    best[e] = wordScore(f);
    flags[e] = wordReason(f);
  }
  return n;
}

function walkDates(post: Int32Array, range: Range, s: Scratch, first: boolean, prev: number, cur: number): number {
  const { mark, list, best, flags } = s;
  let n = 0;
  for (let i = range.from; i < range.to; i++) {
    const e = post[i]!;
    if (first || mark[e] === prev) {
      mark[e] = cur;
      list[n++] = e;
      best[e] = 16;
      flags[e] = DATE;
    }
  }
  return n;
}

function walkIds(index: MpiIndex<MpiPerson>, p: Plan & { kind: 'id' }, s: Scratch, first: boolean, prev: number, cur: number): number {
  const { mark, list, best, bestSlot, flags } = s;
  let n = 0;
  // The identifier begins with the term: 12 points whole, 6 a prefix (half-points here). A person's
  // best identifier counts; between equals, the first (the MRN before account numbers).
  const { post, slot } = index.ids;
  for (let i = p.ids.from; i < p.ids.to; i++) {
    const e = post[i]!;
    const score = i < p.ids.exactTo ? 24 : 12;
    if (mark[e] === cur) {
      if (score > best[e]! || (score === best[e] && slot[i]! < bestSlot[e]!)) {
        best[e] = score;
        bestSlot[e] = slot[i]!;
      }
    } else if (first || mark[e] === prev) {
      mark[e] = cur;
      list[n++] = e;
      best[e] = score;
      bestSlot[e] = slot[i]!;
    }
  }
  // Without its letters and leading zeros: 11 whole, 5 a prefix, unless the identifier itself began with the term.
  if (p.bare) {
    const { post: barePost, slot: bareSlot } = index.bareIds;
    for (let i = p.bare.from; i < p.bare.to; i++) {
      const e = barePost[i]!;
      if (mark[e] !== cur && !first && mark[e] !== prev) continue;
      if (index.bareIdsRaw[i]!.startsWith(p.text)) continue;
      const score = i < p.bare.exactTo ? 22 : 10;
      if (mark[e] === cur) {
        if (score > best[e]! || (score === best[e] && bareSlot[i]! < bestSlot[e]!)) {
          best[e] = score;
          bestSlot[e] = bareSlot[i]!;
        }
      } else {
        mark[e] = cur;
        list[n++] = e;
        best[e] = score;
        bestSlot[e] = bareSlot[i]!;
      }
    }
  }
  // A birth year counts only for someone no identifier matched.
  const years = index.birthYears.post;
  for (let i = p.year.from; i < p.year.to; i++) {
    const e = years[i]!;
    if (mark[e] !== cur && (first || mark[e] === prev)) {
      mark[e] = cur;
      list[n++] = e;
      best[e] = 4;
      bestSlot[e] = -1;
    }
  }
  for (let k = 0; k < n; k++) {
    const e = list[k]!;
    const at = bestSlot[e]!;
    flags[e] = at === -1 ? YEAR : at === 0 ? MRN : at < IDENTIFIER_SLOT ? ACCOUNT : IDENTIFIER;
  }
  return n;
}

/** Adds the step's scores (and reasons, `shift` bits up, when they fit) to the people still in the running. */
function accumulate(s: Scratch, n: number, first: boolean, shift: number): void {
  const { list, acc, best, reasons, flags } = s;
  if (shift < 0) {
    for (let k = 0; k < n; k++) {
      const e = list[k]!;
      acc[e] = (first ? 0 : acc[e]!) + best[e]!;
    }
    return;
  }
  for (let k = 0; k < n; k++) {
    const e = list[k]!;
    acc[e] = (first ? 0 : acc[e]!) + best[e]!;
    reasons[e] = (first ? 0 : reasons[e]!) | (flags[e]! << shift);
  }
}

/** The best `limit` of the `n` people in `s.list`, best first, by score and then name, without sorting them all. */
function topK(index: MpiIndex<MpiPerson>, s: Scratch, n: number, limit: number): number[] {
  const { list, acc } = s;
  const { rank } = index;
  /** Whether a ranks below b: fewer points, or as many and later by name. */
  const below = (a: number, b: number) => acc[a]! < acc[b]! || (acc[a] === acc[b] && rank[a]! > rank[b]!);
  const k = Math.min(limit, n);
  let chosen: number[];
  if (k === n) {
    chosen = Array.from(list.subarray(0, n));
  } else {
    // A heap of the k best so far whose root is the worst of them: the one a newcomer must beat.
    const heap = list.slice(0, k);
    const siftDown = (from: number) => {
      const e = heap[from]!;
      let at = from;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= k) break;
        if (child + 1 < k && below(heap[child + 1]!, heap[child]!)) child++;
        if (!below(heap[child]!, e)) break;
        heap[at] = heap[child]!;
        at = child;
      }
      heap[at] = e;
    };
    for (let i = (k >> 1) - 1; i >= 0; i--) siftDown(i);
    let rootScore = acc[heap[0]!]!;
    let rootRank = rank[heap[0]!]!;
    for (let i = k; i < n; i++) {
      const e = list[i]!;
      const score = acc[e]!;
      if (score < rootScore || (score === rootScore && rank[e]! > rootRank)) continue;
      heap[0] = e;
      siftDown(0);
      rootScore = acc[heap[0]]!;
      rootRank = rank[heap[0]]!;
    }
    chosen = Array.from(heap);
  }
  return chosen.sort((a, b) => acc[b]! - acc[a]! || rank[a]! - rank[b]!);
}

export interface MpiSearchOptions<P extends MpiPerson> {
  currentYear: number;
  /** How many of the best matches to return: 200 unless told. */
  limit?: number;
  /** Only people this accepts (one facility, say); it is asked about the matches only, never the whole list. */
  filter?: ((person: P) => boolean) | undefined;
}

/** Keeps the people of `s.list` that the filter accepts; returns how many. */
function keepAccepted<P extends MpiPerson>(index: MpiIndex<P>, s: Scratch, n: number, accept: (person: P) => boolean): number {
  const { list } = s;
  let kept = 0;
  for (let k = 0; k < n; k++) {
    const e = list[k]!;
    if (accept(index.people[e]!)) list[kept++] = e;
  }
  return kept;
}

/** The best matches for a query (at most `limit`, 200 unless told) and how many people match in all. */
export function searchMpiResults<P extends MpiPerson>(index: MpiIndex<P>, query: string, options: MpiSearchOptions<P>): MpiResults<P> {
  const limit = options.limit ?? MPI_RESULT_LIMIT;
  const terms = parseQuery(query, options.currentYear);
  if (terms.length === 0 || index.people.length === 0) return { hits: [], total: 0 };
  const plans = terms.map((term, at) => plan(index, term, at)).sort((a, b) => a.volume - b.volume);
  if (plans[0]!.volume === 0) return { hits: [], total: 0 };
  const packed = terms.length <= PACKED_TERMS;
  const s = scratchOf(index, plans.length);
  let n = 0;
  let prev = 0;
  for (const [step, p] of plans.entries()) {
    const cur = ++s.gen;
    n = walk(index, s, p, step === 0, prev, cur);
    if (n === 0) return { hits: [], total: 0 };
    accumulate(s, n, step === 0, packed ? 4 * p.at : -1);
    prev = cur;
  }
  if (options.filter) n = keepAccepted(index, s, n, options.filter);
  if (limit <= 0) return { hits: [], total: n };
  const hits = topK(index, s, n, limit).map((e): MpiHit<P> => {
    const person = index.people[e]!;
    return {
      person,
      score: s.acc[e]! / 2,
      matchedOn: packed ? unpackReasons(s.reasons[e]!, terms.length) : reasonsOf(index, person, terms),
    };
  });
  return { hits, total: n };
}

/** The reasons of each term in the order they were typed, each once. */
function unpackReasons(packed: number, terms: number): MatchReason[] {
  const out: MatchReason[] = [];
  for (let t = 0; t < terms; t++) {
    const reason = REASONS[(packed >>> (4 * t)) & 15];
    if (reason && !out.includes(reason)) out.push(reason);
  }
  return out;
}

function reasonsOf(index: MpiIndex<MpiPerson>, person: MpiPerson, terms: readonly MpiTerm[]): MatchReason[] {
  return matchPerson(personKeys(person, index.wordsOf, index.soundsOf), person.birthDate, terms)?.matchedOn ?? [];
}

/** The best matches for a query, best first: at most `limit`, 200 unless told. */
export function searchMpi<P extends MpiPerson>(index: MpiIndex<P>, query: string, options: MpiSearchOptions<P>): MpiHit<P>[] {
  return searchMpiResults(index, query, options).hits;
}
