/**
 * The FHIR part of `npm run bench`, in real Chromium (IndexedDB as trainees have it), driving
 * tests/bench/browser/fhir-bench.ts: the bulk export folder imported into IndexedDB end to end
 * (importFhir → pack checks → normalise → installPack), R runs, beside raw Dexie bulkPut of the same
 * rows (the same tables and indexes in one transaction; one primary-key-only table); then the heap
 * a 1,000-patient population (the bulk set cloned with new identities) takes once imported and
 * installed, with installPack and the same-schema bulkPut of its rows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { openBenchPage } from './chromium-page.ts';
import { perSecond, ratio, sameUnit, spread, table, thousands } from './stats.ts';

export interface FhirBenchFigures {
  /** One entry per run of the bulk folder. */
  bulk: Record<string, number>[];
  /** One entry per population run. */
  population: Record<string, number>[];
  heapBeforeMb: number[];
  heapWithPopulationMb: number[];
  heapAfterDropMb: number[];
}

export async function fhirChromiumBench(
  bulkFolder: string,
  options: { size?: number; runs?: number; populationRuns?: number } = {},
): Promise<FhirBenchFigures> {
  const { size = 1_000, runs = 5, populationRuns = 1 } = options;
  // The 1,000-patient population needs more than V8's default heap.
  const bench = await openBenchPage('tests/bench/browser/fhir-bench.html', 'fhirBench', ['--max-old-space-size=8192']);
  try {
    const { page } = bench;
    const inputs = readdirSync(bulkFolder)
      .filter((f) => f.endsWith('.ndjson'))
      .sort()
      .map((name) => ({ name, text: readFileSync(`${bulkFolder}/${name}`, 'utf8') }));
    await page.evaluate((i) => window.fhirLoad(i), inputs);
    const figures: FhirBenchFigures = { bulk: [], population: [], heapBeforeMb: [], heapWithPopulationMb: [], heapAfterDropMb: [] };
    for (let run = 0; run < runs; run++) figures.bulk.push(await page.evaluate((r) => window.fhirBench(r), run));
    for (let run = 0; run < populationRuns; run++) {
      figures.heapBeforeMb.push(await bench.heapAfterGcMb());
      figures.population.push(await page.evaluate(([n, r]) => window.fhirPopulation(n, r), [size, run] as const));
      figures.heapWithPopulationMb.push(await bench.heapAfterGcMb());
      await page.evaluate(() => (window as unknown as { dropPopulation: () => void }).dropPopulation());
      figures.heapAfterDropMb.push(await bench.heapAfterGcMb());
    }
    return figures;
  } finally {
    await bench.close();
  }
}

const column = (list: readonly Record<string, number>[], field: string): number[] => list.map((r) => r[field]!);

/** The bulk folder's table: rows/s beside rows/s (resources/s as an extra column), min / median / max. */
function printBulk(bulk: readonly Record<string, number>[]): void {
  const b = bulk[0]!;
  const rows = b['rows']!;
  const resources = b['resources']!;
  const msOf = (field: string) => column(bulk, field);
  const fields = ['totalMs', 'importMs', 'checkMs', 'installMs', 'rawSameSchemaMs', 'rawPrimaryKeyMs'];
  const times = sameUnit('ms', ...fields.map((f) => spread(msOf(f))));
  const rowRates = sameUnit('rows/s', ...fields.map((f) => spread(perSecond(rows, msOf(f)))));
  const resourceRates = sameUnit(
    'resources/s',
    spread(perSecond(resources, msOf('totalMs'))),
    spread(perSecond(resources, msOf('importMs'))),
  );
  const raw = perSecond(rows, msOf('rawSameSchemaMs'));
  const vsRaw = (field: string) => ratio(perSecond(rows, msOf(field)), raw);
  table(
    `FHIR bulk folder into IndexedDB in Chromium: ${thousands(resources)} resources → ${b['patients']} patients, ${thousands(b['encounters']!)} encounters, ` +
      `${thousands(b['documents']!)} documents, ${thousands(rows)} rows; ${bulk.length} runs, min / median / max; each write into a fresh database`,
    ['operation', 'time', 'rows/s (rows of the pack)', 'rows/s ÷ raw bulkPut (same schema)', 'resources/s'],
    [
      [
        'Record Room end to end: importFhir → pack checks → normalise → installPack',
        times[0]!,
        rowRates[0]!,
        vsRaw('totalMs'),
        resourceRates[0]!,
      ],
      ['  of which importFhir (parse NDJSON, resolve references, map)', times[1]!, rowRates[1]!, '', resourceRates[1]!],
      ['  of which pack checks + normalise', times[2]!, rowRates[2]!, '', ''],
      ['  of which installPack (indexed tables, one transaction, chunks)', times[3]!, rowRates[3]!, vsRaw('installMs'), ''],
      ['baseline: raw Dexie bulkPut of the same rows, same tables and indexes, one transaction', times[4]!, rowRates[4]!, '1.00×', ''],
      ['baseline: raw Dexie bulkPut of the same rows, one table, primary key only', times[5]!, rowRates[5]!, vsRaw('rawPrimaryKeyMs'), ''],
    ],
  );
}

function printPopulation(f: FhirBenchFigures): void {
  const p = f.population[0]!;
  const rows = p['rows']!;
  const list = f.population;
  const [build, install, raw] = sameUnit('ms', ...['buildMs', 'installMs', 'rawSameSchemaMs'].map((k) => spread(column(list, k))));
  const [installRate, rawRate] = sameUnit(
    'rows/s',
    ...['installMs', 'rawSameSchemaMs'].map((k) => spread(perSecond(rows, column(list, k)))),
  );
  const [held, before, after] = sameUnit('MB', spread(f.heapWithPopulationMb), spread(f.heapBeforeMb), spread(f.heapAfterDropMb));
  table(
    `A ${thousands(p['patients']!)}-patient population (the bulk set cloned with new identities): ${thousands(p['encounters']!)} encounters, ` +
      `${thousands(p['documents']!)} documents, ${thousands(rows)} rows; ` +
      (list.length === 1
        ? '1 run, installPack first then the baseline (each write of these rows takes about a minute; the bulk folder above is the 5-run comparison)'
        : `${list.length} runs, installPack and the baseline taking turns going first`),
    ['measure', 'time', 'rate', 'rows/s ÷ raw bulkPut (same schema)'],
    [
      ['clone, check and normalise', build!, '', ''],
      [
        'installPack into IndexedDB',
        install!,
        installRate!,
        ratio(perSecond(rows, column(list, 'installMs')), perSecond(rows, column(list, 'rawSameSchemaMs'))),
      ],
      ['baseline: raw Dexie bulkPut of the same rows, same tables and indexes, one transaction', raw!, rawRate!, '1.00×'],
      ['JS heap with the population held (after GC)', held!, '', ''],
      ['JS heap before, and after letting it go (after GC)', `${before!} / ${after!}`, '', ''],
    ],
  );
}

export function printFhir(figures: FhirBenchFigures): void {
  printBulk(figures.bulk);
  printPopulation(figures);
}
