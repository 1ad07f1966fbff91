import { describe, expect, it } from 'vitest';
import { typoAllowance, typoMatches } from './search-typos.ts';

const WORDS = [
  'asthma',
  'asthmatic',
  'heart',
  'hemorrhage',
  'hemorrhoids',
  'pneumococcal',
  'pneumonia',
  'pneumonitis',
  'puerperal',
  'tension',
].sort();
const found = (typed: string, max = typoAllowance(typed.length)) =>
  typoMatches(WORDS, typed, max).map((m) => [WORDS[m.id], m.distance, m.whole]);

describe('typoMatches', () => {
  it('counts a swap of two letters as one edit, and finds the word misspelt in full', () => {
    expect(found('pnuemonia')).toEqual([['pneumonia', 1, true]]);
    expect(found('hemorroids')).toEqual([['hemorrhoids', 1, true]]);
  });

  it('finds the words a misspelt beginning begins, not as whole words', () => {
    expect(found('pnuem')).toEqual([
      ['pneumococcal', 1, false],
      ['pneumonia', 1, false],
      ['pneumonitis', 1, false],
    ]);
  });

  it('keeps only the nearest words, within the allowance for the length', () => {
    expect(found('athsma')).toEqual([
      ['asthma', 2, true],
      ['asthmatic', 2, false],
    ]);
    expect(found('athsma', 1)).toEqual([]);
    expect(typoAllowance(3)).toBe(0);
    expect(typoAllowance(5)).toBe(1);
    expect(typoAllowance(9)).toBe(2);
  });

  it('takes the first letter as typed, and finds nothing for what is nowhere near', () => {
    expect(found('eart')).toEqual([]);
    expect(found('zebra')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});
