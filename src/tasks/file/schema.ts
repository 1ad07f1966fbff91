/**
 * Filing: index loose documents to patient, encounter, type and date (or hold or return them), and
 * find documents misfiled in a chart (HIM-TASKS 2.4). The task, its key, the trainee's work on it,
 * and its commands. Pure.
 */
import { z } from 'zod';
import { DocumentType, Id, IsoDate } from '../../chart/model.ts';
import { KeyItemBase, TaskBase } from '../common/schema.ts';

export const FileTask = z.strictObject({
  ...TaskBase,
  kind: z.literal('file'),
  looseDocumentIds: z.array(Id).max(100).default([]),
  /** Charts to audit for misfiled documents. */
  auditPatientIds: z.array(Id).max(20).default([]),
});

export const FilingAction = z.enum(['file', 'hold', 'return']);

export const FilingKeyItem = z.strictObject({
  ...KeyItemBase,
  looseDocumentId: Id,
  /** File into a chart; hold (cannot be matched with certainty); return to sender (not our patient). */
  action: FilingAction,
  patientId: Id.optional(),
  encounterId: Id.optional(),
  /** Encounters that are also right (a document that fits two visits equally). */
  alternateEncounterIds: z.array(Id).max(5).default([]),
  documentType: DocumentType.optional(),
  alternateDocumentTypes: z.array(DocumentType).max(5).default([]),
  documentDate: IsoDate.optional(),
});

export const MisfileKeyItem = z.strictObject({
  ...KeyItemBase,
  documentId: Id,
  /** The chart it belongs in, or undefined when it belongs to no patient of this facility. */
  toPatientId: Id.optional(),
});

export const FileKey = z.strictObject({
  kind: z.literal('file'),
  documents: z.array(FilingKeyItem).max(100).default([]),
  misfiles: z.array(MisfileKeyItem).max(100).default([]),
});

export const FilingEntry = z.strictObject({
  action: FilingAction,
  patientId: Id.optional(),
  encounterId: Id.optional(),
  documentType: DocumentType.optional(),
  documentDate: IsoDate.optional(),
});

export const FileWork = z.strictObject({
  kind: z.literal('file'),
  documents: z.record(Id, FilingEntry).default({}),
  misfiles: z.record(Id, z.strictObject({ toPatientId: Id.optional() })).default({}),
});

export type FileTask = z.infer<typeof FileTask>;
export type FileKey = z.infer<typeof FileKey>;
export type FilingKeyItem = z.infer<typeof FilingKeyItem>;
export type FileWork = z.infer<typeof FileWork>;
export type FilingEntry = z.infer<typeof FilingEntry>;

type DocumentTypeId = z.infer<typeof DocumentType>;

export type FileCommand =
  | {
      type: 'file/index';
      taskId: string;
      looseDocumentId: string;
      patientId: string;
      encounterId?: string;
      documentType?: DocumentTypeId;
      documentDate?: string;
    }
  | { type: 'file/hold'; taskId: string; looseDocumentId: string }
  | { type: 'file/return'; taskId: string; looseDocumentId: string }
  | { type: 'file/clear'; taskId: string; looseDocumentId: string }
  | { type: 'file/flag-misfile'; taskId: string; documentId: string; toPatientId?: string }
  | { type: 'file/unflag-misfile'; taskId: string; documentId: string };
