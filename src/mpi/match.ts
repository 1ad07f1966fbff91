/**
 * The MPI's matching rules for one person and one query term: what a term matches and what it
 * scores. The index in search.ts finds the same matches through its sorted lists without visiting
 * every person; linear.ts applies these rules to every person, as the reference the index is
 * tested against. `describeMatch` says, for a row on screen, what each term matched as the record
 * writes it (which previous name, which alias, which identifier), so the trainee sees it. Pure.
 */
import { doubleMetaphone } from 'double-metaphone';
import { parseTypedDate } from './dates.ts';

/** An identifier beyond the MRN and account numbers: SSN last four, insurance member ID, Medicare ID… */
export interface MpiIdentifier {
  type: string;
  value: string;
  issuer?: string | undefined;
}

export interface MpiPerson {
  key: string;
  mrn: string;
  name: { family: string; given: readonly string[]; suffix?: string | undefined };
  previousNames: readonly { family: string; given?: readonly string[] | undefined }[];
  aliases: readonly { kind?: string | undefined; given?: string | undefined; family?: string | undefined }[];
  birthDate: string;
  accountNumbers: readonly string[];
  identifiers?: readonly MpiIdentifier[] | undefined;
}

/** A person's record as matching reads it: everything but the list's own key. */
export type MpiRecord = Omit<MpiPerson, 'key'>;

/**
 * Why a row is listed, beyond its current name. A "sounds like" reason is a phonetic match (Double
 * Metaphone): the typed word is spelled like none of the person's names but sounds like one of them.
 */
export type MatchReason =
  | 'name'
  | 'previous name'
  | 'alias'
  | 'date of birth'
  | 'MRN'
  | 'account number'
  | 'identifier'
  | 'birth year'
  | 'sounds like name'
  | 'sounds like previous name'
  | 'sounds like alias';

export type MpiTerm =
  | { kind: 'date'; iso: string }
  /** `sounds`: the word's primary Double Metaphone code, when it is long enough for a phonetic match (else none). */
  | { kind: 'word'; text: string; sounds: readonly string[] }
  | { kind: 'id'; text: string; digits: string };

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

/**
 * A typed word is matched by sound only from this many letters: "Jon" finds John, but two letters
 * sound like half the list. A name word needs two letters: an initial ("J") sounds like nothing.
 */
export const MIN_SOUND_LETTERS = 3;
const MIN_NAME_SOUND_LETTERS = 2;

/** The Double Metaphone codes of a normalised word (primary, and the alternate when it differs). */
function codesOf(word: string): string[] {
  const [primary, alternate] = doubleMetaphone(word);
  const codes = primary ? [primary] : [];
  if (alternate && alternate !== primary) codes.push(alternate);
  return codes;
}

/** The codes a name word is found by when a typed word sounds like it; none for initials and numbers. */
export function nameWordSounds(word: string): string[] {
  return word.length >= MIN_NAME_SOUND_LETTERS && /^[a-z]+$/.test(word) ? codesOf(word) : [];
}

/**
 * The code a typed word looks for: its primary code only, matched against both codes of each name
 * word. Double Metaphone's alternate code of a typed word reaches too far ("Jon" read as "Yon" would
 * sound like Anne); a name's alternate lets a spelling of its other pronunciation find it ("Tornton"
 * finds Thornton, "Hose" finds José). None when the word is too short to match by sound.
 */
export function termSounds(word: string): string[] {
  return word.length >= MIN_SOUND_LETTERS && /^[a-z]+$/.test(word) ? codesOf(word).slice(0, 1) : [];
}

