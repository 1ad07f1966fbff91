/**
 * `npm run bench`: Record Room's speed, each figure beside a baseline measured in the same run, in
 * the same unit. Every figure is min / median / max of R runs (R = 5 unless the table's title says
 * fewer); helpers in ./stats.ts. Sections (`npm run bench -- <name> …` runs only those, `--help`
 * lists them; no argument runs all, in this order):
 *
 * mpi        MPI search over 100,000 synthetic patients vs MiniSearch on the same records; then per
 *            keystroke vs the plain scan and MiniSearch, with their growth at 1k/10k/100k (mpi-keystroke.ts).
 * pipeline   The pack pipeline (decode, parse, validate, cross-reference, normalise) of the bundled
 *            packs vs bare JSON.parse.
 * install    Installing a pack into IndexedDB (fake-indexeddb in Node) vs raw Dexie bulkPut of the
 *            same rows: same tables and indexes, and one primary-key-only table.
 * pack       Pack import in Chromium: a 10,000-patient pack through the pipeline and installPack vs raw
 *            bulkPut in real IndexedDB, the peak JS heap vs the file size, and the 64 MiB limit in
 *            patients (pack-chromium.ts; needs /usr/bin/chromium).
 * encoder    Encoder search over the full ICD-10-CM release vs MiniSearch and FlexSearch, whole queries
 *            and per keystroke (encoder-keystroke.ts; needs ../shared/data).
 * grading    Grading throughput: whole-pack attempts of Riverside and Lakeside, perfect and perturbed,
 *            vs reading the same work (JSON round trip + zod) and vs a naive set-equality scorer.
 * grade-one  Grading one task in the bundled pack and in the same pack grown to 10,000 patients, warm
 *            and cold (grading.ts).
 * fhir       FHIR in Chromium: the Synthea bulk folder imported end to end vs raw bulkPut of the same
 *            rows (rows/s beside rows/s), and a 1,000-patient population's install and heap
 *            (fhir-chromium.ts; needs ../shared/data and /usr/bin/chromium).
 * narrative  FHIR narrative to text: ordinary and hostile XHTML of 1 MB and 2 MB vs toLowerCase of the
 *            same string; linear when the time per MB stays flat.
 * scale      How each cost grows at 1k, 10k, 100k patients, with a growth fit (scale.ts).
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import Dexie from 'dexie';
import { Index as FlexIndex } from 'flexsearch';
import { buildMpiIndex, searchMpi, type MpiPerson } from '../../src/mpi/search.ts';
import { readPackBytes } from '../../src/packs/read.ts';
import { normalisePack, type PackRows } from '../../src/packs/normalise.ts';
import { RecordRoomDb, setDatabase } from '../../src/storage/db.ts';
import { installPack, packRowCount } from '../../src/storage/packs.ts';
import { buildCodeSearchIndex, searchCodes, type SearchableEntry } from '../../src/codes/search.ts';
import { grade } from '../../src/grading/grade.ts';
import { perfectPackWork, perfectWork } from '../../src/grading/perfect.ts';
import { Work, type TaskWork } from '../../src/tasks/work.ts';
import type { Pack } from '../../src/packs/format.ts';
import { xhtmlToText } from '../../src/fhir/narrative.ts';
import { syntheticPeople } from '../fixtures/mpi-people.ts';
import { CHROMIUM_PATH } from '../chromium.ts';
import { mpiKeystrokeBench } from './mpi-keystroke.ts';
import { encoderKeystrokeBench } from './encoder-keystroke.ts';
import { fhirChromiumBench, printFhir } from './fhir-chromium.ts';
import { packChromiumBench, printPackImport, printPackLimit } from './pack-chromium.ts';
import { gradeOneTaskBench, perturb, prng } from './grading.ts';
import { scaleBench } from './scale.ts';
import {
  DEFAULT_RUNS,
  breathe,
  gc,
  heapMb,
  machineLine,
  median,
  perSecond,
  quantile,
  ratio,
  repeat,
  repeatAsync,
  sameUnit,
  show,
  spread,
  table,
  timeMs,
  timeMsAsync,
} from './stats.ts';

const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

function readBundledPacks(): Uint8Array[] {
  const paths = ['../../scenarios/lakeside/lakeside-community.pack.json', '../../scenarios/riverside/riverside-general.pack.json'];
  return paths.flatMap((p) => {
    try {
      return [new Uint8Array(readFileSync(fileURLToPath(new URL(p, import.meta.url))))];
    } catch {
      return [];
    }
  });
}

function readOk(bytes: Uint8Array): Pack {
  const result = readPackBytes(bytes);
  if (!result.ok) throw new Error('bundled pack invalid');
  return result.pack;
}

/** Query latencies of `rounds` rounds: each round's p50 and p95, as min / median / max over the rounds. */
function roundQuantiles(perRound: readonly number[][]): { p50: number[]; p95: number[] } {
  return { p50: perRound.map((r) => quantile(r, 0.5)), p95: perRound.map((r) => quantile(r, 0.95)) };
}

