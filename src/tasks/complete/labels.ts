/** Words for deficiency analysis, and which findings are related. Pure. */
import type { DeficiencyType } from './schema.ts';

export const DEFICIENCY_LABELS: Record<DeficiencyType, string> = {
  'missing-signature': 'Signature missing',
  'missing-cosignature': 'Co-signature missing',
  'missing-date-time': 'Date or time missing',
  'unauthenticated-verbal-order': 'Verbal or telephone order not authenticated',
  'missing-history-and-physical': 'History and physical missing',
  'history-and-physical-outdated': 'History and physical older than the window, no update',
  'history-and-physical-late': 'History and physical completed late',
  'missing-operative-report': 'Operative report missing',
  'operative-report-late': 'Operative report dictated late',
  'missing-discharge-summary': 'Discharge summary missing',
  'discharge-summary-late': 'Discharge summary completed late',
  'missing-consent': 'Consent missing',
  'incomplete-consent': 'Consent incomplete',
  'missing-document': 'Other required document missing',
};

/**
 * Families of related findings: two findings of one family on the same document (or both on no
 * document) are near misses of each other — "signature missing" where the key has "co-signature
 * missing", "H&P completed late" where it has "H&P older than the window".
 */
export const DEFICIENCY_FAMILY: Record<DeficiencyType, string> = {
  'missing-signature': 'authentication',
  'missing-cosignature': 'authentication',
  'missing-date-time': 'authentication',
  'unauthenticated-verbal-order': 'authentication',
  'missing-history-and-physical': 'history-and-physical',
  'history-and-physical-outdated': 'history-and-physical',
  'history-and-physical-late': 'history-and-physical',
  'missing-operative-report': 'operative-report',
  'operative-report-late': 'operative-report',
  'missing-discharge-summary': 'discharge-summary',
  'discharge-summary-late': 'discharge-summary',
  'missing-consent': 'consent',
  'incomplete-consent': 'consent',
  'missing-document': 'document',
};

export const RECORD_STATUS_LABELS = { complete: 'Complete', incomplete: 'Incomplete' } as const;
