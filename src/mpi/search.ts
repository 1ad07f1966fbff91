/**
 * Master patient index search. A query is split into terms; a patient matches when every term
 * matches one of their identifiers:
 * - a date typed in any common form matches the date of birth;
 * - a term with digits matches the MRN or an account number (start of the number or the number
 *   without its leading zeros or letters), or a birth year;
 * - a word matches the start of any part of the current name, a previous name or an alias,
 *   ignoring case and accents ("nunez" finds Núñez).
 * Results are ranked: exact identifiers first, then current names over previous names and aliases.
 * Pure: build the index once per patient list, then search it per keystroke.
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

export interface MpiHit<P extends MpiPerson> {
  person: P;
  score: number;
  /** What the query matched beyond the current name, to show the trainee why a row is listed. */
  matchedOn: MatchReason[];
}

/** Lower case, accents removed, punctuation as spaces. */
export function normaliseText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const join = (words: Iterable<string>) => {
  let out = ' ';
  for (const w of words) for (const part of normaliseText(w).split(' ')) if (part) out += `${part} `;
  return out;
};

interface Entry<P extends MpiPerson> {
  person: P;
  current: string;
  previous: string;
  alias: string;
  ids: string[];
}

export interface MpiIndex<P extends MpiPerson> {
  readonly entries: readonly Entry<P>[];
}

export function buildMpiIndex<P extends MpiPerson>(people: readonly P[]): MpiIndex<P> {
  return {
    entries: people.map((person) => ({
      person,
      current: join([person.name.family, ...person.name.given, person.name.suffix ?? '']),
      previous: join(person.previousNames.flatMap((n) => [n.family, ...(n.given ?? [])])),
      alias: join(person.aliases.flatMap((a) => [a.given ?? '', a.family ?? ''])),
      ids: [person.mrn, ...person.accountNumbers].map((id) => id.toLowerCase()),
    })),
  };
}

type Term =
  | { kind: 'date'; iso: string }
  | { kind: 'word'; text: string }
  | { kind: 'id'; text: string; digits: string };

export function parseQuery(query: string, currentYear: number): Term[] {
  const whole = parseTypedDate(query, currentYear);
  if (whole) return [{ kind: 'date', iso: whole }];
  const terms: Term[] = [];
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
      if (text) terms.push({ kind: 'id', text, digits: text.replace(/^[a-z]+/, '').replace(/^0+(?=\d)/, '') });
      continue;
    }
    for (const word of normaliseText(raw).split(' ')) if (word) terms.push({ kind: 'word', text: word });
  }
  return terms;
}

function matchId(entry: Entry<MpiPerson>, term: { text: string; digits: string }): { score: number; reason: MatchReason } | undefined {
  let best: { score: number; reason: MatchReason } | undefined;
  entry.ids.forEach((id, i) => {
    const reason: MatchReason = i === 0 ? 'MRN' : 'account number';
    let score = 0;
    if (id === term.text) score = 12;
    else if (id.startsWith(term.text)) score = 6;
    else if (term.digits.length >= 3) {
      const bare = id.replace(/^[a-z]+/, '').replace(/^0+(?=\d)/, '');
      if (bare === term.digits) score = 11;
      else if (bare.startsWith(term.digits)) score = 5;
    }
    if (score > (best?.score ?? 0)) best = { score, reason };
  });
  if (!best && /^\d{4}$/.test(term.text) && entry.person.birthDate.startsWith(term.text)) return { score: 2, reason: 'birth year' };
  return best;
}

export function searchMpi<P extends MpiPerson>(index: MpiIndex<P>, query: string, options: { currentYear: number; limit?: number }): MpiHit<P>[] {
  const terms = parseQuery(query, options.currentYear);
  if (terms.length === 0) return [];
  const hits: MpiHit<P>[] = [];
  outer: for (const entry of index.entries) {
    let score = 0;
    const matchedOn = new Set<MatchReason>();
    for (const term of terms) {
      if (term.kind === 'date') {
        if (entry.person.birthDate !== term.iso) continue outer;
        score += 8;
        matchedOn.add('date of birth');
      } else if (term.kind === 'id') {
        const m = matchId(entry, term);
        if (!m) continue outer;
        score += m.score;
        matchedOn.add(m.reason);
      } else {
        const exact = ` ${term.text} `;
        const prefix = ` ${term.text}`;
        if (entry.current.includes(exact)) score += 4;
        else if (entry.current.includes(prefix)) score += 3;
        else if (entry.previous.includes(prefix)) {
          score += entry.previous.includes(exact) ? 2.5 : 2;
          matchedOn.add('previous name');
        } else if (entry.alias.includes(prefix)) {
          score += entry.alias.includes(exact) ? 2.5 : 2;
          matchedOn.add('alias');
        } else continue outer;
      }
    }
    hits.push({ person: entry.person, score, matchedOn: [...matchedOn] });
  }
  hits.sort((a, b) => b.score - a.score || compareNames(a.person, b.person));
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

export function compareNames(a: MpiPerson, b: MpiPerson): number {
  return a.name.family.localeCompare(b.name.family) || (a.name.given[0] ?? '').localeCompare(b.name.given[0] ?? '') || a.mrn.localeCompare(b.mrn);
}