/** Builds an index `builds` times (each after gc(), keeping the last): build ms and retained heap MB per build. */
function buildRepeatedly<T>(builds: number, make: () => T): { value: T; ms: number[]; heap: number[] } {
  let value: T | undefined;
  const ms: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < builds; i++) {
    value = undefined;
    gc();
    const before = heapMb();
    const start = performance.now();
    value = make();
    ms.push(performance.now() - start);
    gc();
    heap.push(heapMb() - before);
  }
  return { value: value!, ms, heap };
}

// mpi -------------------------------------------------------------------------------------------

async function mpiSection(): Promise<void> {
  const people = syntheticPeople(100_000, 42);
  const fmtUs = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
  const queries: { q: string; expect: string }[] = [];
  for (const i of [17, 4242, 9999, 31337, 55555, 77777, 88888, 99998]) {
    const p = people[i]!;
    queries.push({ q: `${p.name.family} ${p.name.given[0]} ${fmtUs(p.birthDate)}`, expect: p.key });
    queries.push({ q: `${p.name.family.slice(0, 4)} ${p.name.given[0]!.slice(0, 3)} ${p.birthDate}`, expect: p.key });
    queries.push({ q: p.mrn, expect: p.key });
    queries.push({ q: p.accountNumbers[0]!, expect: p.key });
  }
  for (const p of people.filter((x) => x.previousNames.length > 0).slice(0, 8)) {
    queries.push({ q: `${p.previousNames[0]!.family} ${p.name.given[0]} ${fmtUs(p.birthDate)}`, expect: p.key });
  }
  const rounds = DEFAULT_RUNS;
  const run = (search: (q: string) => string[]) => {
    const perRound: number[][] = [];
    let top5 = 0;
    for (let round = 0; round < rounds; round++) {
      perRound.push(
        queries.map(({ q, expect }) => {
          const start = performance.now();
          const keys = search(q);
          const took = performance.now() - start;
          if (round === 0 && keys.includes(expect)) top5 += 1;
          return took;
        }),
      );
    }
    return { ...roundQuantiles(perRound), top5 };
  };

  const ours = buildRepeatedly(DEFAULT_RUNS, () => buildMpiIndex(people));
  const oursRun = run((q) => searchMpi(ours.value, q, { currentYear: 2026, limit: 5 }).map((h) => h.person.key));
  const miniBuilds = 3;
  const mini = buildRepeatedly(miniBuilds, () => {
    const m = new MiniSearch<MpiPerson & { names: string; previous: string; alias: string; ids: string; dob: string }>({
      idField: 'key',
      fields: ['names', 'previous', 'alias', 'ids', 'dob'],
      searchOptions: { prefix: true, combineWith: 'AND', boost: { names: 2 } },
    });
    m.addAll(
      people.map((p) => ({
        ...p,
        names: [p.name.family, ...p.name.given].join(' '),
        previous: p.previousNames.map((n) => n.family).join(' '),
        alias: p.aliases.map((a) => a.given ?? '').join(' '),
        ids: [p.mrn, ...p.accountNumbers].join(' '),
        dob: `${p.birthDate} ${fmtUs(p.birthDate)}`,
      })),
    );
    return m;
  });
  const miniRun = run((q) =>
    mini.value
      .search(q)
      .slice(0, 5)
      .map((h) => String(h.id)),
  );
  const builds = sameUnit('ms', spread(ours.ms), spread(mini.ms));
  const heaps = sameUnit('MB', spread(ours.heap), spread(mini.heap));
  const p50 = sameUnit('ms', spread(oursRun.p50), spread(miniRun.p50));
  const p95 = sameUnit('ms', spread(oursRun.p95), spread(miniRun.p95));
  table(
    `MPI search: 100,000 patients, ${queries.length} queries × ${rounds} rounds (name + DOB in typed forms, MRN, account, previous name). ` +
      `Index built ${DEFAULT_RUNS} times (MiniSearch ${miniBuilds}: its build takes seconds); heap retained after gc(); p50 and p95 of each round`,
    ['engine', 'index build', 'heap', 'p50 per round', 'p95 per round', 'expected patient in top 5'],
    [
      ['Record Room mpi/search', builds[0]!, heaps[0]!, p50[0]!, p95[0]!, `${oursRun.top5}/${queries.length}`],
      ['MiniSearch 7.2 (prefix, AND)', builds[1]!, heaps[1]!, p50[1]!, p95[1]!, `${miniRun.top5}/${queries.length}`],
    ],
  );
  await breathe();
  await mpiKeystrokeBench();
}

