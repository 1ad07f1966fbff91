/**
 * The facility a pack describes: how it numbers patients and visits, its record-completion rules,
 * and the categories of information it protects. Grading, the chart and the pack checks read it.
 * Pure: zod schemas and types.
 */
import { z } from 'zod';

const shortText = z.string().trim().min(1).max(200);

/** The longest identifier (MRN, account number) a pack may hold: checked before any pattern runs. */
export const MAX_IDENTIFIER_LENGTH = 40;
/** The largest count a pattern may repeat an atom. */
const MAX_REPEAT = 100;

/**
 * Why a pack's identifier pattern is refused, or undefined when it is safe to run. A pack's author
 * writes the pattern; Record Room runs it on every MRN and account number, in the browser's main
 * thread and the CLI. Only a subset of regular expressions is accepted, one that cannot backtrack
 * catastrophically: a sequence of atoms (a character, an escape such as \d, a class such as
 * [A-Z], `.`, or an unrepeated group of alternatives such as (?:RG|TH)), each repeated at most by
 * ?, *, +, {n} or {n,m} with n and m up to 100. A repeated group — the (\d+)+ that doubles its time
 * with every digit — is refused. Values are at most MAX_IDENTIFIER_LENGTH characters.
 */
export function patternProblem(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
  } catch {
    return 'is not a valid regular expression';
  }
  let i = 0;
  let depth = 0;
  let lastWasGroup = false;
  let lastWasAtom = false;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      i += 2;
      lastWasAtom = true;
      lastWasGroup = false;
      continue;
    }
    if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      lastWasAtom = true;
      lastWasGroup = false;
      continue;
    }
    if (c === '(') {
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<', i))
        return 'uses a lookaround or a named group, which identifier formats do not need; write the format as characters, classes and counts, such as ^RG\\d{8}$';
      depth++;
      i += source.startsWith('(?:', i) ? 3 : 1;
      lastWasAtom = false;
      continue;
    }
    if (c === ')') {
      depth--;
      i++;
      lastWasAtom = true;
      lastWasGroup = true;
      continue;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      let end = i + 1;
      if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (!m) return 'has a "{" that is not a count such as {8} or {6,10}';
        const most = m[3] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        if (Number(m[1]) > MAX_REPEAT || (most !== Infinity && most > MAX_REPEAT))
          return `repeats more than ${MAX_REPEAT} times; an identifier is at most ${MAX_IDENTIFIER_LENGTH} characters`;
        end = i + m[0].length;
      }
      if (!lastWasAtom) return `has "${c}" with nothing before it to repeat`;
      if (lastWasGroup)
        return 'repeats a group, which can make checking one identifier take minutes (each extra character can double the time); repeat single characters or classes instead, such as ^RG\\d{8}$';
      if (source[end] === '?') end++;
      i = end;
      lastWasAtom = false;
      continue;
    }
    i++;
    lastWasAtom = !(c === '^' || c === '$' || c === '|');
    lastWasGroup = false;
  }
  if (depth !== 0) return 'has unbalanced parentheses';
  return undefined;
}

/** A regular expression written as a string, of the safe subset `patternProblem` accepts. */
const Pattern = z
  .string()
  .min(1)
  .max(120)
  .superRefine((s, ctx) => {
    const problem = patternProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const IdentifierFormat = z.strictObject({
  /** Anchored regular expression every value must match, such as `^\\d{7}$`. */
  pattern: Pattern,
  /** How staff describe the format: "7 digits, zero-filled". */
  description: shortText,
});

/**
 * Facility policies that grading reads: completion windows (medical staff bylaws and CMS
 * Conditions of Participation, 42 CFR 482.22 and 482.24) and categories the facility protects.
 */
export const CompletionRules = z.strictObject({
  /** An H&P may be done at most this many days before admission (CoP: 30). */
  historyAndPhysicalMaxDaysBefore: z.number().int().min(0).max(365).default(30),
  /** An H&P must be done or updated within this many hours after admission (CoP: 24). */
  historyAndPhysicalHoursAfterAdmission: z.number().int().min(1).max(240).default(24),
  /** An operative report is due this many hours after surgery ("immediately"; bylaws often say 24). */
  operativeReportHours: z.number().int().min(0).max(240).default(24),
  /** A discharge summary is due this many days after discharge. */
  dischargeSummaryDays: z.number().int().min(0).max(90).default(30),
  /** The whole record must be complete this many days after discharge (CoP: 30). */
  recordCompletionDays: z.number().int().min(1).max(180).default(30),
  /** Verbal orders must be authenticated within this many hours (state law or bylaws). */
  verbalOrderAuthenticationHours: z.number().int().min(1).max(720).default(48),
});

export const Facility = z.strictObject({
  name: shortText,
  mrnFormat: IdentifierFormat,
  accountNumberFormat: IdentifierFormat,
  completion: CompletionRules.prefault({}),
  /** Categories this facility (or its state) protects beyond HIPAA's baseline. */
  protectedCategories: z
    .array(z.enum(['hiv', 'behavioral-health', 'genetic', 'reproductive', 'minor-confidential']))
    .max(10)
    .default([]),
});

export type IdentifierFormat = z.infer<typeof IdentifierFormat>;
export type CompletionRules = z.infer<typeof CompletionRules>;
export type Facility = z.infer<typeof Facility>;
