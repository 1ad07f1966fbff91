/**
 * `npm run bench`: Record Room's speed, each figure beside a baseline measured in the same run.
 * 1. MPI search over 100,000 synthetic patients vs MiniSearch on the same records.
 * 2. The pack pipeline (decode, parse, validate, cross-reference, normalise) vs bare JSON.parse.
 * 3. Installing a pack into IndexedDB vs raw Dexie bulkPut of the same rows (fake-indexeddb in Node).
 * 4. Encoder search over the full ICD-10-CM release vs MiniSearch and FlexSearch on the same entries
 *    (needs ../shared/data; skipped with a note when it is missing).
 * 5. Grading throughput: whole-pack attempts (every task of Riverside and Lakeside) graded per second,
 *    perfect and randomly perturbed work, vs reading the same work (JSON round trip + zod Work.parse)
 *    and vs a naive set-equality scorer with no partial credit or explanations.
 * 6. FHIR in Chromium: the Synthea bulk-export folder imported into IndexedDB (resources/s) vs raw
 *    Dexie bulkPut of the same rows, and the heap of a 1,000-patient population cloned from it with
 *    new identities (needs ../shared/data and /usr/bin/chromium; skipped with a note otherwise).
 * 7. FHIR narrative to text: ordinary and hostile XHTML of 1 MB and 2 MB vs toLowerCase over the same
 *    string; the time per MB stays flat when the work grows linearly.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import Dexie from 'dexie';
import { buildMpiIndex, searchMpi, type MpiPerson } from '../../src/mpi/search.ts';
import { mpiKeystrokeBench } from './mpi-keystroke.ts';
import { readPackBytes } from '../../src/packs/read.ts';
import { normalisePack } from '../../src/packs/normalise.ts';
import { RecordRoomDb, setDatabase } from '../../src/storage/db.ts';
import { installPack } from '../../src/storage/packs.ts';
import { existsSync } from 'node:fs';
import { Index as FlexIndex } from 'flexsearch';
import { buildCodeSearchIndex, searchCodes, type SearchableEntry } from '../../src/codes/search.ts';
import { encoderKeystrokeBench } from './encoder-keystroke.ts';
import { grade } from '../../src/grading/grade.ts';
import { perfectPackWork, perfectWork } from '../../src/grading/perfect.ts';
import { Work, type TaskWork } from '../../src/tasks/work.ts';
import type { Pack } from '../../src/packs/format.ts';
import { fhirChromiumBench } from './fhir-chromium.ts';
import { CHROMIUM_PATH } from '../chromium.ts';
import { xhtmlToText } from '../../src/fhir/narrative.ts';
import { syntheticPeople } from '../fixtures/mpi-people.ts';

function prng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** The bench's people: the seeded generator the MPI tests use too. */
const makePeople = (count: number): MpiPerson[] => syntheticPeople(count, 42);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}
const ms = (n: number) => `${n.toFixed(n < 10 ? 3 : 1)} ms`;
const heapMb = () => process.memoryUsage().heapUsed / 1048576;
function gc() {
  (globalThis as { gc?: () => void }).gc?.();
}

