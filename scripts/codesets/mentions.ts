/**
 * The codes the instructor notes (`docs/content/*.md`) mention: in the answer keys, and in the
 * "Discuss" and "do not code" remarks around them. The teaching code sets are built around these, and
 * the tests check that every one of them can be looked up. Pure: text in, codes out.
 *
 * How a token is read:
 * - **ICD-10-CM**: a letter (not U), a digit, a digit or A/B, then optionally a dot and up to four
 *   more characters, or the same without the dot ("E11.42", "E1142", "I10", "Z3A.25"). A trailing
 *   dash or ".-" names the codes below ("F11.22-", "Y90.-" → F1122, Y90). Kept without the dot.
 * - **HCPCS Level II**: a letter and four digits on a line that says "HCPCS" ("J1885"). Elsewhere
 *   the same shape is read as an ICD-10-CM code written without its dot.
 * - **ICD-10-PCS**: seven characters of the PCS alphabet (no I or O) with a digit among them, when
 *   they start with a digit and hold a letter anywhere ("3E0S3CZ"), or on a line that says "PCS"
 *   ("B2111ZZ", "HZ2ZZZZ"). On such a line a table or prefix with a dash ("GZ5-") is also read.
 *   (Seven digits off a PCS line are a medical record number.)
 *
 * Not codes, and skipped: tokens glued to other letters or digits ("T2DM", "PCV20", "FEV1", a time
 * "25T04"); row labels of tables ("| D10 |", the deficiency numbers); and the phrases listed in
 * `NOT_CODES` (a pill imprint that looks like a category).
 */
import { normaliseCode, type CodeSystem } from '../../src/codes/model.ts';

export interface MentionedCodes {
  /** Without the dot, in order of first mention: "E1142", "F1122" (from "F11.22-"). */
  'ICD-10-CM': string[];
  /** Whole 7-character codes, in order of first mention. */
  'ICD-10-PCS': string[];
  /** Tables or longer prefixes named with a dash ("GZ5-"), in order of first mention. */
  pcsPrefixes: string[];
  HCPCS: string[];
}

/** Phrases holding something shaped like a code that is not one, with why. */
export const NOT_CODES: readonly { phrase: string; why: string }[] = [
  { phrase: '"M30" pills', why: 'the imprint on counterfeit oxycodone tablets, not category M30' },
];

const BEFORE = '(?<![A-Za-z0-9.\\-])';
const AFTER = '(?![A-Za-z0-9])';
const CM = new RegExp(`${BEFORE}([A-TV-Z][0-9][0-9AB])(?:(\\.)([0-9A-Z]{1,4})?(-)?|([0-9A-Z]{1,4})?(-)?)${AFTER}`, 'g');
const HCPCS = new RegExp(`${BEFORE}([A-V][0-9]{4})${AFTER}`, 'g');
const PCS_CODE = new RegExp(`${BEFORE}([0-9A-HJ-NP-Z]{7})${AFTER}`, 'g');
const PCS_PREFIX = new RegExp(`${BEFORE}([0-9A-HJ-NP-Z]{3,6})-(?=$|[\\s/,;.)])`, 'g');
const TABLE_ROW_LABEL = /^(\s*\|\s*)([A-Z]\d{1,3})(\s*\|)/;

function addOnce(list: string[], seen: Set<string>, code: string): void {
  if (seen.has(code)) return;
  seen.add(code);
  list.push(code);
}

/** Blanks a span of the line (same length, so positions stay), so it is not read again. */
function blank(line: string, start: number, length: number): string {
  return line.slice(0, start) + ' '.repeat(length) + line.slice(start + length);
}

/** Every code the markdown mentions, by system. */
export function mentionedCodes(markdown: string): MentionedCodes {
  const out: MentionedCodes = { 'ICD-10-CM': [], 'ICD-10-PCS': [], pcsPrefixes: [], HCPCS: [] };
  const seen = { cm: new Set<string>(), pcs: new Set<string>(), prefix: new Set<string>(), hcpcs: new Set<string>() };
  for (const raw of markdown.split(/\r?\n/)) {
    let line = raw.replace(
      TABLE_ROW_LABEL,
      (_whole, before: string, label: string, after: string) => before + ' '.repeat(label.length) + after,
    );
    for (const { phrase } of NOT_CODES) line = line.split(phrase).join(' '.repeat(phrase.length));
    const pcsLine = /\bPCS\b/.test(line);
    const hcpcsLine = /\bHCPCS\b/.test(line);

    for (const match of line.matchAll(PCS_CODE)) {
      const token = match[1] ?? '';
      // Off a PCS line only a code that starts with a digit and has a letter in it: seven digits
      // alone are a medical record number there.
      if (!/\d/.test(token) || !(pcsLine || (/^\d/.test(token) && /[A-Z]/.test(token)))) continue;
      addOnce(out['ICD-10-PCS'], seen.pcs, token);
      line = blank(line, match.index, token.length);
    }
    if (pcsLine) {
      for (const match of line.matchAll(PCS_PREFIX)) {
        const token = match[1] ?? '';
        if (/^\d+$/.test(token) || /^[A-TV-Z][0-9][0-9AB]/.test(token)) continue;
        addOnce(out.pcsPrefixes, seen.prefix, token);
        line = blank(line, match.index, token.length + 1);
      }
    }
    if (hcpcsLine) {
      for (const match of line.matchAll(HCPCS)) {
        const token = match[1] ?? '';
        addOnce(out.HCPCS, seen.hcpcs, token);
        line = blank(line, match.index, token.length);
      }
    }
    for (const match of line.matchAll(CM)) {
      const [, category = '', dot, afterDot, , noDot] = match;
      const rest = dot === undefined ? (noDot ?? '') : (afterDot ?? '');
      addOnce(out['ICD-10-CM'], seen.cm, normaliseCode(category + rest));
    }
  }
  return out;
}

/** The mentions of several documents together, in order of first mention. */
export function mentionedCodesIn(documents: readonly string[]): MentionedCodes {
  const out: MentionedCodes = { 'ICD-10-CM': [], 'ICD-10-PCS': [], pcsPrefixes: [], HCPCS: [] };
  for (const document of documents) {
    const found = mentionedCodes(document);
    for (const key of ['ICD-10-CM', 'ICD-10-PCS', 'pcsPrefixes', 'HCPCS'] as const) {
      for (const code of found[key]) if (!out[key].includes(code)) out[key].push(code);
    }
  }
  return out;
}

/** The systems a report lists codes for, in the order they are shown. */
export const SYSTEMS: readonly CodeSystem[] = ['ICD-10-CM', 'ICD-10-PCS', 'HCPCS'];
