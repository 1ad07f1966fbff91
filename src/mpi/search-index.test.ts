/**
 * The index answers as the plain scan does (linear.ts): the same people, the same scores, the same
 * reasons, the same order and the same count, over 100,000 seeded patients, for every keystroke of
 * queries typed the ways a registration clerk types them. Correctness only; `npm run bench` times it.
 */
import { describe, expect, it } from 'vitest';
import { buildMpiIndex, searchMpiResults, type MpiPerson } from './search.ts';
import { buildLinearMpi, searchLinearMpi } from './linear.ts';
import { seededRandom, syntheticPeople } from '../../tests/fixtures/mpi-people.ts';

const CURRENT_YEAR = 2026;

/**
 * Names written with apostrophes, hyphens and spaces, identifiers beyond the MRN and accounts (one
 * the same as an MRN), and two records alike in name and MRN (from two packs).
 */
const written: MpiPerson[] = [
  {
    key: 'ohara',
    mrn: '9000001',
    name: { family: "O'Hara", given: ['Mary Ann'] },
    previousNames: [],
    aliases: [],
    birthDate: '1961-03-14',
    accountNumbers: ['RG90000001'],
    identifiers: [
      { type: 'ssn-last4', value: '6602' },
      { type: 'medicare', value: '7KD3-WA6-TM29', issuer: 'CMS' },
    ],
  },
  {
    key: 'garcia-lopez',
    mrn: '9000002',
    name: { family: 'García-López', given: ['Jean-Luc'] },
    previousNames: [{ family: 'de la Cruz' }],
    aliases: [],
    birthDate: '1975-11-02',
    accountNumbers: [],
  },
  {
    key: 'vanderberg',
    mrn: '9000003',
    name: { family: 'Van der Berg', given: ['Anneke'], suffix: 'Jr.' },
    previousNames: [],
    aliases: [{ given: 'Annie', family: "D'Souza" }],
    birthDate: '2001-01-09',
    accountNumbers: ['RG90000003', 'ER-0042'],
    identifiers: [
      { type: 'insurance-member', value: 'BSS-88410273', issuer: 'Buckeye Senior Supplement' },
      { type: 'previous-mrn', value: '0004242' },
    ],
  },
  {
    key: 'twin-a',
    mrn: '0004242',
    name: { family: 'Smith', given: ['John'] },
    previousNames: [],
    aliases: [],
    birthDate: '1957-03-14',
    accountNumbers: [],
  },
  {
    key: 'twin-b',
    mrn: '0004242',
    name: { family: 'Smith', given: ['John'] },
    previousNames: [],
    aliases: [],
    birthDate: '1957-03-14',
    accountNumbers: [],
  },
];
const people = [...syntheticPeople(100_000), ...written];
const index = buildMpiIndex(people);
const linear = buildLinearMpi(people);

