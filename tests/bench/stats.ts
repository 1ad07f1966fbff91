/**
 * The bench's shared measuring and printing: every figure is R runs of one measurement (R = 5 unless
 * a table's title says fewer), printed as min / median / max; both sides of a comparison are printed
 * in one unit (ms beside ms, rows/s beside rows/s); growth over
 * sizes is fitted as cost ∝ n^k by least squares on log-log axes.
 */
import { cpus, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';

/** Runs per measurement unless a table's title says otherwise. */
export const DEFAULT_RUNS = 5;

export const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
export const canGc = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';
export const heapMb = (): number => process.memoryUsage().heapUsed / 2 ** 20;

/** Milliseconds `fn` takes. */
export function timeMs(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** `runs` samples of `measure` (called with the run's index). */
export function repeat(runs: number, measure: (run: number) => number): number[] {
  return Array.from({ length: runs }, (_, run) => measure(run));
}

export async function repeatAsync(runs: number, measure: (run: number) => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measure(run));
  return samples;
}

/** The q-quantile of the samples (nearest rank): q = 0 is the minimum, 1 the maximum. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

export interface Spread {
  min: number;
  median: number;
  max: number;
  runs: number;
}

export function spread(samples: readonly number[]): Spread {
  return { min: quantile(samples, 0), median: median(samples), max: quantile(samples, 1), runs: samples.length };
}

/** Samples of a rate: `count` things in each sample's milliseconds, per second. */
export const perSecond = (count: number, msSamples: readonly number[]): number[] => msSamples.map((t) => count / (t / 1000));

/** Decimals that keep about three significant figures of `value`. */
function decimalsFor(value: number): number {
  const v = Math.abs(value);
  if (!Number.isFinite(v) || v >= 100 || v === 0) return 0;
  if (v >= 10) return 1;
  if (v >= 1) return 2;
  return 3;
}

const number = (n: number, decimals: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/**
 * Formats spreads as "min / median / max unit", all in the one `unit` (decimals follow each
 * median), so the two sides of a comparison read alike: `sameUnit('ms', ours, baseline)`.
 */
export function sameUnit(unit: string, ...spreads: Spread[]): string[] {
  return spreads.map((s) => {
    const decimals = decimalsFor(s.median);
    return s.runs === 1
      ? `${number(s.median, decimals)} ${unit}`
      : `${number(s.min, decimals)} / ${number(s.median, decimals)} / ${number(s.max, decimals)} ${unit}`;
  });
}

/** One spread in its unit. */
export const show = (unit: string, samples: readonly number[]): string => sameUnit(unit, spread(samples))[0]!;

/** Single values in one unit and with the same decimals (for figures that are not timings, such as a heap). */
export function sameUnitValues(unit: string, ...values: number[]): string[] {
  return values.map((v) => `${number(v, decimalsFor(v))} ${unit}`);
}

/** The ratio of two medians, "1.23×". */
export const ratio = (a: readonly number[], b: readonly number[]): string => `${(median(a) / median(b)).toFixed(2)}×`;

export const thousands = (n: number): string => Math.round(n).toLocaleString('en-US');

export function table(title: string, header: string[], rows: (string | number)[][]): void {
  console.log(`\n${title}`);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells: (string | number)[]) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** Exponent k of the least-squares fit cost = a · n^k on log-log axes. */
export function powerLawExponent(points: readonly (readonly [n: number, cost: number])[]): number {
  const xs = points.map(([n]) => Math.log(n));
  const ys = points.map(([, c]) => Math.log(Math.max(c, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

/** "linear (k=1.02)": what the exponent of the fit says about the growth. */
export function growthVerdict(k: number): string {
  const word = k < 0.15 ? 'constant' : k < 0.85 ? 'sub-linear' : k <= 1.15 ? 'linear' : k < 1.85 ? 'super-linear' : 'quadratic or worse';
  return `${word} (k=${k.toFixed(2)})`;
}

/** The one-line header: machine, cores, Node and Chromium versions. */
export function machineLine(chromiumPath: string): string {
  const cpu = cpus();
  let chromium = 'Chromium: not found';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // keep "not found"
  }
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores (load average ${load} at start); Node ${process.version}; ${chromium}`;
}

/** Lets timers and I/O run between long synchronous stretches. */
export const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
