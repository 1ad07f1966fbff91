/**
 * Runs inside Chromium for `npm run bench` (driven by tests/bench/fhir-chromium.ts): the bulk FHIR
 * folder imported into IndexedDB through the app's own path (importFhir → pack checks → normalise →
 * installPack), one run per call, beside raw Dexie bulkPut of exactly the same rows, each into a
 * fresh database: the same tables and indexes (src/storage/db.ts) in one transaction with no chunks,
 * and one table with only an outbound primary key. Then a 1,000-patient population cloned from it
 * with new identities.
 */
import Dexie from 'dexie';
import { importFhir } from '../../../src/fhir/import.ts';
import { readPackJson } from '../../../src/packs/read.ts';
import { normalisePack, type PackRows } from '../../../src/packs/normalise.ts';
import { RecordRoomDb, setDatabase } from '../../../src/storage/db.ts';
import { installPack, packRowCount } from '../../../src/storage/packs.ts';
import type { Pack } from '../../../src/packs/format.ts';
import { CLONE_FAMILY, CLONE_GIVEN } from '../../fixtures/large-pack.ts';

const timed = async (write: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await write();
  return performance.now() - t;
};

/** The fair baseline: the same tables and indexes, one plain bulkPut per table in one transaction. */
async function rawSameSchema(rows: PackRows, name: string): Promise<number> {
  const d = new RecordRoomDb(name);
  await d.open();
  const took = await timed(() =>
    d.transaction('rw', d.packTables, async () => {
      await d.providers.bulkPut(rows.providers);
      await d.patients.bulkPut(rows.patients);
      await d.encounters.bulkPut(rows.encounters);
      await d.documents.bulkPut(rows.documents);
      await d.clinical.bulkPut(rows.clinical);
      await d.looseDocuments.bulkPut(rows.looseDocuments);
      await d.tasks.bulkPut(rows.tasks);
      await d.packs.put(rows.pack);
    }),
  );
  d.close();
  await Dexie.delete(name);
  return took;
}

/** The floor: every row into one table with an outbound auto-increment key and no index. */
async function rawPrimaryKeyOnly(rows: PackRows, name: string): Promise<number> {
  const raw = new Dexie(name);
  raw.version(1).stores({ rows: '++' });
  await raw.open();
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
  const took = await timed(() => raw.table('rows').bulkPut(all));
  raw.close();
  await Dexie.delete(name);
  return took;
}

/** The population, held on purpose so the heap can be measured with it. */
export let held: unknown;

/** Every id (and every reference to one) of a chart gets a suffix; providers are shared; FHIR origins are kept. */
function suffixIds<T>(value: T, suffix: string): T {
  if (Array.isArray(value)) return value.map((v) => suffixIds(v, suffix)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === 'origin' ? v : (k === 'id' || k === 'encounterId') && typeof v === 'string' ? `${v}${suffix}` : suffixIds(v, suffix);
  }
  return out as T;
}

function clonePopulation(pack: Pack, size: number): Pack {
  const patients: Pack['patients'] = [];
  let account = 0;
  for (let k = 0; patients.length < size; k++) {
    for (const p of pack.patients) {
      if (patients.length >= size) break;
      const n = patients.length;
      // A deep copy through JSON: each clone owns its strings, as a real population would.
      const clone = suffixIds(JSON.parse(JSON.stringify(p)) as typeof p, `-c${k}`);
      clone.mrn = String(1_000_000 + n).padStart(7, '0');
      clone.name = {
        ...clone.name,
        given: [CLONE_GIVEN[n % CLONE_GIVEN.length]!],
        family: CLONE_FAMILY[Math.floor(n / CLONE_GIVEN.length) % CLONE_FAMILY.length]!,
      };
      clone.encounters = clone.encounters.map((e) => ({ ...e, accountNumber: `TH${String(++account).padStart(8, '0')}` }));
      patients.push(clone);
    }
  }
  return { ...pack, pack: { ...pack.pack, id: 'fhir-population' }, patients };
}

declare global {
  interface Window {
    fhirLoad: (inputs: { name: string; text: string }[]) => void;
    fhirBench: (run: number) => Promise<Record<string, number>>;
    fhirPopulation: (size: number, run: number) => Promise<Record<string, number>>;
  }
}

let imported: Pack | undefined;
let files: { name: string; text: string }[] = [];

/** Keeps the folder's files in the page, so each run starts from the same texts without sending them again. */
window.fhirLoad = (inputs) => {
  files = inputs;
};

/** The app's path up to the rows: importFhir, then the pack checks and normalise. */
function importRows() {
  const t0 = performance.now();
  const result = importFhir(files, { hideSourceCodes: true });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  const t1 = performance.now();
  const read = readPackJson(result.pack);
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  const rows = normalisePack(read.pack, { source: 'imported', now: new Date().toISOString() });
  const t2 = performance.now();
  const resources = Object.values(result.report.resources).reduce((n, c) => n + c, 0);
  return { rows, pack: read.pack, resources, importMs: t1 - t0, checkMs: t2 - t1 };
}

/** installPack into a fresh database (opened before the clock starts), which is deleted afterwards. */
async function timeInstall(rows: PackRows, name: string): Promise<number> {
  const db = new RecordRoomDb(name);
  await db.open();
  setDatabase(db);
  const took = await timed(() => installPack(rows));
  db.close();
  await Dexie.delete(name);
  return took;
}

window.fhirBench = async (run) => {
  const { rows, pack, resources, importMs, checkMs } = importRows();
  imported = pack;
  const stamp = `${Date.now()}-${run}`;
  const baselines = async () => ({
    rawSameSchemaMs: await rawSameSchema(rows, `bench-raw-${stamp}`),
    rawPrimaryKeyMs: await rawPrimaryKeyOnly(rows, `bench-raw-pk-${stamp}`),
  });
  // installPack and the baselines take turns going first.
  const early = run % 2 === 1 ? await baselines() : undefined;
  const installMs = await timeInstall(rows, `bench-fhir-${stamp}`);
  const raw = early ?? (await baselines());
  return {
    resources,
    rows: packRowCount(rows),
    patients: rows.patients.length,
    encounters: rows.encounters.length,
    documents: rows.documents.length,
    importMs,
    checkMs,
    installMs,
    totalMs: importMs + checkMs + installMs,
    ...raw,
  };
};

window.fhirPopulation = async (size, run) => {
  if (!imported) throw new Error('run fhirBench first');
  const t0 = performance.now();
  const population = clonePopulation(imported, size);
  const read = readPackJson(population);
  if (!read.ok)
    throw new Error(
      read.problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; '),
    );
  const rows = normalisePack(read.pack, { source: 'imported', now: new Date().toISOString() });
  const t1 = performance.now();
  held = { pack: read.pack };
  // installPack and the baseline take turns going first (installPack first in run 0).
  const stamp = `${Date.now()}-${run}`;
  const early = run % 2 === 1 ? await rawSameSchema(rows, `bench-population-raw-${stamp}`) : undefined;
  const installMs = await timeInstall(rows, `bench-population-${stamp}`);
  const rawSameSchemaMs = early ?? (await rawSameSchema(rows, `bench-population-raw-${stamp}`));
  return {
    patients: rows.patients.length,
    encounters: rows.encounters.length,
    documents: rows.documents.length,
    rows: packRowCount(rows),
    buildMs: t1 - t0,
    installMs,
    rawSameSchemaMs,
  };
};

/** Drops the population so the heap can be measured without it. */
(window as unknown as { dropPopulation: () => void }).dropPopulation = () => {
  held = undefined;
};
