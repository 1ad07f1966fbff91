/**
 * Runs inside Chromium for `npm run bench` (driven by tests/bench/pack-chromium.ts): one run of a
 * pack import per call, on the pack file's bytes fetched once from the bench server.
 *
 * - pipeline: `readPackBytes` → `normalisePack` in one go, timed (the app's pure pipeline);
 * - heap: the same steps called one by one (decodePackBytes, JSON.parse, readPackJson,
 *   normalisePack), then `installPack`, with `performance.memory.usedJSHeapSize` sampled after each
 *   step and in every onProgress call; the heap before is taken after gc() with the bytes already
 *   held (an ArrayBuffer, outside the JS heap). Each step's input is dropped once used, as in
 *   readPackBytes. The install of this pass is the timed `installPack`;
 * - live heap: the staged pipeline once more, alone, with gc() before each sample (what the step's
 *   results still reference, without the garbage the first pass counts);
 * - baselines on exactly the same rows, each into a fresh database: raw Dexie `bulkPut` into the
 *   same tables with the same indexes (src/storage/db.ts), one bulkPut per table in one
 *   transaction, no chunks, no progress; and one table with only an outbound primary key.
 * The order of installPack and the baselines alternates from run to run.
 */
import Dexie from 'dexie';
import { decodePackBytes, readPackBytes, readPackJson } from '../../../src/packs/read.ts';
import { normalisePack, type PackRows } from '../../../src/packs/normalise.ts';
import { RecordRoomDb, setDatabase } from '../../../src/storage/db.ts';
import { installPack, packRowCount } from '../../../src/storage/packs.ts';

export interface PackRunFigures {
  fileBytes: number;
  rows: number;
  patients: number;
  pipelineMs: number;
  stepMs: Record<string, number>;
  installMs: number;
  progressCalls: number;
  rawSameSchemaMs: number;
  rawPrimaryKeyMs: number;
  heapBeforeMb: number;
  /** Heap above the heap before, after each step (MiB); for installPack, the highest of its progress calls. */
  heapAboveMb: Record<string, number>;
  /** The same, in a pass of the pipeline alone with gc() before each sample: what is still referenced. */
  liveAboveMb: Record<string, number>;
  peakAboveMb: number;
}

declare global {
  interface Window {
    packBench: (options: { url: string; run: number; chunkRows?: number }) => Promise<PackRunFigures>;
    gc?: () => void;
  }
}

const NOW = '2025-01-01T00:00:00.000Z';
const MB = 2 ** 20;
const usedHeap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

let bytesOf: { url: string; bytes: Uint8Array } | undefined;
async function fileBytes(url: string): Promise<Uint8Array> {
  if (bytesOf?.url !== url) bytesOf = { url, bytes: new Uint8Array(await (await fetch(url)).arrayBuffer()) };
  return bytesOf.bytes;
}

let databases = 0;
async function freshDatabase(): Promise<RecordRoomDb> {
  const d = new RecordRoomDb(`bench-pack-${Date.now()}-${++databases}`);
  await d.open();
  return d;
}
async function drop(d: Dexie): Promise<void> {
  d.close();
  await Dexie.delete(d.name);
}

function failed(problems: readonly { path: string; message: string }[]): never {
  throw new Error(
    problems
      .slice(0, 3)
      .map((p) => `${p.path}: ${p.message}`)
      .join('; '),
  );
}

/** readPackBytes → normalisePack, as the import worker runs it. */
function timePipeline(bytes: Uint8Array): number {
  const start = performance.now();
  const read = readPackBytes(bytes);
  if (!read.ok) failed(read.problems);
  normalisePack(read.pack, { source: 'imported', now: NOW });
  return performance.now() - start;
}

const STEPS = {
  decode: 'decodePackBytes (UTF-8 text)',
  parse: 'JSON.parse',
  read: 'readPackJson (migrate, validate, cross-reference)',
  normalise: 'normalisePack',
  install: 'installPack (its progress calls)',
} as const;

function decodeText(bytes: Uint8Array): string {
  const decoded = decodePackBytes(bytes);
  if ('problem' in decoded) failed([decoded.problem]);
  return decoded.text;
}

/**
 * readPackBytes's steps one by one, then normalisePack, calling `after(step)` after each; each
 * step's input is dropped once it is used.
 */