// pipeline --------------------------------------------------------------------------------------

function pipelineSection(): void {
  const runs = 20;
  const rowsOut = readBundledPacks().map((bytes) => {
    const parse = repeat(runs, () => timeMs(() => JSON.parse(new TextDecoder().decode(bytes))));
    let documents = 0;
    let id = '';
    const full = repeat(runs, () =>
      timeMs(() => {
        const pack = readOk(bytes);
        id = pack.pack.id;
        documents = normalisePack(pack, { source: 'bundled', now: '2025-01-01T00:00:00Z' }).documents.length;
      }),
    );
    const [ours, base] = sameUnit('ms', spread(full), spread(parse));
    return [id, `${(bytes.byteLength / 1024).toFixed(0)} KB`, documents, ours!, base!, ratio(full, parse)];
  });
  table(
    `Pack pipeline (decode, parse, validate, cross-reference, normalise) of the bundled packs, ${runs} runs, min / median / max`,
    ['pack', 'size', 'documents', 'Record Room pipeline', 'baseline: JSON.parse (decode + parse)', 'ratio of medians'],
    rowsOut,
  );
}

// install ---------------------------------------------------------------------------------------

/** Lakeside's patients cloned `copies` times with suffixed ids: a pack of a few hundred rich charts. */
function clonedLakeside(pack: Pack, copies: number): Pack {
  const big = structuredClone(pack);
  big.patients = [];
  for (let c = 0; c < copies; c++) {
    for (const p of pack.patients) {
      const s = `-c${c}`;
      big.patients.push({
        ...p,
        id: p.id + s,
        mrn: p.mrn + s,
        encounters: p.encounters.map((e) => ({ ...e, id: e.id + s, accountNumber: e.accountNumber + s })),
        documents: p.documents.map((d) => ({ ...d, id: d.id + s, ...(d.encounterId ? { encounterId: d.encounterId + s } : {}) })),
        problems: p.problems.map((x) => ({ ...x, id: x.id + s })),
        medications: p.medications.map((x) => ({ ...x, id: x.id + s })),
        allergies: p.allergies.map((x) => ({ ...x, id: x.id + s })),
        orders: p.orders.map((x) => ({ ...x, id: x.id + s })),
        results: p.results.map((x) => ({ ...x, id: x.id + s })),
        procedures: p.procedures.map((x) => ({ ...x, id: x.id + s })),
        immunizations: p.immunizations.map((x) => ({ ...x, id: x.id + s })),
      });
    }
  }
  return big;
}

