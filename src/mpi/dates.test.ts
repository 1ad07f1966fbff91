import { describe, expect, it } from 'vitest';
import { ageOn, parseTypedDate } from './dates.ts';

describe('parseTypedDate', () => {
  it.each([
    ['03/14/1957', '1957-03-14'],
    ['3/14/57', '1957-03-14'],
    ['1957-03-14', '1957-03-14'],
    ['03-14-1957', '1957-03-14'],
    ['03.14.1957', '1957-03-14'],
    ['03141957', '1957-03-14'],
    ['14 Mar 1957', '1957-03-14'],
    ['March 14, 1957', '1957-03-14'],
    ['mar 14 57', '1957-03-14'],
    ['1/2/19', '2019-01-02'],
  ])('reads %s as %s', (typed, iso) => {
    expect(parseTypedDate(typed, 2026)).toBe(iso);
  });

  it('puts two-digit years in the century that is not in the future', () => {
    expect(parseTypedDate('7/4/26', 2026)).toBe('2026-07-04');
    expect(parseTypedDate('7/4/27', 2026)).toBe('1927-07-04');
  });

  it('refuses impossible dates and words', () => {
    expect(parseTypedDate('02/30/1990', 2026)).toBeUndefined();
    expect(parseTypedDate('13/01/1990', 2026)).toBeUndefined();
    expect(parseTypedDate('smith', 2026)).toBeUndefined();
    expect(parseTypedDate('0001001', 2026)).toBeUndefined();
  });
});

describe('ageOn', () => {
  it('counts whole years, birthdays included', () => {
    expect(ageOn('1957-03-14', '2025-03-13')).toBe(67);
    expect(ageOn('1957-03-14', '2025-03-14')).toBe(68);
    expect(ageOn('1948-02-29', '2025-02-28T10:00')).toBe(76);
  });
});
