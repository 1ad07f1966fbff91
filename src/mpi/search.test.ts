import { describe, expect, it } from 'vitest';
import {
  buildMpiIndex,
  compareNames,
  describeMatch,
  normaliseText,
  parseQuery,
  searchMpi,
  searchMpiResults,
  type MpiPerson,
} from './search.ts';
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
    // The full name finds its patient first; names that only sound like it follow, each labelled so.
    const [first, ...alike] = searchMpi(big, `fam${letters(99_999 % 5000)} giv${letters(99_999)}`, { currentYear: 2026 });
    expect(first?.person.key).toBe('p99999');
    expect(first?.matchedOn).toEqual([]);
    for (const hit of alike) expect(hit.matchedOn).toEqual(['sounds like name']);
    expect(searchMpi(big, '0099999', { currentYear: 2026 }).map((h) => h.person.key)).toEqual(['p99999']);
  });
});

describe('what a clerk types at the registration desk', () => {
  const desk = buildMpiIndex([
    person({
      key: 'ohara',
      mrn: 'LC000101',
      name: { family: "O'Hara", given: ['Siobhan'] },
      birthDate: '1970-05-01',
      identifiers: [
        { type: 'ssn-last4', value: '6602' },
        { type: 'medicare', value: '7KD3-WA6-TM29', issuer: 'CMS' },
      ],
    }),
    person({ key: 'gonzalez', mrn: 'LC000102', name: { family: 'Gonzalez', given: ['Maria', 'Elena'] }, birthDate: '1958-09-12' }),
    person({ key: 'gonzales', mrn: 'LC000103', name: { family: 'Gonzales', given: ['Maria'] }, birthDate: '1958-09-21' }),
    person({ key: 'john', mrn: 'LC000104', name: { family: 'Whitaker', given: ['John'] }, birthDate: '1980-01-01' }),
    person({ key: 'jones', mrn: 'LC000105', name: { family: 'Jones', given: ['Ada'] }, birthDate: '1981-01-01' }),
    person({ key: 'anne', mrn: 'LC000106', name: { family: 'Doyle', given: ['Anne'] }, birthDate: '1941-08-22' }),
    person({ key: 'thornton-w', mrn: 'LC000107', name: { family: 'Thornton', given: ['William'] }, birthDate: '1950-02-02' }),
    person({
      key: 'thornton',
      mrn: 'LC007203',
      name: { family: 'Thornton', given: ['Emily', 'Rose'] },
      birthDate: '1995-06-21',
      previousNames: [{ family: 'Carter', given: ['Emily', 'Rose'] }],
      aliases: [{ kind: 'nickname', given: 'Rosie' }],
      accountNumbers: ['LC25000011'],
      identifiers: [{ type: 'insurance-member', value: 'PLH-55120983-02', issuer: 'Priority Lakes HMO' }],
    }),
  ]);
  const search = (q: string, filter?: (p: MpiPerson) => boolean) => searchMpiResults(desk, q, { currentYear: 2026, filter });
  const keys = (q: string) => search(q).hits.map((h) => h.person.key);

  it('finds O’Hara typed without the apostrophe, with it, or with a space', () => {
    expect(keys('ohara')).toEqual(['ohara']);
    expect(keys("O'Hara")).toEqual(['ohara']);
    expect(keys('o hara')).toEqual(['ohara']);
    expect(search('ohara').hits[0]?.matchedOn).toEqual([]);
  });

  it('offers Gonzalez for “Gonzales”, after the spelling typed, labelled as a phonetic match', () => {
    const hits = search('gonzales maria').hits;
    expect(hits.map((h) => [h.person.key, h.matchedOn])).toEqual([
      ['gonzales', []],
      ['gonzalez', ['sounds like name']],
    ]);
    expect(describeMatch(hits[1]!.person, parseQuery('gonzales maria', 2026))).toEqual([
      { reason: 'sounds like name', term: 'gonzales', part: 'Gonzalez' },
    ]);
  });

  it('offers John for “Jon”, below the names that begin with what was typed, and not Anne', () => {
    const hits = search('jon').hits;
    expect(hits.map((h) => h.person.key)).toEqual(['jones', 'john']);
    expect(hits[1]?.matchedOn).toEqual(['sounds like name']);
    expect(keys('jon whitaker')).toEqual(['john']);
  });

  it('lets a spelling of a name’s other pronunciation find it', () => {
    expect(keys('tornton')).toEqual(['thornton', 'thornton-w']);
    expect(search('tornton').hits.every((h) => h.matchedOn[0] === 'sounds like name')).toBe(true);
  });

  it('matches by sound only from three letters: two letters sound like half the list', () => {
    expect(keys('jo')).toEqual(['jones', 'john']);
    expect(search('jo').hits.every((h) => h.matchedOn.length === 0)).toBe(true);
    expect(search('gon').hits.every((h) => h.matchedOn.length === 0)).toBe(true);
  });

  it('shows the previous name that matched as a previous name, and the alias as an alias', () => {
    const [hit] = search('carter emily').hits;
    expect(hit?.matchedOn).toEqual(['previous name']);
    expect(describeMatch(hit!.person, parseQuery('carter emily', 2026))).toEqual([
      { reason: 'previous name', term: 'carter', name: { family: 'Carter', given: ['Emily', 'Rose'] } },
    ]);
    const [rosie] = search('rosie thornton').hits;
    expect(rosie?.matchedOn).toEqual(['alias']);
    expect(describeMatch(rosie!.person, parseQuery('rosie thornton', 2026))).toEqual([
      { reason: 'alias', term: 'rosie', alias: { kind: 'nickname', given: 'Rosie' } },
    ]);
    expect(describeMatch(rosie!.person, parseQuery('emily thornton', 2026))).toEqual([]);
    const [karter] = search('karter').hits;
    expect(karter?.matchedOn).toEqual(['sounds like previous name']);
    expect(describeMatch(karter!.person, parseQuery('karter', 2026))[0]).toMatchObject({
      reason: 'sounds like previous name',
      term: 'karter',
    });
  });

  it('finds SSN last four, Medicare and insurance member IDs with or without their dashes, and says which matched', () => {
    expect(keys('6602')).toEqual(['ohara']);
    expect(search('6602').hits[0]?.matchedOn).toEqual(['identifier']);
    expect(keys('7KD3-WA6')).toEqual(['ohara']);
    expect(keys('7kd3wa6tm29')).toEqual(['ohara']);
    const [member] = search('plh55120983').hits;
    expect(member?.person.key).toBe('thornton');
    expect(describeMatch(member!.person, parseQuery('plh55120983', 2026))).toEqual([
      {
        reason: 'identifier',
        term: 'plh55120983',
        identifier: { type: 'insurance-member', value: 'PLH-55120983-02', issuer: 'Priority Lakes HMO' },
      },
    ]);
    const [account] = search('lc2500').hits;
    expect(describeMatch(account!.person, parseQuery('lc2500', 2026))).toEqual([
      { reason: 'account number', term: 'lc2500', value: 'LC25000011' },
    ]);
  });

  it('keeps only the patients a filter accepts, and counts only them', () => {
    const results = search('maria', (p) => p.mrn === 'LC000102');
    expect(results.hits.map((h) => h.person.key)).toEqual(['gonzalez']);
    expect(results.total).toBe(1);
    expect(search('ohara', (p) => p.mrn === 'LC000102')).toEqual({ hits: [], total: 0 });
  });
});