let databases = 0;
const freshDb = async (): Promise<RecordRoomDb> => {
  const d = new RecordRoomDb(`bench-${Date.now()}-${++databases}`);
  await d.open();
  return d;
};
async function dropDb(d: Dexie): Promise<void> {
  d.close();
  await Dexie.delete(d.name);
}

/** The fair baseline: the same tables and indexes, one plain bulkPut per table in one transaction. */
async function rawSameSchema(d: RecordRoomDb, rows: PackRows): Promise<void> {
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

async function rawPrimaryKeyOnly(rows: PackRows): Promise<number> {
  const raw = new Dexie(`bench-raw-${Date.now()}-${++databases}`);
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
  const took = await timeMsAsync(() => raw.table('rows').bulkPut(all));
  await dropDb(raw);
  return took;
}

async function installSection(): Promise<void> {
  const lakeside = readBundledPacks()[0];
  if (!lakeside) return;
  const copies = 25;
  const rows = normalisePack(clonedLakeside(readOk(lakeside), copies), { source: 'imported', now: '2025-01-01T00:00:00Z' });
  const total = packRowCount(rows);
  const install: number[] = [];
  const reinstall: number[] = [];
  const raw: number[] = [];
  const pk: number[] = [];
  await repeatAsync(DEFAULT_RUNS, async () => {
    const d = await freshDb();
    setDatabase(d);
    install.push(await timeMsAsync(() => installPack(rows)));
    reinstall.push(await timeMsAsync(() => installPack(rows)));
    await dropDb(d);
    const r = await freshDb();
    raw.push(await timeMsAsync(() => rawSameSchema(r, rows)));
    await dropDb(r);
    pk.push(await rawPrimaryKeyOnly(rows));
    return 0;
  });
  const times = sameUnit('ms', ...[install, reinstall, raw, pk].map(spread));
  const rates = [install, reinstall, raw, pk].map((t) => perSecond(total, t));
  const rateCells = sameUnit('rows/s', ...rates.map(spread));
  table(
    `Install a pack into IndexedDB (fake-indexeddb 6 under Node): lakeside × ${copies} = ${rows.patients.length} patients, ` +
      `${rows.documents.length} documents, ${total.toLocaleString('en-US')} rows; ${DEFAULT_RUNS} runs, min / median / max, each into a fresh database`,
    ['operation', 'time', 'rate', 'rate ÷ raw bulkPut (same schema)'],
    [
      ['Record Room installPack (indexed tables, one transaction, chunks)', times[0]!, rateCells[0]!, ratio(rates[0]!, rates[2]!)],
      ['Record Room installPack again (replace: delete + put)', times[1]!, rateCells[1]!, ratio(rates[1]!, rates[2]!)],
      ['baseline: raw Dexie bulkPut, same tables and indexes, one transaction, no chunks', times[2]!, rateCells[2]!, '1.00×'],
      ['baseline: raw Dexie bulkPut, one table, primary key only', times[3]!, rateCells[3]!, ratio(rates[3]!, rates[2]!)],
    ],
  );
}

// pack (Chromium) -------------------------------------------------------------------------------

async function packSection(): Promise<void> {
  printPackLimit();
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`\n(Pack import in Chromium skipped: ${CHROMIUM_PATH} is missing.)`);
    return;
  }
  printPackImport(await packChromiumBench({ patients: 10_000, runs: DEFAULT_RUNS }));
}

