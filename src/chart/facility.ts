/**
 * The facility a pack describes: how it numbers patients and visits, its record-completion rules,
 * and the categories of information it protects. Grading, the chart and the pack checks read it.
 * Pure: zod schemas and types.
 */
import { z } from 'zod';

const shortText = z.string().trim().min(1).max(200);

/** A regular expression written as a string, kept short so a pack cannot make matching slow. */
const Pattern = z
  .string()
  .min(1)
  .max(120)
  .refine(
    (s) => {
      try {
        new RegExp(s, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'is not a valid regular expression' },
  );

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
  protectedCategories: z.array(z.enum(['hiv', 'behavioral-health', 'genetic', 'reproductive', 'minor-confidential'])).max(10).default([]),
});

export type IdentifierFormat = z.infer<typeof IdentifierFormat>;
export type CompletionRules = z.infer<typeof CompletionRules>;
export type Facility = z.infer<typeof Facility>;
