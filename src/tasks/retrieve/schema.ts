/**
 * Retrieval and release of information (HIM-TASKS 2.8–2.11): find the patient a request is about,
 * check the authorization's required elements, release or deny, pick the documents that may go,
 * and log an accountable disclosure for the accounting (45 CFR 164.528). Pure.
 */
import { z } from 'zod';
import { Id, IsoDate, LocalDateTime } from '../../chart/model.ts';
import { KeyItemBase, TaskBase, longText, shortText } from '../common/schema.ts';

export const RequestType = z.enum([
  'continuing-care',
  'physician',
  'patient-access',
  'attorney-authorization',
  'subpoena',
  'insurer',
  'court-order',
]);

export const RetrieveTask = z.strictObject({
  ...TaskBase,
  kind: z.literal('retrieve'),
  request: z.strictObject({
    type: RequestType,
    requester: shortText,
    receivedAt: LocalDateTime,
    /** The request letter or form as received: the trainee reads it to find the patient and the scope. */
    text: longText,
    /** The authorization or subpoena document in the chart, when there is one. */
    authorizationDocumentId: Id.optional(),
  }),
});

/** The core elements of a valid HIPAA authorization, 45 CFR 164.508(c)(1)–(2), and the special cases. */
export const AuthorizationElement = z.enum([
  'description-of-information',
  'who-may-disclose',
  'who-may-receive',
  'purpose',
  'expiration',
  'signature-and-date',
  'representative-authority',
  'right-to-revoke',
  'conditioning-statement',
  'redisclosure-statement',
  'part2-consent-elements',
  'specific-psychotherapy-authorization',
  'not-expired',
]);

/**
 * The accounting of disclosures (45 CFR 164.528): whether this disclosure must be accounted for
 * (one under 164.512 — a subpoena, a court order — must; treatment, payment, operations,
 * disclosures to the individual and under an authorization are exempt), and if so what its entry
 * must say (164.528(b)(2)): the date, the recipient, a description of what was disclosed, and the
 * purpose. Text is matched on the terms given, case and punctuation aside.
 */
export const AccountingKey = z.strictObject({
  ...KeyItemBase,
  accountable: z.boolean(),
  /** The date of the disclosure. */
  date: IsoDate.optional(),
  /** Words the recipient line must contain, all of them ("Whitfield"). */
  recipientTerms: z.array(shortText).max(10).default([]),
  /** Words of which the purpose must contain at least one ("litigation", "lawsuit"). */
  purposeTerms: z.array(shortText).max(20).default([]),
});

export const RetrieveKey = z.strictObject({
  kind: z.literal('retrieve'),
  patientId: Id,
  decision: z.strictObject({ ...KeyItemBase, value: z.enum(['release', 'deny']) }),
  /** Defects of the authorization or request that make it invalid (empty when it is valid). */
  defects: z
    .array(z.strictObject({ ...KeyItemBase, element: AuthorizationElement }))
    .max(20)
    .default([]),
  /** Documents the request needs and may have. */
  release: z
    .array(z.strictObject({ ...KeyItemBase, documentId: Id }))
    .max(500)
    .default([]),
  /** Documents that must not go (protected without valid authorization, outside the scope): releasing one is critical when `critical`. */
  withhold: z
    .array(z.strictObject({ ...KeyItemBase, documentId: Id }))
    .max(500)
    .default([]),
  /** The accounting entry, when the disclosure is accountable; absent, it follows from the request type. */
  accounting: AccountingKey.optional(),
  /**
   * Earlier keys said only "log it, with this purpose": read as an accountable disclosure whose
   * purpose may be anything. New keys use `accounting`.
   */
  logPurpose: z.strictObject({ ...KeyItemBase, value: shortText }).optional(),
});

/** The trainee's accounting entry for the disclosure. */
export const DisclosureEntry = z.strictObject({
  date: IsoDate.optional(),
  recipient: z.string().trim().max(200).optional(),
  description: z.string().trim().max(1_000).optional(),
  purpose: z.string().trim().max(200).optional(),
});

export const RetrieveWork = z.strictObject({
  kind: z.literal('retrieve'),
  patientId: Id.optional(),
  decision: z.enum(['release', 'deny']).optional(),
  defects: z.array(AuthorizationElement).max(20).default([]),
  release: z.array(Id).max(500).default([]),
  /** The disclosure logged for the accounting, if any. */
  disclosure: DisclosureEntry.optional(),
});

export type RequestType = z.infer<typeof RequestType>;
export type AuthorizationElement = z.infer<typeof AuthorizationElement>;
export type RetrieveTask = z.infer<typeof RetrieveTask>;
export type RetrieveKey = z.infer<typeof RetrieveKey>;
export type AccountingKey = z.infer<typeof AccountingKey>;
export type RetrieveWork = z.infer<typeof RetrieveWork>;
export type DisclosureEntry = z.infer<typeof DisclosureEntry>;

export type RetrieveCommand =
  | { type: 'retrieve/select-patient'; taskId: string; patientId: string }
  | { type: 'retrieve/decide'; taskId: string; decision: 'release' | 'deny' }
  | { type: 'retrieve/toggle-defect'; taskId: string; element: AuthorizationElement }
  | { type: 'retrieve/toggle-document'; taskId: string; documentId: string }
  /** Kept from the first work format: sets the purpose of the logged disclosure. */
  | { type: 'retrieve/log-purpose'; taskId: string; purpose: string }
  | { type: 'retrieve/log-disclosure'; taskId: string; entry: DisclosureEntry }
  | { type: 'retrieve/clear-log'; taskId: string };
