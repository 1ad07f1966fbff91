/**
 * The MPI search the plain way: every person checked against every term (match.ts), every match
 * ranked by a full sort. Too slow per keystroke for a large index (see search.ts), it is kept as the
 * reference the index is tested against and as the baseline `npm run bench` measures. Pure.
 */
import {
  compareNames,
  matchPerson,
  nameWordSounds,
  nameWords,
  parseQuery,
  personKeys,
  type MatchReason,
  type MpiPerson,
  type PersonKeys,
} from './match.ts';

export interface LinearMpi<P extends MpiPerson> {
  readonly people: readonly P[];
  readonly keys: readonly PersonKeys[];
}

/** Remembers what a pure function of a string gave: names and their words repeat across a list. */
function remembered<T>(of: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) seen.set(text, (value = of(text)));
    return value;
  };
}

export function buildLinearMpi<P extends MpiPerson>(people: readonly P[]): LinearMpi<P> {
  const wordsOf = remembered(nameWords);
  const soundsOf = remembered(nameWordSounds);
  return { people, keys: people.map((p) => personKeys(p, wordsOf, soundsOf)) };
}

export interface LinearHit<P extends MpiPerson> {
  person: P;
  score: number;
  matchedOn: MatchReason[];
}

export interface LinearOptions<P extends MpiPerson> {
  currentYear: number;
  /** Only people this accepts (one facility, say). */
  filter?: ((person: P) => boolean) | undefined;
}

/** Every match, unranked. */
export function scanMpi<P extends MpiPerson>(linear: LinearMpi<P>, query: string, options: LinearOptions<P>): LinearHit<P>[] {
  const terms = parseQuery(query, options.currentYear);
  if (terms.length === 0) return [];
  const hits: LinearHit<P>[] = [];
  linear.people.forEach((person, i) => {
    if (options.filter && !options.filter(person)) return;
    const m = matchPerson(linear.keys[i]!, person.birthDate, terms);
    if (m) hits.push({ person, score: m.score, matchedOn: m.matchedOn });
  });
  return hits;
}

/** Every match ranked (score, then name), the first `limit` of them, and how many matched. */
export function searchLinearMpi<P extends MpiPerson>(
  linear: LinearMpi<P>,
  query: string,
  options: LinearOptions<P> & { limit: number },
): { hits: LinearHit<P>[]; total: number } {
  const hits = scanMpi(linear, query, options);
  hits.sort((a, b) => b.score - a.score || compareNames(a.person, b.person));
  return { hits: hits.slice(0, options.limit), total: hits.length };
}
