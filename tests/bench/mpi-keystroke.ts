/**
 * MPI search per keystroke: every prefix of a query as a clerk types it is one search, timed on its
 * own, over the same seeded 100,000 patients (tests/fixtures/mpi-people.ts, the population of the
 * MPI row in run.ts), for
 *   (a) Record Room's index (src/mpi/search.ts: sorted dictionaries, binary search on the prefix, top 200 kept in a heap);
 *   (b) the plain scan with the same matching (src/mpi/linear.ts: every patient checked, every match sorted), and the
 *       scan alone with no ranking, the floor of any scan;
 *   (c) MiniSearch 7.2 as its documentation suggests for search as you type (prefix: true, fuzzy 0.2 on terms longer than
 *       3 characters, combineWith: 'AND', the name field boosted), first 200 results.
 * Each index is built R times (Record Room 5, the slower engines 3; min / median / max, heap retained after gc());
 * keystrokes are typed R times after a warm-up pass (figures over all keystrokes, and the spread of each run's p95).
 * Then a scale section: 1,000, 10,000 and 100,000 patients, index build and keystroke p95 for each engine, with the
 * exponent of a power-law fit (time ∝ patients^k: 1 is linear, 0 flat) and its verdict.
 *
 * `npm run bench` runs it from run.ts; alone: npx tsx --expose-gc -e "import('./tests/bench/mpi-keystroke.ts').then((m) => m.mpiKeystrokeBench())"
 */
import MiniSearch from 'minisearch';
import { buildMpiIndex, searchMpiResults, type MpiPerson } from '../../src/mpi/search.ts';
import { buildLinearMpi, scanMpi, searchLinearMpi, type LinearMpi } from '../../src/mpi/linear.ts';
import { seededRandom, syntheticPeople } from '../fixtures/mpi-people.ts';
import { canGc, gc, growthVerdict, heapMb, median, powerLawExponent, quantile, show, table } from './stats.ts';

export const CURRENT_YEAR = 2026;
/** Results kept per keystroke, as the MPI screen asks. */
export const LIMIT = 200;

type Kind =
  'name, 1–3 letters' | 'name, 4+ letters or 2+ words' | 'MRN or account, partial' | 'date of birth as typed' | 'name + date of birth';

export interface Keystroke {
  query: string;
  kind: Kind;
}