/** An identifier as it is searched: lower case, letters and digits only ("7KD3-WA6-TM29" → "7kd3wa6tm29"). */
export function idKey(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** An identifier without its leading letters or leading zeros: "RG0042" → "42". */
export function bareId(id: string): string {
  let i = 0;
  while (i < id.length && id.charCodeAt(i) >= 97 && id.charCodeAt(i) <= 122) i++; // a-z
  // Leading zeros, keeping the last one before a non-digit or the end only when a digit follows it.
  while (id.charCodeAt(i) === 48 && i + 1 < id.length && id.charCodeAt(i + 1) >= 48 && id.charCodeAt(i + 1) <= 57) i++;
  return i === 0 ? id : id.slice(i);
}

/** Every identifier of a person as searched, in order: the MRN, the account numbers, then the other identifiers. */
export function searchedIds(person: MpiRecord): string[] {
  return [person.mrn, ...person.accountNumbers, ...(person.identifiers ?? []).map((i) => i.value)].map(idKey);
}

/** The three name fields of a person as word lists and sound codes, and their identifiers as searched (MRN first). */
export interface PersonKeys {
  current: readonly string[];
  previous: readonly string[];
  alias: readonly string[];
  currentSounds: readonly string[];
  previousSounds: readonly string[];
  aliasSounds: readonly string[];
  ids: readonly string[];
  bareIds: readonly string[];
  /** How many of `ids` after the MRN are account numbers; the rest are other identifiers. */
  accounts: number;
}

/** The name parts of each field, as written. */
export function nameParts(person: MpiRecord): { current: string[]; previous: string[]; alias: string[] } {
  return {
    current: [person.name.family, ...person.name.given, person.name.suffix ?? ''],
    previous: person.previousNames.flatMap((n) => [n.family, ...(n.given ?? [])]),
    alias: person.aliases.flatMap((a) => [a.given ?? '', a.family ?? '']),
  };
}

/**
 * `wordsOf` and `soundsOf` may remember the words and codes of names already seen (names repeat:
 * a list of 100,000 has a few thousand).
 */
export function personKeys(
  person: MpiRecord,
  wordsOf: (part: string) => readonly string[] = nameWords,
  soundsOf: (word: string) => readonly string[] = nameWordSounds,
): PersonKeys {
  const words = (parts: readonly string[]) => {
    const out: string[] = [];
    for (const part of parts) if (part) out.push(...wordsOf(part));
    return out;
  };
  const sounds = (list: readonly string[]) => list.flatMap((w) => soundsOf(w));
  const parts = nameParts(person);
  const current = words(parts.current);
  const previous = words(parts.previous);
  const alias = words(parts.alias);
  const ids = searchedIds(person);
  return {
    current,
    previous,
    alias,
    currentSounds: sounds(current),
    previousSounds: sounds(previous),
    aliasSounds: sounds(alias),
    ids,
    bareIds: ids.map(bareId),
    accounts: person.accountNumbers.length,
  };
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
      const text = idKey(raw);
      if (text) terms.push({ kind: 'id', text, digits: bareId(text) });
      continue;
    }
    for (const word of normaliseText(raw).split(' ')) if (word) terms.push({ kind: 'word', text: word, sounds: termSounds(word) });
  }
  return terms;
}

/**
 * Scores of one term. Identifiers first, then a current name over a previous name or an alias, and
 * any spelling over a name that only sounds alike.
 */
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
  currentSound: 1.5,
  otherSound: 1,
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

const soundMatch = (list: readonly string[], sounds: readonly string[]): boolean => sounds.some((code) => list.includes(code));

/** What kind of identifier the `i`th of a person's searched identifiers is. */
const idReason = (i: number, accounts: number): MatchReason => (i === 0 ? 'MRN' : i <= accounts ? 'account number' : 'identifier');

/** The score of identifier `id` (and its bare form) for a term; 0 when it does not match. */
function idScore(id: string, bare: string, term: { text: string; digits: string }): number {
  if (id === term.text) return SCORE.idExact;
  if (id.startsWith(term.text)) return SCORE.idPrefix;
  if (term.digits.length >= MIN_BARE_DIGITS) {
    if (bare === term.digits) return SCORE.bareIdExact;
    if (bare.startsWith(term.digits)) return SCORE.bareIdPrefix;
  }
  return 0;
}

