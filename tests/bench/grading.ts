/**
 * Grading that costs what the work costs, not what the pack weighs, for `npm run bench`: one task
 * of the bundled Riverside pack (a filing task and a coding task, with perfect and with wrong work)
 * graded in the bundled pack and in the same pack grown to 10,000 patients by appending
 * buildLargePack's clones, so the task and its key are unchanged. The grown pack is serialised and
 * read back with readPackBytes, as the grader reads a pack file.
 *
 * - cold: the first grading of a pack object (the grader builds its names and facts of the pack,
 *   kept per pack object in a WeakMap): each sample grades a fresh shallow copy of the pack;
 * - warm: gradings after the first; each sample is the mean over ≥ 50 ms of gradings.
 * Both in µs per grading, R runs, min / median / max, with the ratio large ÷ bundled. The grader is
 * warmed up (JIT) on other copies before anything is timed, each sample starts after gc(), and the
 * packs take turns within each run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { grade } from '../../src/grading/grade.ts';
import { perfectWork } from '../../src/grading/perfect.ts';
import { MAX_PACK_BYTES, readPackBytes, readPackJson } from '../../src/packs/read.ts';
import type { Pack, PackInput, TaskKey } from '../../src/packs/format.ts';
import { emptyWork, type TaskWork, type Work } from '../../src/tasks/work.ts';
import { buildLargePack } from '../fixtures/large-pack.ts';
import { DrAdams, DrBaker } from '../fixtures/packs.ts';
import { DEFAULT_RUNS, gc, median, ratio, sameUnit, spread, table, thousands, timeMs } from './stats.ts';

export const RIVERSIDE = fileURLToPath(new URL('../../scenarios/riverside/riverside-general.pack.json', import.meta.url));

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** One trainee-like mistake in a task's work, chosen by `rand`: the kinds of error the grader scores. */
export function perturb(work: TaskWork, rand: () => number): TaskWork {
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

export const readRiverside = (): PackInput => JSON.parse(readFileSync(RIVERSIDE, 'utf8')) as PackInput;

/**
 * The bundled pack with buildLargePack's clones appended up to `patients` (their providers added):
 * the tasks and keys are the bundled pack's, unchanged. Clone MRNs (1000000 + n) and accounts
 * (RG + 8 digits from RG00000001) follow Riverside's formats and meet none of its own.
 */
export function grownPack(base: PackInput, patients: number): PackInput {
  const clones = buildLargePack(Math.max(0, patients - base.patients.length)).patients;
  const providerIds = new Set(base.providers.map((p) => p.id));
  const extra = [DrAdams, DrBaker].filter((p) => !providerIds.has(p.id));
  return { ...base, providers: [...base.providers, ...extra], patients: [...base.patients, ...clones] };
}

/**
 * Reads a pack as the grader does, from its bytes (readPackBytes); a pack too large for a pack file
 * (the 100k of the scale section) is read from the object with readPackJson instead.
 */
export function readForGrading(input: PackInput): { pack: Pack; via: 'readPackBytes' | 'readPackJson' } {
  const text = JSON.stringify(input);
  const via = text.length <= MAX_PACK_BYTES ? 'readPackBytes' : 'readPackJson';
  const result = via === 'readPackBytes' ? readPackBytes(new TextEncoder().encode(text)) : readPackJson(input);
  if (!result.ok)
    throw new Error(
      `the grown pack does not read: ${result.problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ')}`,
    );
  return { pack: result.pack, via };
}

export interface OneTask {
  label: string;
  key: TaskKey;
  work: Work;
}

/** Perfect and wrong work on one task: wrong is the first seeded mistake that costs points. */
export function oneTaskWorks(pack: Pack, taskId: string): OneTask[] {
  const key = pack.keys.find((k) => k.taskId === taskId);
  const task = pack.tasks.find((t) => t.id === taskId);
  if (!key || !task) throw new Error(`${pack.pack.id} has no keyed task ${taskId}`);
  const withWork = (w: TaskWork): Work => ({ ...emptyWork(pack.pack.id, { name: 'bench' }), tasks: { [taskId]: w } });
  const perfect = withWork(perfectWork(key.key, task));
  const rand = prng(2025);
  let wrong = perfect;
  for (let tries = 0; tries < 50 && grade(pack, [key], wrong).overall.percent === 100; tries++)
    wrong = withWork(perturb(perfectWork(key.key, task), rand));
  return [
    { label: 'perfect', key, work: perfect },
    { label: 'wrong', key, work: wrong },
  ];
}

export interface GradeCost {
  percent: number;
  coldUs: number[];
  warmUs: number[];
}

/** µs of the first grading of a fresh copy of the pack (its facts built), after gc() and one warm grading. */
function coldSample(pack: Pack, one: OneTask): number {
  gc();
  grade(pack, [one.key], one.work);
  return timeMs(() => grade({ ...pack }, [one.key], one.work)) * 1000;
}

/** Mean µs per grading over ≥ 50 ms of gradings of the same pack object (its facts built), after gc(). */
function warmSample(pack: Pack, one: OneTask): number {
  gc();
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 50) {
    grade(pack, [one.key], one.work);
    count++;
    elapsed = performance.now() - start;
  }
  return (elapsed * 1000) / count;
}

