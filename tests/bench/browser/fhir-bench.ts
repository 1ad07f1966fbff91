/**
 * Runs inside Chromium for `npm run bench`: the bulk FHIR folder imported into IndexedDB through the
 * app's own path (importFhir → pack checks → normalise → installPack), beside raw Dexie bulkPut of
 * the same rows; then a 1,000-patient population cloned from it with new identities.
 */
import Dexie from 'dexie';
import { importFhir } from '../../../src/fhir/import.ts';
import { readPackJson } from '../../../src/packs/read.ts';
import { normalisePack, type PackRows } from '../../../src/packs/normalise.ts';
import { RecordRoomDb, setDatabase } from '../../../src/storage/db.ts';
import { installPack } from '../../../src/storage/packs.ts';
import type { Pack } from '../../../src/packs/format.ts';
import { CLONE_FAMILY, CLONE_GIVEN } from '../../fixtures/large-pack.ts';

const rowCount = (rows: PackRows) =>
  rows.providers.length +
  rows.patients.length +
  rows.encounters.length +
  rows.documents.length +
  rows.clinical.length +
  rows.looseDocuments.length +
  rows.tasks.length;

async function rawPut(rows: PackRows, name: string): Promise<number> {
  const raw = new Dexie(name);
  raw.version(1).stores({ rows: '++seq' });
  const all = [...rows.providers, ...rows.patients, ...rows.encounters, ...rows.documents, ...rows.clinical, ...rows.looseDocuments];
  const t = performance.now();
  await raw.table('rows').bulkPut(all);
  const took = performance.now() - t;
  raw.close();
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
    fhirBench: (inputs: { name: string; text: string }[]) => Promise<Record<string, number>>;
    fhirPopulation: (size: number) => Promise<Record<string, number>>;
  }
}

let imported: Pack | undefined;

window.fhirBench = async (inputs) => {
  const t0 = performance.now();
  const result = importFhir(inputs, { hideSourceCodes: true });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  const t1 = performance.now();
  const read = readPackJson(result.pack);
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  const rows = normalisePack(read.pack, { source: 'imported', now: new Date().toISOString() });
  const t2 = performance.now();
  const db = new RecordRoomDb(`bench-fhir-${Date.now()}`);
  setDatabase(db);
  await installPack(rows);
  const t3 = performance.now();
  db.close();
  imported = read.pack;
  const resources = Object.values(result.report.resources).reduce((n, c) => n + c, 0);
  return {
    resources,
    rows: rowCount(rows),
    patients: rows.patients.length,
    encounters: rows.encounters.length,
    documents: rows.documents.length,
    importMs: t1 - t0,
    checkMs: t2 - t1,
    installMs: t3 - t2,
    totalMs: t3 - t0,
    rawPutMs: await rawPut(rows, `bench-raw-${Date.now()}`),
  };
};

window.fhirPopulation = async (size) => {
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
  const db = new RecordRoomDb(`bench-population-${Date.now()}`);
  setDatabase(db);
  await installPack(rows);
  const t2 = performance.now();
  db.close();
  return {
    patients: rows.patients.length,
    encounters: rows.encounters.length,
    documents: rows.documents.length,
    rows: rowCount(rows),
    buildMs: t1 - t0,
    installMs: t2 - t1,
    rawPutMs: await rawPut(rows, `bench-population-raw-${Date.now()}`),
  };
};

/** Drops the population so the heap can be measured without it. */
(window as unknown as { dropPopulation: () => void }).dropPopulation = () => {
  held = undefined;
};
