/**
 * The grader: (pack, keys, work) → report. One pure module for the app and the command line.
 * For each keyed task it asks the task's kind (src/tasks/registry.ts) to score the trainee's work,
 * then weighs the parts, accounts for every point lost by an item the trainee can read, applies
 * the critical cap, and reports per task, per RHIT domain and overall. Same inputs, same report.
 */
import type { Pack, TaskKey } from '../packs/format.ts';
import { RHIT_DOMAINS, type RhitDomain, type RuleRef } from '../tasks/common/schema.ts';
import { PackFacts, noValidity, type CodeValidity, type GradeContext, type PackView } from '../tasks/common/context.ts';
import { citation, type Finding, type ItemStatus, type Scored } from '../tasks/common/scoring.ts';
import { kindOf, type AnyKey, type AnyTask, type TaskKind } from '../tasks/registry.ts';
import { isUntouched, submittedAt, taskWorkOf, type TaskWork, type Work } from '../tasks/work.ts';

export const REPORT_FORMAT = 'record-room-report';
/** Version 2: items carry `part` and `lost`, tasks carry `summary` and `untouched`. */
export const REPORT_VERSION = 2;
/** A task with a critical error scores at most this. */
export const CRITICAL_CAP = 0.4;

export type { ItemStatus };

export interface ItemResult {
  id: string;
  /** What the item is about: "Loose document: Consult, Valley Cardiology". */
  label: string;
  /** The part of the task's score it belongs to ("" for notes outside every part). */
  part: string;
  earned: number;
  possible: number;
  status: ItemStatus;
  /** What the trainee did, in words. */
  trainee: string;
  /** What the key says, in words. */
  expected: string;
  /** Why points were lost, with the rule cited once (empty when none were). */
  explanation: string;
  rule?: RuleRef;
  critical: boolean;
  /** Percentage points of the task this item cost. The items' losses add up to 100 − the task's percent. */
  lost: number;
}

export interface TaskReport {
  taskId: string;
  kind: TaskKind;
  title: string;
  rhitDomain: RhitDomain;
  submitted: boolean;
  /** The trainee did nothing on the task. */
  untouched: boolean;
  /** 0–1, after any critical cap. */
  score: number;
  percent: number;
  capped: boolean;
  /** Case-over-case: every item exactly right. */
  allCorrect: boolean;
  /** Case-level lines ("All codes right", "MCC missed: N17.9. …"). */
  summary: string[];
  /** The parts of the score (e.g. "Principal diagnosis" 35), each scored 0–1. */
  parts: { name: string; weight: number; score: number }[];
  criticalErrors: ItemResult[];
  items: ItemResult[];
}

export interface Report {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  packId: string;
  packVersion: string;
  trainee: Work['trainee'];
  overall: { percent: number; tasks: number };
  byDomain: { domain: RhitDomain; label: string; percent: number; tasks: number }[];
  tasks: TaskReport[];
}

export interface GradeOptions {
  /** Grade only submitted tasks (the app's results screen); default: every task that has a key. */
  onlySubmitted?: boolean;
  /** Whether codes exist in the installed code sets; default: judged by their shape only. */
  validity?: CodeValidity;
}

const round = (n: number, places = 4) => Math.round(n * 10 ** places) / 10 ** places;
const pct = (n: number) => round(n * 100, 1);

/** A deduction as the grader counts it: shares like 0.5 + 0.2 + 0.2 + 0.1 are 0.9999… in floating point. */
const deductionOf = (f: Finding) => (f.deduction < 1e-9 ? 0 : f.deduction);

function statusOf(f: Finding): ItemStatus {
  if (f.status) return f.status;
  if (deductionOf(f) === 0) return 'correct';
  return f.earned > 0 ? 'partial' : 'wrong';
}

function toItem(f: Finding, part: string, lost: number): ItemResult {
  const status = statusOf(f);
  const explanation = status === 'correct' ? '' : [f.explanation ?? '', citation(f.rule)].filter(Boolean).join(' ').trim();
  return {
    id: f.id,
    label: f.label,
    part,
    earned: round(f.earned),
    possible: round(f.possible),
    status,
    trainee: f.trainee,
    expected: f.expected,
    explanation,
    ...(f.rule ? { rule: f.rule } : {}),
    critical: f.critical === true,
    lost: round(lost, 2),
  };
}

/**
 * Weighs a kind's findings into a task report. A part scores 1 minus its findings' deductions,
 * floored at 0 (deductions past 1 are scaled down together); each finding's loss in task points is
 * its deduction's share of its part's weight, so the losses add up to what the task lost.
 */
