/**
 * The access log: what a trainee opened and exported, and when. An EHR keeps such an audit trail of
 * every user (HIPAA Security Rule, 45 CFR 164.312(b)). Here it is the trainee's own record, to check
 * against minimum necessary (45 CFR 164.502(b)); nothing grades it. Pure types; storage keeps the
 * entries, which are never rewritten, so an entry written by an earlier version (with fewer actions,
 * and no reason) must still read.
 */
export type AccessAction =
  /** A chart was shown. */
  | 'open-chart'
  /** A document was shown, because the trainee opened it. */
  | 'open-document'
  /** A loose (unfiled) document was shown. */
  | 'open-loose-document'
  /** A specially protected record was opened after the trainee gave a reason ("break the glass"). */
  | 'break-the-glass'
  /** A chart was exported as FHIR: a copy of the record left the EHR. */
  | 'export-fhir';

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
  /** Why the trainee needed it, in their words: given before a protected record opens. */
  reason?: string;
}

export const ACCESS_ACTION_LABELS: Record<AccessAction, string> = {
  'open-chart': 'Opened chart',
  'open-document': 'Opened document',
  'open-loose-document': 'Opened loose document',
  'break-the-glass': 'Opened protected record',
  'export-fhir': 'Exported chart (FHIR)',
};

/** The action in words; an action this version does not know (written by a newer one) is shown as stored. */
export function accessActionLabel(action: string): string {
  return Object.hasOwn(ACCESS_ACTION_LABELS, action) ? ACCESS_ACTION_LABELS[action as AccessAction] : action;
}

/**
 * Whether an entry is written because a view was shown (a chart, a document) rather than by a
 * deliberate act (a reason given, an export). A view may render twice for one look, so a repeat of
 * the entry just before is dropped; every deliberate act is an access of its own.
 */
export function isViewAction(action: AccessAction): boolean {
  switch (action) {
    case 'open-chart':
    case 'open-document':
    case 'open-loose-document':
      return true;
    case 'break-the-glass':
    case 'export-fhir':
      return false;
  }
}
