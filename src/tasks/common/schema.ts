/**
 * The pieces every task kind's schemas are made of: the RHIT domains, the rule a key item cites,
 * the fields every task has, and the fields every key item has. Pure: zod schemas and types.
 */
import { z } from 'zod';
import { Id } from '../../chart/model.ts';

export const shortText = z.string().trim().min(1).max(200);
export const longText = z.string().trim().min(1).max(20_000);

/** The RHIT exam's content domains (AHIMA), used to report scores per domain. */
export const RHIT_DOMAINS = {
  'data-content': 'Data Content, Structure and Information Governance',
  'privacy-security': 'Access, Use, Disclosure, Privacy and Security',
  'data-analytics': 'Data Analytics and Use',
  'revenue-cycle': 'Revenue Cycle Management',
  compliance: 'Health Law and Compliance',
  leadership: 'Organizational Management and Leadership',
} as const;
export const RhitDomain = z.enum(Object.keys(RHIT_DOMAINS) as [keyof typeof RHIT_DOMAINS, ...(keyof typeof RHIT_DOMAINS)[]]);
export type RhitDomain = z.infer<typeof RhitDomain>;

/**
 * The rule a key item rests on, cited in every explanation: an official guideline section ("OGCR
 * I.C.4.a.2"), a regulation ("45 CFR 164.508(c)(1)"), or the pack's facility policy.
 */
export const RuleRef = z.strictObject({
  source: z.enum(['OGCR', 'UHDDS', 'CFR', 'CoP', 'TJC', 'facility', 'state-law', 'other']),
  cite: shortText,
  /** The rule in one plain sentence, shown with the deduction. */
  text: z.string().trim().min(1).max(1_000),
});
export type RuleRef = z.infer<typeof RuleRef>;

export const Difficulty = z.enum(['easy', 'medium', 'hard']);

/** Fields every task has, whatever its kind. */
export const TaskBase = {
  id: Id,
  title: shortText,
  instructions: longText,
  rhitDomain: RhitDomain,
  difficulty: Difficulty,
  estimatedMinutes: z.number().int().min(1).max(240),
};

/** Fields every answer-key item has. */
export const KeyItemBase = {
  rule: RuleRef,
  /**
   * Relative weight among the items of the same part of the key (default 1). Codes that change
   * the MS-DRG (an MCC or CC) weigh more than codes that do not.
   */
  weight: z.number().positive().max(100).default(1),
  /** An error here is a safety or privacy failure: it caps the task score and is listed first. */
  critical: z.boolean().default(false),
  /**
   * An item for discussion (the instructor notes call it debatable): shown with its rule, but it
   * neither rewards nor costs anything, found or not.
   */
  optional: z.boolean().default(false),
};
