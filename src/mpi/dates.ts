/**
 * Dates of birth as people type them at a registration desk: 03/14/1957, 3/14/57, 1957-03-14,
 * 03-14-1957, 03.14.1957, 14 Mar 1957, March 14, 1957, 03141957. US order (month first) for
 * slashed numeric forms, as US facilities write dates. Two-digit years are placed in the century
 * that does not put the birth in the future. Pure; the current year is passed in.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1850 || year > 2200) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(text: string, currentYear: number): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  const century = Math.floor(currentYear / 100) * 100;
  return century + y > currentYear ? century - 100 + y : century + y;
}

function monthNumber(word: string): number | undefined {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i === -1 ? undefined : i + 1;
}

/** Returns the ISO date the text means, or undefined when it is not (only) a date. */
export function parseTypedDate(input: string, currentYear: number): string | undefined {
  const text = input.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text);
  if (m) return iso(fullYear(m[3]!, currentYear), Number(m[1]), Number(m[2]));
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (m) return iso(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{2}|\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    return month === undefined ? undefined : iso(fullYear(m[3]!, currentYear), month, Number(m[1]));
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}) (\d{2}|\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month === undefined ? undefined : iso(fullYear(m[3]!, currentYear), month, Number(m[2]));
  }
  return undefined;
}

/** Age in whole years on a given date (ISO strings). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.slice(0, 10).split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