function table(title: string, header: string[], rows: (string | number)[][]) {
  console.log(`\n${title}`);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

// 1. MPI search -----------------------------------------------------------------------------
const people = makePeople(100_000);
const target = (i: number) => people[i]!;
const fmtUs = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const queries: { q: string; expect: string }[] = [];
for (const i of [17, 4242, 9999, 31337, 55555, 77777, 88888, 99998]) {
  const p = target(i);
  queries.push({ q: `${p.name.family} ${p.name.given[0]} ${fmtUs(p.birthDate)}`, expect: p.key });
  queries.push({ q: `${p.name.family.slice(0, 4)} ${p.name.given[0]!.slice(0, 3)} ${p.birthDate}`, expect: p.key });
  queries.push({ q: p.mrn, expect: p.key });
  queries.push({ q: p.accountNumbers[0]!, expect: p.key });
}
for (const p of people.filter((x) => x.previousNames.length > 0).slice(0, 8)) {
  queries.push({ q: `${p.previousNames[0]!.family} ${p.name.given[0]} ${fmtUs(p.birthDate)}`, expect: p.key });
}

gc();
let heap0 = heapMb();
let t = performance.now();
const index = buildMpiIndex(people);
const rrBuild = performance.now() - t;
const rrHeap = heapMb() - heap0;
const rrTimes: number[] = [];
let rrTop5 = 0;
for (let round = 0; round < 5; round++) {
  for (const { q, expect } of queries) {
    t = performance.now();
    const hits = searchMpi(index, q, { currentYear: 2026, limit: 5 });
    rrTimes.push(performance.now() - t);
    if (round === 0 && hits.some((h) => h.person.key === expect)) rrTop5 += 1;
  }
}

gc();
heap0 = heapMb();
t = performance.now();
const mini = new MiniSearch<MpiPerson & { names: string; previous: string; alias: string; ids: string; dob: string }>({
  idField: 'key',
  fields: ['names', 'previous', 'alias', 'ids', 'dob'],
  searchOptions: { prefix: true, combineWith: 'AND', boost: { names: 2 } },
});
mini.addAll(
  people.map((p) => ({
    ...p,
    names: [p.name.family, ...p.name.given].join(' '),
    previous: p.previousNames.map((n) => n.family).join(' '),
    alias: p.aliases.map((a) => a.given ?? '').join(' '),
    ids: [p.mrn, ...p.accountNumbers].join(' '),
    dob: `${p.birthDate} ${fmtUs(p.birthDate)}`,
  })),
);
const miniBuild = performance.now() - t;
const miniHeap = heapMb() - heap0;
const miniTimes: number[] = [];
let miniTop5 = 0;
for (let round = 0; round < 5; round++) {
  for (const { q, expect } of queries) {
    t = performance.now();
    const hits = mini.search(q).slice(0, 5);
    miniTimes.push(performance.now() - t);
    if (round === 0 && hits.some((h) => h.id === expect)) miniTop5 += 1;
  }
}
const rr = stats(rrTimes);
const ms2 = stats(miniTimes);
table(
  `MPI search: 100,000 patients, ${queries.length} queries × 5 rounds (name + DOB in typed forms, MRN, account, previous name)`,
  ['engine', 'index build', 'heap', 'p50', 'p95', 'expected patient in top 5'],
  [
    ['Record Room mpi/search', ms(rrBuild), `${rrHeap.toFixed(0)} MB`, ms(rr.p50), ms(rr.p95), `${rrTop5}/${queries.length}`],
    ['MiniSearch 7.2 (prefix, AND)', ms(miniBuild), `${miniHeap.toFixed(0)} MB`, ms(ms2.p50), ms(ms2.p95), `${miniTop5}/${queries.length}`],
  ],
);
await mpiKeystrokeBench();

// 2. Pack pipeline --------------------------------------------------------------------------
const packPaths = ['../../scenarios/lakeside/lakeside-community.pack.json', '../../scenarios/riverside/riverside-general.pack.json'];
const packBytes = packPaths.flatMap((p) => {
  try {
    return [readFileSync(fileURLToPath(new URL(p, import.meta.url)))];
  } catch {
    return [];
  }
});
const pipelineRows: (string | number)[][] = [];
for (const bytes of packBytes) {
  const rounds = 20;
  t = performance.now();
  for (let i = 0; i < rounds; i++) JSON.parse(new TextDecoder().decode(bytes));
  const parse = (performance.now() - t) / rounds;
  t = performance.now();
  let documents = 0;
  let id = '';
  for (let i = 0; i < rounds; i++) {
    const result = readPackBytes(bytes);
    if (!result.ok) throw new Error('bundled pack invalid');
    id = result.pack.pack.id;
    documents = normalisePack(result.pack, { source: 'bundled', now: '2025-01-01T00:00:00Z' }).documents.length;
  }
  const full = (performance.now() - t) / rounds;
  pipelineRows.push([id, `${(bytes.byteLength / 1024).toFixed(0)} KB`, documents, ms(full), ms(parse), `${(full / parse).toFixed(1)}×`]);
}
table(
  'Pack pipeline (decode, parse, validate, cross-reference, normalise), mean of 20 runs',
  ['pack', 'size', 'documents', 'Record Room pipeline', 'baseline JSON.parse', 'ratio'],
  pipelineRows,
);

// 3. Install into IndexedDB -----------------------------------------------------------------
if (packBytes[0]) {
  const result = readPackBytes(packBytes[0]);
  if (!result.ok) throw new Error('bundled pack invalid');
  const copies = 25;
  const big = structuredClone(result.pack);
  big.patients = [];
  for (let c = 0; c < copies; c++) {
    for (const p of result.pack.patients) {
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
  const rows = normalisePack(big, { source: 'imported', now: '2025-01-01T00:00:00Z' });
  const total =
    rows.providers.length +
    rows.patients.length +
    rows.encounters.length +
    rows.documents.length +
    rows.clinical.length +
    rows.looseDocuments.length;

  const db = new RecordRoomDb(`bench-${Date.now()}`);
  setDatabase(db);
  t = performance.now();
  await installPack(rows);
  const install = performance.now() - t;
  t = performance.now();
  await installPack(rows);
  const reinstall = performance.now() - t;

  const raw = new Dexie(`bench-raw-${Date.now()}`);
  raw.version(1).stores({ rows: '++seq' });
  const all = [...rows.providers, ...rows.patients, ...rows.encounters, ...rows.documents, ...rows.clinical, ...rows.looseDocuments];
  t = performance.now();
  await raw.table('rows').bulkPut(all);
  const rawPut = performance.now() - t;
  const rate = (n: number, msTaken: number) => `${Math.round(n / (msTaken / 1000)).toLocaleString('en-US')} rows/s`;
  table(
    `Install a pack into IndexedDB (fake-indexeddb 6 under Node): lakeside × ${copies} = ${rows.patients.length} patients, ${rows.documents.length} documents, ${total.toLocaleString('en-US')} rows`,
    ['operation', 'time', 'rate'],
    [
      ['Record Room installPack (indexed tables, one transaction)', ms(install), rate(total, install)],
      ['Record Room installPack again (replace: delete + put)', ms(reinstall), rate(total, reinstall)],
      ['baseline: raw Dexie bulkPut, one table, primary key only', ms(rawPut), rate(total, rawPut)],
    ],
  );
  db.close();
  raw.close();
}
// 4. Encoder search -------------------------------------------------------------------------
const ORDER_FILE = fileURLToPath(new URL('../../../shared/data/icd10cm/icd10cm-order-Jan-2021.txt', import.meta.url));
if (!existsSync(ORDER_FILE)) {
  console.log(`\nEncoder search: skipped, ${ORDER_FILE} is missing (see ../shared/README.md)`);
} else {
  const lines = readFileSync(ORDER_FILE, 'latin1').split(/\r?\n/).filter(Boolean);
  const entries: SearchableEntry[] = lines.map((l) => ({
    code: l.slice(6, 13).trim(),
    title: l.slice(77).trim(),
    billable: l[14] === '1',
    kind: l[14] === '1' ? 'code' : 'header',
  }));
  // Fixed queries as coders type them, with the code an experienced coder expects to see.
  const codeQueries: [string, string][] = [
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
  gc();
  let h0 = heapMb();
  let t0 = performance.now();
  const codeIndex = buildCodeSearchIndex('ICD-10-CM', entries);
  const ownBuild = performance.now() - t0;
  const ownHeap = heapMb() - h0;

  gc();
  h0 = heapMb();
  t0 = performance.now();
  const miniCodes = new MiniSearch<{ id: number; code: string; dotted: string; title: string }>({
    fields: ['code', 'dotted', 'title'],
    storeFields: ['code'],
    searchOptions: { prefix: true, combineWith: 'AND', boost: { code: 3 } },
  });
  miniCodes.addAll(
    entries.map((e, id) => ({
      id,
      code: e.code,
      dotted: e.code.length > 3 ? `${e.code.slice(0, 3)}.${e.code.slice(3)}` : e.code,
      title: e.title,
    })),
  );
  const miniCodeBuild = performance.now() - t0;
  const miniCodeHeap = heapMb() - h0;

  gc();
  h0 = heapMb();
  t0 = performance.now();
  const flex = new FlexIndex({ tokenize: 'forward', resolution: 9 });
  entries.forEach((e, id) => flex.add(id, `${e.code} ${e.title}`));
  const flexBuild = performance.now() - t0;
  const flexHeap = heapMb() - h0;

  const engines: { name: string; build: number; heap: number; run: (q: string) => string[] }[] = [
    {
      name: 'Record Room codes/search',
      build: ownBuild,
      heap: ownHeap,
      run: (q) => searchCodes(codeIndex, q, { limit: 5 }).map((h) => h.entry.code),
    },
    {
      name: 'MiniSearch 7.2 (prefix, AND)',
      build: miniCodeBuild,
      heap: miniCodeHeap,
      run: (q) =>
        miniCodes
          .search(q)
          .slice(0, 5)
          .map((r) => r['code'] as string),
    },
    {
      name: 'FlexSearch 0.8 (forward)',
      build: flexBuild,
      heap: flexHeap,
      run: (q) => (flex.search(q, { limit: 5 }) as number[]).map((id) => entries[id]!.code),
    },
  ];
  const rowsOut: (string | number)[][] = [];
  for (const engine of engines) {
    for (const [q] of codeQueries) engine.run(q); // warm up
    const times: number[] = [];
    let found = 0;
    for (let round = 0; round < 10; round++) {
      for (const [q, expected] of codeQueries) {
        const start = performance.now();
        const codes = engine.run(q);
        times.push(performance.now() - start);
        if (round === 0 && codes.includes(expected)) found++;
      }
    }
    const st = stats(times);
    rowsOut.push([engine.name, ms(engine.build), `${engine.heap.toFixed(0)} MB`, ms(st.p50), ms(st.p95), `${found}/${codeQueries.length}`]);
  }
  table(
    `Encoder search: ICD-10-CM FY2021, ${entries.length.toLocaleString('en-US')} entries, ${codeQueries.length} queries × 10 rounds`,
    ['engine', 'index build', 'heap', 'p50', 'p95', 'expected code in top 5'],
    rowsOut,
  );
}
await encoderKeystrokeBench();

// 5. Grading throughput ---------------------------------------------------------------------

/** One trainee-like mistake in a task's work, chosen by `rand`: the kinds of error the grader scores. */
function perturb(work: TaskWork, rand: () => number): TaskWork {
  const pickIndex = (n: number) => Math.floor(rand() * n);
  const mutateCode = (code: string) => code.slice(0, -1) + (code.at(-1) === '9' ? '0' : '9');
  switch (work.kind) {
    case 'file': {
      const ids = Object.keys(work.documents);
      if (ids.length === 0) return work;
      const id = ids[pickIndex(ids.length)]!;
      const entry = work.documents[id]!;
      const changed = rand() < 0.5 ? { action: 'hold' as const } : { ...entry, documentDate: '2025-01-01' };
      return { ...work, documents: { ...work.documents, [id]: changed } };
    }
    case 'retrieve':
      if (rand() < 0.3) return { ...work, decision: work.decision === 'release' ? 'deny' : 'release' };
      return { ...work, release: rand() < 0.5 ? work.release.slice(1) : [...work.release, 'doc-not-requested'] };
    case 'complete':
      if (rand() < 0.3) return { ...work, recordComplete: !work.recordComplete };
      return {
        ...work,
        deficiencies: rand() < 0.5 ? work.deficiencies.slice(1) : work.deficiencies.map((d) => ({ ...d, providerId: 'prv-someone-else' })),
      };
    case 'code': {
      const r = rand();
      if (r < 0.25 && work.diagnoses.length > 1)
        return { ...work, diagnoses: [work.diagnoses[1]!, work.diagnoses[0]!, ...work.diagnoses.slice(2)] };
      if (r < 0.5 && work.diagnoses.length > 0) {
        const i = pickIndex(work.diagnoses.length);
        return { ...work, diagnoses: work.diagnoses.map((d, j) => (j === i ? { ...d, code: mutateCode(d.code) } : d)) };
      }
      if (r < 0.65 && work.hcpcs.length > 0)
        return { ...work, hcpcs: work.hcpcs.map((h, j) => (j === 0 ? { ...h, units: h.units + 1 } : h)) };
      if (r < 0.8 && work.procedures.length > 0) return { ...work, procedures: work.procedures.slice(1) };
      return { ...work, diagnoses: [...work.diagnoses, { code: 'R69', poa: 'Y' }] };
    }
  }
}

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

/** Attempts per second: runs `fn` over the works, round after round, for at least `minMs`. */
function throughput(works: readonly Work[], fn: (work: Work) => unknown, minMs = 1_000): number {
  for (const w of works.slice(0, 20)) fn(w); // warm up
  let attempts = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const w of works) fn(w);
    attempts += works.length;
    elapsed = performance.now() - start;
  }
  return attempts / (elapsed / 1000);
}
const perSecond = (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`;

const gradingRows: (string | number)[][] = [];
for (const bytes of [...packBytes].reverse()) {
  const result = readPackBytes(bytes);
  if (!result.ok) throw new Error('bundled pack invalid');
  const pack: Pack = result.pack;
  const keys = pack.keys;
  const perfect: Work = perfectPackWork(pack, keys);
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
    gradingRows.push([
      pack.pack.id,
      keys.length,
      label,
      perSecond(ours),
      `${((1000 / ours / keys.length) * 1000).toFixed(1)} µs`,
      perSecond(parse),
      perSecond(naive),
      `${(parse / ours).toFixed(1)}×`,
    ]);
  }
}
table(
  'Grading throughput: whole-pack attempts (every keyed task of the pack) graded per second in Node, each run ≥ 1 s',
  [
    'pack',
    'tasks',
    'work',
    'Record Room grade',
    'per task',
    'baseline: JSON round trip + zod Work.parse',
    'baseline: naive set scorer',
    'parse ÷ grade',
  ],
  gradingRows,
);

// 6. FHIR import into IndexedDB, in Chromium -----------------------------------------------
const bulkFolder = fileURLToPath(new URL('../../../shared/data/synthea-bulk', import.meta.url));
if (existsSync(bulkFolder) && existsSync(CHROMIUM_PATH)) {
  const f = await fhirChromiumBench(bulkFolder, 1_000);
  const perS = (n: number, msTaken: number) => `${Math.round(n / (msTaken / 1000)).toLocaleString('en-US')}/s`;
  const b = f.bulk;
  const p = f.population;
  table(
    `FHIR bulk folder into IndexedDB in Chromium: ${b['resources']!.toLocaleString('en-US')} resources → ${b['patients']} patients, ${b['encounters']!.toLocaleString('en-US')} encounters, ${b['documents']!.toLocaleString('en-US')} documents, ${b['rows']!.toLocaleString('en-US')} rows`,
    ['operation', 'time', 'rate'],
    [
      [
        'Record Room end to end: importFhir → pack checks → normalise → installPack',
        ms(b['totalMs']!),
        `${perS(b['resources']!, b['totalMs']!)} resources`,
      ],
      [
        '  of which importFhir (parse NDJSON, resolve references, map)',
        ms(b['importMs']!),
        `${perS(b['resources']!, b['importMs']!)} resources`,
      ],
      ['  of which installPack (indexed tables, one transaction)', ms(b['installMs']!), `${perS(b['rows']!, b['installMs']!)} rows`],
      [
        'baseline: raw Dexie bulkPut of the same rows, one table, primary key only',
        ms(b['rawPutMs']!),
        `${perS(b['rows']!, b['rawPutMs']!)} rows`,
      ],
    ],
  );
  table(
    `A 1,000-patient population (the bulk set cloned with new identities): ${p['encounters']!.toLocaleString('en-US')} encounters, ${p['documents']!.toLocaleString('en-US')} documents, ${p['rows']!.toLocaleString('en-US')} rows`,
    ['measure', 'value'],
    [
      ['clone, check and normalise', ms(p['buildMs']!)],
      ['installPack into IndexedDB', `${ms(p['installMs']!)} (${perS(p['rows']!, p['installMs']!)} rows)`],
      ['baseline: raw Dexie bulkPut of the same rows', `${ms(p['rawPutMs']!)} (${perS(p['rows']!, p['rawPutMs']!)} rows)`],
      ['JS heap with the population held (after GC)', `${f.heapWithPopulationMb.toFixed(0)} MB`],
      ['JS heap before, and after letting it go', `${f.heapBeforeMb.toFixed(0)} MB / ${f.heapAfterDropMb.toFixed(0)} MB`],
    ],
  );
} else {
  console.log('\n(FHIR in Chromium skipped: ../shared/data/synthea-bulk or /usr/bin/chromium is missing.)');
}

// 7. FHIR narrative to text -----------------------------------------------------------------
{
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
  const best = (run: () => unknown, rounds = 5) => {
    let fastest = Infinity;
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      run();
      fastest = Math.min(fastest, performance.now() - start);
    }
    return fastest;
  };
  const narrativeRows: (string | number)[][] = [];
  for (const [name, make] of narratives) {
    for (const megabytes of [1, 2]) {
      const text = make(megabytes * 1024 * 1024);
      gc();
      const ours = best(() => xhtmlToText(text));
      const baseline = best(() => text.toLowerCase());
      narrativeRows.push([
        name,
        `${(text.length / 1048576).toFixed(1)} MB`,
        ms(ours),
        `${ms(ours / megabytes)}/MB`,
        ms(baseline),
        `${(ours / baseline).toFixed(0)}×`,
      ]);
    }
  }
  table(
    'FHIR narrative to text (xhtmlToText), fastest of 5 runs: linear when the time per MB stays flat from 1 MB to 2 MB',
    ['narrative', 'size', 'Record Room', 'per MB', 'baseline: toLowerCase of the same string', 'ratio'],
    narrativeRows,
  );
}

console.log('\nMachine: 2 cores; Node', process.version, '\n');