/** The best identifier the term matches (between equals, the first: the MRN, then accounts), or undefined. */
function bestId(keys: PersonKeys, term: { text: string; digits: string }): { score: number; at: number } | undefined {
  let best: { score: number; at: number } | undefined;
  keys.ids.forEach((id, i) => {
    const score = idScore(id, keys.bareIds[i]!, term);
    if (score > (best?.score ?? 0)) best = { score, at: i };
  });
  return best;
}

function matchId(keys: PersonKeys, birthDate: string, term: { text: string; digits: string }): TermMatch | undefined {
  const best = bestId(keys, term);
  if (best) return { score: best.score, reason: idReason(best.at, keys.accounts) };
  if (/^\d{4}$/.test(term.text) && birthDate.startsWith(term.text)) return { score: SCORE.birthYear, reason: 'birth year' };
  return undefined;
}

// Word matches, shared: a scan over every person should not allocate for each of them.
const CURRENT_WORD: TermMatch = { score: SCORE.currentWord };
const CURRENT_PREFIX: TermMatch = { score: SCORE.currentPrefix };
const PREVIOUS_WORD: TermMatch = { score: SCORE.otherWord, reason: 'previous name' };
const PREVIOUS_PREFIX: TermMatch = { score: SCORE.otherPrefix, reason: 'previous name' };
const ALIAS_WORD: TermMatch = { score: SCORE.otherWord, reason: 'alias' };
const ALIAS_PREFIX: TermMatch = { score: SCORE.otherPrefix, reason: 'alias' };
const CURRENT_SOUND: TermMatch = { score: SCORE.currentSound, reason: 'sounds like name' };
const PREVIOUS_SOUND: TermMatch = { score: SCORE.otherSound, reason: 'sounds like previous name' };
const ALIAS_SOUND: TermMatch = { score: SCORE.otherSound, reason: 'sounds like alias' };
const DATE_OF_BIRTH: TermMatch = { score: SCORE.dateOfBirth, reason: 'date of birth' };

/**
 * What a word scores: a spelling in the current name, else in a previous name, else in an alias (each
 * the whole word or its start); only when no name is spelled so, a name that sounds the same, in the
 * same order of fields.
 */
function matchWord(keys: PersonKeys, term: { text: string; sounds: readonly string[] }): Readonly<TermMatch> | undefined {
  const current = wordMatch(keys.current, term.text);
  if (current) return current === 2 ? CURRENT_WORD : CURRENT_PREFIX;
  const previous = wordMatch(keys.previous, term.text);
  if (previous) return previous === 2 ? PREVIOUS_WORD : PREVIOUS_PREFIX;
  const alias = wordMatch(keys.alias, term.text);
  if (alias) return alias === 2 ? ALIAS_WORD : ALIAS_PREFIX;
  if (term.sounds.length === 0) return undefined;
  if (soundMatch(keys.currentSounds, term.sounds)) return CURRENT_SOUND;
  if (soundMatch(keys.previousSounds, term.sounds)) return PREVIOUS_SOUND;
  if (soundMatch(keys.aliasSounds, term.sounds)) return ALIAS_SOUND;
  return undefined;
}