// encoder ---------------------------------------------------------------------------------------

/** Fixed queries as coders type them, with the code an experienced coder expects to see. */
const CODE_QUERIES: [string, string][] = [
  ['DM', 'E119'],
  ['type 2 dm with ckd', 'E1122'],
  ['CHF', 'I509'],
  ['acute on chronic systolic chf', 'I5023'],
  ['COPD exacerbation', 'J441'],
  ['GERD', 'K219'],
  ['afib', 'I4891'],
  ['NSTEMI', 'I214'],
  ['pneumonia', 'J189'],
  ['sepsis', 'A419'],
  ['UTI', 'N390'],
  ['acute cholecystitis', 'K810'],
  ['E11.22', 'E1122'],
  ['i50.23', 'I5023'],
  ['S72.001A', 'S72001A'],
  ['fracture neck right femur', 'S72001A'],
  ['hypertensive ckd', 'I129'],
  ['acute appendicitis', 'K3580'],
  ['asthma exacerbation', 'J45901'],
  ['major depressive disorder single episode', 'F329'],
  ['alcohol dependence withdrawal', 'F10239'],
  ['obesity', 'E669'],
  ['hyperlipidemia', 'E785'],
  ['acute kidney failure', 'N179'],
  ['cellulitis left lower limb', 'L03116'],
  ['pressure ulcer sacral region stage 2', 'L89152'],
  ['long term insulin', 'Z794'],
  ['single live birth', 'Z370'],
];

interface CodeEngine {
  name: string;
  build: (entries: readonly SearchableEntry[]) => (q: string) => string[];
}

const CODE_ENGINES: CodeEngine[] = [
  {
    name: 'Record Room codes/search',
    build: (entries) => {
      const index = buildCodeSearchIndex('ICD-10-CM', entries);
      return (q) => searchCodes(index, q, { limit: 5 }).map((h) => h.entry.code);
    },
  },
  {
    name: 'MiniSearch 7.2 (prefix, AND)',
    build: (entries) => {
      const mini = new MiniSearch<{ id: number; code: string; dotted: string; title: string }>({
        fields: ['code', 'dotted', 'title'],
        storeFields: ['code'],
        searchOptions: { prefix: true, combineWith: 'AND', boost: { code: 3 } },
      });
      mini.addAll(
        entries.map((e, id) => ({
          id,
          code: e.code,
          dotted: e.code.length > 3 ? `${e.code.slice(0, 3)}.${e.code.slice(3)}` : e.code,
          title: e.title,
        })),
      );
      return (q) =>
        mini
          .search(q)
          .slice(0, 5)
          .map((r) => r['code'] as string);
    },
  },
  {
    name: 'FlexSearch 0.8 (forward)',
    build: (entries) => {
      const flex = new FlexIndex({ tokenize: 'forward', resolution: 9 });
      entries.forEach((e, id) => flex.add(id, `${e.code} ${e.title}`));
      return (q) => (flex.search(q, { limit: 5 }) as number[]).map((id) => entries[id]!.code);
    },
  },
];