/** What a clerk types, from seeded patients: each prefix of each query is one keystroke. */
export function typedQueries(people: readonly MpiPerson[]): Keystroke[] {
  const rand = seededRandom(7);
  const someone = () => people[Math.floor(rand() * people.length)]!;
  const us = (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}/${iso.slice(2, 4)}`;
  const typed: { text: string; kind: 'name' | 'id' | 'dob' | 'name+dob' }[] = [];
  for (let i = 0; i < 2; i++) {
    const p = someone();
    typed.push({ text: `${p.name.family} ${p.name.given[0]}`, kind: 'name' });
  }
  const a = someone();
  typed.push({ text: `${a.name.given[0]} ${a.name.family.slice(0, 3)}`, kind: 'name' });
  const withPrevious = people.find((p, i) => i > people.length / 3 && p.previousNames.length > 0) ?? someone();
  typed.push({ text: `${withPrevious.previousNames[0]?.family ?? withPrevious.name.family} ${withPrevious.name.given[0]}`, kind: 'name' });
  typed.push({ text: "O'Brien", kind: 'name' }, { text: 'nunez', kind: 'name' });
  for (let i = 0; i < 2; i++) typed.push({ text: someone().mrn, kind: 'id' });
  typed.push({ text: someone().mrn.replace(/^0+/, ''), kind: 'id' }, { text: someone().accountNumbers[0]!, kind: 'id' });
  for (let i = 0; i < 2; i++) typed.push({ text: us(someone().birthDate), kind: 'dob' });
  for (let i = 0; i < 2; i++) typed.push({ text: someone().birthDate, kind: 'dob' });
  const b = someone();
  typed.push({ text: `${b.name.family} ${us(b.birthDate)}`, kind: 'name+dob' });

  const out: Keystroke[] = [];
  for (const { text, kind } of typed) {
    for (let end = 1; end <= text.length; end++) {
      const query = text.slice(0, end);
      if (query.endsWith(' ')) continue;
      const words = query.trim().split(/\s+/);
      out.push({
        query,
        kind:
          kind === 'id'
            ? 'MRN or account, partial'
            : kind === 'dob'
              ? 'date of birth as typed'
              : kind === 'name+dob' && /\d/.test(query)
                ? 'name + date of birth'
                : words.length === 1 && query.replace(/[^\p{L}]/gu, '').length <= 3
                  ? 'name, 1–3 letters'
                  : 'name, 4+ letters or 2+ words',
      });
    }
  }
  return out;
}

interface Engine {
  name: string;
  /** One sample per build. */
  buildMs: number[];
  /** Heap retained by each build (after gc()), when gc() is exposed. */
  heapMb: number[] | undefined;
  /** Runs the keystroke; returns the keys of the first ten results. */
  search: (query: string) => string[];
}

/**
 * Builds the engine `builds` times (each after gc(), the one before let go: `release` drops what
 * the engine keeps outside its search function), keeping the last.
 */
function build(name: string, builds: number, make: () => (query: string) => string[], release?: () => void): Engine {
  const buildMs: number[] = [];
  const heap: number[] = [];
  let search: ((query: string) => string[]) | undefined;
  for (let i = 0; i < builds; i++) {
    search = undefined;
    release?.();
    gc();
    const before = heapMb();
    const start = performance.now();
    search = make();
    buildMs.push(performance.now() - start);
    gc();
    heap.push(heapMb() - before);
  }
  return { name, buildMs, heapMb: canGc() ? heap : undefined, search: search! };
}

/** Builds per engine: Record Room's `runs`, the slower engines `slowRuns`. */
interface Builds {
  runs: number;
  slowRuns: number;
}

function engines(people: readonly MpiPerson[], which: { linear: boolean }, builds: Builds): Engine[] {
  const list: Engine[] = [];
  list.push(
    build('(a) Record Room index', builds.runs, () => {
      const index = buildMpiIndex(people);
      return (q) =>
        searchMpiResults(index, q, { currentYear: CURRENT_YEAR, limit: LIMIT })
          .hits.slice(0, 10)
          .map((h) => h.person.key);
    }),
  );
  if (which.linear) {
    // The scan's preparation (lower-case words and identifiers per patient) is its "index".
    let linear: LinearMpi<MpiPerson> | undefined;
    const plain = build(
      '(b) plain scan, every match sorted',
      builds.slowRuns,
      () => {
        const prepared = (linear = buildLinearMpi(people));
        return (q) =>
          searchLinearMpi(prepared, q, { currentYear: CURRENT_YEAR, limit: LIMIT })
            .hits.slice(0, 10)
            .map((h) => h.person.key);
      },
      () => (linear = undefined),
    );
    const prepared = linear!;
    list.push(plain, {
      ...plain,
      name: '(b) plain scan alone, no ranking',
      search: (q) =>
        scanMpi(prepared, q, { currentYear: CURRENT_YEAR })
          .slice(0, 10)
          .map((h) => h.person.key),
    });
  }
  list.push(
    build('(c) MiniSearch 7.2', builds.slowRuns, () => {
      const mini = new MiniSearch<{ key: string; names: string; previous: string; alias: string; ids: string; dob: string }>({
        idField: 'key',
        fields: ['names', 'previous', 'alias', 'ids', 'dob'],
        searchOptions: { prefix: true, fuzzy: (term) => (term.length > 3 ? 0.2 : false), combineWith: 'AND', boost: { names: 2 } },
      });
      const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
      mini.addAll(
        people.map((p) => ({
          key: p.key,
          names: [p.name.family, ...p.name.given].join(' '),
          previous: p.previousNames.map((n) => [n.family, ...(n.given ?? [])].join(' ')).join(' '),
          alias: p.aliases.map((x) => `${x.given ?? ''} ${x.family ?? ''}`).join(' '),
          ids: [p.mrn, ...p.accountNumbers].join(' '),
          dob: `${p.birthDate} ${us(p.birthDate)}`,
        })),
      );
      // MiniSearch ranks every match; the screen would take the first 200.
      return (q) =>
        mini
          .search(q)
          .slice(0, LIMIT)
          .slice(0, 10)
          .map((r) => String(r.id));
    }),
  );
  return list;
}

/** Per-keystroke times of `runs` runs (each types every keystroke once, in order), after one warm-up pass. */
function time(engine: Engine, keystrokes: readonly Keystroke[], runs: number): number[][] {
  for (const k of keystrokes.slice(0, 30)) engine.search(k.query);
  const out: number[][] = [];
  for (let run = 0; run < runs; run++) {
    const times: number[] = [];
    for (const k of keystrokes) {
      const start = performance.now();
      engine.search(k.query);
      times.push(performance.now() - start);
    }
    out.push(times);
  }
  return out;
}

const ms = (n: number) => (n < 1 ? `${n.toFixed(3)} ms` : n < 100 ? `${n.toFixed(2)} ms` : `${n.toFixed(0)} ms`);

export async function mpiKeystrokeBench(
  options: { patients?: number; runs?: number; slowRuns?: number; scale?: readonly number[] } = {},
): Promise<void> {
  const patients = options.patients ?? 100_000;
  const runs = options.runs ?? 5;
  // The plain scan and MiniSearch take up to seconds a keystroke at 100,000: fewer runs of them.
  const slowRuns = options.slowRuns ?? 3;
  const runsOf = (engine: Engine) => (engine.name.startsWith('(a)') ? runs : slowRuns);
  const scale = options.scale ?? [1_000, 10_000, 100_000];
  const people = syntheticPeople(patients);
  const keystrokes = typedQueries(people);
  const list = engines(people, { linear: true }, { runs, slowRuns });
  const reference = list[1]!;
  const expected = keystrokes.map((k) => reference.search(k.query));

  const results = list.map((engine) => {
    const perRun = time(engine, keystrokes, runsOf(engine));
    const got = keystrokes.map((k) => engine.search(k.query));
    const sameTop10 = got.filter((keys, i) => keys.join() === expected[i]!.join()).length;
    const overlap =
      got.reduce((sum, keys, i) => {
        const want = new Set(expected[i]);
        return sum + (want.size === 0 ? (keys.length === 0 ? 1 : 0) : keys.filter((k) => want.has(k)).length / want.size);
      }, 0) / keystrokes.length;
    return { engine, perRun, all: perRun.flat(), sameTop10, overlap };
  });
  // Let the event loop breathe between the sections (and the rest of run.ts).
  await new Promise((resolve) => setTimeout(resolve, 0));

  const typedCount = new Set(keystrokes.map((k) => k.query)).size;
  table(
    `MPI search per keystroke: ${patients.toLocaleString('en-US')} patients, ${keystrokes.length} keystrokes (${typedCount} distinct prefixes of 16 typed queries) × ${runs} runs (the others × ${slowRuns}), after a warm-up pass; first ${LIMIT} results. ` +
      `Index build and retained heap: min / median / max of as many builds; min, median, p95, max: over every keystroke of every run`,
    ['engine', 'index build', 'heap', 'min', 'median', 'p95', 'max', 'p95 per run (min / median / max)', 'same top 10 as (b)'],
    results.map(({ engine, perRun, all, sameTop10, overlap }) => {
      const runP95 = perRun.map((r) => quantile(r, 0.95));
      return [
        engine.name,
        show('ms', engine.buildMs),
        engine.heapMb === undefined ? 'n/a' : show('MB', engine.heapMb),
        ms(quantile(all, 0)),
        ms(quantile(all, 0.5)),
        ms(quantile(all, 0.95)),
        ms(quantile(all, 1)),
        show('ms', runP95),
        engine.name.includes('no ranking') ? '(unranked)' : `${sameTop10}/${keystrokes.length} (overlap ${(overlap * 100).toFixed(0)} %)`,
      ];
    }),
  );

  const kinds = [...new Set(keystrokes.map((k) => k.kind))];
  table(
    'p95 per keystroke by what was typed (all runs)',
    ['typed', 'keystrokes', ...results.map((r) => r.engine.name)],
    kinds.map((kind) => {
      const at = keystrokes.flatMap((k, i) => (k.kind === kind ? [i] : []));
      return [
        kind,
        at.length,
        ...results.map((r) =>
          ms(
            quantile(
              r.perRun.flatMap((run) => at.map((i) => run[i]!)),
              0.95,
            ),
          ),
        ),
      ];
    }),
  );

  // Scale --------------------------------------------------------------------------------------
  const growth = new Map<string, { n: number; build: number; p95: number }[]>();
  for (const n of scale) {
    const rows =
      n === patients
        ? results.map((r) => ({ engine: r.engine, p95: quantile(r.all, 0.95) }))
        : (() => {
            const some = syntheticPeople(n);
            const typed = typedQueries(some);
            return engines(some, { linear: true }, { runs, slowRuns }).map((engine) => ({
              engine,
              p95: quantile(time(engine, typed, runsOf(engine)).flat(), 0.95),
            }));
          })();
    for (const { engine, p95 } of rows) {
      const points = growth.get(engine.name) ?? [];
      points.push({ n, build: median(engine.buildMs), p95 });
      growth.set(engine.name, points);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  table(
    `Scale: index build (median of the builds) and keystroke p95 (over all runs) at ${scale.map((n) => n.toLocaleString('en-US')).join(', ')} patients; ` +
      `growth = exponent k of the least-squares fit on log-log axes (time ∝ patients^k)`,
    ['engine', ...scale.map((n) => `build ${n / 1000}k`), 'build growth', ...scale.map((n) => `p95 ${n / 1000}k`), 'p95 growth'],
    [...growth].map(([name, points]) => [
      name,
      ...points.map((p) => ms(p.build)),
      growthVerdict(powerLawExponent(points.map((p) => [p.n, p.build]))),
      ...points.map((p) => ms(p.p95)),
      growthVerdict(powerLawExponent(points.map((p) => [p.n, p.p95]))),
    ]),
  );
}
