/**
 * The scale section of `npm run bench`: how each cost grows with the number of patients, at three
 * sizes, with a growth fit (the exponent k of the least-squares line of log(cost) on log(n), cost ∝ n^k)
 * and a verdict (constant, sub-linear, linear, …). All in Node:
 *
 * - MPI (src/mpi/search.ts) over syntheticPeople at 1k, 10k, 100k: index build, and the p95 per run
 *   of the per-keystroke queries of mpi-keystroke.ts (first 200 results);
 * - the pack pipeline (readPackBytes → normalisePack) beside JSON.parse of the same bytes, and
 *   installPack beside raw Dexie bulkPut of the same rows into the same tables and indexes (one
 *   transaction, no chunks; fake-indexeddb), on buildLargePack packs of 1k, 10k and 40k patients:
 *   100k full charts (≈ 128 MB) would exceed the 64 MiB pack limit, 40k (≈ 52 MB) is near it;
 * - grading one task (Riverside's rg-file-01, perfect work) warm and cold, in Riverside grown to 1k,
 *   10k and 100k patients with buildLargePack clones (the 100k pack is read from the object with
 *   readPackJson, as a file it would exceed the limit).
 * Each figure is min / median / max of R runs (the title says where fewer); the fit is on the medians.
 */
import Dexie from 'dexie';
import { buildMpiIndex, searchMpiResults } from '../../src/mpi/search.ts';
import { readPackBytes } from '../../src/packs/read.ts';
import { normalisePack, type PackRows } from '../../src/packs/normalise.ts';
import { RecordRoomDb, setDatabase } from '../../src/storage/db.ts';
import { installPack } from '../../src/storage/packs.ts';
import { buildLargePack } from '../fixtures/large-pack.ts';
import { syntheticPeople } from '../fixtures/mpi-people.ts';
import { CURRENT_YEAR, LIMIT, typedQueries } from './mpi-keystroke.ts';
import { gradeCosts, grownPack, oneTaskWorks, readForGrading, readRiverside } from './grading.ts';
import {
  DEFAULT_RUNS,
  breathe,
  gc,
  growthVerdict,
  median,
  powerLawExponent,
  quantile,
  repeat,
  repeatAsync,
  sameUnit,
  spread,
  table,
  timeMs,
  timeMsAsync,
} from './stats.ts';

/** One cost measured at each size: samples per size, in `unit`. */
interface Growth {
  cost: string;
  unit: string;
  sizes: number[];
  samples: number[][];
}

const NOW = '2025-01-01T00:00:00.000Z';

async function mpiGrowth(sizes: readonly number[], runs: number): Promise<Growth[]> {
  const build: number[][] = [];
  const p95: number[][] = [];
  for (const n of sizes) {
    const people = syntheticPeople(n);
    const keystrokes = typedQueries(people);
    build.push(
      repeat(runs, () => {
        gc();
        return timeMs(() => buildMpiIndex(people));
      }),
    );
    const index = buildMpiIndex(people);
    const type = () => keystrokes.map((k) => timeMs(() => searchMpiResults(index, k.query, { currentYear: CURRENT_YEAR, limit: LIMIT })));
    type(); // warm-up pass
    p95.push(repeat(runs, () => quantile(type(), 0.95)));
    await breathe();
  }
  return [
    { cost: 'MPI index build (Record Room)', unit: 'ms', sizes: [...sizes], samples: build },
    { cost: 'MPI keystroke p95 per run (Record Room, first 200 results)', unit: 'ms', sizes: [...sizes], samples: p95 },
  ];
}

function rowsOf(bytes: Uint8Array): PackRows {
  const read = readPackBytes(bytes);
  if (!read.ok) throw new Error(`the bench pack does not read: ${read.problems[0]?.message ?? ''}`);
  return normalisePack(read.pack, { source: 'imported', now: NOW });
}

let databases = 0;
/** ms to write `rows` into a fresh database with `write`; the database is deleted afterwards. */
async function intoFreshDatabase(write: (d: RecordRoomDb) => Promise<unknown>): Promise<number> {
  const d = new RecordRoomDb(`bench-scale-${++databases}`);
  await d.open();
  setDatabase(d);
  gc();
  const took = await timeMsAsync(() => write(d));
  d.close();
  await Dexie.delete(d.name);
  return took;
}

