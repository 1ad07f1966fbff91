/**
 * HIM tasks and their answer keys, as packs carry them (pack format version 2). A task says what
 * the trainee must do on which chart objects; its key says what a correct answer is, item by item,
 * each item with the rule it rests on, so every deduction can cite it. Pure: zod schemas and types.
 *
 * Key shapes and weights follow ../shared/domain/HIM-TASKS.md (2.4 filing, 2.8–2.10 retrieval and
 * release of information, 2.12 deficiency analysis, 2.15–2.17 coding).
 */
import { z } from 'zod';
import { Id, IsoDate, LocalDateTime, DocumentType } from '../chart/model.ts';

const shortText = z.string().trim().min(1).max(200);
const longText = z.string().trim().min(1).max(20_000);

/** The RHIT exam's content domains (AHIMA), used to report scores per domain. */
export const RHIT_DOMAINS = {
  'data-content': 'Data Content, Structure and Information Governance',
  'privacy-security': 'Access, Use, Disclosure, Privacy and Security',
  'data-analytics': 'Data Analytics and Use',
  'revenue-cycle': 'Revenue Cycle Management',
  'compliance': 'Health Law and Compliance',
  'leadership': 'Organizational Management and Leadership',
} as const;
export const RhitDomain = z.enum(Object.keys(RHIT_DOMAINS) as [keyof typeof RHIT_DOMAINS, ...(keyof typeof RHIT_DOMAINS)[]]);

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

const Difficulty = z.enum(['easy', 'medium', 'hard']);

const TaskBase = {
  id: Id,
  title: shortText,
  instructions: longText,
  rhitDomain: RhitDomain,
  difficulty: Difficulty,
  estimatedMinutes: z.number().int().min(1).max(240),
};

/** File: index loose documents to patient, encounter and type; find documents misfiled in a chart. */
export const FileTask = z.strictObject({
  ...TaskBase,
  kind: z.literal('file'),
  looseDocumentIds: z.array(Id).max(100).default([]),
  /** Charts to audit for misfiled documents. */
  auditPatientIds: z.array(Id).max(20).default([]),
});

export const RequestType = z.enum(['continuing-care', 'physician', 'patient-access', 'attorney-authorization', 'subpoena', 'insurer', 'court-order']);

/** Retrieve: a request for records; for release of information, the authorization decides what may go. */
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

/** Complete: quantitative deficiency analysis of a discharged encounter. */
export const CompleteTask = z.strictObject({
  ...TaskBase,
  kind: z.literal('complete'),
  patientId: Id,
  encounterId: Id,
});

export const CodeSystemId = z.enum(['ICD-10-CM', 'ICD-10-PCS', 'HCPCS']);

/** Code: code an encounter from its documentation. */
export const CodeTask = z.strictObject({
  ...TaskBase,
  kind: z.literal('code'),
  patientId: Id,
  encounterId: Id,
  systems: z.array(CodeSystemId).min(1).max(3),
});

export const Task = z.discriminatedUnion('kind', [FileTask, RetrieveTask, CompleteTask, CodeTask]);

// ---------------------------------------------------------------------------------------------
// Answer keys
// ---------------------------------------------------------------------------------------------

const KeyItemBase = {
  rule: RuleRef,
  /** Relative weight among the items of the same part of the key (default 1). */
  weight: z.number().positive().max(100).default(1),
  /** An error here is a safety or privacy failure: it caps the task score and is listed first. */
  critical: z.boolean().default(false),
};

