/**
 * Pack import in real Chromium (IndexedDB as trainees have it), for `npm run bench`:
 * a buildLargePack pack of 10,000 patients is serialised to JSON bytes here in Node and served to
 * tests/bench/browser/pack-bench.ts, which per run times the pack pipeline (readPackBytes →
 * normalisePack), installPack into a fresh database, and raw Dexie bulkPut of exactly the same rows
 * (same tables and indexes, one transaction; and one primary-key-only table), and samples the JS
 * heap through the pipeline and installPack. Printed: rows/s beside rows/s with the ratio (goal
 * installPack ≥ 0.8× raw bulkPut), the peak heap beside the file size (goal < 3×), and what the
 * 64 MiB pack limit (MAX_PACK_BYTES) means in patients.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLargePack } from '../fixtures/large-pack.ts';
import { MAX_PACK_BYTES } from '../../src/packs/read.ts';
import { INSTALL_CHUNK_ROWS } from '../../src/storage/packs.ts';
import type { PackInput } from '../../src/packs/format.ts';
import type { PackRunFigures } from './browser/pack-bench.ts';
import { openBenchPage } from './chromium-page.ts';
import { DEFAULT_RUNS, median, perSecond, ratio, sameUnit, sameUnitValues, show, spread, table, thousands, type Spread } from './stats.ts';

const PAGE = 'tests/bench/browser/pack-bench.html';
const PACK_URL = '/bench-data/large-pack.json';

export interface PackImportOptions {
  patients?: number;
  runs?: number;
  chunkRows?: number;
}

export async function packChromiumBench(options: PackImportOptions = {}): Promise<PackRunFigures[]> {
  const patients = options.patients ?? 10_000;
  const runs = options.runs ?? DEFAULT_RUNS;
  const bytes = Buffer.from(JSON.stringify(buildLargePack(patients, { id: 'bench-large', title: `Bench pack of ${patients} patients` })));
  const bench = await openBenchPage(PAGE, 'packBench');
  try {
    await bench.page.route(`**${PACK_URL}`, (route) => route.fulfill({ body: bytes, contentType: 'application/json' }));
    const figures: PackRunFigures[] = [];
    for (let run = 0; run < runs; run++) {
      const args = { url: PACK_URL, run, ...(options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows }) };
      figures.push(await bench.page.evaluate((a) => window.packBench(a), args));
    }
    return figures;
  } finally {
    await bench.close();
  }
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

export function printPackImport(figures: readonly PackRunFigures[], chunkRows = INSTALL_CHUNK_ROWS): void {
  const first = figures[0]!;
  const { rows } = first;
  const rate = (pick: (f: PackRunFigures) => number) => perSecond(rows, figures.map(pick));
  const pipeline = rate((f) => f.pipelineMs);
  const install = rate((f) => f.installMs);
  const raw = rate((f) => f.rawSameSchemaMs);
  const pk = rate((f) => f.rawPrimaryKeyMs);
  const endToEnd = rate((f) => f.pipelineMs + f.installMs);
  const endToEndRaw = rate((f) => f.pipelineMs + f.rawSameSchemaMs);
  const [pipelineR, installR, rawR, pkR, e2eR, e2eRawR] = sameUnit(
    'rows/s',
    ...[pipeline, install, raw, pk, endToEnd, endToEndRaw].map(spread),
  );
  const ms = (pick: (f: PackRunFigures) => number) => spread(figures.map(pick));
  const [pipelineT, installT, rawT, pkT, e2eT, e2eRawT] = sameUnit(
    'ms',
    ms((f) => f.pipelineMs),
    ms((f) => f.installMs),
    ms((f) => f.rawSameSchemaMs),
    ms((f) => f.rawPrimaryKeyMs),
    ms((f) => f.pipelineMs + f.installMs),
    ms((f) => f.pipelineMs + f.rawSameSchemaMs),
  );
  table(
    `Pack import in Chromium (real IndexedDB): buildLargePack, ${thousands(first.patients)} patients, ${mib(first.fileBytes)} of JSON, ` +
      `${thousands(rows)} rows; ${figures.length} runs, min / median / max; each write into a fresh database`,
    ['operation', 'time', 'rate', 'rate ÷ raw bulkPut (same schema)'],
    [
      ['pack pipeline: readPackBytes → normalisePack (rows produced)', pipelineT!, pipelineR!, ''],
      [
        `Record Room installPack (one transaction, ${chunkRows}-row chunks, ${median(figures.map((f) => f.progressCalls))} progress calls)`,
        installT!,
        installR!,
        ratio(install, raw),
      ],
      ['baseline: raw Dexie bulkPut, same tables and indexes, one transaction, no chunks', rawT!, rawR!, '1.00×'],
      ['baseline: raw Dexie bulkPut, one table, primary key only', pkT!, pkR!, ratio(pk, raw)],
      ['end to end: pipeline + installPack', e2eT!, e2eR!, `${ratio(endToEnd, endToEndRaw)} (÷ the row below)`],
      ['baseline end to end: pipeline + raw bulkPut (same schema)', e2eRawT!, e2eRawR!, ''],
    ],
  );
  const achieved = median(install) / median(raw);
  // The same ratio within each run (both writes a few seconds apart), which the machine's drift between runs does not move.
  const paired = figures.map((f) => f.rawSameSchemaMs / f.installMs);
  console.log(
    `installPack ÷ raw bulkPut (same tables and indexes), median rows/s: ${achieved.toFixed(2)}× — goal ≥ 0.80×: ${achieved >= 0.8 ? 'met' : 'NOT met'}; ` +
      `the same within each run: ${sameUnit('×', spread(paired))[0]!}`,
  );
  printHeap(figures);
}

function printHeap(figures: readonly PackRunFigures[]): void {
  const fileMb = figures[0]!.fileBytes / 2 ** 20;
  const steps = Object.keys(figures[0]!.heapAboveMb);
  const times = (s: Spread) => `${(s.median / fileMb).toFixed(2)}×`;
  const rowsOut = steps.map((step) => {
    const above = spread(figures.map((f) => f.heapAboveMb[step]!));
    const live = figures[0]!.liveAboveMb[step] === undefined ? undefined : spread(figures.map((f) => f.liveAboveMb[step]!));
    const took =
      figures[0]!.stepMs[step] === undefined
        ? ''
        : show(
            'ms',
            figures.map((f) => f.stepMs[step]!),
          );
    const [usedCell, liveCell] = live ? sameUnit('MiB', above, live) : [sameUnit('MiB', above)[0], undefined];
    return [step, took, usedCell!, times(above), liveCell ?? '(rows held, as after normalisePack)', live ? times(live) : ''];
  });
  const peak = spread(figures.map((f) => f.peakAboveMb));
  rowsOut.push(['peak (highest sample)', '', sameUnit('MiB', peak)[0]!, times(peak), '', '']);
  table(
    `Peak JS heap of the pack pipeline + installPack in Chromium (page main thread), ${figures.length} runs, medians ÷ file size: ` +
      `performance.memory.usedJSHeapSize (--enable-precise-memory-info: live objects and garbage not yet collected) sampled after each step ` +
      `and in every installPack onProgress call, minus the heap after gc() with the file's ${fileMb.toFixed(1)} MiB of bytes already held ` +
      `(an ArrayBuffer, outside the JS heap); "live" is a second pass of the pipeline alone with gc() before each sample`,
    ['step', 'step time', 'used heap above before', '÷ file size', 'live heap above before (gc() first)', '÷ file size'],
    rowsOut,
  );
  const peakTimes = peak.median / fileMb;
  console.log(`Peak JS heap ÷ file size, median: ${peakTimes.toFixed(2)}× — goal < 3×: ${peakTimes < 3 ? 'met' : 'NOT met'}`);
  // Inside readPackBytes, readText still references the text while readJson validates, and zod's
  // validated copy is complete while the parsed JSON is still referenced: all three are live at once.
  const live = (step: string) => median(figures.map((f) => f.liveAboveMb[step] ?? 0));
  const [text, json, pack] = Object.keys(figures[0]!.liveAboveMb).map(live);
  const inside = (text ?? 0) + (json ?? 0) + (pack ?? 0);
  console.log(
    `Live heap inside readPackBytes when validation ends (text + parsed JSON + validated copy, all still referenced): ` +
      `≥ ${inside.toFixed(1)} MiB = ${(inside / fileMb).toFixed(2)}× the file`,
  );
}

/** Bytes one more patient adds to a pack's JSON: (bytes of n patients − bytes of none) / n. */
function bytesPerPatient(make: (n: number) => PackInput, n: number, indent?: number): { perPatient: number; fixed: number } {
  const size = (p: PackInput) => Buffer.byteLength(JSON.stringify(p, null, indent));
  const fixed = size(make(0));
  return { perPatient: (size(make(n)) - fixed) / n, fixed };
}

