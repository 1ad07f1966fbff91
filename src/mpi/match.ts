/**
 * The MPI's matching rules for one person and one query term: what a term matches and what it
 * scores. The index in search.ts finds the same matches through its sorted lists without visiting
 * every person; linear.ts applies these rules to every person, as the reference the index is
 * tested against. Pure.
 */
import { parseTypedDate } from './dates.ts';

export interface MpiPerson {
  key: string;
  mrn: string;
  name: { family: string; given: readonly string[]; suffix?: string | undefined };
  previousNames: readonly { family: string; given?: readonly string[] | undefined }[];
  aliases: readonly { given?: string | undefined; family?: string | undefined }[];
  birthDate: string;
  accountNumbers: readonly string[];
}

export type MatchReason = 'name' | 'previous name' | 'alias' | 'date of birth' | 'MRN' | 'account number' | 'birth year';

export type MpiTerm = { kind: 'date'; iso: string } | { kind: 'word'; text: string } | { kind: 'id'; text: string; digits: string };

/** Lower case, accents removed, punctuation as spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The searchable words of one name part ("O'Hara", "de la Cruz", "Mary-Jane"): each word, and when
 * there are several, the words run together too, so "ohara" and "delacruz" find them.
 */
export function nameWords(text: string): string[] {
  const words = normaliseText(text)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length > 1) words.push(words.join(''));
  return words;
}

/** An identifier without its leading letters or leading zeros: "RG0042" → "42". */
export function bareId(id: string): string {
  let i = 0;
  while (i < id.length && id.charCodeAt(i) >= 97 && id.charCodeAt(i) <= 122) i++; // a-z
  // Leading zeros, keeping the last one before a non-digit or the end only when a digit follows it.
  while (id.charCodeAt(i) === 48 && i + 1 < id.length && id.charCodeAt(i + 1) >= 48 && id.charCodeAt(i + 1) <= 57) i++;
  return i === 0 ? id : id.slice(i);
}

/** The three name fields of a person as word lists, and their identifiers in lower case (MRN first). */
export interface PersonKeys {
  current: readonly string[];
  previous: readonly string[];
  alias: readonly string[];
  ids: readonly string[];
  bareIds: readonly string[];
}

/** The name parts of each field, as written. */
export function nameParts(person: MpiPerson): { current: string[]; previous: string[]; alias: string[] } {
  return {
    current: [person.name.family, ...person.name.given, person.name.suffix ?? ''],
    previous: person.previousNames.flatMap((n) => [n.family, ...(n.given ?? [])]),
    alias: person.aliases.flatMap((a) => [a.given ?? '', a.family ?? '']),
  };
}

/** `wordsOf` may remember the words of names already seen (names repeat: a list of 100,000 has few thousand). */
export function personKeys(person: MpiPerson, wordsOf: (part: string) => readonly string[] = nameWords): PersonKeys {
  const words = (parts: readonly string[]) => {
    const out: string[] = [];
    for (const part of parts) if (part) out.push(...wordsOf(part));
    return out;
  };
  const parts = nameParts(person);
  const ids = [person.mrn, ...person.accountNumbers].map((id) => id.toLowerCase());
  return { current: words(parts.current), previous: words(parts.previous), alias: words(parts.alias), ids, bareIds: ids.map(bareId) };
}

export function parseQuery(query: string, currentYear: number): MpiTerm[] {
  const whole = parseTypedDate(query, currentYear);
  if (whole) return [{ kind: 'date', iso: whole }];
  const terms: MpiTerm[] = [];
  // Dates inside a longer query ("smith 3/14/57") are single tokens once split on spaces and commas.
  for (const raw of query.split(/[\s,]+/)) {
    if (!raw) continue;
    const date = /\d/.test(raw) ? parseTypedDate(raw, currentYear) : undefined;
    if (date) {
      terms.push({ kind: 'date', iso: date });
      continue;
    }
    if (/\d/.test(raw)) {
      const text = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (text) terms.push({ kind: 'id', text, digits: bareId(text) });
      continue;
    }
    for (const word of normaliseText(raw).split(' ')) if (word) terms.push({ kind: 'word', text: word });
  }
  return terms;
}

