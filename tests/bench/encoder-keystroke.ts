/**
 * The encoder's search per keystroke: every prefix of a coder's query ("f", "fr", "fra", …
 * "fracture of right femur") is one search, as the encoder runs it while the coder types. Over the
 * full ICD-10-CM release in ../shared (FY2021 tabular list and order file, read by
 * src/codes/import-release.ts as the app reads them), the same entries (code, title, inclusion
 * terms) and the same keystrokes for:
 *
 * - Record Room's codes/search, with the encoder's limit;
 * - FlexSearch 0.8 as its documentation sets it up for search as you type (its auto-complete demo):
 *   a Document whose fields are tokenized `forward`, the `match` preset, searched with `suggest`;
 * - MiniSearch 7.2 as its documentation sets it up for search as you type: `prefix: true`,
 *   `fuzzy: 0.2`, `combineWith: 'AND'`, the title boosted.
 *
 * Each run builds every index afresh (so nothing is remembered from the run before: Record Room
 * keeps the entries of recent query words, FlexSearch's cache keeps whole queries) and types the
 * whole query set once; the figures are over all keystrokes of all runs, in milliseconds, with the
 * spread of each run's p95. The queries are kept apart from the accuracy test's
 * (tests/codesets/encoder-queries.test.ts), and the ranking was not tuned on them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { Document } from 'flexsearch';
import { importRelease } from '../../src/codes/import-release.ts';
import { buildCodeSearchIndex, searchCodes, searchCodesExhaustive, type SearchableEntry } from '../../src/codes/search.ts';
import { gc, quantile, show, table } from './stats.ts';

/** Queries as coders type them into the encoder, with the code each is after (FY2021). */
export const KEYSTROKE_QUERIES: readonly (readonly [query: string, code: string])[] = [
  ['fracture of right femur', 'S7291XA'],
  ['congestive heart failure', 'I509'],
  ['chronic obstructive pulmonary disease exacerbation', 'J441'],
  ['type 2 diabetes mellitus with diabetic nephropathy', 'E1121'],
  ['essential hypertension', 'I10'],
  ['urinary tract infection', 'N390'],
  ['acute kidney injury', 'N179'],
  ['pneumonia due to streptococcus pneumoniae', 'J13'],
  ['sepsis due to pseudomonas', 'A4152'],
  ['mixed hyperlipidemia', 'E782'],
  ['gastroesophageal reflux', 'K219'],
  ['major depressive disorder recurrent moderate', 'F331'],
  ['generalized anxiety disorder', 'F411'],
  ['chronic kidney disease stage 4', 'N184'],
  ['atrial fibrillation', 'I4891'],
  ['acute myocardial infarction', 'I219'],
  ['ischemic stroke', 'I639'],
  ['lumbar radiculopathy', 'M5416'],
  ['osteoarthritis of right hip', 'M1611'],
  ['sprain of left ankle', 'S93402A'],
  ['laceration of left hand', 'S61412A'],
  ['chest pain on breathing', 'R071'],
  ['shortness of breath', 'R0602'],
  ['e11.9', 'E119'],
  ['z79.4', 'Z794'],
  ['vitamin d deficiency', 'E559'],
  ['obstructive sleep apnea', 'G4733'],
  ['iron deficiency anemia secondary to blood loss', 'D500'],
  ['diabetes with hyperglycemia', 'E1165'],
  ['encounter for immunization', 'Z23'],
  ['personal history of nicotine dependence', 'Z87891'],
  ['body mass index 40', 'Z6841'],
  ['dementia without behavioral disturbance', 'F0390'],
  ['acute bronchitis', 'J209'],
  ['cellulitis of face', 'L03211'],
  ['influenza', 'J111'],
];

/** Every prefix of a query: one search per keystroke. */
export function keystrokes(query: string): string[] {
  return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
}

export interface KeystrokeBenchOptions {
  /** How many times the whole query set is typed, each time into freshly built indexes. */
  runs?: number;
  /** Hits asked for per keystroke (the encoder shows 40). */
  limit?: number;
  /** The folder holding the ICD-10-CM release. */
  folder?: string;
}

interface Engine {
  name: string;
  build: (entries: readonly SearchableEntry[]) => (query: string) => string[];
}

