/**
 * Specially protected records, as HIM practises privacy: which records ask for a reason before they
 * open ("break the glass"), how to name why, and what counts as a reason. Pure: the chart, the work
 * queues and the FHIR export all ask these rules, and the access log keeps the reason.
 *
 * HIPAA lets a workforce member use what their job needs (minimum necessary, 45 CFR 164.502(b)), and
 * an EHR audits every view (45 CFR 164.312(b)). Some records carry stricter rules, so EHRs put them
 * behind a reason and record it with the view:
 * - psychotherapy notes: the therapist's own notes, kept apart from the rest of the record
 *   (45 CFR 164.501); even the patient's right of access excludes them (164.524(a)(1)(i)), and
 *   disclosing them needs an authorization of their own (164.508(a)(2));
 * - records of a federally assisted substance use disorder program (42 CFR Part 2), disclosed only
 *   with the patient's written consent or as Part 2 allows (42 CFR 2.31);
 * - HIV test results and status, which most states' laws make confidential beyond HIPAA.
 * These three are protected in every pack. A facility protects more (behavioral health, genetic
 * information, reproductive health, a minor's confidential care) by listing them in its pack's
 * `facility.protectedCategories`.
 */
import type { Sensitivity } from '../chart/model.ts';

/** Protected whatever the facility says: federal law (psychotherapy notes, Part 2) and the states' HIV laws. */
export const ALWAYS_PROTECTED = ['psychotherapy-notes', 'substance-use-part2', 'hiv'] as const satisfies readonly Sensitivity[];

/** Every category, in the order the pack format lists them, with the rule that protects it. */
export const PROTECTION_LABELS: Record<Sensitivity, string> = {
  'psychotherapy-notes': 'Psychotherapy notes (45 CFR 164.508(a)(2))',
  'substance-use-part2': 'Substance use disorder record (42 CFR Part 2)',
  hiv: 'HIV-related information',
  'behavioral-health': 'Behavioral health',
  genetic: 'Genetic information',
  reproductive: 'Reproductive health',
  'minor-confidential': 'Minor’s confidential care',
};

const CATEGORY_ORDER = Object.keys(PROTECTION_LABELS) as Sensitivity[];

/** What a record says about itself: a document's type, and the categories its author marked. */
export interface ProtectableRecord {
  readonly type?: string;
  readonly sensitivity?: readonly Sensitivity[] | undefined;
}

/**
 * The categories that make a record ask for a reason before it opens, at a facility that also
 * protects `facilityCategories`; empty when it opens freely. A psychotherapy note is protected by
 * what it is, even when its author forgot to mark it.
 */
export function protectionsOf(record: ProtectableRecord, facilityCategories: readonly Sensitivity[]): Sensitivity[] {
  const marked = new Set<Sensitivity>(record.sensitivity ?? []);
  if (record.type === 'psychotherapy-note') marked.add('psychotherapy-notes');
  const protectedHere = new Set<Sensitivity>([...ALWAYS_PROTECTED, ...facilityCategories]);
  return CATEGORY_ORDER.filter((c) => marked.has(c) && protectedHere.has(c));
}

/** The categories protected among many records (a chart to export), each once, in the pack format's order. */
export function protectionsAmong(records: readonly ProtectableRecord[], facilityCategories: readonly Sensitivity[]): Sensitivity[] {
  const found = new Set(records.flatMap((r) => protectionsOf(r, facilityCategories)));
  return CATEGORY_ORDER.filter((c) => found.has(c));
}

/** The protections in words: "Psychotherapy notes (45 CFR 164.508(a)(2)); Behavioral health". */
export function describeProtections(categories: readonly Sensitivity[]): string {
  return categories.map((c) => PROTECTION_LABELS[c]).join('; ');
}

/** The longest reason kept: a sentence, not a note. */
export const REASON_MAX_LENGTH = 300;
/** A reason is words: at least this many letters ("ROI" is a reason; "x", "ok" and "..." are not). */
const REASON_MIN_LETTERS = 3;

/** The reason as it is logged: trimmed, with runs of spaces and line breaks made one space. */
export function normaliseReason(reason: string): string {
  return reason.trim().replace(/\s+/g, ' ');
}

/** Why a reason for access cannot be accepted, in words for the trainee; undefined when it can. */
export function reasonProblem(reason: string): string | undefined {
  const text = normaliseReason(reason);
  if (text.length === 0) return 'Give the reason you need this record. It is written to your access log.';
  if ((text.match(/\p{L}/gu) ?? []).length < REASON_MIN_LETTERS)
    return 'Say in words why you need this record, such as “Release of information: attorney request”.';
  if (text.length > REASON_MAX_LENGTH) return `Keep the reason to ${REASON_MAX_LENGTH} characters; it is ${text.length}.`;
  return undefined;
}