async function encoderSection(): Promise<void> {
  const orderFile = `${SHARED_DATA}icd10cm/icd10cm-order-Jan-2021.txt`;
  if (!existsSync(orderFile)) {
    console.log(`\nEncoder search: skipped, ${orderFile} is missing (see ../shared/README.md)`);
  } else {
    const lines = readFileSync(orderFile, 'latin1').split(/\r?\n/).filter(Boolean);
    const entries: SearchableEntry[] = lines.map((l) => ({
      code: l.slice(6, 13).trim(),
      title: l.slice(77).trim(),
      billable: l[14] === '1',
      kind: l[14] === '1' ? 'code' : 'header',
    }));
    const builds = 3;
    const rounds = 10;
    const measured = CODE_ENGINES.map((engine) => {
      const built = buildRepeatedly(builds, () => engine.build(entries));
      const search = built.value;
      for (const [q] of CODE_QUERIES) search(q); // warm up
      let found = 0;
      const perRound = Array.from({ length: rounds }, (_, round) =>
        CODE_QUERIES.map(([q, expected]) => {
          const start = performance.now();
          const codes = search(q);
          const took = performance.now() - start;
          if (round === 0 && codes.includes(expected)) found++;
          return took;
        }),
      );
      return { engine, built, found, ...roundQuantiles(perRound) };
    });
    const buildCells = sameUnit('ms', ...measured.map((m) => spread(m.built.ms)));
    const heapCells = sameUnit('MB', ...measured.map((m) => spread(m.built.heap)));
    const p50Cells = sameUnit('ms', ...measured.map((m) => spread(m.p50)));
    const p95Cells = sameUnit('ms', ...measured.map((m) => spread(m.p95)));
    table(
      `Encoder search: ICD-10-CM FY2021, ${entries.length.toLocaleString('en-US')} entries, ${CODE_QUERIES.length} queries × ${rounds} rounds; ` +
        `each index built ${builds} times (builds take seconds), heap retained after gc(); p50 and p95 of each round, min / median / max`,
      ['engine', 'index build', 'heap', 'p50 per round', 'p95 per round', 'expected code in top 5'],
      measured.map((m, i) => [
        m.engine.name,
        buildCells[i]!,
        heapCells[i]!,
        p50Cells[i]!,
        p95Cells[i]!,
        `${m.found}/${CODE_QUERIES.length}`,
      ]),
    );
  }
  await encoderKeystrokeBench();
}

// grading ---------------------------------------------------------------------------------------

/** The naive scorer: per task, the share of answer tokens the trainee's work has (set equality, Jaccard). No credit rules, no explanations. */
function tokens(work: TaskWork): Set<string> {
  switch (work.kind) {
    case 'file':
      return new Set([
        ...Object.entries(work.documents).map(
          ([id, d]) => `${id}|${d.action}|${d.patientId ?? ''}|${d.encounterId ?? ''}|${d.documentType ?? ''}|${d.documentDate ?? ''}`,
        ),
        ...Object.keys(work.misfiles),
      ]);
    case 'retrieve':
      return new Set([`p|${work.patientId ?? ''}`, `d|${work.decision ?? ''}`, ...work.defects, ...work.release]);
    case 'complete':
      return new Set([
        `c|${String(work.recordComplete)}`,
        ...work.deficiencies.map((d) => `${d.type}|${d.documentId ?? ''}|${d.providerId}`),
      ]);
    case 'code':
      return new Set([
        ...work.diagnoses.map((d, i) => `${i === 0 ? 'P' : 'S'}|${d.code}|${d.poa ?? ''}`),
        ...work.procedures.map((p) => p.code),
        ...work.hcpcs.map((h) => `${h.code}|${h.modifiers.join()}|${h.units}`),
      ]);
  }
}
function naiveScore(answers: ReadonlyMap<string, Set<string>>, work: Work): number {
  let total = 0;
  for (const [taskId, expected] of answers) {
    const given = work.tasks[taskId] ? tokens(work.tasks[taskId]) : new Set<string>();
    let both = 0;
    for (const token of given) if (expected.has(token)) both++;
    const union = expected.size + given.size - both;
    total += union === 0 ? 1 : both / union;
  }
  return total / Math.max(1, answers.size);
}

/** Attempts per second of `runs` runs, each running `fn` over the works, round after round, for at least `minMs`. */
function throughput(works: readonly Work[], fn: (work: Work) => unknown, runs = DEFAULT_RUNS, minMs = 250): number[] {
  for (const w of works.slice(0, 20)) fn(w); // warm up
  return repeat(runs, () => {
    let attempts = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs) {
      for (const w of works) fn(w);
      attempts += works.length;
      elapsed = performance.now() - start;
    }
    return attempts / (elapsed / 1000);
  });
}

