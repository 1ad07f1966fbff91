/**
 * Scoring a request (HIM-TASKS 2.8–2.11): the patient first (nothing else counts for a request
 * matched to the wrong person), then the decision 30 %, the authorization's defects 30 %, the
 * records released 30 % (0.6 recall of what the request needs, 0.4 precision), and the accounting
 * of disclosures 10 %. Releasing on a request that must be denied, a specially protected record
 * without the authorization it needs, or another patient's record is critical. Pure.
 */
import type { GradeContext } from '../common/context.ts';
import { PATIENT_IDENTIFICATION_RULE } from '../common/labels.ts';
import {
  extraShare,
  listed,
  nothingToFindGate,
  optionalFinding,
  share,
  type Finding,
  type Scored,
  type ScoredPart,
} from '../common/scoring.ts';
import type { RuleRef } from '../common/schema.ts';
import { ACCOUNTING_RULE, AUTHORIZATION_LABELS, MINIMUM_NECESSARY_RULE, REQUEST_BASIS } from './labels.ts';
import type { DisclosureEntry, RetrieveKey, RetrieveTask, RetrieveWork } from './schema.ts';

export const RETRIEVE_WEIGHTS = { decision: 30, defects: 30, release: 30, accounting: 10 } as const;
export const RELEASE_SHARES = { recall: 0.6, precision: 0.4 } as const;
/** The four fields of an accounting entry, 164.528(b)(2), each a quarter of the entry. */
export const ACCOUNTING_FIELDS = ['date', 'recipient', 'description', 'purpose'] as const;

