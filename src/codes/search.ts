/**
 * The encoder's code search: by code (with or without the dot, any case, a prefix lists the codes
 * under it) or by words in any order, with the abbreviations coders use, the tabular list's
 * inclusion terms and typing mistakes forgiven. Ranked so the likely code comes first. It runs on
 * every keystroke, so each one is cheap (well under 2 ms over the full release). Pure.
 *
 * An inverted index over title and inclusion-term words: a sorted dictionary of words, each with a
 * sorted list of entry numbers. A query word matches every dictionary word it begins (so "diab"
 * finds "diabetes" and "diabetic"); each query word (or an abbreviation's expansion) must match.
 * A word that begins no dictionary word is taken as misspelt and matches the words it was nearest
 * to beginning (./search-typos.ts).
 *
 * Per keystroke:
 * - The candidates are the entries every query word matches. The rarest word's entries are taken
 *   first; a much commoner word then narrows them by looking at each survivor's own words instead of
 *   merging its long lists. A word's entries are kept from one keystroke to the next (bounded), so as
 *   the last word grows the earlier words cost nothing.
 * - Candidates are not all scored. Each gets a bound on its score from what is known before looking
 *   at its words (billable, the encounter of a 7th character, pregnancy or newborn context, code
 *   length, how many meaningful words its title has); they are taken in order of that bound and only
 *   until no remaining bound can beat the last of the `limit` best. The result is exactly what
 *   scoring every candidate and sorting them all gives (`searchCodesExhaustive`, which the tests
 *   compare it with), found by scoring a few hundred of the 8,000–30,000 candidates of a short
 *   prefix.
 */
import { normaliseCode, type CodeEntry, type CodeSystem } from './model.ts';
import { typoAllowance, typoMatches } from './search-typos.ts';

/** Abbreviations coders type, and the words they stand for in official titles. */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  dm: ['diabetes', 'mellitus'],
  t1dm: ['type', '1', 'diabetes', 'mellitus'],
  t2dm: ['type', '2', 'diabetes', 'mellitus'],
  dm1: ['type', '1', 'diabetes', 'mellitus'],
  dm2: ['type', '2', 'diabetes', 'mellitus'],
  chf: ['heart', 'failure'],
  hf: ['heart', 'failure'],
  copd: ['chronic', 'obstructive', 'pulmonary', 'disease'],
  gerd: ['gastro', 'esophageal', 'reflux'],
  afib: ['atrial', 'fibrillation'],
  af: ['atrial', 'fibrillation'],
  aflutter: ['atrial', 'flutter'],
  nstemi: ['nstemi'],
  stemi: ['stemi'],
  mi: ['myocardial', 'infarction'],
  ami: ['acute', 'myocardial', 'infarction'],
  cad: ['atherosclerotic', 'heart', 'disease'],
  htn: ['hypertens'],
  hld: ['hyperlipidemia'],
  ckd: ['chronic', 'kidney', 'disease'],
  esrd: ['end', 'stage', 'renal', 'disease'],
  aki: ['acute', 'kidney', 'failure'],
  uti: ['urinary', 'tract', 'infection'],
  uri: ['upper', 'respiratory', 'infection'],
  pna: ['pneumonia'],
  cap: ['pneumonia'],
  dvt: ['deep', 'vein', 'thrombosis'],
  pe: ['pulmonary', 'embolism'],
  cva: ['cerebral', 'infarction'],
  sepsis: ['sepsis'],
  tia: ['transient', 'ischemic'],
  osa: ['obstructive', 'sleep', 'apnea'],
  bph: ['benign', 'prostatic', 'hyperplasia'],
  dka: ['diabetes', 'ketoacidosis'],
  sob: ['shortness', 'breath'],
  gi: ['gastrointestinal'],
  hiv: ['human', 'immunodeficiency', 'virus'],
  mdd: ['major', 'depressive', 'disorder'],
  ptsd: ['post', 'traumatic', 'stress'],
  adhd: ['attention', 'deficit', 'hyperactivity'],
  ra: ['rheumatoid', 'arthritis'],
  oa: ['osteoarthritis'],
  ibs: ['irritable', 'bowel'],
  sirs: ['systemic', 'inflammatory', 'response'],
  mrsa: ['methicillin', 'resistant', 'staphylococcus', 'aureus'],
  fx: ['fracture'],
  lle: ['left', 'lower', 'limb'],
  rle: ['right', 'lower', 'limb'],
  hx: ['history'],
  abd: ['abdominal'],
  ruq: ['right', 'upper', 'quadrant'],
  luq: ['left', 'upper', 'quadrant'],
  rlq: ['right', 'lower', 'quadrant'],
  llq: ['left', 'lower', 'quadrant'],
  lbp: ['low', 'back', 'pain'],
  etoh: ['alcohol'],
  pud: ['peptic', 'ulcer'],
  // Words of the record that the classification says otherwise.
  cancer: ['malignant', 'neoplasm'],
  bleed: ['hemorrhage'],
};

/** Words that say a code is not specific; a title made of the query's words and these is the general code. */
const NON_SPECIFIC = new Set(['unspecified', 'specified', 'not', 'site', 'organism', 'type', 'nos', 'other', 'elsewhere', 'classified']);

/** Title words that put a code in a special context (pregnancy, the newborn): unlikely unless asked for. */
const CONTEXT_WORDS = [
  'pregnancy',
  'childbirth',
  'puerperium',
  'puerperal',
  'newborn',
  'neonatal',
  'perinatal',
  'fetus',
  'fetal',
  'maternal',
  'gestational',
  'delivery',
  'trimester',
];

/** Title words for later encounters (7th characters D, G, K, P, S…): initial encounters come first unless asked for. */
const LATER_ENCOUNTER = ['sequela', 'subsequent'];

/** Words too common in titles to narrow a search; a query of only these still works. */
const STOP_WORDS = new Set([
  'of',
  'and',
  'the',
  'with',
  'without',
  'in',
  'to',
  'or',
  'for',
  'by',
  'on',
  'due',
  'a',
  'an',
  'at',
  'as',
  'not',
]);

