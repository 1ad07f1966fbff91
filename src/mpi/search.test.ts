import { describe, expect, it } from 'vitest';
import { buildMpiIndex, compareNames, normaliseText, searchMpi, searchMpiResults, type MpiPerson } from './search.ts';
import { bareId } from './match.ts';
import { seededRandom } from '../../tests/fixtures/mpi-people.ts';

const person = (p: Partial<MpiPerson> & Pick<MpiPerson, 'key' | 'mrn' | 'name' | 'birthDate'>): MpiPerson => ({
  previousNames: [],
  aliases: [],
  accountNumbers: [],
  ...p,
});

const people = [
  person({
    key: 'oduya',
    mrn: '0001001',
    name: { family: 'Oduya', given: ['Margaret', 'Ann'] },
    birthDate: '1948-02-29',
    previousNames: [{ family: 'Carter', given: ['Margaret'] }],
    aliases: [{ given: 'Peggy' }],
    accountNumbers: ['RG25000001'],
  }),
  person({
    key: 'nunez',
    mrn: '0001002',
    name: { family: 'Núñez', given: ['José'] },
    birthDate: '1990-07-04',
    accountNumbers: ['RG25000002'],
  }),
  person({ key: 'allen', mrn: '0002001', name: { family: 'Allen', given: ['Robert', 'J'] }, birthDate: '1957-03-14' }),
  person({ key: 'allende', mrn: '0002002', name: { family: 'Allende', given: ['Roberto'] }, birthDate: '1957-04-13' }),
  person({ key: 'carterson', mrn: '0002003', name: { family: 'Carterson', given: ['Lena'] }, birthDate: '1970-01-01' }),
];
const index = buildMpiIndex(people);
const find = (q: string) => searchMpi(index, q, { currentYear: 2026 }).map((h) => h.person.key);

describe('searchMpi', () => {
  it('finds current names partially, in any order, ignoring case and accents', () => {
    expect(find('nunez jose')).toEqual(['nunez']);
    expect(find('JOS NÚ')).toEqual(['nunez']);
    expect(find('allen, rob')).toEqual(['allen', 'allende']);
  });

  it('finds previous names and nicknames, and says so', () => {
    const hits = searchMpi(index, 'carter margaret', { currentYear: 2026 });
    expect(hits.map((h) => h.person.key)).toEqual(['oduya']);
    expect(hits[0]?.matchedOn).toContain('previous name');
    expect(find('peggy')).toEqual(['oduya']);
  });

  it('ranks a current-name match above a previous-name match', () => {
    expect(find('carter')).toEqual(['carterson', 'oduya']);
  });

  it('finds a date of birth in the forms people type, alone or with a name', () => {
    expect(find('3/14/57')).toEqual(['allen']);
    expect(find('14 Mar 1957')).toEqual(['allen']);
    expect(find('allen 04/13/1957')).toEqual(['allende']);
  });

  it('finds MRNs with or without leading zeros, and account numbers', () => {
    expect(find('0002002')).toEqual(['allende']);
    expect(find('2002')).toEqual(['allende']);
    expect(find('rg25000002')).toEqual(['nunez']);
    expect(find('RG2500000')).toEqual(['nunez', 'oduya']);
  });

  it('returns nothing for an empty query or an unknown name', () => {
    expect(find('   ')).toEqual([]);
    expect(find('zzyzx')).toEqual([]);
  });

  it('finds a name with an apostrophe, a hyphen or a space typed as one word', () => {
    const written = buildMpiIndex([
      person({ key: 'ohara', mrn: '1', name: { family: "O'Hara", given: ['Mary Ann'] }, birthDate: '1961-03-14' }),
      person({
        key: 'garcia',
        mrn: '2',
        name: { family: 'García-López', given: ['Jean-Luc'] },
        birthDate: '1961-03-14',
        previousNames: [{ family: 'de la Cruz' }],
      }),
    ]);
    const keys = (q: string) => searchMpi(written, q, { currentYear: 2026 }).map((h) => h.person.key);
    expect(keys('ohara')).toEqual(['ohara']);
    expect(keys("o'hara")).toEqual(['ohara']);
    expect(keys('maryann')).toEqual(['ohara']);
    expect(keys('garcialop jeanluc')).toEqual(['garcia']);
    expect(searchMpi(written, 'delacruz', { currentYear: 2026 })[0]?.matchedOn).toEqual(['previous name']);
  });

  it('returns the best matches up to a limit, 200 unless told, and counts them all', () => {
    const many = buildMpiIndex(
      Array.from({ length: 500 }, (_, i) =>
        person({ key: `p${i}`, mrn: String(i).padStart(7, '0'), name: { family: 'Moss', given: [`G${i}`] }, birthDate: '1960-01-01' }),
      ),
    );
    const all = searchMpiResults(many, 'moss', { currentYear: 2026 });
    expect(all.hits).toHaveLength(200);
    expect(all.total).toBe(500);
    expect(searchMpi(many, 'moss', { currentYear: 2026, limit: 3 }).map((h) => h.person.name.given[0])).toEqual(['G0', 'G1', 'G10']);
  });

  it('lists everyone in name order for an empty query', () => {
    expect(index.byName.map((p) => p.key)).toEqual([...people].sort(compareNames).map((p) => p.key));
  });

  it('says why a row is listed in the order the terms were typed, however long the query', () => {
    const long = `${'marg '.repeat(11)}peggy 0001001`;
    expect(searchMpi(index, long, { currentYear: 2026 })[0]?.matchedOn).toEqual(['alias', 'MRN']);
    expect(searchMpi(index, 'peggy 0001001', { currentYear: 2026 })[0]?.matchedOn).toEqual(['alias', 'MRN']);
    expect(searchMpi(index, '2/29/1948 carter', { currentYear: 2026 })[0]?.matchedOn).toEqual(['date of birth', 'previous name']);
  });

  it('strips an identifier to its number as the regular expressions say', () => {
    const rand = seededRandom(5);
    const chars = 'ab0012-9';
    for (let i = 0; i < 2000; i++) {
      const id = Array.from({ length: Math.floor(rand() * 8) }, () => chars[Math.floor(rand() * chars.length)]).join('');
      expect(bareId(id), id).toBe(id.replace(/^[a-z]+/, '').replace(/^0+(?=\d)/, ''));
    }
  });

  it('normalises text for comparison', () => {
    expect(normaliseText("O'Brien-Zoë  ")).toBe('o brien zoe');
  });

  it('searches 100,000 people', () => {
    const letters = (n: number) =>
      n
        .toString(26)
        .split('')
        .map((d) => String.fromCharCode(97 + parseInt(d, 26)))
        .join('');
    const many = Array.from({ length: 100_000 }, (_, i) =>
      person({
        key: `p${i}`,
        mrn: String(i).padStart(7, '0'),
        name: { family: `Fam${letters(i % 5000)}`, given: [`Giv${letters(i)}`] },
        birthDate: '1960-01-01',
      }),
    );
    const big = buildMpiIndex(many);
    expect(searchMpi(big, `fam${letters(99_999 % 5000)} giv${letters(99_999)}`, { currentYear: 2026 }).map((h) => h.person.key)).toEqual([
      'p99999',
    ]);
    expect(searchMpi(big, '0099999', { currentYear: 2026 }).map((h) => h.person.key)).toEqual(['p99999']);
  });
});
