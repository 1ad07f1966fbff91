/**
 * The encoder's code search: by code (with or without the dot, any case, a prefix lists the codes
 * under it) or by words in any order, with the abbreviations coders use and the tabular list's
 * inclusion terms. Ranked so the likely code comes first.
 *
 * An inverted index over title and inclusion-term words: a sorted dictionary of words, each with a
 * sorted list of entry numbers. A query word matches every dictionary word it begins (so "diab"
 * finds "diabetes" and "diabetic"); each query word (or an abbreviation's expansion) must match;
 * the lists are intersected smallest first, and only the survivors are scored. Pure.
 */
import { normaliseCode, type CodeEntry, type CodeSystem } from './model.ts';

/** Abbreviations coders type, and the words they stand for in official titles. */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  dm: ['diabetes', 'mellitus'],
  t1dm: ['type', '1', 'diabetes', 'mellitus'],
  t2dm: ['type', '2', 'diabetes', 'mellitus'],
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
};

/** Words that say a code is not specific; a title made of the query's words and these is the general code. */
const NON_SPECIFIC = new Set(['unspecified', 'specified', 'not', 'site', 'organism', 'type', 'nos', 'other', 'elsewhere', 'classified']);

/** Title words that put a code in a special context (pregnancy, the newborn): unlikely unless asked for. */
const CONTEXT_WORDS = ['pregnancy', 'childbirth', 'puerperium', 'puerperal', 'newborn', 'neonatal', 'perinatal', 'fetus', 'fetal', 'maternal', 'gestational', 'delivery', 'trimester'];

/** Title words for later encounters (7th characters D, G, K, P, S…): initial encounters come first unless asked for. */
const LATER_ENCOUNTER = ['sequela', 'subsequent'];

/** Words too common in titles to narrow a search; a query of only these still works. */
const STOP_WORDS = new Set(['of', 'and', 'the', 'with', 'without', 'in', 'to', 'or', 'for', 'by', 'on', 'due', 'a', 'an', 'at', 'as', 'not']);

export function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

export interface SearchableEntry extends CodeEntry {
  /** Inclusion terms from the tabular list: found by search, shown as "includes …". */
  inclusionTerms?: readonly string[];
}

export interface CodeSearchIndex {
  readonly system: CodeSystem;
  readonly entries: readonly SearchableEntry[];
  /** Entry numbers ordered by code, for code-prefix lookup. */
  readonly byCode: Int32Array;
  /** Sorted dictionary of words. */
  readonly words: readonly string[];
  /** For each dictionary word, the sorted entry numbers whose title or inclusion terms contain it. */
  readonly postings: readonly Int32Array[];
  /** Words of each entry's title, for scoring. */
  readonly titleWords: readonly (readonly string[])[];
}

export function buildCodeSearchIndex(system: CodeSystem, entries: readonly SearchableEntry[]): CodeSearchIndex {
  const lists = new Map<string, number[]>();
  const titleWords: string[][] = [];
  entries.forEach((entry, i) => {
    const own = searchWords(entry.title);
    titleWords.push(own);
    const all = new Set(own);
    for (const term of entry.inclusionTerms ?? []) for (const w of searchWords(term)) all.add(w);
    for (const w of all) {
      let list = lists.get(w);
      if (!list) lists.set(w, (list = []));
      list.push(i);
    }
  });
  const words = [...lists.keys()].sort();
  const postings = words.map((w) => Int32Array.from(lists.get(w)!));
  const byCode = Int32Array.from(entries.keys()).sort((a, b) => (entries[a]!.code < entries[b]!.code ? -1 : entries[a]!.code > entries[b]!.code ? 1 : 0));
  return { system, entries, byCode, words, postings, titleWords };
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
function wordRange(index: CodeSearchIndex, prefix: string): [number, number] {
  let lo = 0;
  let hi = index.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < index.words.length && index.words[end]!.startsWith(prefix)) end++;
  return [lo, end];
}

/** Entries containing any dictionary word that begins with `prefix` (or exactly `word` when `exact`). */
function matchingEntries(index: CodeSearchIndex, word: string, exact: boolean): Int32Array | undefined {
  const [from, to] = wordRange(index, word);
  if (from === to) return undefined;
  if (exact) return index.words[from] === word ? index.postings[from] : undefined;
  if (to - from === 1) return index.postings[from];
  const seen = new Uint8Array(index.entries.length);
  let count = 0;
  for (let w = from; w < to; w++) for (const e of index.postings[w]!) if (!seen[e]) { seen[e] = 1; count++; }
  const out = new Int32Array(count);
  let k = 0;
  for (let e = 0; e < seen.length; e++) if (seen[e]) out[k++] = e;
  return out;
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) { out[k++] = x; i++; j++; } else if (x < y) i++; else j++;
  }
  return out.subarray(0, k);
}

/** A query word and the word groups that may stand for it (itself, or an abbreviation's expansion). */
interface QueryWord {
  text: string;
  alternatives: string[][];
  last: boolean;
}