export function searchWords(text: string): string[] {
  // Accents off ("Ménière" is "meniere"); most titles are plain ASCII and need no decomposing.
  const plain = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
  return plain
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Nonessential modifiers (in parentheses) and synonyms or explanations (in square brackets): they do not change the code (OGCR I.A.7). */
const ASIDE = /\([^()]*\)|\[[^[\]]*\]/g;

/** Whether each of `words` (the words of `text`) is outside parentheses and square brackets. */
function outsideAsides(text: string, words: readonly unknown[]): boolean[] {
  if (!/[([]/.test(text)) return words.map(() => true);
  const out: boolean[] = [];
  let last = 0;
  for (const aside of text.matchAll(ASIDE)) {
    for (const _ of searchWords(text.slice(last, aside.index))) out.push(true);
    for (const _ of searchWords(aside[0])) out.push(false);
    last = aside.index + aside[0].length;
  }
  for (const _ of searchWords(text.slice(last))) out.push(true);
  // Unbalanced brackets split differently: then every word counts.
  return out.length === words.length ? out : words.map(() => true);
}

/**
 * Whether each of `words` (the words of `text`) is said *without*: "Acute appendicitis with localized
 * peritonitis, without perforation or gangrene" negates perforation and gangrene. A "without" holds
 * until the next "with" or the end of its clause (a comma, semicolon or colon); "with or without"
 * negates nothing. Undefined when nothing is negated (most titles).
 */
export function negatedWords(text: string, words: readonly unknown[]): boolean[] | undefined {
  if (!/without/i.test(text)) return undefined;
  const out: boolean[] = [];
  for (const clause of text.split(/[,;:]/)) {
    const inClause = searchWords(clause);
    let negating = false;
    inClause.forEach((w, i) => {
      if (w === 'without') negating = !(inClause[i - 1] === 'or' && inClause[i - 2] === 'with');
      else if (w === 'with') negating = false;
      out.push(negating && w !== 'without');
    });
  }
  // Splitting at punctuation never splits a word, so the words line up; if they somehow do not, nothing is negated.
  return out.length === words.length ? out : undefined;
}

/** Whether a word of a title or inclusion term, outside any aside, says what the code is: not a stop word, not a word of unspecificity. */
const saysWhat = (word: string) => !STOP_WORDS.has(word) && !NON_SPECIFIC.has(word);

/** How many words of an inclusion term say what the code is (outside asides; at least 1). */
function meaningfulWords(text: string): number {
  return Math.max(1, searchWords(text.replace(ASIDE, ' ')).filter(saysWhat).length);
}

export interface SearchableEntry extends CodeEntry {
  /** Inclusion terms from the tabular list: found by search, shown as "includes …". */
  inclusionTerms?: readonly string[];
}

/**
 * An inclusion term as the ranking sees it: its words' dictionary numbers, sorted, each once, are
 * `termIds[from…essential]`; those of its essential words (outside parentheses and square brackets)
 * `termIds[essential…to]`.
 */
interface RankedTerm {
  readonly from: number;
  readonly essential: number;
  readonly to: number;
  /** Its essential words that say what the code is (see `meaningfulWords`). */
  readonly meaningful: number;
}

/** Entry flags the ranking turns into points once it knows what the query asks for. */
const WITHOUT = 1;
const CONTEXT = 2;
const LATER = 4;
const TYPE_2 = 8;

export interface CodeSearchIndex {
  readonly system: CodeSystem;
  readonly entries: readonly SearchableEntry[];
  /** Entry numbers ordered by code, for code-prefix lookup. */
  readonly byCode: Int32Array;
  /** Sorted dictionary of words. */
  readonly words: readonly string[];
  /** For each dictionary word, the sorted entry numbers whose title or inclusion terms contain it. */
  readonly postings: readonly Int32Array[];
  /** `postingsBefore[w]`: how many entry numbers the lists of the dictionary words before `w` hold together. */
  readonly postingsBefore: Float64Array;
  /** Words of each entry's title, for scoring. */
  readonly titleWords: readonly (readonly string[])[];
  /** The title words as dictionary numbers, in title order: entry e's are `titleIds[titleStart[e]…titleStart[e+1]]`. */
  readonly titleStart: Int32Array;
  readonly titleIds: Int32Array;
  /** Every word of an entry (title and inclusion terms) as dictionary numbers, sorted, each once; laid out as the title's. */
  readonly wordStart: Int32Array;
  readonly wordIds: Int32Array;
  /** The inclusion terms of the entries that have them, and the dictionary numbers of their words. */
  readonly terms: readonly (readonly RankedTerm[] | undefined)[];
  readonly termIds: Int32Array;
  /** The part of each entry's score that no query changes: billable, "unspecified", "other", code length. */
  readonly fixedScore: Float64Array;
  /** Each entry's WITHOUT, CONTEXT, LATER and TYPE_2 flags. */
  readonly flags: Uint8Array;
  /**
   * For each title word (laid out as `titleIds`), whether it is essential: outside parentheses and
   * square brackets, and not one of the words a 7th character adds ("initial encounter for closed
   * fracture" says which encounter, not what the condition is). A query word that matches only
   * words that are not essential still counts, but makes the title that much longer.
   */
  readonly titleEssential: Uint8Array;
  /**
   * For each title word (laid out as `titleIds`), 1 when the title says it *without* (see
   * `negatedWords`): a query word matches it only when the query says it without too.
   */
  readonly titleNegated: Uint8Array;
  /** Essential words of each entry's title that say what the code is (not stop words or words of unspecificity; at least 1). */
  readonly titleMeaningful: Uint16Array;
  /** The fewest meaningful words of an entry's title and inclusion terms: what bounds how well a query can cover it. */
  readonly fewestMeaningful: Uint16Array;
}

/**
 * The entry of the condition a code with a 7th character stands for: its parent, when the code's
 * title is the parent's followed by the 7th character's words ("…of right femur, initial encounter
 * for closed fracture"). The parent is the code without its 7th character and placeholder Xs.
 */
function conditionOf(entries: readonly SearchableEntry[], codeIndex: ReadonlyMap<string, number>, e: number): number | undefined {
  const { code, title } = entries[e]!;
  if (code.length !== 7) return undefined;
  let cut = 6;
  while (cut > 3 && code[cut - 1] === 'X') cut--;
  const at = codeIndex.get(code.slice(0, cut));
  const parent = at === undefined ? undefined : entries[at]!.title;
  return parent && title.length > parent.length && title.startsWith(parent) && title[parent.length] === ',' ? at : undefined;
}

/** A growable list of numbers, for building the index's flat arrays without spreading. */
class Numbers {
  data = new Int32Array(1024);
  length = 0;
  push(n: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = n;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Sorts `ids[from…to]` and drops repeats, in place; returns the new end. */
function sortUnique(ids: Int32Array, from: number, to: number): number {
  if (to - from > 32) ids.subarray(from, to).sort();
  else {
    // A title's few words: insertion sort, no view to allocate.
    for (let i = from + 1; i < to; i++) {
      const v = ids[i]!;
      let j = i - 1;
      while (j >= from && ids[j]! > v) {
        ids[j + 1] = ids[j]!;
        j--;
      }
      ids[j + 1] = v;
    }
  }
  let end = from;
  for (let i = from; i < to; i++) if (i === from || ids[i] !== ids[end - 1]) ids[end++] = ids[i]!;
  return end;
}

export function buildCodeSearchIndex(system: CodeSystem, entries: readonly SearchableEntry[]): CodeSearchIndex {
  // First pass: every word gets a number in the order it is first met, entries hold those numbers.
  const firstSeen = new Map<string, number>();
  const seenWords: string[] = [];
  const lists: number[][] = [];
  const titleWords: string[][] = [];
  const numberOf = (w: string) => {
    let id = firstSeen.get(w);
    if (id === undefined) {
      firstSeen.set(w, (id = seenWords.length));
      seenWords.push(w);
      lists.push([]);
    }
    return id;
  };
  const n = entries.length;
  const titleStart = new Int32Array(n + 1);
  const wordStart = new Int32Array(n + 1);
  const titleIds = new Numbers();
  const wordIds = new Numbers();
  const termIds: (number[][] | undefined)[] = [];
  for (let e = 0; e < n; e++) {
    const entry = entries[e]!;
    const own = searchWords(entry.title);
    titleWords.push(own);
    for (const w of own) titleIds.push(numberOf(w));
    titleStart[e + 1] = titleIds.length;
    const from = wordIds.length;
    for (let i = titleStart[e]!; i < titleStart[e + 1]!; i++) wordIds.push(titleIds.data[i]!);
    const terms = entry.inclusionTerms?.map((term) => searchWords(term).map(numberOf));
    termIds.push(terms);
    for (const term of terms ?? []) for (const id of term) wordIds.push(id);
    const end = sortUnique(wordIds.data, from, wordIds.length);
    wordIds.length = end;
    wordStart[e + 1] = end;
    for (let i = from; i < end; i++) lists[wordIds.data[i]!]!.push(e);
  }

  // Then the dictionary is sorted and every number becomes the word's place in it.
  const order = seenWords.map((_, i) => i).sort((a, b) => (seenWords[a]! < seenWords[b]! ? -1 : 1));
  const words = order.map((i) => seenWords[i]!);
  const placeOf = new Int32Array(order.length);
  order.forEach((seen, place) => {
    placeOf[seen] = place;
  });
  const postings = order.map((i) => Int32Array.from(lists[i]!));
  const postingsBefore = new Float64Array(words.length + 1);
  postings.forEach((p, i) => {
    postingsBefore[i + 1] = postingsBefore[i]! + p.length;
  });
  const byCode = Int32Array.from(entries.keys()).sort((a, b) =>
    entries[a]!.code < entries[b]!.code ? -1 : entries[a]!.code > entries[b]!.code ? 1 : 0,
  );
  const titles = titleIds.done();
  for (let i = 0; i < titles.length; i++) titles[i] = placeOf[titles[i]!]!;
  const all = wordIds.done();
  for (let i = 0; i < all.length; i++) all[i] = placeOf[all[i]!]!;
  for (let e = 0; e < n; e++) sortUnique(all, wordStart[e]!, wordStart[e + 1]!);

  // What each dictionary word tells the ranking, so that an entry's flags come from its word numbers.
  const wordSays = new Uint8Array(words.length);
  const mark = (list: readonly string[], bit: number) => {
    for (const w of list) {
      const place = firstSeen.get(w);
      if (place !== undefined) wordSays[placeOf[place]!]! |= bit;
    }
  };
  const SAYS_WHAT = 1;
  const TYPE_WORD = 2;
  const TWO = 4;
  const UNSPECIFIED = 8;
  const OTHER = 16;
  const SAYS_WITHOUT = 32;
  const SAYS_CONTEXT = 64;
  const SAYS_LATER = 128;
  mark(words.filter(saysWhat), SAYS_WHAT);
  mark(['type'], TYPE_WORD);
  mark(['2'], TWO);
  mark(['unspecified'], UNSPECIFIED);
  mark(['other'], OTHER);
  mark(['without', 'uncomplicated'], SAYS_WITHOUT);
  mark(CONTEXT_WORDS, SAYS_CONTEXT);
  mark(LATER_ENCOUNTER, SAYS_LATER);

  const codeIndex = new Map<string, number>();
  for (let e = 0; e < n; e++) codeIndex.set(entries[e]!.code, e);
  const terms: (RankedTerm[] | undefined)[] = [];
  const termIdList = new Numbers();
  const fixedScore = new Float64Array(n);
  const flags = new Uint8Array(n);
  const titleEssential = new Uint8Array(titles.length);
  const titleNegated = new Uint8Array(titles.length);
  const titleMeaningful = new Uint16Array(n);
  const fewestMeaningful = new Uint16Array(n);
  for (let e = 0; e < n; e++) {
    const entry = entries[e]!;
    const title = titleWords[e]!;
    const start = titleStart[e]!;
    let says = 0;
    for (let i = start; i < titleStart[e + 1]!; i++) says |= wordSays[titles[i]!]!;
    let fixed = 0;
    if (entry.billable) fixed += 1.5;
    if (says & UNSPECIFIED) fixed += 0.5;
    if (title.length > 0 && wordSays[titles[start]!]! & OTHER) fixed -= 0.5;
    fixed -= entry.code.length * 0.05;
    fixedScore[e] = fixed;
    flags[e] =
      (says & SAYS_WITHOUT ? WITHOUT : 0) |
      (says & SAYS_CONTEXT ? CONTEXT : 0) |
      (says & SAYS_LATER ? LATER : 0) |
      (says & TYPE_WORD && says & TWO ? TYPE_2 : 0);
    const end = titleStart[e + 1]!;
    titleEssential.fill(1, start, end);
    if (/[([]/.test(entry.title))
      outsideAsides(entry.title, title).forEach((outside, i) => {
        if (!outside) titleEssential[start + i] = 0;
      });
    negatedWords(entry.title, title)?.forEach((negated, i) => {
      if (negated) titleNegated[start + i] = 1;
    });
    const condition = conditionOf(entries, codeIndex, e);
    if (condition !== undefined) titleEssential.fill(0, start + titleWords[condition]!.length, end);
    let meaningful = 0;
    for (let i = start; i < end; i++) if (titleEssential[i] && wordSays[titles[i]!]! & SAYS_WHAT) meaningful++;
    meaningful = Math.max(1, meaningful);
    titleMeaningful[e] = meaningful;
    let fewest = meaningful;
    const inTerms = termIds[e];
    if (inTerms && entry.inclusionTerms) {
      const ranked = inTerms.map((t, k) => {
        const text = entry.inclusionTerms![k]!;
        const outside = outsideAsides(text, t);
        const from = termIdList.length;
        for (const id of t) termIdList.push(placeOf[id]!);
        termIdList.length = sortUnique(termIdList.data, from, termIdList.length);
        const essential = termIdList.length;
        t.forEach((id, i) => {
          if (outside[i]) termIdList.push(placeOf[id]!);
        });
        termIdList.length = sortUnique(termIdList.data, essential, termIdList.length);
        return { from, essential, to: termIdList.length, meaningful: meaningfulWords(text) };
      });
      for (const t of ranked) fewest = Math.min(fewest, t.meaningful);
      terms[e] = ranked;
    }
    fewestMeaningful[e] = fewest;
  }
  return {
    system,
    entries,
    byCode,
    words,
    postings,
    postingsBefore,
    titleWords,
    titleStart,
    titleIds: titles,
    wordStart,
    wordIds: all,
    terms,
    termIds: termIdList.done(),
    fixedScore,
    flags,
    titleEssential,
    titleNegated,
    titleMeaningful,
    fewestMeaningful,
  };
}

export interface CodeHit {
  entry: SearchableEntry;
  score: number;
  /** An inclusion term that matched when the title did not: shown to explain the hit. */
  matchedTerm?: string;
}

export interface CodeSearchOptions {
  limit?: number;
  billableOnly?: boolean;
}

/** Whether a query is a code or the start of one: a letter (or digit for PCS) then code characters. */
export function looksLikeCode(system: CodeSystem, query: string): boolean {
  const q = normaliseCode(query);
  if (q.length === 0 || q.length > 7 || !/^[A-Z0-9]+$/.test(q)) return false;
  if (system === 'ICD-10-CM') return /^[A-Z]\d/.test(q) || /^[A-Z]$/.test(q);
  if (system === 'HCPCS') return /^[A-V]\d/.test(q);
  return /^[0-9A-HJ-NP-Z]{1,7}$/.test(q) && /\d/.test(q);
}

function lowerBound(index: CodeSearchIndex, code: string): number {
  let lo = 0;
  let hi = index.byCode.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.entries[index.byCode[mid]!]!.code < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function searchByCode(index: CodeSearchIndex, query: string, limit: number, billableOnly: boolean): CodeHit[] {
  const prefix = normaliseCode(query);
  const hits: CodeHit[] = [];
  for (let i = lowerBound(index, prefix); i < index.byCode.length && hits.length < limit; i++) {
    const entry = index.entries[index.byCode[i]!]!;
    if (!entry.code.startsWith(prefix)) break;
    if (billableOnly && !entry.billable) continue;
    hits.push({ entry, score: entry.code === prefix ? 100 : 50 - (entry.code.length - prefix.length) });
  }
  return hits;
}

/** Range of dictionary words beginning with `prefix`. */
function wordRange(words: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  hi = words.length;
  // The words beginning with the prefix run on from `lo`: find where they stop.
  while (end < hi) {
    const mid = (end + hi) >>> 1;
    if (words[mid]!.startsWith(prefix)) end = mid + 1;
    else hi = mid;
  }
  return [lo, end];
}

// ---------------------------------------------------------------------------------------------------
// The query.

/** Dictionary words a query word may stand for: those numbered `lo`…`hi - 1`; `exact` is the one it spells in full (or -1). */
interface Matcher {
  lo: number;
  hi: number;
  exact: number;
}

/** One reading of a query word (itself, an abbreviation's expansion, a correction): all of its matchers must match. */
interface Alternative {
  matchers: Matcher[];
  /** Taken off the points of a corrected word, per edit. */
  penalty: number;
  /** The most points this reading can give a title. */
  best: number;
}

interface QueryWord {
  text: string;
  alternatives: Alternative[];
  /** The words a misspelt query word was taken for, if it was. */
  corrections: string[];
  /** About how many entries the word matches (their lists' lengths added up), to put the rarest first. */
  estimate: number;
}

/** What the ranking needs of a query, worked out once for all its candidates. */
interface Plan {
  words: QueryWord[];
  /** For each word, 1 when the query says it without ("appendicitis without perforation"). */
  negated: Uint8Array;
  /** Points for each combination of entry flags. */
  adjust: Float64Array;
  /** The most points the words can give any title. */
  wordBound: number;
}

/** Coders' shorthand for the linking words: "w/" and a lone "w" for with, "w/o" for without. */
function expandShorthand(query: string): string {
  return query
    .replace(/\bw\/o\b/gi, ' without ')
    .replace(/\bw\//gi, ' with ')
    .replace(/(^|\s)w(?=\s|$)/gi, '$1with');
}

function matcher(words: readonly string[], text: string): Matcher {
  const [lo, hi] = wordRange(words, text);
  return { lo, hi, exact: lo < hi && words[lo] === text ? lo : -1 };
}

/** Points a reading gives a title at most: 3 a word it spells in full, 2 one it begins. */
function bestOf(matchers: readonly Matcher[], penalty: number): number {
  return matchers.reduce((n, m) => n + (m.exact >= 0 ? 3 : 2), 0) / matchers.length - penalty;
}

function resolveWord(index: CodeSearchIndex, text: string): QueryWord {
  const expansion = ABBREVIATIONS[text];
  const groups = expansion ? [[text], [...expansion]] : [[text]];
  let alternatives = groups
    .map((group) => group.map((w) => matcher(index.words, w)))
    .filter((matchers) => matchers.every((m) => m.lo < m.hi))
    .map((matchers) => ({ matchers, penalty: 0, best: bestOf(matchers, 0) }));
  const corrections: string[] = [];
  if (alternatives.length === 0 && !/^\d+$/.test(text)) {
    // Every word is matched as a prefix: coders type "diab", "fract", "pneum". One that begins no
    // word at all is a typing mistake: "pnuemonia", "hypertention".
    alternatives = typoMatches(index.words, text, typoAllowance(text.length)).map((t) => {
      corrections.push(index.words[t.id]!);
      const matchers = [{ lo: t.id, hi: t.id + 1, exact: t.whole ? t.id : -1 }];
      return { matchers, penalty: 0.5 * t.distance, best: bestOf(matchers, 0.5 * t.distance) };
    });
  }
  const estimate = alternatives.reduce(
    (n, a) => n + Math.min(...a.matchers.map((m) => index.postingsBefore[m.hi]! - index.postingsBefore[m.lo]!)),
    0,
  );
  return { text, alternatives, corrections, estimate };
}

function mentionsUntypedDiabetes(texts: readonly string[]): boolean {
  return (
    texts.some((t) => t === 'dm' || t.startsWith('diab')) &&
    !texts.some((t) => t === 'type' || t === '1' || t === '2' || t === 't1dm' || t === 't2dm' || t === 'dm1' || t === 'dm2')
  );
}

function plan(index: CodeSearchIndex, query: string, state: SearchState | undefined): Plan | undefined {
  const expanded = expandShorthand(query);
  const raw = searchWords(expanded);
  // Read before the stop words go: "with" and "without" are two.
  const withAsked = raw.some((w) => w === 'with' || w === 'complicated');
  const rawNegated = negatedWords(expanded, raw);
  const kept = raw.map((_, i) => i).filter((i) => !STOP_WORDS.has(raw[i]!));
  const positions = kept.length > 0 ? kept : raw.map((_, i) => i);
  const texts = positions.map((i) => raw[i]!);
  if (texts.length === 0) return undefined;
  const words = texts.map((text) => {
    if (!state) return resolveWord(index, text);
    let word = state.words.get(text);
    if (word) state.words.delete(text);
    else word = resolveWord(index, text);
    state.words.set(text, word);
    if (state.words.size > 512) state.words.delete(state.words.keys().next().value!);
    return word;
  });
  if (words.some((w) => w.alternatives.length === 0)) return undefined;

  // What the query asks for, read from the words as typed and as corrected.
  const said = words.flatMap((w) => [w.text, ...w.corrections]);
  const asked = (list: readonly string[]) => list.some((c) => said.some((w) => c.startsWith(w)));
  const askedContext = asked(CONTEXT_WORDS);
  const askedLater = asked(LATER_ENCOUNTER);
  // OGCR I.C.4.a.2: when the type of diabetes is not documented, the default is type 2 (E11.-).
  const untypedDiabetes = mentionsUntypedDiabetes(said);
  const adjust = new Float64Array(16);
  for (let f = 0; f < 16; f++) {
    let s = 0;
    // A condition with nothing more documented is coded "without" its complications or manifestations.
    if (f & WITHOUT && !withAsked) s += 0.6;
    if (f & CONTEXT && !askedContext) s -= 3;
    if (f & LATER && !askedLater) s -= 2;
    if (f & TYPE_2 && untypedDiabetes) s += 1;
    adjust[f] = s;
  }
  const wordBound = words.reduce((n, w) => n + Math.max(1, ...w.alternatives.map((a) => a.best)), 0);
  const negated = Uint8Array.from(positions, (i) => (rawNegated?.[i] ? 1 : 0));
  return { words, negated, adjust, wordBound };
}

// ---------------------------------------------------------------------------------------------------
// Candidates: the entries every query word matches.

/** Buckets the candidates' bounds fall into, highest first (at most 256: a bucket's number is a byte). */
const BUCKETS = 256;

/**
 * Working space sized to the index, reused by every search: a keystroke allocates no large arrays,
 * so it does not set off the garbage collector over the whole heap (which, with a code set loaded,
 * costs more than the search).
 */
interface Scratch {
  /** Marks for merging lists, one per entry; left all clear. */
  marks: Uint8Array;
  /** Two lists of entry numbers to narrow candidates from one into the other. */
  lists: [Int32Array, Int32Array];
  /** The candidates kept for ranking, their bounds, and their order by bound. */
  kept: Int32Array;
  bound: Float64Array;
  order: Int32Array;
  /** Each kept candidate's bucket, and where each bucket starts in `order`, its highest bound, and where the next of its candidates goes. */
  bucket: Uint8Array;
  starts: Int32Array;
  highest: Float64Array;
  fill: Int32Array;
}

function scratchFor(entries: number): Scratch {
  return {
    marks: new Uint8Array(entries),
    lists: [new Int32Array(entries), new Int32Array(entries)],
    kept: new Int32Array(entries),
    bound: new Float64Array(entries),
    order: new Int32Array(entries),
    bucket: new Uint8Array(entries),
    starts: new Int32Array(BUCKETS + 1),
    highest: new Float64Array(BUCKETS),
    fill: new Int32Array(BUCKETS),
  };
}

/** What one index keeps between keystrokes: resolved words and their entry lists, oldest first, bounded. */
interface SearchState {
  words: Map<string, QueryWord>;
  lists: Map<string, Int32Array>;
  /** Entry numbers the lists hold together. */
  held: number;
  scratch: Scratch;
}

/** At most this many entry numbers are kept between keystrokes (4 MB). */
const HELD_LIMIT = 1_000_000;

const states = new WeakMap<CodeSearchIndex, SearchState>();

function stateOf(index: CodeSearchIndex): SearchState {
  let state = states.get(index);
  if (!state) states.set(index, (state = { words: new Map(), lists: new Map(), held: 0, scratch: scratchFor(index.entries.length) }));
  return state;
}

function remembered(state: SearchState | undefined, key: string, make: () => Int32Array): Int32Array {
  if (!state) return make();
  const kept = state.lists.get(key);
  if (kept) {
    state.lists.delete(key);
    state.lists.set(key, kept);
    return kept;
  }
  const list = make();
  state.lists.set(key, list);
  state.held += list.length;
  for (const [oldest, old] of state.lists) {
    if (state.held <= HELD_LIMIT || oldest === key) break;
    state.lists.delete(oldest);
    state.held -= old.length;
  }
  return list;
}

/** The entries containing any of the dictionary words `lo`…`hi - 1`. */
function entriesOfRange(index: CodeSearchIndex, lo: number, hi: number, marks: Uint8Array): Int32Array {
  if (hi - lo === 1) return index.postings[lo]!;
  let count = 0;
  for (let w = lo; w < hi; w++) {
    const list = index.postings[w]!;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (!marks[e]) {
        marks[e] = 1;
        count++;
      }
    }
  }
  const out = new Int32Array(count);
  let k = 0;
  for (let e = 0; k < count; e++)
    if (marks[e]) {
      marks[e] = 0;
      out[k++] = e;
    }
  return out;
}

/** The numbers in both sorted lists, written to `into` when given (which must not be either list). */
function intersect(a: Int32Array, b: Int32Array, into?: Int32Array): Int32Array {
  const out = into ?? new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[k++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, k);
}

function unionSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      out[k++] = x;
      i++;
      j++;
    } else if (x < y) {
      out[k++] = x;
      i++;
    } else {
      out[k++] = y;
      j++;
    }
  }
  return out.subarray(0, k);
}

/** The entries a query word matches: the union over its readings, where a reading needs all of its words. */
function entriesOfWord(index: CodeSearchIndex, word: QueryWord, state: SearchState | undefined, marks: Uint8Array): Int32Array {
  const ofRange = (m: Matcher) =>
    m.hi - m.lo === 1 ? index.postings[m.lo]! : remembered(state, `r:${m.lo}:${m.hi}`, () => entriesOfRange(index, m.lo, m.hi, marks));
  const only =
    word.alternatives.length === 1 && word.alternatives[0]!.matchers.length === 1 ? word.alternatives[0]!.matchers[0]! : undefined;
  if (only) return ofRange(only);
  return remembered(state, `w:${word.text}`, () => {
    let union: Int32Array | undefined;
    for (const alternative of word.alternatives) {
      let acc: Int32Array | undefined;
      for (const m of alternative.matchers) {
        const found = ofRange(m);
        acc = acc ? intersect(acc, found) : found;
        if (acc.length === 0) break;
      }
      if (acc && acc.length > 0) union = union ? unionSorted(union, acc) : acc;
    }
    return union ?? new Int32Array(0);
  });
}

/** Whether a word's entries are at hand without merging anything: kept from an earlier keystroke, or one dictionary word's own list. */
function entriesAtHand(index: CodeSearchIndex, word: QueryWord, state: SearchState | undefined): boolean {
  if (!state) return false;
  const [first, ...others] = word.alternatives;
  const m = first?.matchers.length === 1 ? first.matchers[0]! : undefined;
  if (m && others.length === 0) return m.hi - m.lo === 1 || state.lists.has(`r:${m.lo}:${m.hi}`);
  return state.lists.has(`w:${word.text}`);
}

/** Whether the sorted numbers `ids[from…to]` hold one in `lo`…`hi - 1`. */
function holds(ids: Int32Array, from: number, to: number, lo: number, hi: number): boolean {
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    if (id >= lo) return id < hi;
  }
  return false;
}

/** Whether some reading of `word` has all of its words among the sorted numbers `ids[from…to]`. */
function wordAmong(word: QueryWord, ids: Int32Array, from: number, to: number): boolean {
  for (const alternative of word.alternatives) {
    let all = true;
    for (const m of alternative.matchers) {
      if (!holds(ids, from, to, m.lo, m.hi)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** How many query words an inclusion term has only in its asides (see `CodeSearchIndex.titleEssential`). */
function asidesIn(index: CodeSearchIndex, words: readonly QueryWord[], term: RankedTerm): number {
  let asides = 0;
  for (const word of words) if (!wordAmong(word, index.termIds, term.essential, term.to)) asides++;
  return asides;
}

/** Whether an inclusion term has every query word. */
function termHasAll(index: CodeSearchIndex, words: readonly QueryWord[], term: RankedTerm): boolean {
  for (const word of words) if (!wordAmong(word, index.termIds, term.from, term.essential)) return false;
  return true;
}

/** A common word narrows few survivors faster by their own words than by merging its long lists. */
const NARROW_RATIO = 8;

/**
 * The entries every word matches, rarest word first. `exhaustive`: by merging every word's lists,
 * the plain way; otherwise a word whose lists are long next to the survivors narrows them by their
 * own words instead.
 */
function candidates(
  index: CodeSearchIndex,
  words: readonly QueryWord[],
  state: SearchState | undefined,
  scratch: Scratch,
  exhaustive: boolean,
): Int32Array {
  const order = [...words].sort((a, b) => a.estimate - b.estimate);
  let current = entriesOfWord(index, order[0]!, state, scratch.marks);
  for (let i = 1; i < order.length && current.length > 0; i++) {
    const word = order[i]!;
    // The survivors go to whichever scratch list they are not already in.
    const out = current.buffer === scratch.lists[0].buffer ? scratch.lists[1] : scratch.lists[0];
    if (exhaustive || entriesAtHand(index, word, state) || word.estimate < current.length * NARROW_RATIO) {
      current = intersect(current, entriesOfWord(index, word, state, scratch.marks), out);
    } else {
      let k = 0;
      for (let i = 0; i < current.length; i++) {
        const e = current[i]!;
        if (wordAmong(word, index.wordIds, index.wordStart[e]!, index.wordStart[e + 1]!)) out[k++] = e;
      }
      current = out.subarray(0, k);
    }
  }
  return current;
}

// ---------------------------------------------------------------------------------------------------
// Ranking.

/**
 * The score of entry `e`. Words found in the title count more than words found only in an inclusion
 * term; whole words more than prefixes, corrected words a little less; a title (or an inclusion
 * term holding every query word) made mostly of the query's words, a general, "unspecified" or plain
 * code, beats a long, specific one, counting only its essential words (`titleEssential`) unless the
 * query has the others; billable codes come before their headers; and the flags' points (see
 * `plan`). `found.inTitle` is set to how many query words the title has.
 *
 * `rankBest` relies on the bound it computes being at least this score: keep the two in step.
 */
function score(index: CodeSearchIndex, p: Plan, e: number, found: { inTitle: number }): number {
  const from = index.titleStart[e]!;
  const to = index.titleStart[e + 1]!;
  const ids = index.titleIds;
  const essential = index.titleEssential;
  const negated = index.titleNegated;
  let s = 0;
  let inTitle = 0;
  let asides = 0;
  for (let w = 0; w < p.words.length; w++) {
    const word = p.words[w]!;
    const without = p.negated[w]!;
    let best = 0;
    let onEssential = false;
    let contradicted = false;
    for (const alternative of word.alternatives) {
      let points = 0;
      let against = false;
      for (const m of alternative.matchers) {
        let ws = 0;
        let opposite = false;
        for (let i = from; i < to; i++) {
          const t = ids[i]!;
          if (t >= m.lo && t < m.hi) {
            // "with perforation" is not matched by "without perforation", nor the other way round.
            if (negated[i] !== without) {
              opposite = true;
              continue;
            }
            if (t === m.exact) ws = 3;
            else if (ws === 0) ws = 2;
            if (essential[i]) onEssential = true;
          }
        }
        if (ws === 0 && opposite) against = true;
        points += ws;
      }
      // A reading with a word the title says the opposite way contradicts it ("chf": heart failure, against "without heart failure").
      if (against) contradicted = true;
      else if (points > 0) best = Math.max(best, points / alternative.matchers.length - alternative.penalty);
    }
    if (best > 0) {
      inTitle++;
      if (!onEssential) asides++;
    }
    s += best > 0 ? best : contradicted ? -1 : 1;
  }
  found.inTitle = inTitle;
  const n = p.words.length;
  let cover = Math.min(1, inTitle / (index.titleMeaningful[e]! + asides));
  // An inclusion term holding every query word names a condition the code is for (OGCR I.A.11): it
  // covers as a title would.
  const terms = cover < 1 ? index.terms[e] : undefined;
  if (terms) {
    for (const term of terms)
      if (termHasAll(index, p.words, term)) cover = Math.max(cover, Math.min(1, n / (term.meaningful + asidesIn(index, p.words, term))));
  }
  return s + 4 * cover + index.fixedScore[e]! + p.adjust[index.flags[e]!]!;
}

/** The inclusion term to show for a hit whose title lacks some query word: one with every query word, else the first with any. */
function matchedTerm(index: CodeSearchIndex, p: Plan, e: number): string | undefined {
  const terms = index.terms[e];
  const text = index.entries[e]!.inclusionTerms;
  if (!terms || !text) return undefined;
  const has = (term: RankedTerm, w: QueryWord) =>
    w.alternatives.some((a) => a.matchers.some((m) => holds(index.termIds, term.from, term.essential, m.lo, m.hi)));
  const all = terms.findIndex((t) => termHasAll(index, p.words, t));
  const any = all >= 0 ? all : terms.findIndex((t) => p.words.some((w) => has(t, w)));
  return any >= 0 ? text[any] : undefined;
}

interface Ranked {
  e: number;
  score: number;
  inTitle: number;
}

function rankedBefore(index: CodeSearchIndex, a: Ranked, b: Ranked): boolean {
  return a.score > b.score || (a.score === b.score && index.entries[a.e]!.code < index.entries[b.e]!.code);
}

function hitsOf(index: CodeSearchIndex, p: Plan, ranked: readonly Ranked[]): CodeHit[] {
  return ranked.map((r) => {
    const hit: CodeHit = { entry: index.entries[r.e]!, score: r.score };
    if (r.inTitle < p.words.length) {
      const term = matchedTerm(index, p, r.e);
      if (term) hit.matchedTerm = term;
    }
    return hit;
  });
}

/** Scores every candidate and sorts them all: the plain way, for few candidates and as the reference. */
function rankAll(index: CodeSearchIndex, p: Plan, list: Int32Array, limit: number, billableOnly: boolean): Ranked[] {
  const found = { inTitle: 0 };
  const ranked: Ranked[] = [];
  for (const e of list) {
    if (billableOnly && !index.entries[e]!.billable) continue;
    const s = score(index, p, e, found);
    ranked.push({ e, score: s, inTitle: found.inTitle });
  }
  ranked.sort((a, b) => (rankedBefore(index, a, b) ? -1 : rankedBefore(index, b, a) ? 1 : 0));
  return ranked.slice(0, limit);
}

/**
 * Keeps the candidates to rank in `scratch.kept` with their bounds in `scratch.bound` (the most each
 * can score, known without looking at its words); returns how many.
 */
function boundCandidates(index: CodeSearchIndex, p: Plan, list: Int32Array, billableOnly: boolean, scratch: Scratch): number {
  const { bound, kept } = scratch;
  const { fewestMeaningful, fixedScore, flags, entries } = index;
  const { adjust, wordBound } = p;
  const n = p.words.length;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (billableOnly && !entries[e]!.billable) continue;
    bound[count] = wordBound + 4 * Math.min(1, n / fewestMeaningful[e]!) + fixedScore[e]! + adjust[flags[e]!]!;
    kept[count++] = e;
  }
  return count;
}

/**
 * Sorts the kept candidates into buckets by bound, highest first (a counting sort): bucket k's
 * candidates are `scratch.order[starts[k]…starts[k+1]]`, the highest bound among them `highest[k]`.
 */
function bucketByBound(scratch: Scratch, count: number): void {
  const { bound, kept, order, starts, highest, fill, bucket } = scratch;
  let top = -Infinity;
  let bottom = Infinity;
  for (let i = 0; i < count; i++) {
    const b = bound[i]!;
    if (b > top) top = b;
    if (b < bottom) bottom = b;
  }
  const scale = top > bottom ? BUCKETS / (top - bottom) : 0;
  starts.fill(0);
  highest.fill(-Infinity);
  for (let i = 0; i < count; i++) {
    const b = bound[i]!;
    const k = Math.min(BUCKETS - 1, Math.floor((top - b) * scale));
    bucket[i] = k;
    starts[k + 1]!++;
    if (b > highest[k]!) highest[k] = b;
  }
  for (let k = 0; k < BUCKETS; k++) starts[k + 1]! += starts[k]!;
  fill.set(starts.subarray(0, BUCKETS));
  for (let i = 0; i < count; i++) order[fill[bucket[i]!]!++] = kept[i]!;
}

/** Puts entry `e` among the best (kept in rank order, at most `limit`) if it belongs there. */
function admit(index: CodeSearchIndex, best: Ranked[], e: number, score: number, inTitle: number, limit: number): void {
  if (best.length === limit) {
    const last = best[limit - 1]!;
    if (score < last.score || (score === last.score && index.entries[e]!.code > index.entries[last.e]!.code)) return;
  }
  const r = { e, score, inTitle };
  let at = best.length;
  while (at > 0 && rankedBefore(index, r, best[at - 1]!)) at--;
  best.splice(at, 0, r);
  if (best.length > limit) best.pop();
}

/** Scores the bucketed candidates, highest bounds first, until no bound left can beat the last of the best. */
function scoreByBound(index: CodeSearchIndex, p: Plan, scratch: Scratch, limit: number): Ranked[] {
  const { order, starts, highest } = scratch;
  const best: Ranked[] = [];
  const found = { inTitle: 0 };
  for (let k = 0; k < BUCKETS; k++) {
    const from = starts[k]!;
    const to = starts[k + 1]!;
    if (from === to) continue;
    // Nothing in this bucket or after can beat the last of the best (by score, or by code on a tie).
    if (best.length === limit && best[limit - 1]!.score > highest[k]! + 1e-9) break;
    for (let i = from; i < to; i++) {
      const e = order[i]!;
      const s = score(index, p, e, found);
      admit(index, best, e, s, found.inTitle, limit);
    }
  }
  return best;
}

/**
 * The `limit` best candidates, scored in order of their bound and only until no bound left can
 * beat the last of the best: the same hits as `rankAll`.
 */
function rankBest(index: CodeSearchIndex, p: Plan, list: Int32Array, limit: number, billableOnly: boolean, scratch: Scratch): Ranked[] {
  if (list.length <= 4 * limit + 64) return rankAll(index, p, list, limit, billableOnly);
  const count = boundCandidates(index, p, list, billableOnly, scratch);
  if (count <= 4 * limit + 64) return rankAll(index, p, scratch.kept.subarray(0, count), limit, false);
  bucketByBound(scratch, count);
  return scoreByBound(index, p, scratch, limit);
}

function search(index: CodeSearchIndex, query: string, options: CodeSearchOptions, exhaustive: boolean): CodeHit[] {
  const limit = options.limit ?? 25;
  const billableOnly = options.billableOnly ?? false;
  if (query.trim() === '' || limit <= 0) return [];
  if (looksLikeCode(index.system, query)) {
    const hits = searchByCode(index, query, limit, billableOnly);
    if (hits.length > 0) return hits;
  }
  const state = exhaustive ? undefined : stateOf(index);
  const p = plan(index, query, state);
  if (!p) return [];
  const scratch = state?.scratch ?? scratchFor(index.entries.length);
  const list = candidates(index, p.words, state, scratch, exhaustive);
  const ranked = exhaustive ? rankAll(index, p, list, limit, billableOnly) : rankBest(index, p, list, limit, billableOnly, scratch);
  return hitsOf(index, p, ranked);
}

export function searchCodes(index: CodeSearchIndex, query: string, options: CodeSearchOptions = {}): CodeHit[] {
  return search(index, query, options, false);
}

/**
 * The same search done the slow, plain way: nothing kept from earlier searches, every candidate
 * scored, all sorted. `searchCodes` must give exactly its hits; the tests and the bench compare them.
 */
export function searchCodesExhaustive(index: CodeSearchIndex, query: string, options: CodeSearchOptions = {}): CodeHit[] {
  return search(index, query, options, true);
}
