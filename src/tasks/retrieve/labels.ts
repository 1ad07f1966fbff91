/** Words for release of information, as an HIM department says them. Pure. */
import type { RuleRef } from '../common/schema.ts';
import type { AuthorizationElement, RequestType } from './schema.ts';

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

export const DECISION_LABELS = { release: 'Release', deny: 'Deny' } as const;

/**
 * What a request allows, by its legal basis: the words for a document outside its scope, whether
 * the minimum-necessary standard applies (45 CFR 164.502(b)(2): not to treatment, to the
 * individual, under a valid authorization, or where the law requires it), and whether the
 * disclosure is accountable (164.528(a)(1): not for treatment, payment or operations, to the
 * individual, or under an authorization).
 */
export interface RequestBasis {
  /** "what the authorization covers" */
  covers: string;
  /** "for treatment", "to the individual": the basis in words, as the accounting's exemption says it. */
  basis: string;
  minimumNecessary: boolean;
  accountable: boolean;
  rule: RuleRef;
}

const basis = (
  covers: string,
  said: string,
  minimumNecessary: boolean,
  accountable: boolean,
  cite: string,
  text: string,
): RequestBasis => ({
  covers,
  basis: said,
  minimumNecessary,
  accountable,
  rule: { source: 'CFR', cite, text },
});

export const REQUEST_BASIS: Record<RequestType, RequestBasis> = {
  'continuing-care': basis(
    'what the request for continuing care covers',
    'for treatment',
    false,
    false,
    '45 CFR 164.506(c)(2)',
    'PHI may be disclosed for the treatment activities of another provider; the minimum-necessary standard does not apply to disclosures for treatment.',
  ),
  physician: basis(
    "what the physician's request covers",
    'for treatment',
    false,
    false,
    '45 CFR 164.506(c)(2)',
    'PHI may be disclosed for the treatment activities of another provider; the minimum-necessary standard does not apply to disclosures for treatment.',
  ),
  'patient-access': basis(
    'what the patient asked for',
    'to the individual',
    false,
    false,
    '45 CFR 164.524',
    'An individual has a right of access to the PHI in the designated record set that they request.',
  ),
  'attorney-authorization': basis(
    'what the authorization covers',
    'under an authorization',
    false,
    false,
    '45 CFR 164.508(c)(1)(i)',
    'A disclosure under an authorization may include only the information the authorization describes.',
  ),
  subpoena: basis(
    'what the subpoena covers',
    'in response to a subpoena',
    true,
    true,
    '45 CFR 164.512(e)(1)(ii)',
    'A subpoena without a court order permits disclosure only of the information it expressly asks for, and the minimum-necessary standard applies.',
  ),
  insurer: basis(
    'what the request covers',
    'for payment',
    true,
    false,
    '45 CFR 164.502(b), 164.514(d)',
    'A disclosure for payment is limited to the minimum necessary for its purpose.',
  ),
  'court-order': basis(
    'what the court order covers',
    'under a court order',
    false,
    true,
    '45 CFR 164.512(e)(1)(i)',
    'A court order permits disclosure of only the PHI it expressly authorizes.',
  ),
};

export const MINIMUM_NECESSARY_RULE: RuleRef = {
  source: 'CFR',
  cite: '45 CFR 164.502(b), 164.514(d)',
  text: 'Limit the PHI disclosed to the minimum necessary to accomplish the purpose of the request.',
};

export const ACCOUNTING_RULE: RuleRef = {
  source: 'CFR',
  cite: '45 CFR 164.528',
  text: 'An individual may receive an accounting of disclosures made in the six years before the request, except those for treatment, payment or operations, to the individual, under an authorization, and the other exemptions of 164.528(a)(1). Each entry gives the date, the recipient, a brief description of what was disclosed and the purpose (164.528(b)(2)).',
};
