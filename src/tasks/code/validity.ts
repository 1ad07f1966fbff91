/**
 * Is it a code? What the grader says of a code a trainee typed, from its shape and, when one is
 * injected, a code-set lookup: "not a valid ICD-10-CM code" for strings no code can look like or
 * that the official release does not have, "needs more characters" for a header. Pure.
 */
import type { CodeSystem, CodeValidity } from '../common/context.ts';

const SHAPES: Record<CodeSystem, RegExp> = {
  'ICD-10-CM': /^[A-Z][0-9][0-9A-Z]([0-9A-Z]{1,4})?$/,
  // Seven characters of 0–9 and letters other than I and O.
  'ICD-10-PCS': /^[0-9A-HJ-NP-Z]{7}$/,
  HCPCS: /^[A-V][0-9]{4}$/,
};

export type CodeVerdict = 'valid' | 'not-a-code' | 'header';

export function codeVerdict(system: CodeSystem, code: string, validity: CodeValidity): CodeVerdict {
  if (!SHAPES[system].test(code)) return 'not-a-code';
  const found = validity(system, code);
  if (found === 'not-found') return 'not-a-code';
  if (found === 'header') return 'header';
  return 'valid';
}

/** The sentence for an invalid code, or '' for a valid one. */
export function verdictWords(system: CodeSystem, shown: string, verdict: CodeVerdict): string {
  if (verdict === 'not-a-code') return `${shown} is not a valid ${system} code.`;
  if (verdict === 'header')
    return `${shown} is not a valid code: it needs more characters (it is a category or subcategory, not a billable code).`;
  return '';
}

/** "E11.22" for ICD-10-CM codes longer than three characters; others as they are. */
export const dotted = (code: string): string =>
  /^[A-Z]\d[0-9A-Z]/.test(code) && code.length > 3 && code.length <= 7 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