/** Scores of one term. Identifiers first, then a current name over a previous name or an alias. */
export const SCORE = {
  dateOfBirth: 8,
  idExact: 12,
  idPrefix: 6,
  bareIdExact: 11,
  bareIdPrefix: 5,
  birthYear: 2,
  currentWord: 4,
  currentPrefix: 3,
  otherWord: 2.5,
  otherPrefix: 2,
} as const;

/** Identifiers start with a term of 3 digits or more once their letters and leading zeros are gone. */
export const MIN_BARE_DIGITS = 3;

export interface TermMatch {
  score: number;
  /** Set when the term matched something beyond the current name. */
  reason?: MatchReason;
}

const wordMatch = (list: readonly string[], text: string): 0 | 1 | 2 => {
  let found: 0 | 1 | 2 = 0;
  for (const w of list) {
    if (w === text) return 2;
    if (w.startsWith(text)) found = 1;
  }
  return found;
};

function matchId(keys: PersonKeys, birthDate: string, term: { text: string; digits: string }): TermMatch | undefined {
  let best: TermMatch | undefined;
  keys.ids.forEach((id, i) => {
    let score = 0;
    if (id === term.text) score = SCORE.idExact;
    else if (id.startsWith(term.text)) score = SCORE.idPrefix;
    else if (term.digits.length >= MIN_BARE_DIGITS) {
      const bare = keys.bareIds[i]!;
      if (bare === term.digits) score = SCORE.bareIdExact;
      else if (bare.startsWith(term.digits)) score = SCORE.bareIdPrefix;
    }
    if (score > (best?.score ?? 0)) best = { score, reason: i === 0 ? 'MRN' : 'account number' };
  });
  if (!best && /^\d{4}$/.test(term.text) && birthDate.startsWith(term.text)) return { score: SCORE.birthYear, reason: 'birth year' };
  return best;
}

// Word matches, shared: a scan over every person should not allocate for each of them.
const CURRENT_WORD: TermMatch = { score: SCORE.currentWord };
const CURRENT_PREFIX: TermMatch = { score: SCORE.currentPrefix };
const PREVIOUS_WORD: TermMatch = { score: SCORE.otherWord, reason: 'previous name' };
const PREVIOUS_PREFIX: TermMatch = { score: SCORE.otherPrefix, reason: 'previous name' };
const ALIAS_WORD: TermMatch = { score: SCORE.otherWord, reason: 'alias' };
const ALIAS_PREFIX: TermMatch = { score: SCORE.otherPrefix, reason: 'alias' };
const DATE_OF_BIRTH: TermMatch = { score: SCORE.dateOfBirth, reason: 'date of birth' };

/** What one term scores against one person, or undefined when it does not match them. */
export function matchTerm(keys: PersonKeys, birthDate: string, term: MpiTerm): Readonly<TermMatch> | undefined {
  switch (term.kind) {
    case 'date':
      return birthDate === term.iso ? DATE_OF_BIRTH : undefined;
    case 'id':
      return matchId(keys, birthDate, term);
    case 'word': {
      const current = wordMatch(keys.current, term.text);
      if (current) return current === 2 ? CURRENT_WORD : CURRENT_PREFIX;
      const previous = wordMatch(keys.previous, term.text);
      if (previous) return previous === 2 ? PREVIOUS_WORD : PREVIOUS_PREFIX;
      const alias = wordMatch(keys.alias, term.text);
      if (alias) return alias === 2 ? ALIAS_WORD : ALIAS_PREFIX;
      return undefined;
    }
  }
}

/** The sum of the terms' scores and the reasons in the order of the terms, or undefined when a term does not match. */
export function matchPerson(
  keys: PersonKeys,
  birthDate: string,
  terms: readonly MpiTerm[],
): { score: number; matchedOn: MatchReason[] } | undefined {
  let score = 0;
  let matchedOn: MatchReason[] | undefined;
  for (const term of terms) {
    const m = matchTerm(keys, birthDate, term);
    if (!m) return undefined;
    score += m.score;
    if (m.reason && !matchedOn?.includes(m.reason)) (matchedOn ??= []).push(m.reason);
  }
  return { score, matchedOn: matchedOn ?? [] };
}

export function compareNames(a: MpiPerson, b: MpiPerson): number {
  return (
    a.name.family.localeCompare(b.name.family) || (a.name.given[0] ?? '').localeCompare(b.name.given[0] ?? '') || a.mrn.localeCompare(b.mrn)
  );
}