function stagedPipeline(bytes: Uint8Array, after: (step: string) => void): PackRows {
  let text: string | undefined = decodeText(bytes);
  after(STEPS.decode);
  let json: unknown = JSON.parse(text);
  text = undefined;
  after(STEPS.parse);
  let read: ReturnType<typeof readPackJson> | undefined = readPackJson(json);
  json = undefined;
  if (!read.ok) failed(read.problems);
  after(STEPS.read);
  const rows = normalisePack(read.pack, { source: 'imported', now: NOW });
  read = undefined;
  after(STEPS.normalise);
  return rows;
}

/** Records, per step, the highest heap above `before` (MiB). */
function heapRecorder(before: number) {
  const above: Record<string, number> = {};
  const sample = (step: string) => {
    above[step] = Math.max(above[step] ?? -Infinity, (usedHeap() - before) / MB);
  };
  return { above, sample };
}

/** The pipeline step by step with heap samples, then installPack into a fresh database (timed). */
async function heapAndInstall(bytes: Uint8Array, chunkRows: number | undefined) {
  window.gc?.();
  const before = usedHeap();
  const { above, sample } = heapRecorder(before);
  const stepMs: Record<string, number> = {};
  let t = performance.now();
  const rows = stagedPipeline(bytes, (step) => {
    sample(step);
    const now = performance.now();
    stepMs[step] = now - t;
    t = now;
  });

  const d = await freshDatabase();
  setDatabase(d);
  let progressCalls = 0;
  const start = performance.now();
  await installPack(rows, {
    ...(chunkRows === undefined ? {} : { chunkRows }),
    onProgress: () => {
      progressCalls += 1;
      sample(STEPS.install);
    },
  });
  const installMs = performance.now() - start;
  sample(STEPS.install);
  await drop(d);
  const peakAboveMb = Math.max(...Object.values(above));
  return { rows, stepMs, installMs, progressCalls, heapBeforeMb: before / MB, heapAboveMb: above, peakAboveMb };
}

/** The pipeline again, with gc() before each sample: the heap its results still hold. */
function liveHeap(bytes: Uint8Array): Record<string, number> {
  window.gc?.();
  const { above, sample } = heapRecorder(usedHeap());
  stagedPipeline(bytes, (step) => {
    window.gc?.();
    sample(step);
  });
  return above;
}

/** The fair baseline: the same tables and indexes, one plain bulkPut per table in one transaction. */
async function rawSameSchema(rows: PackRows): Promise<number> {
  const d = await freshDatabase();
  const start = performance.now();
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
  const took = performance.now() - start;
  await drop(d);
  return took;
}

/** The floor: every row into one table with an outbound auto-increment key and no index. */
async function rawPrimaryKeyOnly(rows: PackRows): Promise<number> {
  const d = new Dexie(`bench-pack-pk-${Date.now()}-${++databases}`);
  d.version(1).stores({ rows: '++' });
  await d.open();
  const all = [
    rows.pack,
    ...rows.providers,
    ...rows.patients,
    ...rows.encounters,
    ...rows.documents,
    ...rows.clinical,
    ...rows.looseDocuments,
    ...rows.tasks,
  ];
  const start = performance.now();
  await d.table('rows').bulkPut(all);
  const took = performance.now() - start;
  await drop(d);
  return took;
}

window.packBench = async ({ url, run, chunkRows }) => {
  const bytes = await fileBytes(url);
  window.gc?.();
  const pipelineMs = timePipeline(bytes);
  const baselinesFirst = run % 2 === 1;
  let rawSameSchemaMs = 0;
  let rawPrimaryKeyMs = 0;
  const baselines = async (rows: PackRows) => {
    rawSameSchemaMs = await rawSameSchema(rows);
    rawPrimaryKeyMs = await rawPrimaryKeyOnly(rows);
  };
  if (baselinesFirst) {
    // Rows of their own for the baselines, so installPack's heap pass starts from the same heap.
    const read = readPackBytes(bytes);
    if (!read.ok) failed(read.problems);
    await baselines(normalisePack(read.pack, { source: 'imported', now: NOW }));
  }
  const measured = await heapAndInstall(bytes, chunkRows);
  if (!baselinesFirst) await baselines(measured.rows);
  const liveAboveMb = liveHeap(bytes);
  return {
    fileBytes: bytes.byteLength,
    rows: packRowCount(measured.rows),
    patients: measured.rows.patients.length,
    pipelineMs,
    stepMs: measured.stepMs,
    installMs: measured.installMs,
    progressCalls: measured.progressCalls,
    rawSameSchemaMs,
    rawPrimaryKeyMs,
    heapBeforeMb: measured.heapBeforeMb,
    heapAboveMb: measured.heapAboveMb,
    peakAboveMb: measured.peakAboveMb,
    liveAboveMb,
  };
};
