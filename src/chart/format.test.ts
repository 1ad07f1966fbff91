/** One format per kind of value: dates, date-times and recorded instants; counts; provider names. */
import { describe, expect, it } from 'vitest';
import {
  DISPOSITION_LABELS,
  formatDate,
  formatDateTime,
  formatProviderName,
  formatProviderWithSpecialty,
  formatTimestamp,
  plural,
} from './format.ts';
import type { Provider } from './model.ts';

describe('dates (the suite runs in UTC)', () => {
  it('writes a calendar date, a chart date-time and a recorded instant each one way', () => {
    expect(formatDate('1957-03-14')).toBe('03/14/1957');
    expect(formatDateTime('2025-03-14T14:05')).toBe('03/14/2025 14:05');
    expect(formatTimestamp('2025-03-14T14:05:07.120Z')).toBe('03/14/2025 14:05:07');
  });

  it('writes nothing for a missing value, and text that is no instant as it is', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatTimestamp(undefined)).toBe('');
    expect(formatTimestamp('yesterday')).toBe('yesterday');
  });
});

describe('plural', () => {
  it('agrees the noun with the count, grouping thousands', () => {
    expect(plural(1, 'document')).toBe('1 document');
    expect(plural(0, 'document')).toBe('0 documents');
    expect(plural(1_200, 'patient')).toBe('1,200 patients');
    expect(plural(2, 'discharge summary', 'discharge summaries')).toBe('2 discharge summaries');
  });
});

describe('provider names', () => {
  const adams: Pick<Provider, 'name' | 'credentials' | 'specialty'> = {
    name: { family: 'Adams', given: ['Helen'], prefix: 'Dr.' },
    credentials: 'MD',
    specialty: 'Internal Medicine',
  };
  const imported: Pick<Provider, 'name' | 'credentials' | 'specialty'> = {
    name: { family: 'Emard', given: ['Irvin'], prefix: 'Dr.' },
    credentials: 'Not recorded',
    specialty: 'Not recorded',
  };

  it('writes "Name, credentials" when the credentials are recorded', () => {
    expect(formatProviderName(adams)).toBe('Helen Adams, MD');
    expect(formatProviderWithSpecialty(adams)).toBe('Helen Adams, MD (Internal Medicine)');
  });

  it('never prints "Not recorded" (or an empty credential) after a name: the title stands in', () => {
    expect(formatProviderName(imported)).toBe('Dr. Irvin Emard');
    expect(formatProviderWithSpecialty(imported)).toBe('Dr. Irvin Emard');
    expect(formatProviderName({ name: { family: 'Provider', given: ['Unknown'] }, credentials: ' ' })).toBe('Unknown Provider');
  });

  it('has words for every discharge disposition', () => {
    expect(DISPOSITION_LABELS['home-health']).toBe('Home with home health services');
    expect(Object.values(DISPOSITION_LABELS).every((label) => label.length > 0)).toBe(true);
  });
});
