/**
 * Quantitative deficiency analysis of a discharged encounter (HIM-TASKS 2.12): find each
 * deficiency, assign it to the responsible provider, and declare the record complete or not. Pure.
 */
import { z } from 'zod';
import { Id } from '../../chart/model.ts';
import { KeyItemBase, TaskBase } from '../common/schema.ts';

export const CompleteTask = z.strictObject({
  ...TaskBase,
  kind: z.literal('complete'),
  patientId: Id,
  encounterId: Id,
});

export const DeficiencyType = z.enum([
  'missing-signature',
  'missing-cosignature',
  'missing-date-time',
  'unauthenticated-verbal-order',
  'missing-history-and-physical',
  'history-and-physical-outdated',
  'history-and-physical-late',
  'missing-operative-report',
  'operative-report-late',
  'missing-discharge-summary',
  'discharge-summary-late',
  'missing-consent',
  'incomplete-consent',
  'missing-document',
]);

export const KeyDeficiency = z.strictObject({
  ...KeyItemBase,
  /** The deficient document or order; absent for a missing document. */
  documentId: Id.optional(),
  type: DeficiencyType,
  responsibleProviderId: Id,
  alternateProviderIds: z.array(Id).max(5).default([]),
  /**
   * Findings that are equally right: the order sheet that repeats an order entry (another
   * document, same type), or "H&P missing" for "H&P outdated, no update" (same document, another
   * type). A field left out is the item's own.
   */
  alternates: z
    .array(z.strictObject({ documentId: Id.optional(), type: DeficiencyType.optional() }))
    .max(5)
    .default([]),
});

export const CompleteKey = z.strictObject({
  kind: z.literal('complete'),
  deficiencies: z.array(KeyDeficiency).max(100),
  recordComplete: z.strictObject({ ...KeyItemBase, value: z.boolean() }),
});

export const FlaggedDeficiency = z.strictObject({ documentId: Id.optional(), type: DeficiencyType, providerId: Id });

export const CompleteWork = z.strictObject({
  kind: z.literal('complete'),
  deficiencies: z.array(FlaggedDeficiency).max(200).default([]),
  recordComplete: z.boolean().optional(),
});

export type CompleteTask = z.infer<typeof CompleteTask>;
export type DeficiencyType = z.infer<typeof DeficiencyType>;
export type KeyDeficiency = z.infer<typeof KeyDeficiency>;
export type CompleteKey = z.infer<typeof CompleteKey>;
export type CompleteWork = z.infer<typeof CompleteWork>;
export type FlaggedDeficiency = z.infer<typeof FlaggedDeficiency>;

export type CompleteCommand =
  | { type: 'complete/add-deficiency'; taskId: string; documentId?: string; deficiency: DeficiencyType; providerId: string }
  | { type: 'complete/remove-deficiency'; taskId: string; index: number }
  | { type: 'complete/declare'; taskId: string; complete: boolean };