function gradingSection(): void {
  const rowsOut: string[][] = [];
  for (const bytes of [...readBundledPacks()].reverse()) {
    const pack = readOk(bytes);
    const keys = pack.keys;
    const perfect = perfectPackWork(pack, keys);
    const taskOf = new Map(pack.tasks.map((t) => [t.id, t]));
    const perfectReport = grade(pack, keys, perfect);
    if (perfectReport.overall.percent !== 100) throw new Error(`${pack.pack.id}: perfect work scores ${perfectReport.overall.percent} %`);
    const rand = prng(2025);
    const perturbed: Work[] = Array.from({ length: 200 }, () => ({
      ...perfect,
      tasks: Object.fromEntries(Object.entries(perfect.tasks).map(([id, w]) => [id, rand() < 0.6 ? perturb(w, rand) : w])),
    }));
    const answers = new Map(keys.map((k) => [k.taskId, tokens(perfectWork(k.key, taskOf.get(k.taskId)!))]));
    const meanPercent = perturbed.reduce((n, w) => n + grade(pack, keys, w).overall.percent, 0) / perturbed.length;
    for (const [label, works] of [
      ['perfect', [perfect]],
      [`perturbed ×${perturbed.length} (mean ${meanPercent.toFixed(1)} %)`, perturbed],
    ] as const) {
      const ours = throughput(works, (w) => grade(pack, keys, w));
      const parse = throughput(works, (w) => Work.parse(JSON.parse(JSON.stringify(w))));
      const naive = throughput(works, (w) => naiveScore(answers, w));
      const [oursCell, parseCell, naiveCell] = sameUnit('/s', spread(ours), spread(parse), spread(naive));
      const perTaskUs = ours.map((n) => 1e6 / n / keys.length);
      rowsOut.push([
        pack.pack.id,
        String(keys.length),
        label,
        oursCell!,
        show('µs', perTaskUs),
        parseCell!,
        naiveCell!,
        ratio(parse, ours),
      ]);
    }
  }
  table(
    `Grading throughput: whole-pack attempts (every keyed task of the pack) graded per second in Node; ${DEFAULT_RUNS} runs of ≥ 250 ms each, min / median / max`,
    [
      'pack',
      'tasks',
      'work',
      'Record Room grade',
      'per task',
      'baseline: JSON round trip + zod Work.parse',
      'baseline: naive set scorer',
      'parse ÷ grade (medians)',
    ],
    rowsOut,
  );
}

// fhir (Chromium) -------------------------------------------------------------------------------

async function fhirSection(): Promise<void> {
  const bulkFolder = `${SHARED_DATA}synthea-bulk`;
  if (!existsSync(bulkFolder) || !existsSync(CHROMIUM_PATH)) {
    console.log('\n(FHIR in Chromium skipped: ../shared/data/synthea-bulk or /usr/bin/chromium is missing.)');
    return;
  }
  printFhir(await fhirChromiumBench(bulkFolder, { size: 1_000, runs: DEFAULT_RUNS, populationRuns: 1 }));
}

// narrative -------------------------------------------------------------------------------------

