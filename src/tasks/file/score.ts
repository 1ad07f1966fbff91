/**
 * Scoring a filing task (HIM-TASKS 2.4). Per loose document: the right patient 50 %, encounter
 * 20 %, document type 20 %, date 10 %; a document filed into the wrong chart scores 0 and is a
 * critical error (PHI in another person's chart). A document that should be returned to a sender
 * who misdirected it, but is held, earns half: nothing entered a chart. The misfile hunt: each
 * planted misfile found, half when the destination is wrong; a correctly filed document flagged as
 * misfiled costs an extra's share, and is critical when the trainee names another patient's chart
 * for it (moving it would put PHI where it does not belong). Pure.
 */
import { documentTypeLabel } from '../../chart/document-types.ts';
import { own } from '../../chart/own.ts';
import type { GradeContext } from '../common/context.ts';
import { PATIENT_IDENTIFICATION_RULE } from '../common/labels.ts';
import { extraShare, optionalFinding, share, type Finding, type Scored, type ScoredPart } from '../common/scoring.ts';
import type { FileKey, FileTask, FileWork, FilingEntry, FilingKeyItem } from './schema.ts';

/** The parts of one filed document's credit. */
export const FILING_SHARES = { patient: 0.5, encounter: 0.2, type: 0.2, date: 0.1 } as const;
/** A held document that should have been returned to its misdirected sender. */
export const HELD_NOT_RETURNED_CREDIT = 0.5;

function expectedWords(k: FilingKeyItem, ctx: GradeContext): string {
  const { facts } = ctx;
  if (k.action === 'hold') return 'hold and flag: it cannot be matched to a patient with certainty';
  if (k.action === 'return') return 'return to the sender: it is not a patient of this facility';
  return `file to ${facts.patient(k.patientId)}${k.encounterId ? `, ${facts.encounter(k.encounterId)}` : ''}${k.documentType ? `, as ${documentTypeLabel(k.documentType)}` : ''}${k.documentDate ? `, dated ${k.documentDate}` : ''}`;
}

function traineeWords(done: FilingEntry, ctx: GradeContext): string {
  const { facts } = ctx;
  if (done.action === 'hold') return 'held';
  if (done.action === 'return') return 'returned to sender';
  return `filed to ${facts.patient(done.patientId)}${done.encounterId ? `, ${facts.encounter(done.encounterId)}` : ''}${done.documentType ? `, as ${documentTypeLabel(done.documentType)}` : ''}${done.documentDate ? `, dated ${done.documentDate}` : ''}`;
}

/** The credit (0–1) for one loose document, with why credit was lost and whether it is critical. */
function judge(k: FilingKeyItem, done: FilingEntry, ctx: GradeContext): { credit: number; why: string; critical: boolean } {
  const { facts } = ctx;
  if (k.action !== 'file') {
    if (done.action === k.action) return { credit: 1, why: '', critical: false };
    if (done.action === 'file') {
      return {
        credit: 0,
        critical: true,
        why: `Filing it put health information that cannot be matched to ${facts.patient(done.patientId)} into that chart.`,
      };
    }
    if (k.action === 'return') {
      return {
        credit: HELD_NOT_RETURNED_CREDIT,
        critical: false,
        why: 'Holding it kept it out of every chart, which was safe; but it is not a patient of this facility, so it goes back to the sender, who can send it where it belongs.',
      };
    }
    return {
      credit: 0,
      critical: false,
      why: 'It may belong to a patient of this facility: hold it and work the identity question; returning it loses the document.',
    };
  }
  if (done.action !== 'file') {
    return {
      credit: 0,
      critical: false,
      why: 'Its identifiers match one patient with certainty, so it should be filed, not held or returned.',
    };
  }
  if (done.patientId !== k.patientId) {
    return {
      credit: 0,
      critical: true,
      why: `Filed into the wrong chart: the identifiers on the document (name, date of birth, MRN or account, dates of service) match ${facts.patient(k.patientId)}, not ${facts.patient(done.patientId)}.`,
    };
  }
  const lost: string[] = [];
  let credit = FILING_SHARES.patient;
  const encounterRight =
    (k.encounterId === undefined ? done.encounterId === undefined : done.encounterId === k.encounterId) ||
    (done.encounterId !== undefined && k.alternateEncounterIds.includes(done.encounterId));
  if (encounterRight) credit += FILING_SHARES.encounter;
  else lost.push(`encounter: ${k.encounterId ? facts.encounter(k.encounterId) : 'none (it belongs to no single visit)'}`);
  const typeRight =
    k.documentType === undefined ||
    (done.documentType !== undefined && (done.documentType === k.documentType || k.alternateDocumentTypes.includes(done.documentType)));
  if (typeRight) credit += FILING_SHARES.type;
  else lost.push(`document type: ${k.documentType ? documentTypeLabel(k.documentType) : ''}`);
  if (k.documentDate === undefined || done.documentDate === k.documentDate) credit += FILING_SHARES.date;
  else lost.push(`document date: ${k.documentDate}`);
  return { credit, why: lost.length ? `Right patient; check the ${lost.join('; ')}.` : '', critical: false };
}

