import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCodeSearchIndex, looksLikeCode, searchCodes, searchCodesExhaustive, type SearchableEntry } from './search.ts';
import { formatCode } from './model.ts';
import { sharedData } from '../../tests/helpers/shared-data.ts';

const e = (code: string, title: string, billable = true, inclusionTerms?: string[]): SearchableEntry => ({
  code,
  title,
  billable,
  kind: billable ? 'code' : 'header',
  ...(inclusionTerms ? { inclusionTerms } : {}),
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
  const full = buildCodeSearchIndex(
    'ICD-10-CM',
    lines.map((l) => e(l.slice(6, 13).trim(), l.slice(77).trim(), l[14] === '1')),
  );

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

describe('searchCodes as coders type', () => {
  const more = buildCodeSearchIndex('ICD-10-CM', [
    ...FIXTURE,
    e('S72001', 'Fracture of unspecified part of neck of right femur', false),
    e('R509', 'Fever, unspecified', true, ['Fever NOS', 'Pyrexia NOS']),
    e('R6883', 'Chills (without fever)'),
    e('A759', 'Typhus fever, unspecified', true, ['Typhus (fever) NOS']),
    e('R569', 'Unspecified convulsions', true, ['Fit NOS', 'Seizure(s) (convulsive) NOS']),
    e('G4089', 'Other seizures'),
    e('F1010', 'Alcohol abuse, uncomplicated'),
    e('F10129', 'Alcohol abuse with intoxication, unspecified'),
  ]);
  const first = (q: string, n = 1) => searchCodes(more, q, { limit: n }).map((h) => h.entry.code);

  it('reads coder shorthand: dm2, dm1, "w" and "w/" for with, "w/o" for without', () => {
    expect(first('dm2 w ckd')).toEqual(['E1122']);
    expect(first('dm2 w/ckd')).toEqual(['E1122']);
    expect(first('dm1 w/o coma')).toEqual(['E1010']);
    expect(first('copd w/ exacerbation')).toEqual(['J441']);
  });

  it('forgives a typing mistake in a word that begins no word, as typed or half typed', () => {
    expect(first('hert failure')).toEqual(['I509']);
    expect(first('atrial fibrilation')).toEqual(['I4891']);
    expect(first('diabetis type 2')).toEqual(['E119']);
    expect(first('gastro esophagael')).toEqual(['K219']);
    // A word that begins some word is taken as typed.
    expect(first('zebra')).toEqual([]);
  });

  it('does not let the words of a 7th character make a code less of a match than its header', () => {
    expect(first('fracture neck right femur', 3)).toEqual(['S72001A', 'S72001', 'S72001S']);
  });

  it('counts words in parentheses only when the query has them (OGCR I.A.7): "Chills (without fever)" is not the code for fever', () => {
    expect(first('fever')).toEqual(['R509']);
    expect(first('chills without fever')).toEqual(['R6883']);
  });

  it('takes an inclusion term holding every query word as another name for the code', () => {
    expect(first('seizure')).toEqual(['R569']);
    expect(searchCodes(more, 'seizure', { limit: 1 })[0]?.matchedTerm).toBe('Seizure(s) (convulsive) NOS');
  });

  it('takes "uncomplicated" as the default "without" is, unless "with" is asked for', () => {
    expect(first('alcohol abuse')).toEqual(['F1010']);
    expect(first('alcohol abuse with intoxication')).toEqual(['F10129']);
  });

  it('gives, keystroke by keystroke, exactly the hits of scoring every candidate', () => {
    for (const query of ['type 2 dm with ckd', 'fracture neck right femur', 'congestive heart', 'pnuemonia', 'alcohol abuse', 'chf w/o']) {
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        for (const options of [{ limit: 3 }, { limit: 2, billableOnly: true }]) {
          expect(searchCodes(more, typed, options), typed).toEqual(searchCodesExhaustive(more, typed, options));
        }
      }
    }
  });
});

describe('searchCodes reads "with" and "without" as a coder does', () => {
  const appendix = buildCodeSearchIndex('ICD-10-CM', [
    e('K352', 'Acute appendicitis with generalized peritonitis', false),
    e('K3530', 'Acute appendicitis with localized peritonitis, without perforation or gangrene'),
    e('K3531', 'Acute appendicitis with localized peritonitis and gangrene, without perforation'),
    e('K3532', 'Acute appendicitis with perforation and localized peritonitis, without abscess'),
    e('K3533', 'Acute appendicitis with perforation and localized peritonitis, with abscess'),
    e('K35890', 'Other acute appendicitis without perforation or gangrene'),
    e('K35891', 'Other acute appendicitis without perforation, with gangrene'),
    e('I509', 'Heart failure, unspecified'),
    e('I110', 'Hypertensive heart disease with heart failure'),
    e('I119', 'Hypertensive heart disease without heart failure'),
    e('I10', 'Essential (primary) hypertension'),
  ]);
  const ranked = (q: string, n: number) => searchCodes(appendix, q, { limit: n }).map((h) => h.entry.code);

  it('ranks the codes "with perforation" first for "appendicitis with perforation", not those "without perforation"', () => {
    expect(ranked('appendicitis with perforation', 2).sort()).toEqual(['K3532', 'K3533']);
    expect(ranked('appendicitis w perforation', 2).sort()).toEqual(['K3532', 'K3533']);
  });

  it('ranks the codes "without perforation" first when that is asked for', () => {
    expect(ranked('appendicitis without perforation', 4).sort()).toEqual(['K3530', 'K3531', 'K35890', 'K35891']);
    expect(ranked('appendicitis w/o perforation', 4).sort()).toEqual(['K3530', 'K3531', 'K35890', 'K35891']);
  });

  it('never puts a "without heart failure" code first for chf, nor above the "with heart failure" one', () => {
    const hits = ranked('chf', 5);
    expect(hits[0]).toBe('I509');
    expect(hits.indexOf('I110')).toBeLessThan(hits.indexOf('I119') === -1 ? Infinity : hits.indexOf('I119'));
    expect(ranked('hypertensive heart disease chf', 1)).toEqual(['I110']);
    expect(ranked('hypertensive heart disease without chf', 1)).toEqual(['I119']);
  });
});
