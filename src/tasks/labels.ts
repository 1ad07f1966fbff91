/** Words for the task model's codes, as an HIM department says them; shared by the grader's explanations and the UI. Pure. */
import type { AuthorizationElement, DeficiencyType, RequestType, RuleRef, TaskKind } from './model.ts';

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

export const AUTHORIZATION_LABELS: Record<AuthorizationElement, string> = {
  'description-of-information': 'Specific description of the information to be disclosed',
  'who-may-disclose': 'Who may make the disclosure',
  'who-may-receive': 'Who may receive the information',
  purpose: 'Purpose of the disclosure',
  expiration: 'Expiration date or event',
  'signature-and-date': 'Signature of the individual and date',
  'representative-authority': "Representative's authority to sign, when not the patient",
  'right-to-revoke': 'Statement of the right to revoke',
  'conditioning-statement': 'Statement on conditioning of treatment or payment',
  'redisclosure-statement': 'Statement that disclosed information may be redisclosed',
  'part2-consent-elements': '42 CFR Part 2 consent elements (substance use records)',
  'specific-psychotherapy-authorization': 'Separate, specific authorization for psychotherapy notes',
  'not-expired': 'Authorization still in force (not expired or revoked)',
};

export const REQUEST_TYPE_LABELS: Record<RequestType, string> = {
  'continuing-care': 'Continuing care',
  physician: "Physician's chart request",
  'patient-access': "Patient's right of access",
  'attorney-authorization': 'Attorney with authorization',
  subpoena: 'Subpoena',
  insurer: 'Insurer',
  'court-order': 'Court order',
};

export const KIND_LABELS: Record<TaskKind, string> = {
  file: 'Filing', retrieve: 'Request', complete: 'Deficiency analysis', code: 'Coding',
};

const SOURCE_WORDS: Record<RuleRef['source'], string> = {
  OGCR: 'ICD-10-CM Official Guidelines', UHDDS: 'UHDDS', CFR: '', CoP: 'CMS Conditions of Participation', TJC: 'The Joint Commission',
  facility: 'Facility policy', 'state-law': 'State law', other: '',
};

/** "45 CFR 164.506(c)(2)", "ICD-10-CM Official Guidelines I.C.4.a", "Facility policy: Riverside indexing policy". */
export function ruleLabel(rule: Pick<RuleRef, 'source' | 'cite'>): string {
  const words = SOURCE_WORDS[rule.source];
  if (!words || rule.cite.includes(rule.source)) return rule.cite;
  return rule.source === 'facility' || rule.source === 'state-law' ? `${words}: ${rule.cite}` : `${words} ${rule.cite}`;
}
