/**
 * The access log: every chart and document a trainee opens. HIPAA's Security Rule requires
 * audit controls (45 CFR 164.312(b)); later tasks grade minimum-necessary behaviour on this log.
 * Pure types; storage keeps the entries.
 */
export type AccessAction = 'open-chart' | 'open-document' | 'open-loose-document';

export interface AccessEntry {
  /** Assigned by storage, in order of writing. */
  seq?: number;
  traineeId: string;
  traineeName: string;
  at: string;
  action: AccessAction;
  packId: string;
  patientId?: string;
  mrn?: string;
  patientName?: string;
  documentId?: string;
  /** What was opened, in words: "Discharge Summary — 2025-03-04". */
  what: string;
}

export const ACCESS_ACTION_LABELS: Record<AccessAction, string> = {
  'open-chart': 'Opened chart',
  'open-document': 'Opened document',
  'open-loose-document': 'Opened loose document',
};