/** A patient-only pack: the MPI's view, demographics with no chart (no encounters, documents or lists). */
function patientOnlyPack(n: number): PackInput {
  const pack = buildLargePack(n);
  pack.patients = pack.patients.map((p) => ({
    ...p,
    encounters: [],
    documents: [],
    problems: [],
    medications: [],
    allergies: [],
    orders: [],
    results: [],
    procedures: [],
    immunizations: [],
  }));
  return pack;
}

/** What MAX_PACK_BYTES holds, in patients, for packs like buildLargePack's, patient-only packs and the bundled Riverside pack. */
export function printPackLimit(): void {
  const riverside = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../scenarios/riverside/riverside-general.pack.json', import.meta.url)), 'utf8'),
  ) as PackInput;
  const riversideBytes = (n: number): PackInput => ({ ...riverside, patients: riverside.patients.slice(0, n), tasks: [], keys: [] });
  const kinds: [string, { perPatient: number; fixed: number }][] = [
    ['buildLargePack charts (2 fixture personas cloned), compact JSON', bytesPerPatient(buildLargePack, 1_000)],
    ['the same, indented 2 spaces', bytesPerPatient(buildLargePack, 1_000, 2)],
    ['patient-only (MPI demographics, no chart), compact JSON', bytesPerPatient(patientOnlyPack, 1_000)],
    [
      `bundled Riverside charts (${riverside.patients.length} rich charts, indented as shipped)`,
      bytesPerPatient(riversideBytes, riverside.patients.length, 2),
    ],
  ];
  const perPatient = sameUnitValues('bytes', ...kinds.map(([, k]) => k.perPatient));
  table(
    `What the ${mib(MAX_PACK_BYTES)} pack limit (MAX_PACK_BYTES) means in patients: bytes per patient = (JSON of n patients − JSON of none) / n`,
    ['kind of pack', 'bytes per patient', 'patients in 64 MiB'],
    kinds.map(([name, k], i) => [name, perPatient[i]!, thousands(Math.floor((MAX_PACK_BYTES - k.fixed) / k.perPatient))]),
  );
}