/** What one term scores against one person, or undefined when it does not match them. */
export function matchTerm(keys: PersonKeys, birthDate: string, term: MpiTerm): Readonly<TermMatch> | undefined {
  switch (term.kind) {
    case 'date':
      return birthDate === term.iso ? DATE_OF_BIRTH : undefined;
    case 'id':
      return matchId(keys, birthDate, term);
    case 'word':
      return matchWord(keys, term);
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

/**
 * What one term of the query matched in a listed person's record, as the record writes it, for the
 * trainee to verify: the previous name or alias that matched (the whole entry), the name a word only
 * sounds like, the account number or other identifier. Matches on the current name, the MRN and the
 * date of birth need none: the row shows them.
 */
export type MatchDetail =
  | { reason: 'previous name' | 'sounds like previous name'; term: string; name: MpiPerson['previousNames'][number] }
  | { reason: 'alias' | 'sounds like alias'; term: string; alias: MpiPerson['aliases'][number] }
  | { reason: 'sounds like name'; term: string; part: string }
  | { reason: 'account number'; term: string; value: string }
  | { reason: 'identifier'; term: string; identifier: MpiIdentifier };

/** The entry of a field whose words best match the term (whole word over prefix), or whose words sound like it. */
function bestEntry<T>(entries: readonly T[], partsOf: (entry: T) => string[], test: (words: string[]) => 0 | 1 | 2): T | undefined {
  let best: T | undefined;
  let bestValue = 0;
  for (const entry of entries) {
    const words = partsOf(entry).flatMap((part) => (part ? nameWords(part) : []));
    const value = test(words);
    if (value > bestValue) [best, bestValue] = [entry, value];
    if (value === 2) break;
  }
  return best;
}

/** The details of every term that matched beyond the current name, MRN and date of birth, in the order typed. */
export function describeMatch(person: MpiRecord, terms: readonly MpiTerm[]): MatchDetail[] {
  const keys = personKeys(person);
  const details: MatchDetail[] = [];
  const previousParts = (n: MpiRecord['previousNames'][number]) => [n.family, ...(n.given ?? [])];
  const aliasParts = (a: MpiRecord['aliases'][number]) => [a.given ?? '', a.family ?? ''];
  const spelled = (text: string) => (words: string[]) => wordMatch(words, text);
  const sounded = (sounds: readonly string[]) => (words: string[]) => (soundMatch(words.flatMap(nameWordSounds), sounds) ? 2 : 0);
  for (const term of terms) {
    const m = matchTerm(keys, person.birthDate, term);
    if (!m?.reason) continue;
    let detail: MatchDetail | undefined;
    if (term.kind === 'word') {
      const t = term.text;
      switch (m.reason) {
        case 'previous name':
        case 'sounds like previous name': {
          const test = m.reason === 'previous name' ? spelled(t) : sounded(term.sounds);
          const name = bestEntry(person.previousNames, previousParts, test);
          if (name) detail = { reason: m.reason, term: t, name };
          break;
        }
        case 'alias':
        case 'sounds like alias': {
          const test = m.reason === 'alias' ? spelled(t) : sounded(term.sounds);
          const alias = bestEntry(person.aliases, aliasParts, test);
          if (alias) detail = { reason: m.reason, term: t, alias };
          break;
        }
        case 'sounds like name': {
          const part = bestEntry(nameParts(person).current, (p) => [p], sounded(term.sounds));
          if (part) detail = { reason: m.reason, term: t, part };
          break;
        }
        default:
          break;
      }
    } else if (term.kind === 'id' && (m.reason === 'account number' || m.reason === 'identifier')) {
      const at = bestId(keys, term)?.at ?? 0;
      if (m.reason === 'account number') detail = { reason: m.reason, term: term.text, value: person.accountNumbers[at - 1] ?? '' };
      else {
        const identifier = person.identifiers?.[at - 1 - keys.accounts];
        if (identifier) detail = { reason: m.reason, term: term.text, identifier };
      }
    }
    if (detail && !details.some((d) => sameDetail(d, detail))) details.push(detail);
  }
  return details;
}

/** Two details about the same entry of the record (two words of one previous name, say). */
function sameDetail(a: MatchDetail, b: MatchDetail): boolean {
  if (a.reason !== b.reason) return false;
  switch (a.reason) {
    case 'previous name':
    case 'sounds like previous name':
      return 'name' in b && a.name === b.name;
    case 'alias':
    case 'sounds like alias':
      return 'alias' in b && a.alias === b.alias;
    case 'sounds like name':
      return 'part' in b && a.part === b.part;
    case 'account number':
      return 'value' in b && a.value === b.value;
    case 'identifier':
      return 'identifier' in b && a.identifier === b.identifier;
  }
}
