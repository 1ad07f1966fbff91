import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCodeSearchIndex, looksLikeCode, searchCodes, type SearchableEntry } from './search.ts';
import { formatCode } from './model.ts';
import { sharedData } from '../../tests/helpers/shared-data.ts';

const e = (code: string, title: string, billable = true, inclusionTerms?: string[]): SearchableEntry => ({
  code, title, billable, kind: billable ? 'code' : 'header', ...(inclusionTerms ? { inclusionTerms } : {}),
});

const FIXTURE = [
  e('E11', 'Type 2 diabetes mellitus', false),
  e('E119', 'Type 2 diabetes mellitus without complications'),
  e('E1122', 'Type 2 diabetes mellitus with diabetic chronic kidney disease'),
  e('E1010', 'Type 1 diabetes mellitus with ketoacidosis without coma'),
  e('O24419', 'Gestational diabetes mellitus in pregnancy, unspecified control'),
  e('I509', 'Heart failure, unspecified', true, ['Congestive heart disease NOS', 'Congestive heart failure NOS']),
  e('I5023', 'Acute on chronic systolic (congestive) heart failure'),
  e('J441', 'Chronic obstructive pulmonary disease with (acute) exacerbation'),
  e('K219', 'Gastro-esophageal reflux disease without esophagitis'),
  e('I4891', 'Unspecified atrial fibrillation'),
  e('I214', 'Non-ST elevation (NSTEMI) myocardial infarction'),
  e('S72001A', 'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture'),
  e('S72001S', 'Fracture of unspecified part of neck of right femur, sequela'),
  e('N390', 'Urinary tract infection, site not specified'),
];
const index = buildCodeSearchIndex('ICD-10-CM', FIXTURE);
const top = (q: string, n = 1) => searchCodes(index, q, { limit: n }).map((h) => h.entry.code);

describe('searchCodes', () => {
  it('finds a code with or without the dot, in any case, and lists codes under a prefix', () => {
    expect(top('E11.22')).toEqual(['E1122']);
    expect(top('e1122')).toEqual(['E1122']);
    // In code order, as the tabular list and the order file give them.
    expect(top('E11', 5)).toEqual(['E11', 'E1122', 'E119']);
    expect(top('e11.', 5)).toEqual(['E11', 'E1122', 'E119']);
  });

  it('finds words in any order and as prefixes', () => {
    expect(top('heart failure systolic acute')).toEqual(['I5023']);
    expect(top('fract neck femur right')).toEqual(['S72001A']);
  });

  it('expands the abbreviations coders use', () => {
    expect(top('COPD exacerbation')).toEqual(['J441']);
    expect(top('GERD')).toEqual(['K219']);
    expect(top('afib')).toEqual(['I4891']);
    expect(top('NSTEMI')).toEqual(['I214']);
    expect(top('UTI')).toEqual(['N390']);
    expect(top('type 2 dm with ckd')).toEqual(['E1122']);
    expect(top('dka type 1')).toEqual(['E1010']);
  });

  it('ranks the likely code first: default type 2, not pregnancy, initial encounter, billable', () => {
    expect(top('DM', 2)).toEqual(['E119', 'E1122']);
    expect(top('fracture neck right femur', 2)).toEqual(['S72001A', 'S72001S']);
    expect(top('gestational diabetes')).toEqual(['O24419']);
  });

  it('finds inclusion terms and says which one matched', () => {
    const [hit] = searchCodes(index, 'congestive heart disease', { limit: 1 });
    expect(hit?.entry.code).toBe('I509');
    expect(hit?.matchedTerm).toBe('Congestive heart disease NOS');
  });

  it('can keep to billable codes, and finds nothing for nonsense', () => {
    expect(top('E11', 5).includes('E11')).toBe(true);
    expect(searchCodes(index, 'E11', { billableOnly: true }).map((h) => h.entry.code)).toEqual(['E1122', 'E119']);
    expect(top('zebra')).toEqual([]);
    expect(top('   ')).toEqual([]);
  });

  it('tells codes from words', () => {
    expect(looksLikeCode('ICD-10-CM', 'e11.9')).toBe(true);
    expect(looksLikeCode('ICD-10-CM', 'copd')).toBe(false);
    expect(formatCode('ICD-10-CM', 'S72001A')).toBe('S72.001A');
    expect(formatCode('ICD-10-PCS', '0FT44ZZ')).toBe('0FT44ZZ');
  });
});

const orderFile = sharedData('icd10cm/icd10cm-order-Jan-2021.txt');

describe.skipIf(!orderFile.available)('searchCodes over the full FY2021 ICD-10-CM order file', () => {
  const lines = orderFile.available ? readFileSync(orderFile.path, 'latin1').split(/\r?\n/).filter(Boolean) : [];
  const full = buildCodeSearchIndex('ICD-10-CM', lines.map((l) => e(l.slice(6, 13).trim(), l.slice(77).trim(), l[14] === '1')));

  it.each([
    ['DM', 'E119'],
    ['CHF', 'I509'],
    ['acute on chronic systolic chf', 'I5023'],
    ['COPD exacerbation', 'J441'],
    ['GERD', 'K219'],
    ['afib', 'I4891'],
    ['NSTEMI', 'I214'],
    ['pneumonia', 'J189'],
    ['sepsis', 'A419'],
    ['UTI', 'N390'],
    ['type 2 dm with ckd', 'E1122'],
    ['acute cholecystitis', 'K810'],
  ])('puts the likely code for "%s" first (%s)', (query, code) => {
    expect(searchCodes(full, query, { limit: 1 })[0]?.entry.code).toBe(code);
  });
});