export const FilingKeyItem = z.strictObject({
  ...KeyItemBase,
  looseDocumentId: Id,
  /** File into a chart; hold (cannot be matched with certainty); return to sender (not our patient). */
  action: z.enum(['file', 'hold', 'return']),
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

/** The core elements of a valid HIPAA authorization, 45 CFR 164.508(c)(1)–(2). */
export const AuthorizationElement = z.enum([
  'description-of-information', 'who-may-disclose', 'who-may-receive', 'purpose', 'expiration',
  'signature-and-date', 'representative-authority', 'right-to-revoke', 'conditioning-statement', 'redisclosure-statement',
  'part2-consent-elements', 'specific-psychotherapy-authorization', 'not-expired',
]);

export const RetrieveKey = z.strictObject({
  kind: z.literal('retrieve'),
  patientId: Id,
  decision: z.strictObject({ ...KeyItemBase, value: z.enum(['release', 'deny']) }),
  /** Defects of the authorization or request that make it invalid (empty when it is valid). */
  defects: z.array(z.strictObject({ ...KeyItemBase, element: AuthorizationElement })).max(20).default([]),
  /** Documents the request needs and may have. */
  release: z.array(z.strictObject({ ...KeyItemBase, documentId: Id })).max(500).default([]),
  /** Documents that must not go (protected without valid authorization, outside the scope): releasing one is critical when `critical`. */
  withhold: z.array(z.strictObject({ ...KeyItemBase, documentId: Id })).max(500).default([]),
  /** The disclosure is logged for the accounting (45 CFR 164.528) with this purpose. */
  logPurpose: z.strictObject({ ...KeyItemBase, value: shortText }).optional(),
});

export const DeficiencyType = z.enum([
  'missing-signature', 'missing-cosignature', 'missing-date-time', 'unauthenticated-verbal-order',
  'missing-history-and-physical', 'history-and-physical-outdated', 'history-and-physical-late',
  'missing-operative-report', 'operative-report-late', 'missing-discharge-summary', 'discharge-summary-late',
  'missing-consent', 'incomplete-consent', 'missing-document',
]);

export const CompleteKey = z.strictObject({
  kind: z.literal('complete'),
  deficiencies: z.array(z.strictObject({
    ...KeyItemBase,
    /** The deficient document or order; absent for a missing document. */
    documentId: Id.optional(),
    type: DeficiencyType,
    responsibleProviderId: Id,
    alternateProviderIds: z.array(Id).max(5).default([]),
  })).max(100),
  recordComplete: z.strictObject({ ...KeyItemBase, value: z.boolean() }),
});

export const Poa = z.enum(['Y', 'N', 'U', 'W', 'exempt']);

const KeyCode = z.strictObject({
  ...KeyItemBase,
  code: z.string().regex(/^[A-Z0-9]{3,7}$/, 'must be a code without the dot, such as E1122'),
  /** Codes that are equally right (guidelines allowing a choice). */
  alternates: z.array(z.string().regex(/^[A-Z0-9]{3,7}$/)).max(10).default([]),
});

export const CodeKey = z.strictObject({
  kind: z.literal('code'),
  /** Principal (inpatient) or first-listed (outpatient) diagnosis. */
  principal: KeyCode,
  secondary: z.array(KeyCode.extend({ poa: Poa.optional(), required: z.boolean().default(true) })).max(50).default([]),
  /** Principal POA, for inpatients. */
  principalPoa: Poa.optional(),
  procedures: z.array(KeyCode.extend({ principal: z.boolean().default(false) })).max(30).default([]),
  hcpcs: z.array(KeyCode.extend({
    modifiers: z.array(z.string().regex(/^[A-Z0-9]{2}$/)).max(4).default([]),
    /**
     * Units of service on the claim line: the dose given divided by the dose in the code's
     * descriptor, rounded up (ketorolac 30 mg under J1885 "per 15 mg" is 2 units). Default 1.
     */
    units: z.number().int().min(1).max(9_999).default(1),
  })).max(30).default([]),
  /** Codes trainees often add that the documentation does not support, with the reason. */
  notCodeable: z.array(z.strictObject({ code: z.string().regex(/^[A-Z0-9]{3,7}$/), rule: RuleRef })).max(30).default([]),
});

export const AnswerKey = z.discriminatedUnion('kind', [FileKey, RetrieveKey, CompleteKey, CodeKey]);

export type RuleRef = z.infer<typeof RuleRef>;
export type RhitDomain = z.infer<typeof RhitDomain>;
export type Task = z.infer<typeof Task>;
export type TaskKind = Task['kind'];
export type FileTask = z.infer<typeof FileTask>;
export type RetrieveTask = z.infer<typeof RetrieveTask>;
export type CompleteTask = z.infer<typeof CompleteTask>;
export type CodeTask = z.infer<typeof CodeTask>;
export type AnswerKey = z.infer<typeof AnswerKey>;
export type FileKey = z.infer<typeof FileKey>;
export type RetrieveKey = z.infer<typeof RetrieveKey>;
export type CompleteKey = z.infer<typeof CompleteKey>;
export type CodeKey = z.infer<typeof CodeKey>;
export type DeficiencyType = z.infer<typeof DeficiencyType>;
export type AuthorizationElement = z.infer<typeof AuthorizationElement>;
export type Poa = z.infer<typeof Poa>;
export type RequestType = z.infer<typeof RequestType>;

export const TASK_KINDS = ['file', 'retrieve', 'complete', 'code'] as const satisfies readonly TaskKind[];