export function scoreFile({
  task,
  key,
  work,
  ctx,
}: {
  task: FileTask;
  key: FileKey;
  work: FileWork | undefined;
  ctx: GradeContext;
}): Scored {
  const { facts } = ctx;
  const parts: ScoredPart[] = [];
  const notes: Finding[] = [];

  const required = key.documents.filter((k) => !k.optional);
  const indexingTotal = required.reduce((n, k) => n + k.weight, 0);
  const indexing: Finding[] = [];
  for (const k of key.documents) {
    const done = own(work?.documents, k.looseDocumentId);
    const base = {
      id: `file:${k.looseDocumentId}`,
      label: `Loose document: ${facts.looseDocument(k.looseDocumentId)}`,
      expected: expectedWords(k, ctx),
      rule: k.rule,
    };
    if (k.optional) {
      notes.push(
        optionalFinding({
          ...base,
          trainee: done ? traineeWords(done, ctx) : 'not indexed',
          explanation: 'For discussion: either answer can be defended; it does not count.',
        }),
      );
      continue;
    }
    if (!done) {
      indexing.push({
        ...base,
        trainee: 'not indexed',
        earned: 0,
        possible: k.weight,
        deduction: share(k.weight, indexingTotal),
        status: 'missing',
        explanation: 'The document was left in the queue.',
      });
      continue;
    }
    const { credit, why, critical } = judge(k, done, ctx);
    const identity = critical && k.action === 'file';
    indexing.push({
      ...base,
      ...(identity ? { rule: PATIENT_IDENTIFICATION_RULE } : {}),
      trainee: traineeWords(done, ctx),
      earned: credit * k.weight,
      possible: k.weight,
      deduction: (1 - credit) * share(k.weight, indexingTotal),
      explanation: why,
      critical,
    });
  }
  if (required.length > 0) parts.push({ name: 'Indexing', weight: indexingTotal, findings: indexing });

  // The misfile hunt over the audited charts.
  const planted = key.misfiles.filter((m) => !m.optional);
  const plantedTotal = planted.reduce((n, m) => n + m.weight, 0);
  const flagged = new Set(Object.keys(work?.misfiles ?? {}));
  const hunt: Finding[] = [];
  for (const m of key.misfiles) {
    flagged.delete(m.documentId);
    const done = own(work?.misfiles, m.documentId);
    const base = {
      id: `misfile:${m.documentId}`,
      label: `Misfiled document: ${facts.document(m.documentId)}`,
      expected: `move to ${m.toPatientId ? facts.patient(m.toPatientId) : 'no chart here (return it)'}`,
      rule: m.rule,
    };
    const traineeSaid = done ? `flagged, to ${done.toPatientId ? facts.patient(done.toPatientId) : 'no chart'}` : 'not found';
    if (m.optional) {
      notes.push(optionalFinding({ ...base, trainee: traineeSaid, explanation: 'For discussion: it does not count either way.' }));
      continue;
    }
    if (!done) {
      hunt.push({
        ...base,
        trainee: traineeSaid,
        earned: 0,
        possible: m.weight,
        deduction: share(m.weight, plantedTotal),
        status: 'missing',
        explanation: 'This document is in the wrong chart and was not found.',
      });
      continue;
    }
    const rightPlace = done.toPatientId === m.toPatientId;
    hunt.push({
      ...base,
      trainee: traineeSaid,
      earned: rightPlace ? m.weight : m.weight / 2,
      possible: m.weight,
      deduction: rightPlace ? 0 : share(m.weight, plantedTotal) / 2,
      explanation: rightPlace
        ? ''
        : `Found, but it belongs ${m.toPatientId ? `in ${facts.patient(m.toPatientId)}'s chart` : 'to no patient of this facility'}.`,
      // Sent to a wrong chart, it would move PHI again; held back from every chart, it harms no record.
      critical: m.critical && !rightPlace && done.toPatientId !== undefined,
    });
  }
  const each = extraShare(planted.length);
  for (const id of flagged) {
    const done = own(work?.misfiles, id);
    const owner = facts.ownerOf(id);
    const named = done?.toPatientId;
    const toOther = named !== undefined && named !== owner;
    hunt.push({
      id: `misfile:${id}`,
      label: `Document: ${facts.document(id)}`,
      expected: `leave it in ${facts.patient(owner)}'s chart: it is filed correctly`,
      trainee: `flagged as misfiled${named ? `, to ${facts.patient(named)}` : ''}`,
      earned: 0,
      possible: 0,
      deduction: each,
      status: 'extra',
      critical: toOther,
      explanation: toOther
        ? `This document is in the right chart. Moving it to ${facts.patient(named)}'s chart would put one patient's health information into another's.`
        : 'This document is in the right chart; it is not misfiled.',
      ...(toOther ? { rule: PATIENT_IDENTIFICATION_RULE } : {}),
    });
  }
  if (planted.length > 0 || hunt.length > 0 || task.auditPatientIds.length > 0) {
    parts.push({ name: 'Misfiles found', weight: plantedTotal || 1, findings: hunt });
  }
  return { parts, notes };
}