function queryWords(query: string): QueryWord[] {
  const raw = searchWords(query);
  const meaningful = raw.filter((w) => !STOP_WORDS.has(w));
  const words = meaningful.length > 0 ? meaningful : raw;
  return words.map((text, i) => {
    const expansion = ABBREVIATIONS[text];
    return { text, alternatives: expansion ? [[text], [...expansion]] : [[text]], last: i === words.length - 1 };
  });
}

export function searchCodes(index: CodeSearchIndex, query: string, options: CodeSearchOptions = {}): CodeHit[] {
  const limit = options.limit ?? 25;
  const billableOnly = options.billableOnly ?? false;
  if (query.trim() === '') return [];
  if (looksLikeCode(index.system, query)) {
    const hits = searchByCode(index, query, limit, billableOnly);
    if (hits.length > 0) return hits;
  }
  const words = queryWords(query);
  if (words.length === 0) return [];

  // Each query word becomes a set of entries: the union over its alternatives, where an
  // alternative (an abbreviation's expansion) needs all of its words.
  const sets: Int32Array[] = [];
  for (const word of words) {
    let union: Int32Array | undefined;
    for (const group of word.alternatives) {
      let acc: Int32Array | undefined;
      for (const w of group) {
        // Every word is matched as a prefix: coders type "diab", "fract", "pneum".
        const found = matchingEntries(index, w, false);
        if (!found) { acc = undefined; break; }
        acc = acc ? intersect(acc, found) : found;
        if (acc.length === 0) break;
      }
      if (acc && acc.length > 0) union = union ? unionSorted(union, acc) : acc;
    }
    if (!union) return [];
    sets.push(union);
  }
  sets.sort((a, b) => a.length - b.length);
  let candidates = sets[0]!;
  for (let i = 1; i < sets.length && candidates.length > 0; i++) candidates = intersect(candidates, sets[i]!);

  const hits: CodeHit[] = [];
  for (const e of candidates) {
    const entry = index.entries[e]!;
    if (billableOnly && !entry.billable) continue;
    hits.push(score(index, e, words));
  }
  hits.sort((a, b) => b.score - a.score || (a.entry.code < b.entry.code ? -1 : 1));
  return hits.slice(0, limit);
}

function mentionsUntypedDiabetes(words: readonly QueryWord[]): boolean {
  const texts = words.map((w) => w.text);
  return texts.some((t) => t === 'dm' || t.startsWith('diab')) && !texts.some((t) => t === 'type' || t === '1' || t === '2' || t === 't1dm' || t === 't2dm');
}

function unionSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) { out[k++] = x; i++; j++; } else if (x < y) { out[k++] = x; i++; } else { out[k++] = y; j++; }
  }
  return out.subarray(0, k);
}

/**
 * Ranking. Words found in the title count more than words found only in an inclusion term; whole
 * words more than prefixes; a title made mostly of the query's words (a general, "unspecified"
 * or plain code) beats a long, specific one; billable codes come before their headers.
 */
function score(index: CodeSearchIndex, e: number, words: readonly QueryWord[]): CodeHit {
  const entry = index.entries[e]!;
  const title = index.titleWords[e]!;
  let s = 0;
  let inTitle = 0;
  for (const word of words) {
    let best = 0;
    for (const group of word.alternatives) {
      let groupScore = 0;
      for (const w of group) {
        let ws = 0;
        for (const t of title) {
          if (t === w) { ws = 3; break; }
          if (t.startsWith(w)) ws = Math.max(ws, 2);
        }
        groupScore += ws;
      }
      best = Math.max(best, groupScore / group.length);
    }
    if (best > 0) inTitle++;
    s += best > 0 ? best : 1;
  }
  const meaningfulTitle = title.filter((t) => !STOP_WORDS.has(t) && !NON_SPECIFIC.has(t)).length;
  s += 4 * Math.min(1, inTitle / Math.max(meaningfulTitle, 1));
  if (entry.billable) s += 1.5;
  if (title.includes('unspecified')) s += 0.5;
  if (title[0] === 'other') s -= 0.5;
  // A condition with nothing more documented is coded "without" its complications or manifestations.
  if (title.includes('without') && !words.some((w) => w.text === 'with' || w.text === 'complicated')) s += 0.6;
  const asked = (list: readonly string[]) => list.some((c) => words.some((w) => c.startsWith(w.text)));
  if (CONTEXT_WORDS.some((c) => title.includes(c)) && !asked(CONTEXT_WORDS)) s -= 3;
  if (LATER_ENCOUNTER.some((c) => title.includes(c)) && !asked(LATER_ENCOUNTER)) s -= 2;
  // OGCR I.C.4.a.2: when the type of diabetes is not documented, the default is type 2 (E11.-).
  if (mentionsUntypedDiabetes(words) && title.includes('type') && title.includes('2')) s += 1;
  s -= entry.code.length * 0.05;
  const hit: CodeHit = { entry, score: s };
  if (inTitle < words.length && entry.inclusionTerms) {
    const wanted = words.map((w) => w.text);
    const term = entry.inclusionTerms.find((t) => {
      const tw = searchWords(t);
      return wanted.some((w) => tw.some((x) => x.startsWith(w)));
    });
    if (term) hit.matchedTerm = term;
  }
  return hit;
}
