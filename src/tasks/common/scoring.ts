/**
 * The vocabulary every scorer speaks. A scorer turns (task, key, work) into parts — "Deficiencies
 * found 60", "Record declared 15" — each made of findings. A finding says what the trainee did with
 * one thing the key knows (or added), in words, with the rule it rests on, and what share of its
 * part it costs. A part scores 1 minus the shares its findings cost, floored at 0, so every point a
 * trainee loses is carried by a finding they can read (the grader checks the sum).
 *
 * Fairness rules that every kind follows (../shared/domain/HIM-TASKS.md 2.0):
 * - an extra (something flagged, released or coded that the key does not have) costs half an
 *   average key item of its part, and never more than a quarter of the part (EXTRA_SHARE_CAP);
 * - a part with nothing to find earns its credit only when the task's decisive answer is right
 *   (the decision on a request, the record's status, the principal diagnosis): restraint counts
 *   when it came from a right reading, not from doing nothing;
 * - optional key items (matters for discussion) neither reward nor cost anything.
 * Pure.
 */
import type { RuleRef } from './schema.ts';
import { ruleLabel } from './labels.ts';

export type ItemStatus = 'correct' | 'partial' | 'wrong' | 'missing' | 'extra' | 'optional';

/** One line of a scorer's findings. */
export interface Finding {
  id: string;
  /** What the item is about: "Loose document: Consult, Valley Cardiology". */
  label: string;
  /** What the trainee did, in words. */
  trainee: string;
  /** What the key says, in words. */
  expected: string;
  /** The credit earned out of `possible`, in the key item's weight (0 of 0 for extras). */
  earned: number;
  possible: number;
  /** The share of its part this finding costs, 0–1. */
  deduction: number;
  /** Why credit was lost, in plain words (the rule is cited after it). */
  explanation?: string;
  rule?: RuleRef;
  critical?: boolean;
  status?: ItemStatus;
}

export interface ScoredPart {
  name: string;
  /** Relative weight among the task's parts (the kind's split, e.g. 35/40/15 for coding). */
  weight: number;
  findings: Finding[];
}

export interface Scored {
  parts: ScoredPart[];
  /** Findings outside every part: optional items and notes; they cost nothing. */
  notes?: Finding[];
  /** Case-level lines, e.g. "All codes right" or "CC missed: N17.9. …". */
  summary?: string[];
}

/** No single extra costs more than this share of its part. */
export const EXTRA_SHARE_CAP = 0.25;

/**
 * The share of a part one extra costs: half an average key item of the part ("correct − 0.5 ×
 * extra"), at most a quarter of the part; a quarter where the part has nothing to find.
 */
export function extraShare(keyItems: number): number {
  return keyItems <= 0 ? EXTRA_SHARE_CAP : Math.min(EXTRA_SHARE_CAP, 0.5 / keyItems);
}

/** The share of a part a key item of `weight` is, out of `total`. */
export const share = (weight: number, total: number): number => (total > 0 ? weight / total : 0);

/** "Rule (45 CFR 164.508(c)(1)): …", appended to an explanation once. */
export function citation(rule: RuleRef | undefined): string {
  return rule ? `Rule (${ruleLabel(rule)}): ${rule.text}` : '';
}

/**
 * The finding for a part that had nothing to find, when the task's decisive answer was wrong: the
 * part's credit is withheld, and this says why. `what` names what there was to find ("defects on
 * the authorization"); `because` says what went wrong ("the valid request was denied").
 */
export function nothingToFindGate(part: string, what: string, because: string, rule?: RuleRef): Finding {
  return {
    id: `gate:${part}`,
    label: `${part}: nothing to find`,
    trainee: 'nothing found',
    expected: `no ${what}`,
    earned: 0,
    possible: 0,
    deduction: 1,
    status: 'wrong',
    explanation: `There were no ${what}, so finding none is right only with the right conclusion; ${because}. This part's credit goes with that conclusion.`,
    ...(rule ? { rule } : {}),
  };
}

/** An optional key item, reported for discussion only. */
export function optionalFinding(f: Omit<Finding, 'earned' | 'possible' | 'deduction' | 'status'>): Finding {
  return { ...f, earned: 0, possible: 0, deduction: 0, status: 'optional' };
}

/** Joins words the way a sentence does: "a, b and c". */
export const listed = (words: readonly string[]): string =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