function narrativeSection(): void {
  const paragraph = '<p>Seen in <b>clinic</b> for cough &amp; fever.</p><table><tr><td>Temp</td><td>38.2 &#176;C</td></tr></table>';
  const narratives: [string, (bytes: number) => string][] = [
    [
      'ordinary XHTML',
      (n) => `<div xmlns="http://www.w3.org/1999/xhtml">${paragraph.repeat(Math.floor((n - 49) / paragraph.length))}</div>`,
    ],
    ['hostile: unclosed tags', (n) => `<div${'<b'.repeat((n - 4) / 2)}`],
    ['hostile: unclosed comments', (n) => '<!--'.repeat(n / 4)],
    ['hostile: a row of empty cells', (n) => `<tr>${'<td>'.repeat(n / 4 - 1)}`],
  ];
  const rowsOut: string[][] = [];
  for (const [name, make] of narratives) {
    for (const megabytes of [1, 2]) {
      const text = make(megabytes * 1024 * 1024);
      gc();
      const ours = repeat(DEFAULT_RUNS, () => timeMs(() => xhtmlToText(text)));
      const baseline = repeat(DEFAULT_RUNS, () => timeMs(() => text.toLowerCase()));
      const [oursCell, baseCell] = sameUnit('ms', spread(ours), spread(baseline));
      rowsOut.push([
        name,
        `${(text.length / 1048576).toFixed(1)} MB`,
        oursCell!,
        `${(median(ours) / megabytes).toFixed(1)} ms/MB`,
        baseCell!,
        `${(median(ours) / median(baseline)).toFixed(0)}×`,
      ]);
    }
  }
  table(
    `FHIR narrative to text (xhtmlToText), ${DEFAULT_RUNS} runs, min / median / max: linear when the time per MB (of the medians) stays flat from 1 MB to 2 MB`,
    ['narrative', 'size', 'Record Room', 'per MB', 'baseline: toLowerCase of the same string', 'ratio of medians'],
    rowsOut,
  );
}

// sections --------------------------------------------------------------------------------------

const SECTIONS: { name: string; about: string; run: () => unknown }[] = [
  { name: 'mpi', about: 'MPI search, whole queries and per keystroke, vs MiniSearch and the plain scan', run: mpiSection },
  { name: 'pipeline', about: 'pack pipeline of the bundled packs vs JSON.parse', run: pipelineSection },
  { name: 'install', about: 'installPack vs raw Dexie bulkPut (fake-indexeddb, Node)', run: installSection },
  { name: 'pack', about: 'pack import in Chromium: pipeline, installPack vs raw bulkPut, peak heap, the 64 MiB limit', run: packSection },
  {
    name: 'encoder',
    about: 'encoder search over ICD-10-CM vs MiniSearch and FlexSearch, whole queries and per keystroke',
    run: encoderSection,
  },
  { name: 'grading', about: 'whole-pack grading throughput vs zod parse and a naive scorer', run: gradingSection },
  { name: 'grade-one', about: 'grading one task in a 15- and a 10,000-patient pack, warm and cold', run: () => gradeOneTaskBench() },
  { name: 'fhir', about: 'FHIR bulk import and a 1,000-patient population in Chromium vs raw bulkPut', run: fhirSection },
  { name: 'narrative', about: 'FHIR narrative to text vs toLowerCase', run: narrativeSection },
  { name: 'scale', about: 'growth of each cost at 1k, 10k, 100k patients, with a fit', run: () => scaleBench() },
];

function help(): void {
  console.log('npm run bench [-- <section> …]   runs the named sections (all of them when none is named):');
  for (const s of SECTIONS) console.log(`  ${s.name.padEnd(10)} ${s.about}`);
}

async function main(args: readonly string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) return help();
  const unknown = args.filter((a) => !SECTIONS.some((s) => s.name === a));
  if (unknown.length > 0) {
    console.error(`Unknown section${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}\n`);
    help();
    process.exitCode = 1;
    return;
  }
  const chosen = args.length === 0 ? SECTIONS : SECTIONS.filter((s) => args.includes(s.name));
  console.log(machineLine(CHROMIUM_PATH));
  const started = performance.now();
  for (const section of chosen) {
    const start = performance.now();
    await section.run();
    console.log(`[${section.name}: ${((performance.now() - start) / 1000).toFixed(0)} s; load average ${loadavg()[0]!.toFixed(2)}]`);
    gc();
    await breathe();
  }
  console.log(`\nBench done in ${((performance.now() - started) / 1000).toFixed(0)} s: ${chosen.map((s) => s.name).join(', ')}.`);
}

await main(process.argv.slice(2));