const words = (s: string | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const hasTerm = (text: string | undefined, term: string) => ` ${words(text)} `.includes(` ${words(term)} `);

/** The accounting the key expects: its own entry, the legacy "log it", or what the request type says. */
function expectedAccounting(key: RetrieveKey, task: RetrieveTask) {
  if (key.accounting) return key.accounting;
  if (key.logPurpose) return { ...key.logPurpose, accountable: true, recipientTerms: [], purposeTerms: [] as string[], date: undefined };
  const basis = REQUEST_BASIS[task.request.type];
  return {
    accountable: basis.accountable,
    rule: ACCOUNTING_RULE,
    weight: 1,
    critical: false,
    optional: false,
    recipientTerms: [],
    purposeTerms: [] as string[],
    date: undefined,
  };
}

function entryWords(d: DisclosureEntry | undefined): string {
  if (!d) return 'not logged';
  return [d.date ?? 'no date', d.recipient || 'no recipient', d.description || 'no description', d.purpose || 'no purpose'].join(' · ');
}

export function scoreRetrieve({
  task,
  key,
  work,
  ctx,
}: {
  task: RetrieveTask;
  key: RetrieveKey;
  work: RetrieveWork | undefined;
  ctx: GradeContext;
}): Scored {
  const { facts } = ctx;
  const parts: ScoredPart[] = [];
  const notes: Finding[] = [];
  const releasing = work?.decision === 'release' ? work.release : [];

  // The patient: a request matched to the wrong person earns nothing else.
  const rightPatient = work?.patientId === key.patientId;
  if (!rightPatient) {
    parts.push({
      name: 'Patient identified',
      weight: 1,
      findings: [
        {
          id: 'patient',
          label: 'Patient identified',
          expected: facts.patient(key.patientId),
          trainee: work?.patientId ? facts.patient(work.patientId) : 'none chosen',
          earned: 0,
          possible: 1,
          deduction: 1,
          critical: releasing.length > 0,
          rule: PATIENT_IDENTIFICATION_RULE,
          explanation: `Match the request to the patient on at least two identifiers (name and date of birth, MRN, dates of service) before anything else.${releasing.length > 0 ? ' Records were released about the wrong person.' : ''}`,
        },
      ],
    });
    return { parts };
  }
  notes.push({
    id: 'patient',
    label: 'Patient identified',
    expected: facts.patient(key.patientId),
    trainee: facts.patient(work.patientId),
    earned: 1,
    possible: 1,
    deduction: 0,
  });

  // The decision.
  const decisionRight = work.decision === key.decision.value;
  parts.push({
    name: 'Decision',
    weight: RETRIEVE_WEIGHTS.decision,
    findings: [
      {
        id: 'decision',
        label: 'Decision',
        expected: key.decision.value,
        trainee: work.decision ?? 'none',
        earned: decisionRight ? 1 : 0,
        possible: 1,
        deduction: decisionRight ? 0 : 1,
        rule: key.decision.rule,
        critical: key.decision.value === 'deny' && work.decision === 'release',
        explanation: decisionRight
          ? ''
          : key.decision.value === 'deny'
            ? 'The request cannot be honoured as it stands; releasing on it is an improper disclosure.'
            : 'The request is valid and must be answered with the records it asks for.',
      },
    ],
  });
  const wrongDecision = key.decision.value === 'release' ? 'the valid request was denied' : 'the request that must be denied was not';
  const gate = !decisionRight;

  // The authorization's defects.
  const keyDefects = key.defects.filter((d) => !d.optional);
  const defectTotal = keyDefects.reduce((n, d) => n + d.weight, 0);
  const given = new Set(work.defects);
  const defects: Finding[] = [];
  for (const d of key.defects) {
    const found = given.has(d.element);
    given.delete(d.element);
    const base = {
      id: `defect:${d.element}`,
      label: `Authorization defect: ${AUTHORIZATION_LABELS[d.element]}`,
      expected: 'noted',
      trainee: found ? 'noted' : 'not noted',
      rule: d.rule,
    };
    if (d.optional) {
      notes.push(optionalFinding({ ...base, explanation: 'For discussion: it does not count either way.' }));
      continue;
    }
    defects.push({
      ...base,
      earned: found ? d.weight : 0,
      possible: d.weight,
      deduction: found ? 0 : share(d.weight, defectTotal),
      status: found ? 'correct' : 'missing',
      explanation: found ? '' : 'This required element is missing or invalid.',
    });
  }
  for (const element of given) {
    defects.push({
      id: `defect:${element}`,
      label: `Authorization defect: ${AUTHORIZATION_LABELS[element]}`,
      expected: 'not a defect',
      trainee: 'noted',
      earned: 0,
      possible: 0,
      deduction: extraShare(keyDefects.length),
      status: 'extra',
      explanation: 'This element is present and valid on the authorization.',
    });
  }
  if (keyDefects.length === 0 && gate) defects.push(nothingToFindGate('Defects', 'defects on the authorization', wrongDecision));
  parts.push({ name: 'Defects', weight: RETRIEVE_WEIGHTS.defects, findings: defects });

  // The records released.
  const basis = REQUEST_BASIS[task.request.type];
  const underAuthorization = task.request.authorizationDocumentId !== undefined && key.decision.value === 'release';
  const scope = underAuthorization ? 'what the authorization covers' : basis.covers;
  const required = key.release.filter((r) => !r.optional);
  const requiredTotal = required.reduce((n, r) => n + r.weight, 0);
  const neededIds = new Set(key.release.map((r) => r.documentId));
  const withheld = new Map(key.withhold.map((w) => [w.documentId, w]));
  const released = new Set(releasing);
  const records: Finding[] = [];
  const recallShare = releasing.length > 0 ? RELEASE_SHARES.recall : 1;
  if (key.decision.value === 'release') {
    for (const r of key.release) {
      const sent = released.has(r.documentId);
      const base = {
        id: `release:${r.documentId}`,
        label: `Document: ${facts.document(r.documentId)}`,
        expected: 'release',
        trainee: sent ? 'released' : 'not released',
        rule: r.rule,
      };
      if (r.optional) {
        notes.push(optionalFinding({ ...base, explanation: 'For discussion: the request can be read either way; it does not count.' }));
        continue;
      }
      records.push({
        ...base,
        earned: sent ? r.weight : 0,
        possible: r.weight,
        deduction: sent ? 0 : recallShare * share(r.weight, requiredTotal),
        status: sent ? 'correct' : 'missing',
        explanation: sent
          ? ''
          : releasing.length === 0
            ? 'Nothing was released; the request needs this document.'
            : 'The request needs this document.',
      });
    }
  }
  const extras = releasing.filter((id) => !neededIds.has(id));
  const extraCost = key.decision.value === 'release' ? RELEASE_SHARES.precision / Math.max(1, releasing.length) : extraShare(0);
  for (const id of extras) {
    const owner = facts.ownerOf(id);
    const otherPatient = owner !== undefined && owner !== key.patientId;
    const protectedItem = withheld.get(id);
    const specially = protectedItem?.critical === true;
    let explanation: string;
    let rule: RuleRef | undefined;
    if (otherPatient) {
      explanation = `This is another patient's record (${facts.patient(owner)}): releasing it discloses that person's health information.`;
      rule = PATIENT_IDENTIFICATION_RULE;
    } else if (specially) {
      explanation = 'This record is specially protected, and the request does not validly authorize its release.';
      rule = protectedItem.rule;
    } else if (key.decision.value === 'deny') {
      explanation = 'Nothing may be released on this request.';
      rule = key.decision.rule;
    } else if (basis.minimumNecessary && !underAuthorization) {
      explanation = `The request does not need this document: release only the minimum necessary (${scope}).`;
      rule = protectedItem?.rule ?? MINIMUM_NECESSARY_RULE;
    } else {
      explanation = `This document is outside ${scope}.`;
      rule = protectedItem?.rule ?? (underAuthorization ? REQUEST_BASIS['attorney-authorization'].rule : basis.rule);
    }
    records.push({
      id: `release:${id}`,
      label: `Document: ${facts.document(id)}`,
      expected: 'do not release',
      trainee: 'released',
      earned: 0,
      possible: 0,
      deduction: extraCost,
      status: 'extra',
      critical: otherPatient || specially,
      explanation,
      rule,
    });
  }
  if (key.decision.value === 'deny' && gate && extras.length === 0)
    records.push(nothingToFindGate('Records released', 'records to release', wrongDecision));
  parts.push({ name: 'Records released', weight: RETRIEVE_WEIGHTS.release, findings: records });

  // The accounting of disclosures.
  const accounting = expectedAccounting(key, task);
  const entry = work.disclosure;
  const disclosed = releasing.length > 0;
  const log: Finding[] = [];
  const logBase = {
    id: 'accounting',
    label: 'Accounting of disclosures',
    trainee: entryWords(entry),
    rule: accounting.rule ?? ACCOUNTING_RULE,
  };
  if (accounting.optional) {
    notes.push(
      optionalFinding({
        ...logBase,
        expected: accounting.accountable ? 'log the disclosure' : 'not accountable',
        explanation: 'For discussion: it does not count either way.',
      }),
    );
  } else if (!accounting.accountable || key.decision.value === 'deny') {
    const why =
      key.decision.value === 'deny'
        ? 'Nothing is disclosed on a denied request, so there is nothing to account for.'
        : `A disclosure ${underAuthorization ? 'under an authorization' : basis.basis} is exempt from the accounting of disclosures (45 CFR 164.528(a)(1)); logging it puts an entry in the patient's accounting that does not belong there.`;
    if (entry)
      log.push({ ...logBase, expected: 'no accounting entry', earned: 0, possible: 0, deduction: 1, status: 'extra', explanation: why });
    else if (gate)
      log.push(nothingToFindGate('Accounting of disclosures', 'accountable disclosure to log', wrongDecision, ACCOUNTING_RULE));
  } else if (!entry) {
    log.push({
      ...logBase,
      expected: 'log the disclosure',
      earned: 0,
      possible: 1,
      deduction: 1,
      status: 'missing',
      explanation: disclosed
        ? "This disclosure must be logged so it appears in the patient's accounting of disclosures."
        : 'A disclosure on this request must be logged for the accounting.',
    });
  } else {
    const wrong: string[] = [];
    if (!entry.date || (accounting.date !== undefined && entry.date !== accounting.date))
      wrong.push(accounting.date ? `the date (${accounting.date})` : 'the date');
    if (!entry.recipient || !accounting.recipientTerms.every((t) => hasTerm(entry.recipient, t)))
      wrong.push(accounting.recipientTerms.length ? `the recipient (${accounting.recipientTerms.join(' ')})` : 'the recipient');
    if (!entry.description) wrong.push('a description of what was disclosed');
    if (!entry.purpose || (accounting.purposeTerms.length > 0 && !accounting.purposeTerms.some((t) => hasTerm(entry.purpose, t))))
      wrong.push(accounting.purposeTerms.length ? `the purpose (${accounting.purposeTerms[0]})` : 'the purpose');
    const lost = wrong.length / ACCOUNTING_FIELDS.length;
    log.push({
      ...logBase,
      expected: 'date, recipient, description and purpose of the disclosure',
      earned: 1 - lost,
      possible: 1,
      deduction: lost,
      explanation: wrong.length ? `Logged, but the entry needs ${listed(wrong)}.` : '',
    });
  }
  parts.push({ name: 'Accounting of disclosures', weight: RETRIEVE_WEIGHTS.accounting, findings: log });
  return { parts, notes };
}