async function rawBulkPut(d: RecordRoomDb, rows: PackRows): Promise<void> {
  await d.transaction('rw', d.packTables, async () => {
    await d.providers.bulkPut(rows.providers);
    await d.patients.bulkPut(rows.patients);
    await d.encounters.bulkPut(rows.encounters);
    await d.documents.bulkPut(rows.documents);
    await d.clinical.bulkPut(rows.clinical);
    await d.looseDocuments.bulkPut(rows.looseDocuments);
    await d.tasks.bulkPut(rows.tasks);
    await d.packs.put(rows.pack);
  });
}

async function packGrowth(sizes: readonly number[], runsAt: (n: number) => number): Promise<Growth[]> {
  const pipeline: number[][] = [];
  const parse: number[][] = [];
  const install: number[][] = [];
  const raw: number[][] = [];
  for (const n of sizes) {
    const bytes = new TextEncoder().encode(JSON.stringify(buildLargePack(n)));
    const runs = runsAt(n);
    const decoder = new TextDecoder();
    pipeline.push(repeat(runs, () => (gc(), timeMs(() => rowsOf(bytes)))));
    parse.push(repeat(runs, () => (gc(), timeMs(() => JSON.parse(decoder.decode(bytes))))));
    const rows = rowsOf(bytes);
    const installs: number[] = [];
    const raws: number[] = [];
    await repeatAsync(runs, async (run) => {
      // The two take turns going first.
      const first = run % 2 === 0;
      if (first) installs.push(await intoFreshDatabase(() => installPack(rows)));
      raws.push(await intoFreshDatabase((d) => rawBulkPut(d, rows)));
      if (!first) installs.push(await intoFreshDatabase(() => installPack(rows)));
      return 0;
    });
    install.push(installs);
    raw.push(raws);
    await breathe();
  }
  const at = [...sizes];
  return [
    { cost: 'pack pipeline: readPackBytes → normalisePack', unit: 'ms', sizes: at, samples: pipeline },
    { cost: '  baseline: JSON.parse of the same bytes', unit: 'ms', sizes: at, samples: parse },
    { cost: 'installPack (fake-indexeddb)', unit: 'ms', sizes: at, samples: install },
    { cost: '  baseline: raw bulkPut, same tables and indexes', unit: 'ms', sizes: at, samples: raw },
  ];
}

function gradingGrowth(sizes: readonly number[], runs: number): Growth[] {
  const input = readRiverside();
  const cases = sizes.map((n) => {
    const { pack } = readForGrading(grownPack(input, n));
    return { pack, one: oneTaskWorks(pack, 'rg-file-01')[0]! };
  });
  const costs = gradeCosts(cases, runs);
  const at = cases.map((c) => c.pack.patients.length);
  return [
    { cost: 'grading one task, warm (rg-file-01, perfect)', unit: 'µs', sizes: at, samples: costs.map((c) => c.warmUs) },
    { cost: 'grading one task, cold (facts of the pack built)', unit: 'µs', sizes: at, samples: costs.map((c) => c.coldUs) },
  ];
}

const sizeLabel = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

function printGrowth(growths: readonly Growth[], runs: string): void {
  const columns = Math.max(...growths.map((g) => g.sizes.length));
  table(
    `Scale: each cost at three sizes (patients), ${runs}, min / median / max; growth = least-squares fit of log(median) on log(n), cost ∝ n^k`,
    ['cost', 'patients', ...Array.from({ length: columns }, (_, i) => ['smallest', 'middle', 'largest'][i] ?? `size ${i + 1}`), 'growth'],
    growths.map((g) => {
      const spreads = g.samples.map(spread);
      const k = powerLawExponent(g.sizes.map((n, i) => [n, median(g.samples[i]!)]));
      return [g.cost, g.sizes.map(sizeLabel).join(', '), ...sameUnit(g.unit, ...spreads), growthVerdict(k)];
    }),
  );
}

export async function scaleBench(options: { runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const slowRuns = 3;
  const growths = [
    ...(await mpiGrowth([1_000, 10_000, 100_000], runs)),
    ...(await packGrowth([1_000, 10_000, 40_000], (n) => (n >= 40_000 ? slowRuns : runs))),
    ...gradingGrowth([1_000, 10_000, 100_000], runs),
  ];
  printGrowth(growths, `${runs} runs (the 40k pack pipeline and installs × ${slowRuns})`);
}
