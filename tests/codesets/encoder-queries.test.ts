/**
 * The encoder's search over the full official ICD-10-CM release (FY2021, tabular list and order
 * file from ../shared, read by importRelease as the app reads them), with queries as coders type
 * them: the abbreviations and shorthand of the trade, everyday phrasings, and the misspellings people
 * make. Each has the code an experienced coder would pick for it with nothing more documented; it
 * must be among the first five hits. These queries are kept apart from the keystroke bench's
 * (tests/bench/encoder-keystroke.ts).
 *
 * Keystroke by keystroke the fast search must give exactly what scoring every candidate gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRelease } from '../../src/codes/import-release.ts';
import { buildCodeSearchIndex, searchCodes, searchCodesExhaustive, type CodeSearchIndex } from '../../src/codes/search.ts';
import { sharedData } from '../helpers/shared-data.ts';

/** [what the coder types, the code expected in the first five] */
const CODER_QUERIES: readonly (readonly [string, string])[] = [
  // Abbreviations and shorthand.
  ['chf acute on chronic diastolic', 'I5033'],
  ['dm2 w ckd', 'E1122'],
  ['dm2 w hyperglycemia', 'E1165'],
  ['dm 2 with neuropathy', 'E1140'],
  ['t1dm w dka', 'E1010'],
  ['paroxysmal afib', 'I480'],
  ['chronic afib', 'I4820'],
  ['htn', 'I10'],
  ['htn w ckd', 'I129'],
  ['hld', 'E785'],
  ['aki', 'N179'],
  ['esrd', 'N186'],
  ['ckd stage 3', 'N1830'],
  ['osa', 'G4733'],
  ['bph', 'N400'],
  ['mdd recurrent severe', 'F332'],
  ['ptsd', 'F4310'],
  ['adhd', 'F909'],
  ['ra', 'M069'],
  ['oa knee', 'M179'],
  ['dvt', 'I82409'],
  ['gi bleed', 'K922'],
  ['hiv', 'B20'],
  ['tia', 'G459'],
  ['cva', 'I639'],
  ['mrsa sepsis', 'A4102'],
  ['sob', 'R0602'],
  ['uri', 'J069'],
  ['stemi', 'I213'],
  ['cad', 'I2510'],
  ['cellulitis rle', 'L03115'],
  ['ruq pain', 'R1011'],
  ['hx fall', 'Z9181'],
  ['dm2 w polyneuropathy', 'E1142'],
  ['copd w acute exacerbation', 'J441'],
  ['gerd w esophagitis', 'K2100'],
  // Misspellings.
  ['pnuemonia', 'J189'],
  ['diabetis type 2', 'E119'],
  ['hypertention', 'I10'],
  ['cholecistitis acute', 'K810'],
  ['athsma', 'J45909'],
  ['alzheimers', 'G309'],
  ['anaemia', 'D649'],
  ['diarrea', 'R197'],
  ['hemorroids', 'K649'],
  ['osteoperosis', 'M810'],
  ['migrane', 'G43909'],
  // Everyday phrasings.
  ['colles fracture right', 'S52531A'],
  ['acute respiratory failure with hypoxia', 'J9601'],
  ['hypokalemia', 'E876'],
  ['hyponatremia', 'E871'],
  ['dehydration', 'E860'],
  ['morbid obesity', 'E6601'],
  ['chest pain', 'R079'],
  ['syncope', 'R55'],
  ['low back pain', 'M545'],
  ['anxiety', 'F419'],
  ['depression', 'F329'],
  ['type 2 diabetes with foot ulcer', 'E11621'],
  ['nicotine dependence cigarettes', 'F17210'],
  ['alcohol abuse', 'F1010'],
  ['opioid dependence', 'F1120'],
  ['sepsis due to e coli', 'A4151'],
  ['hypothyroidism', 'E039'],
  ['iron deficiency anemia', 'D509'],
  ['covid 19', 'U071'],
  ['atrial flutter', 'I4892'],
  ['routine child health exam', 'Z00129'],
  ['abdominal pain', 'R109'],
  ['nausea and vomiting', 'R112'],
  ['breast cancer', 'C50919'],
  ['constipation', 'K5900'],
  ['fever', 'R509'],
  ['pressure ulcer sacral stage 3', 'L89153'],
  ['hypertensive heart disease with heart failure', 'I110'],
  ['seizure', 'R569'],
  ['epilepsy', 'G40909'],
  ['otitis media', 'H6690'],
  ['acute sinusitis', 'J0190'],
  ['strep throat', 'J020'],
];