/**
 * Cold and warm µs per grading of one task's work in each pack, the packs taking turns within
 * each run so drift of the machine falls on all of them alike.
 */
export function gradeCosts(cases: readonly { pack: Pack; one: OneTask }[], runs = DEFAULT_RUNS): GradeCost[] {
  for (const { pack, one } of cases) for (let i = 0; i < 3; i++) grade({ ...pack }, [one.key], one.work); // JIT warm-up
  const costs: GradeCost[] = cases.map(({ pack, one }) => ({
    percent: grade(pack, [one.key], one.work).overall.percent,
    coldUs: [],
    warmUs: [],
  }));
  for (let run = 0; run < runs; run++) {
    cases.forEach(({ pack, one }, i) => costs[i]!.coldUs.push(coldSample(pack, one)));
    cases.forEach(({ pack, one }, i) => costs[i]!.warmUs.push(warmSample(pack, one)));
  }
  return costs;
}

/** The grade-one section: the filing and the coding task of Riverside, bundled and grown to `patients`. */
export function gradeOneTaskBench(options: { patients?: number; runs?: number; taskIds?: readonly string[] } = {}): void {
  const patients = options.patients ?? 10_000;
  const runs = options.runs ?? DEFAULT_RUNS;
  const taskIds = options.taskIds ?? ['rg-file-01', 'rg-code-01'];
  const input = readRiverside();
  const small = readForGrading(input).pack;
  const grown = readForGrading(grownPack(input, patients));
  const large = grown.pack;
  const rowsOut: string[][] = [];
  for (const taskId of taskIds) {
    const kind = small.tasks.find((t) => t.id === taskId)?.kind ?? '?';
    const smallWorks = oneTaskWorks(small, taskId);
    const largeWorks = oneTaskWorks(large, taskId);
    smallWorks.forEach((one, i) => {
      const [a, b] = gradeCosts(
        [
          { pack: small, one },
          { pack: large, one: largeWorks[i]! },
        ],
        runs,
      ) as [GradeCost, GradeCost];
      if (a.percent !== b.percent) throw new Error(`${taskId} ${one.label}: ${a.percent} % in the bundled pack, ${b.percent} % grown`);
      const [coldA, coldB, warmA, warmB] = sameUnit('µs', spread(a.coldUs), spread(b.coldUs), spread(a.warmUs), spread(b.warmUs));
      rowsOut.push([
        `${taskId} (${kind})`,
        `${one.label} (${a.percent} %)`,
        warmA!,
        warmB!,
        ratio(b.warmUs, a.warmUs),
        coldA!,
        coldB!,
        ratio(b.coldUs, a.coldUs),
        sameUnit('ms', spread([(median(b.coldUs) - median(b.warmUs)) / 1000]))[0]!,
      ]);
    });
  }
  const n = (pack: Pack) => thousands(pack.patients.length);
  table(
    `Grading one task: Riverside's pack as bundled (${n(small)} patients) and grown to ${n(large)} patients with buildLargePack clones ` +
      `(same tasks and keys; the grown pack read back with ${grown.via}: ok). µs per grading, ${runs} runs, min / median / max; ` +
      `warm = facts of the pack already built (each run the mean of ≥ 50 ms of gradings), cold = first grading of a pack object`,
    [
      'task',
      'work (score)',
      `warm, ${n(small)} patients`,
      `warm, ${n(large)}`,
      `warm ${n(large)} ÷ ${n(small)}`,
      `cold, ${n(small)} patients`,
      `cold, ${n(large)}`,
      `cold ${n(large)} ÷ ${n(small)}`,
      `facts of ${n(large)} built once (cold − warm, medians)`,
    ],
    rowsOut,
  );
}