export function assemble(task: AnyTask, scored: Scored, untouched: boolean, submitted: boolean): TaskReport {
  const total = scored.parts.reduce((n, p) => n + p.weight, 0);
  const items: ItemResult[] = [];
  const parts: TaskReport['parts'] = [];
  let score = 0;
  for (const part of scored.parts) {
    const raw = part.findings.reduce((n, f) => n + deductionOf(f), 0);
    const partScore = Math.max(0, 1 - raw);
    const scale = raw > 1 ? 1 / raw : 1;
    const share = total > 0 ? part.weight / total : 0;
    score += partScore * share;
    parts.push({ name: part.name, weight: part.weight, score: round(partScore) });
    for (const f of part.findings) items.push(toItem(f, part.name, deductionOf(f) * scale * share * 100));
  }
  if (total === 0) score = 0;
  if (untouched && score > 0) {
    items.push(
      toItem(
        {
          id: 'untouched',
          label: 'Task not attempted',
          trainee: 'nothing done',
          expected: 'the task worked',
          earned: 0,
          possible: 0,
          deduction: 1,
          status: 'missing',
          explanation:
            'Nothing was done on this task. Where the key has nothing to find, that credit is given only for work that was done.',
        },
        '',
        score * 100,
      ),
    );
    score = 0;
  }
  const criticalErrors = items.filter((i) => i.critical);
  const capped = criticalErrors.length > 0 && score > CRITICAL_CAP;
  if (capped) {
    const extra = ((score - CRITICAL_CAP) * 100) / criticalErrors.length;
    for (const i of criticalErrors) {
      i.lost = round(i.lost + extra, 2);
      i.explanation = `${i.explanation} A critical error caps the task at ${CRITICAL_CAP * 100} %.`.trim();
    }
    score = CRITICAL_CAP;
  }
  for (const n of scored.notes ?? []) items.push(toItem(n, '', 0));
  const final = round(Math.max(0, score));
  return {
    taskId: task.id,
    kind: task.kind,
    title: task.title,
    rhitDomain: task.rhitDomain,
    submitted,
    untouched,
    score: final,
    percent: pct(final),
    capped,
    allCorrect: !untouched && items.every((i) => i.status === 'correct' || i.status === 'optional'),
    summary: scored.summary ?? [],
    parts,
    criticalErrors,
    items: [...criticalErrors, ...items.filter((i) => !i.critical)],
  };
}

/** The pack as the kinds see it. */
export const packView = (pack: Pack): PackView => ({
  facility: pack.pack.facility,
  providers: pack.providers,
  patients: pack.patients,
  looseDocuments: pack.looseDocuments,
});

/** Grades one task's work against its key. */
export function gradeTask(task: AnyTask, key: AnyKey, work: TaskWork | undefined, ctx: GradeContext, submitted = false): TaskReport {
  const kind = kindOf(task.kind);
  const mine = work !== undefined && work.kind === task.kind ? work : undefined;
  const scored = kind.score({ task, key, work: mine, ctx });
  return assemble(task, scored, isUntouched(mine), submitted);
}

/**
 * Names and facts of a pack, built once per pack object: grading one task of a 10,000-patient pack
 * then costs what it costs in a small one.
 */
const factsOf = new WeakMap<Pack, PackFacts>();
function packFacts(pack: Pack): PackFacts {
  let facts = factsOf.get(pack);
  if (!facts) factsOf.set(pack, (facts = new PackFacts(packView(pack))));
  return facts;
}

export function grade(pack: Pack, keys: readonly TaskKey[], work: Work, options: GradeOptions = {}): Report {
  const ctx: GradeContext = { facts: packFacts(pack), validity: options.validity ?? noValidity };
  const keyOf = new Map(keys.map((k) => [k.taskId, k.key]));
  const reports: TaskReport[] = [];
  for (const task of pack.tasks) {
    const key = keyOf.get(task.id);
    if (!key || key.kind !== task.kind) continue;
    const submitted = submittedAt(work, task.id) !== undefined;
    if (options.onlySubmitted && !submitted) continue;
    reports.push(gradeTask(task, key, taskWorkOf(work, task.id), ctx, submitted));
  }
  const mean = (list: readonly TaskReport[]) => (list.length ? list.reduce((n, t) => n + t.score, 0) / list.length : 0);
  const domains = [...new Set(reports.map((r) => r.rhitDomain))].sort();
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    packId: pack.pack.id,
    packVersion: pack.pack.packVersion,
    trainee: work.trainee,
    overall: { percent: pct(mean(reports)), tasks: reports.length },
    byDomain: domains.map((domain) => {
      const list = reports.filter((r) => r.rhitDomain === domain);
      return { domain, label: RHIT_DOMAINS[domain], percent: pct(mean(list)), tasks: list.length };
    }),
    tasks: reports,
  };
}

/** A task the trainee has not touched (kept for the screens that ask). */
export const isEmptyWork = isUntouched;

// The kinds' scoring constants, for tests and documentation.
export { HCPCS_LINE_SHARES, PCS_AXIS_WEIGHTS, UNITS_RULE, pcsAxisScore } from '../tasks/code/score.ts';