const folder = 'icd10cm';
const tabular = sharedData(`${folder}/icd10cm_tabular_2021.xml`);
const order = sharedData(`${folder}/icd10cm-order-Jan-2021.txt`);

describe.skipIf(!tabular.available || !order.available)('the encoder search over the full FY2021 ICD-10-CM release', () => {
  let index: CodeSearchIndex | undefined;
  const full = () => {
    if (!index) {
      const release = importRelease(
        [tabular.path, order.path].map((path) => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) })),
      );
      if (!release.ok) throw new Error(release.problems.join('; '));
      index = buildCodeSearchIndex('ICD-10-CM', release.file.entries);
    }
    return index;
  };

  it('has at least 40 coder queries, each expecting a billable code of the release', { timeout: 60_000 }, () => {
    expect(CODER_QUERIES.length).toBeGreaterThanOrEqual(40);
    const byCode = new Map(full().entries.map((e) => [e.code, e]));
    for (const [, code] of CODER_QUERIES) expect(byCode.get(code)?.billable, code).toBe(true);
  });

  it.each(CODER_QUERIES)('puts the code for "%s" in the first five (%s)', (query, code) => {
    expect(searchCodes(full(), query, { limit: 5 }).map((h) => h.entry.code)).toContain(code);
  });

  it('puts most of them first', () => {
    const first = CODER_QUERIES.filter(([query, code]) => searchCodes(full(), query, { limit: 1 })[0]?.entry.code === code).length;
    // 70 of the 80 when written; fewer means the ranking got worse.
    expect(first).toBeGreaterThanOrEqual(70);
  });

  it('reads "with" and "without": "appendicitis with perforation" puts the with-perforation codes first; "chf" no "without heart failure" code', () => {
    const titles = (query: string, n: number) => searchCodes(full(), query, { limit: n }).map((h) => `${h.entry.code} ${h.entry.title}`);
    const perforation = titles('appendicitis with perforation', 2);
    expect(perforation).toEqual([
      'K3532 Acute appendicitis with perforation and localized peritonitis, without abscess',
      'K3533 Acute appendicitis with perforation and localized peritonitis, with abscess',
    ]);
    expect(titles('appendicitis without perforation', 4).every((t) => /without perforation/.test(t))).toBe(true);
    const chf = titles('chf', 10);
    expect(chf[0]).toBe('I509 Heart failure, unspecified');
    const withHf = chf.findIndex((t) => t.startsWith('I110 '));
    const withoutHf = chf.findIndex((t) => / without heart failure/.test(t));
    expect(withoutHf === -1 || (withHf !== -1 && withHf < withoutHf)).toBe(true);
  });

  it(
    'gives, at every keystroke of these queries, exactly the hits of scoring every candidate and sorting them all',
    { timeout: 120_000 },
    () => {
      const search = full();
      let keystrokes = 0;
      for (const [query] of CODER_QUERIES) {
        for (let i = 1; i <= query.length; i++) {
          const typed = query.slice(0, i);
          expect(searchCodes(search, typed, { limit: 40 }), typed).toEqual(searchCodesExhaustive(search, typed, { limit: 40 }));
          keystrokes++;
        }
        expect(searchCodes(search, query, { limit: 5, billableOnly: true }), query).toEqual(
          searchCodesExhaustive(search, query, { limit: 5, billableOnly: true }),
        );
      }
      expect(keystrokes).toBeGreaterThan(900);
    },
  );
});