const us = (iso: string, yearDigits: 2 | 4) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}/${iso.slice(4 - yearDigits, 4)}`;
const keystrokes = (typed: string) => Array.from(typed, (_, i) => typed.slice(0, i + 1)).filter((q) => q.trim() !== '');

/** Queries as typed, every prefix of the first few (each a keystroke), then whole queries for more people. */
function seededQueries(): string[] {
  const rand = seededRandom(2026);
  const someone = () => people[Math.floor(rand() * 100_000)]!;
  const typed: string[] = [];
  for (let i = 0; i < 2; i++) {
    const p = someone();
    typed.push(...keystrokes(`${p.name.family} ${p.name.given[0]} ${us(p.birthDate, 2)}`));
    typed.push(...keystrokes(p.mrn), ...keystrokes(p.birthDate.slice(0, 7)));
  }
  for (let i = 0; i < 8; i++) {
    const p = someone();
    const given = p.name.given[0]!;
    typed.push(
      p.name.family.slice(0, 1 + (i % 3)),
      given.slice(0, 1 + (i % 3)),
      `${given.slice(0, 3)} ${p.name.family.slice(0, 2)}`,
      p.mrn.replace(/^0+/, ''),
      p.accountNumbers[0]!.slice(0, 6),
      us(p.birthDate, 4),
      `${p.name.family} ${p.birthDate}`,
    );
    if (p.previousNames[0]) typed.push(`${p.previousNames[0].family} ${given}`);
  }
  typed.push(
    'o',
    'ob',
    'obr',
    "o'br",
    'obrien',
    'nu',
    'núñ',
    'NUNEZ jo',
    'ohara',
    'o hara',
    'mary ann',
    'maryann',
    'garcialopez',
    'jean luc',
    'jeanluc',
    'delacruz',
    'de la',
    'vanderberg',
    'van der',
    'dsouza',
    'annie',
    'jr',
    'peg',
    'bil',
    'bob smi',
    'zz',
    '0',
    '00',
    '000',
    '4242',
    '0004242',
    'rg',
    'rg2',
    'rg9',
    '2500',
    'er0042',
    '42',
    '1961',
    '1961-03',
    '3/14/19',
    '3/14/1957',
    '14 Mar 1957',
    'smith john 3/14/57',
    '1957 smith',
    // Other identifiers, typed with and without their punctuation.
    '6602',
    '660',
    '7kd3',
    '7KD3-WA6',
    '7kd3wa6tm29',
    'bss884',
    '88410273',
    'ER-0042',
    // Names that sound like others: spelled otherwise, or misheard at the desk.
    'gonzales',
    'gonsalez mar',
    'jon',
    'jon smi',
    'jhon',
    'smyth',
    'kowalsky',
    'okafore',
    'tomas',
    'karter',
    'peggi',
    "o'brian",
    'nunes jose',
    'wiliams',
    'marg marg marg marg marg marg marg marg jon',
  );
  return [...new Set(typed)];
}

describe('the MPI index over 100,000 patients', () => {
  const queries = seededQueries();

  it('returns the same top results, reasons and counts as the plain scan for every keystroke', () => {
    expect(queries.length).toBeGreaterThan(100);
    let matched = 0;
    for (const q of queries) {
      const fast = searchMpiResults(index, q, { currentYear: CURRENT_YEAR, limit: 50 });
      const slow = searchLinearMpi(linear, q, { currentYear: CURRENT_YEAR, limit: 50 });
      const shape = (hits: readonly { person: MpiPerson; score: number; matchedOn: readonly string[] }[]) =>
        hits.map((h) => `${h.person.key} ${h.score} ${h.matchedOn.join('+')}`);
      expect(shape(fast.hits), q).toEqual(shape(slow.hits));
      expect(fast.total, q).toBe(slow.total);
      if (fast.total > 0) matched++;
    }
    // The queries reach people: a comparison of empty lists would prove nothing.
    expect(matched).toBeGreaterThan(queries.length * 0.8);
  }, 120_000);

  it('agrees with the plain scan when a filter keeps one group of patients (a facility)', () => {
    const filter = (p: MpiPerson) => p.key.endsWith('7') || p.key === 'ohara';
    for (const q of queries.filter((_, i) => i % 4 === 0)) {
      const fast = searchMpiResults(index, q, { currentYear: CURRENT_YEAR, limit: 20, filter });
      const slow = searchLinearMpi(linear, q, { currentYear: CURRENT_YEAR, limit: 20, filter });
      expect(
        fast.hits.map((h) => h.person.key),
        q,
      ).toEqual(slow.hits.map((h) => h.person.key));
      expect(fast.total, q).toBe(slow.total);
      expect(fast.hits.every((h) => filter(h.person))).toBe(true);
    }
  }, 60_000);

  it('finds names written with apostrophes, hyphens and spaces as one word', () => {
    const keys = (q: string) => searchMpiResults(index, q, { currentYear: CURRENT_YEAR }).hits.map((h) => h.person.key);
    expect(keys('ohara')).toEqual(['ohara']);
    expect(keys('maryann ohar')).toEqual(['ohara']);
    expect(keys('garcialopez jeanluc')).toEqual(['garcia-lopez']);
    expect(keys('delacruz')).toEqual(['garcia-lopez']);
    expect(keys('vanderb')).toEqual(['vanderberg']);
    expect(keys('dsouza')).toEqual(['vanderberg']);
  });

  it('limits the list to the best 200 and still counts every match', () => {
    const all = searchMpiResults(index, 's', { currentYear: CURRENT_YEAR });
    expect(all.hits).toHaveLength(200);
    expect(all.total).toBe(searchLinearMpi(linear, 's', { currentYear: CURRENT_YEAR, limit: 0 }).total);
    expect(all.total).toBeGreaterThan(10_000);
  });

  it('keeps records alike in name and MRN in list order', () => {
    const hits = searchMpiResults(index, '0004242', { currentYear: CURRENT_YEAR }).hits.map((h) => h.person.key);
    expect(hits.slice(0, 3).sort()).toEqual(['p4241', 'twin-a', 'twin-b']);
    expect(hits.indexOf('twin-b')).toBe(hits.indexOf('twin-a') + 1);
  });
});