function engines(limit: number): Engine[] {
  return [
    {
      name: 'Record Room codes/search',
      build: (entries) => {
        const index = buildCodeSearchIndex('ICD-10-CM', entries);
        return (q) => searchCodes(index, q, { limit }).map((h) => h.entry.code);
      },
    },
    {
      name: "FlexSearch 0.8 (Document, tokenize 'forward', preset 'match', suggest)",
      build: (entries) => {
        const flex = new Document({
          preset: 'match',
          cache: true,
          document: {
            id: 'id',
            index: [
              { field: 'code', tokenize: 'forward' },
              { field: 'title', tokenize: 'forward' },
              { field: 'terms', tokenize: 'forward' },
            ],
          },
        });
        entries.forEach((e, id) => flex.add({ id, code: e.code, title: e.title, terms: (e.inclusionTerms ?? []).join('; ') }));
        return (q) => flex.search(q, { limit, suggest: true, merge: true }).map((r) => entries[Number(r.id)]!.code);
      },
    },
    {
      name: 'MiniSearch 7.2 (prefix, fuzzy 0.2, AND, title boosted)',
      build: (entries) => {
        const mini = new MiniSearch<{ id: number; code: string; title: string; terms: string }>({
          fields: ['code', 'title', 'terms'],
          storeFields: ['code'],
          searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 2 } },
        });
        mini.addAll(entries.map((e, id) => ({ id, code: e.code, title: e.title, terms: (e.inclusionTerms ?? []).join('; ') })));
        return (q) =>
          mini
            .search(q)
            .slice(0, limit)
            .map((r) => r['code'] as string);
      },
    },
  ];
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 3 : 1)} ms`;

/** Reads the release, types the query set into each engine `runs` times, and prints the figures. */
export async function encoderKeystrokeBench(options: KeystrokeBenchOptions = {}): Promise<void> {
  const runs = options.runs ?? 3;
  const limit = options.limit ?? 40;
  const folder = options.folder ?? fileURLToPath(new URL('../../../shared/data/icd10cm/', import.meta.url));
  const files = ['icd10cm_tabular_2021.xml', 'icd10cm-order-Jan-2021.txt'];
  if (!files.every((f) => existsSync(`${folder}/${f}`))) {
    console.log(`\nEncoder search per keystroke: skipped, the ICD-10-CM release is missing from ${folder} (see ../shared/README.md)`);
    return;
  }
  const release = importRelease(files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${folder}/${name}`)) })));
  if (!release.ok) throw new Error(`the ICD-10-CM release does not import: ${release.problems.join('; ')}`);
  const entries = release.file.entries;
  const typed = KEYSTROKE_QUERIES.flatMap(([q]) => keystrokes(q));

  const rows: string[][] = [];
  for (const engine of engines(limit)) {
    const all: number[] = [];
    const p95s: number[] = [];
    const builds: number[] = [];
    let found = 0;
    for (let run = 0; run < runs; run++) {
      gc();
      let start = performance.now();
      const search = engine.build(entries);
      builds.push(performance.now() - start);
      gc();
      const times: number[] = [];
      for (const [query, code] of KEYSTROKE_QUERIES) {
        let last: string[] = [];
        for (const prefix of keystrokes(query)) {
          start = performance.now();
          last = search(prefix);
          times.push(performance.now() - start);
        }
        if (run === 0 && last.slice(0, 5).includes(code)) found++;
      }
      all.push(...times);
      p95s.push(quantile(times, 0.95));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const within = all.filter((t) => t <= 2).length;
    rows.push([
      engine.name,
      show('ms', builds),
      ms(quantile(all, 0)),
      ms(quantile(all, 0.5)),
      ms(quantile(all, 0.95)),
      ms(quantile(all, 1)),
      show('ms', p95s),
      `${((100 * within) / all.length).toFixed(1)} %`,
      `${found}/${KEYSTROKE_QUERIES.length}`,
    ]);
  }
  table(
    `Encoder search per keystroke: ICD-10-CM FY2021 (tabular list + order file), ${entries.length.toLocaleString('en-US')} entries; ` +
      `${KEYSTROKE_QUERIES.length} queries typed a character at a time = ${typed.length} keystrokes × ${runs} runs, each into fresh indexes; limit ${limit}. ` +
      `Index build and p95 per run: min / median / max over the runs; min, median, p95, max: over every keystroke of every run`,
    [
      'engine',
      'index build (min / median / max)',
      'min',
      'median',
      'p95',
      'max',
      'p95 per run (min / median / max)',
      'keystrokes ≤ 2 ms',
      'full query: expected code in top 5',
    ],
    rows,
  );

  // The fast path (bounds, early stop, lists kept between keystrokes) gives exactly what scoring every candidate gives.
  const index = buildCodeSearchIndex('ICD-10-CM', entries);
  const same = typed.filter(
    (q) => JSON.stringify(searchCodes(index, q, { limit })) === JSON.stringify(searchCodesExhaustive(index, q, { limit })),
  ).length;
  console.log(`Record Room: ${same}/${typed.length} keystrokes give exactly the hits of scoring every candidate and sorting them all.`);
}
