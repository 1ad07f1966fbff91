/**
 * The grader: (pack, keys, work) → report. One pure module for the app and the command line.
 * Item by item, with the partial credit of ../shared/domain/HIM-TASKS.md; extras cost precision but
 * a score never goes below zero; a critical error caps the task and is listed first; every
 * deduction is explained in plain words with the rule it rests on. Same inputs, same report.
 */
import type { Pack, TaskKey } from '../packs/format.ts';
import type { CodeKey, CompleteKey, FileKey, RetrieveKey, RhitDomain, RuleRef, Task, TaskKind } from '../tasks/model.ts';
import { RHIT_DOMAINS } from '../tasks/model.ts';
import { DEFICIENCY_LABELS, ruleLabel } from '../tasks/labels.ts';
import { documentTypeLabel } from '../chart/document-types.ts';
import type { CodeWork, CompleteWork, FileWork, RetrieveWork, TaskWork, Work } from '../tasks/work.ts';

export const REPORT_FORMAT = 'record-room-report';
/** A task with a critical error scores at most this. */
export const CRITICAL_CAP = 0.4;

export type ItemStatus = 'correct' | 'partial' | 'wrong' | 'missing' | 'extra';

export interface ItemResult {
  id: string;
  /** What the item is about: "Loose document LD-3 (fax from Valley Cardiology)". */
  label: string;
  earned: number;
  possible: number;
  status: ItemStatus;
  /** What the trainee did, in words. */
  trainee: string;
  /** What the key says, in words. */
  expected: string;
  /** Why points were lost (empty when none were). */
  explanation: string;
  rule?: RuleRef;
  critical: boolean;
}

export interface TaskReport {
  taskId: string;
  kind: TaskKind;
  title: string;
  rhitDomain: RhitDomain;
  submitted: boolean;
  /** 0–1, after any critical cap. */
  score: number;
  percent: number;
  capped: boolean;
  /** Case-over-case: every item exactly right. */
  allCorrect: boolean;
  /** The parts of the score (e.g. "Principal diagnosis 35%"), each 0–1 before weighting. */
  parts: { name: string; weight: number; score: number }[];
  criticalErrors: ItemResult[];
  items: ItemResult[];
}

export interface Report {
  format: typeof REPORT_FORMAT;
  version: 1;
  packId: string;
  packVersion: string;
  trainee: Work['trainee'];
  overall: { percent: number; tasks: number };
  byDomain: { domain: RhitDomain; label: string; percent: number; tasks: number }[];
  tasks: TaskReport[];
}

export interface GradeOptions {
  /** Grade only submitted tasks (the app's results screen); default: every task that has a key. */
  onlySubmitted?: boolean;
}

const round = (n: number, places = 4) => Math.round(n * 10 ** places) / 10 ** places;
const pct = (n: number) => round(n * 100, 1);

/** F1 over weighted matches; 1 when there is nothing to find and nothing was added. */
export function f1(truePositive: number, falsePositive: number, falseNegative: number): number {
  if (truePositive === 0) return falsePositive + falseNegative === 0 ? 1 : 0;
  return (2 * truePositive) / (2 * truePositive + falsePositive + falseNegative);
}

/** Names for the things items talk about, from the pack. */
class Names {
  private readonly patients = new Map<string, string>();
  private readonly documents = new Map<string, string>();
  private readonly loose = new Map<string, string>();
  private readonly providers = new Map<string, string>();
  private readonly encounters = new Map<string, string>();
  /** Verbal and telephone orders that were authenticated (late or not), by id. */
  private readonly authenticatedOrders = new Set<string>();
  readonly facility: Pack['pack']['facility'];
  constructor(pack: Pack) {
    this.facility = pack.pack.facility;
    for (const p of pack.patients) {
      for (const o of p.orders) if (o.authenticatedAt !== undefined) this.authenticatedOrders.add(o.id);
      this.patients.set(p.id, `${p.name.family.toUpperCase()}, ${p.name.given.join(' ')} (MRN ${p.mrn})`);
      for (const d of p.documents) this.documents.set(d.id, `${d.title} (${d.serviceAt.slice(0, 10)})`);
      for (const o of p.orders) this.documents.set(o.id, `order "${o.text.slice(0, 60)}" (${o.orderedAt.slice(0, 10)})`);
      for (const e of p.encounters) this.encounters.set(e.id, `${e.class} ${e.admittedAt.slice(0, 10)} (${e.accountNumber})`);
    }
    for (const d of pack.looseDocuments) this.loose.set(d.id, `${d.title}, ${d.source}`);
    for (const p of pack.providers) this.providers.set(p.id, `${p.name.given.join(' ')} ${p.name.family}, ${p.credentials}`);
  }
  patient = (id: string | undefined) => (id ? this.patients.get(id) ?? id : 'no patient');
  document = (id: string | undefined) => (id ? this.documents.get(id) ?? id : 'a missing document');
  looseDocument = (id: string) => this.loose.get(id) ?? id;
  provider = (id: string | undefined) => (id ? this.providers.get(id) ?? id : 'no provider');
  encounter = (id: string | undefined) => (id ? this.encounters.get(id) ?? id : 'no encounter');
  orderAuthenticated = (id: string | undefined) => id !== undefined && this.authenticatedOrders.has(id);
}

function cite(rule: RuleRef | undefined): string {
  return rule ? ` Rule (${ruleLabel(rule)}): ${rule.text}` : '';
}

function item(partial: Omit<ItemResult, 'status' | 'explanation'> & { explanation?: string; status?: ItemStatus }): ItemResult {
  // Compare rounded: 0.5 + 0.2 + 0.2 + 0.1 is 0.9999… in floating point.
  const status: ItemStatus = partial.status ?? (round(partial.earned) >= round(partial.possible) ? 'correct' : partial.earned > 0 ? 'partial' : 'wrong');
  const explanation = status === 'correct' ? '' : `${partial.explanation ?? ''}${cite(partial.rule)}`.trim();
  return { ...partial, earned: round(partial.earned), possible: round(partial.possible), status, explanation };
}

interface Scored {
  score: number;
  parts: TaskReport['parts'];
  items: ItemResult[];
}

function weighted(parts: TaskReport['parts']): number {
  const total = parts.reduce((n, p) => n + p.weight, 0);
  return total === 0 ? 0 : parts.reduce((n, p) => n + p.weight * p.score, 0) / total;
}

// ---------------------------------------------------------------------------------------------
// File (HIM-TASKS 2.4): per document patient 50%, encounter 20%, type 20%, date 10%; misfiles F1.
// ---------------------------------------------------------------------------------------------

function gradeFile(key: FileKey, work: FileWork | undefined, names: Names): Scored {
  const items: ItemResult[] = [];
  let earned = 0;
  let possible = 0;
  for (const k of key.documents) {
    const done = work?.documents[k.looseDocumentId];
    const label = `Loose document: ${names.looseDocument(k.looseDocumentId)}`;
    const expected = k.action === 'file'
      ? `file to ${names.patient(k.patientId)}${k.encounterId ? `, ${names.encounter(k.encounterId)}` : ''}${k.documentType ? `, as ${documentTypeLabel(k.documentType)}` : ''}${k.documentDate ? `, dated ${k.documentDate}` : ''}`
      : k.action === 'hold' ? 'hold and flag: it cannot be matched to a patient with certainty' : 'return to the sender: it is not a patient of this facility';
    const base = { id: `file:${k.looseDocumentId}`, label, expected, possible: k.weight, rule: k.rule };
    possible += k.weight;
    if (!done) {
      items.push(item({ ...base, earned: 0, status: 'missing', trainee: 'not indexed', explanation: 'The document was left in the queue.', critical: false }));
      continue;
    }
    const trainee = done.action === 'file'
      ? `filed to ${names.patient(done.patientId)}${done.encounterId ? `, ${names.encounter(done.encounterId)}` : ''}${done.documentType ? `, as ${documentTypeLabel(done.documentType)}` : ''}${done.documentDate ? `, dated ${done.documentDate}` : ''}`
      : done.action === 'hold' ? 'held' : 'returned to sender';
    if (k.action !== 'file') {
      const right = done.action === k.action;
      const wrongChart = done.action === 'file';
      const explanation = right ? '' : wrongChart
        ? `Filing it put another person's health information into ${names.patient(done.patientId)}'s chart.`
        : `It should be ${k.action === 'hold' ? 'held' : 'returned'}, not ${done.action === 'hold' ? 'held' : 'returned'}.`;
      const points = right ? k.weight : 0;
      earned += points;
      items.push(item({ ...base, earned: points, trainee, explanation, critical: wrongChart }));
      continue;
    }
    if (done.action !== 'file') {
      items.push(item({ ...base, earned: 0, trainee, explanation: 'Its identifiers match one patient with certainty, so it should be filed, not held or returned.', critical: false }));
      continue;
    }
    if (done.patientId !== k.patientId) {
      items.push(item({ ...base, earned: 0, trainee, critical: true,
        explanation: `Filed into the wrong chart: the identifiers on the document (name, date of birth, MRN or account, dates of service) match ${names.patient(k.patientId)}, not ${names.patient(done.patientId)}.` }));
      continue;
    }
    const lost: string[] = [];
    let score = 0.5;
    const encounterRight = (k.encounterId === undefined ? done.encounterId === undefined : done.encounterId === k.encounterId)
      || (done.encounterId !== undefined && k.alternateEncounterIds.includes(done.encounterId));
    if (encounterRight) score += 0.2; else lost.push(`encounter: ${k.encounterId ? names.encounter(k.encounterId) : 'none (it belongs to no single visit)'}`);
    const typeRight = k.documentType === undefined || done.documentType === k.documentType || k.alternateDocumentTypes.includes(done.documentType ?? 'progress-note');
    if (typeRight && (k.documentType === undefined || done.documentType !== undefined)) score += 0.2; else lost.push(`document type: ${k.documentType ? documentTypeLabel(k.documentType) : ''}`);
    if (k.documentDate === undefined || done.documentDate === k.documentDate) score += 0.1; else lost.push(`document date: ${k.documentDate}`);
    earned += score * k.weight;
    items.push(item({ ...base, earned: score * k.weight, trainee, critical: false, explanation: lost.length ? `Right patient; check the ${lost.join('; ')}.` : '' }));
  }

  // Misfile hunt: F1 over the planted misfiles, half credit when the destination is wrong.
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const flagged = new Set(Object.keys(work?.misfiles ?? {}));
  for (const m of key.misfiles) {
    const done = work?.misfiles[m.documentId];
    const label = `Misfiled document: ${names.document(m.documentId)}`;
    const expected = `move to ${m.toPatientId ? names.patient(m.toPatientId) : 'no chart here (return it)'}`;
    flagged.delete(m.documentId);
    if (!done) {
      fn += m.weight;
      items.push(item({ id: `misfile:${m.documentId}`, label, expected, trainee: 'not found', earned: 0, possible: m.weight, status: 'missing', explanation: 'This document is in the wrong chart and was not found.', rule: m.rule, critical: false }));
      continue;
    }
    const rightPlace = done.toPatientId === m.toPatientId;
    tp += rightPlace ? m.weight : m.weight / 2;
    fn += rightPlace ? 0 : m.weight / 2;
    items.push(item({ id: `misfile:${m.documentId}`, label, expected, trainee: `flagged, to ${done.toPatientId ? names.patient(done.toPatientId) : 'no chart'}`,
      earned: rightPlace ? m.weight : m.weight / 2, possible: m.weight, explanation: rightPlace ? '' : 'Found, but the destination is wrong.', rule: m.rule, critical: m.critical && !rightPlace }));
  }
  for (const extra of flagged) {
    fp += 1;
    items.push(item({ id: `misfile:${extra}`, label: `Document: ${names.document(extra)}`, expected: 'leave it: it is in the right chart', trainee: 'flagged as misfiled', earned: 0, possible: 0, status: 'extra', explanation: 'This document is in the right chart; moving it would misfile it.', critical: false }));
  }
  const parts: TaskReport['parts'] = [];
  if (key.documents.length > 0) parts.push({ name: 'Indexing', weight: possible, score: possible ? earned / possible : 1 });
  if (key.misfiles.length > 0 || flagged.size > 0) parts.push({ name: 'Misfiles found', weight: key.misfiles.reduce((n, m) => n + m.weight, 0) || 1, score: f1(tp, fp, fn) });
  return { score: weighted(parts), parts, items };
}

// ---------------------------------------------------------------------------------------------
// Retrieve / release of information (2.8–2.10): decision 30%, defects F1 30%, release set 30%
// (0.6 recall + 0.4 precision), log 10%. Releasing a protected record without authorization is critical.
// ---------------------------------------------------------------------------------------------

function gradeRetrieve(key: RetrieveKey, work: RetrieveWork | undefined, names: Names): Scored {
  const items: ItemResult[] = [];
  const parts: TaskReport['parts'] = [];
  const releasing = work?.decision === 'release' ? work.release : [];

  const rightPatient = work?.patientId === key.patientId;
  items.push(item({ id: 'patient', label: 'Patient identified', expected: names.patient(key.patientId), trainee: work?.patientId ? names.patient(work.patientId) : 'none chosen',
    earned: rightPatient ? 1 : 0, possible: 1, critical: !rightPatient && releasing.length > 0,
    explanation: rightPatient ? '' : 'Match the request to the patient on at least two identifiers (name and date of birth, MRN, dates of service) before releasing anything.',
    rule: { source: 'CFR', cite: '45 CFR 164.514(h)', text: 'Verify the identity of the person the request is about and the authority of the requester before disclosing PHI.' } }));
  if (!rightPatient) {
    return { score: 0, parts: [{ name: 'Patient identified', weight: 1, score: 0 }], items };
  }

  const decisionRight = work?.decision === key.decision.value;
  parts.push({ name: 'Decision', weight: 30, score: decisionRight ? 1 : 0 });
  items.push(item({ id: 'decision', label: 'Decision', expected: key.decision.value, trainee: work?.decision ?? 'none', earned: decisionRight ? 1 : 0, possible: 1, rule: key.decision.rule,
    critical: key.decision.value === 'deny' && work?.decision === 'release',
    explanation: decisionRight ? '' : key.decision.value === 'deny' ? 'The request cannot be honoured as it stands; releasing on it is an improper disclosure.' : 'The request is valid and must be answered with the records it asks for.' }));

  const wantedDefects = new Set(key.defects.map((d) => d.element));
  const givenDefects = new Set(work?.defects ?? []);
  let tp = 0;
  for (const d of key.defects) {
    const found = givenDefects.has(d.element);
    if (found) tp++;
    items.push(item({ id: `defect:${d.element}`, label: `Authorization defect: ${d.element}`, expected: 'noted', trainee: found ? 'noted' : 'not noted', earned: found ? 1 : 0, possible: 1, rule: d.rule, critical: false, status: found ? 'correct' : 'missing', explanation: found ? '' : 'This required element is missing or invalid.' }));
  }
  const extraDefects = [...givenDefects].filter((d) => !wantedDefects.has(d));
  for (const d of extraDefects) items.push(item({ id: `defect:${d}`, label: `Authorization defect: ${d}`, expected: 'not a defect', trainee: 'noted', earned: 0, possible: 0, status: 'extra', critical: false, explanation: 'This element is present and valid on the authorization.' }));
  parts.push({ name: 'Defects', weight: 30, score: f1(tp, extraDefects.length, key.defects.length - tp) });

  const required = new Map(key.release.map((r) => [r.documentId, r]));
  const withheld = new Map(key.withhold.map((r) => [r.documentId, r]));
  let recallHit = 0;
  let recallTotal = 0;
  for (const r of key.release) {
    recallTotal += r.weight;
    const sent = releasing.includes(r.documentId);
    if (sent) recallHit += r.weight;
    if (key.decision.value === 'release') {
      items.push(item({ id: `release:${r.documentId}`, label: `Document: ${names.document(r.documentId)}`, expected: 'release', trainee: sent ? 'released' : 'not released', earned: sent ? r.weight : 0, possible: r.weight, rule: r.rule, critical: false, status: sent ? 'correct' : 'missing', explanation: sent ? '' : 'The request needs this document.' }));
    }
  }
  let extras = 0;
  for (const id of releasing) {
    if (required.has(id)) continue;
    extras++;
    const protectedItem = withheld.get(id);
    items.push(item({ id: `release:${id}`, label: `Document: ${names.document(id)}`, expected: 'do not release', trainee: 'released', earned: 0, possible: 0, status: 'extra',
      critical: protectedItem?.critical ?? false, ...(protectedItem ? { rule: protectedItem.rule } : {}),
      explanation: protectedItem?.critical ? 'This record is specially protected and the request does not validly authorize its release.' : 'The request does not need this document: release only the minimum necessary.' }));
  }
  const precision = releasing.length === 0 ? (recallTotal === 0 ? 1 : 0) : (releasing.length - extras) / releasing.length;
  const releaseScore = key.decision.value === 'deny' ? (releasing.length === 0 ? 1 : 0) : 0.6 * (recallTotal ? recallHit / recallTotal : 1) + 0.4 * precision;
  parts.push({ name: 'Records released', weight: 30, score: releaseScore });

  const logged = Boolean(work?.logPurpose?.trim());
  const logRight = key.logPurpose ? logged : true;
  parts.push({ name: 'Disclosure logged', weight: 10, score: logRight ? 1 : 0 });
  if (key.logPurpose) items.push(item({ id: 'log', label: 'Disclosure logged for the accounting', expected: key.logPurpose.value, trainee: work?.logPurpose ?? 'not logged', earned: logged ? 1 : 0, possible: 1, rule: key.logPurpose.rule, critical: false, explanation: logged ? '' : 'This disclosure must be logged so it appears in the patient\'s accounting of disclosures.' }));
  return { score: weighted(parts), parts, items };
}

// ---------------------------------------------------------------------------------------------
// Complete / deficiency analysis (2.12): F1 over deficiencies 60%, provider attribution 25%, record status 15%.
// ---------------------------------------------------------------------------------------------

type KeyDeficiency = CompleteKey['deficiencies'][number];

/**
 * A finding is *late* when the entry exists and is authenticated, but after the facility's window: a
 * late discharge summary, H&P or operative report, or a verbal order authenticated after its limit.
 * Late entries cannot be made timely; everything else (missing, unsigned, undated) is *open* and can
 * still be completed.
 */
function isLate(d: KeyDeficiency, names: Names): boolean {
  switch (d.type) {
    case 'discharge-summary-late':
    case 'history-and-physical-late':
    case 'operative-report-late':
      return true;
    case 'unauthenticated-verbal-order':
      return names.orderAuthenticated(d.documentId);
    default:
      return false;
  }
}

/** The facility's window a late finding broke, in words, from the pack's completion rules. */
function lateWindow(d: KeyDeficiency, names: Names): string {
  const c = names.facility.completion;
  switch (d.type) {
    case 'discharge-summary-late': return `the discharge summary is due within ${c.dischargeSummaryDays} days of discharge`;
    case 'history-and-physical-late': return `the history and physical is due within ${c.historyAndPhysicalHoursAfterAdmission} hours after admission`;
    case 'operative-report-late': return `the operative report is due within ${c.operativeReportHours} hours of surgery`;
    default: return `verbal and telephone orders must be authenticated within ${c.verbalOrderAuthenticationHours} hours`;
  }
}

const LATE_WHAT: Partial<Record<KeyDeficiency['type'], string>> = {
  'discharge-summary-late': 'the discharge summary',
  'history-and-physical-late': 'the history and physical',
  'operative-report-late': 'the operative report',
  'unauthenticated-verbal-order': 'a verbal or telephone order\'s authentication',
};

const listed = (words: readonly string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/**
 * Why the record is complete or incomplete, worded for what the key found: open deficiencies, entries
 * completed late, both, or nothing. Cites the facility's completion windows from the pack.
 */
function recordStatusExplanation(key: CompleteKey, names: Names): string {
  const policy = `${names.facility.name} completion rules`;
  const recordDays = names.facility.completion.recordCompletionDays;
  const late = key.deficiencies.filter((d) => isLate(d, names));
  const open = key.deficiencies.filter((d) => !isLate(d, names));
  const lateWhat = listed([...new Set(late.map((d) => LATE_WHAT[d.type] ?? d.type))]);
  const windows = [...new Set(late.map((d) => lateWindow(d, names)))].join('; ');
  const openWhat = listed(open.map((d) => `${DEFICIENCY_LABELS[d.type].toLowerCase()} (${names.document(d.documentId)})`));
  if (key.recordComplete.value) {
    if (key.deficiencies.length === 0) {
      return `Every required entry is present, authenticated and within the time limits of the ${policy}, so the record is complete; declaring it incomplete holds it open and sends providers deficiencies they do not have.`;
    }
    if (open.length === 0) {
      return `Nothing in this record is missing or unsigned. Its only finding${late.length > 1 ? 's are' : ' is'} ${lateWhat} completed late (${windows}: ${policy}). A late entry is reported as a timeliness deficiency, but it cannot be made timely and nothing remains to complete, so the record is complete.`;
    }
    return 'The key treats this record as complete despite its findings; the rule below explains why.';
  }
  if (key.deficiencies.length === 0) return 'The record is incomplete; the rule below explains why.';
  if (open.length === 0) {
    return `Nothing in this record is missing or unsigned: it is incomplete because ${lateWhat} ${late.length > 1 ? 'were' : 'was'} completed late (${windows}: ${policy}). A late entry stands as a timeliness deficiency against the responsible provider, so the record is reported incomplete, and delinquent once ${recordDays} days have passed since discharge.`;
  }
  const openPart = `it has open deficiencies that the responsible provider must still complete: ${openWhat}`;
  if (late.length === 0) {
    return `The record is incomplete because ${openPart}. It stays incomplete until they are completed, and becomes delinquent ${recordDays} days after discharge (${policy}).`;
  }
  return `The record is incomplete: ${openPart}; and ${lateWhat} ${late.length > 1 ? 'were' : 'was'} completed late (${windows}: ${policy}).`;
}

function gradeComplete(key: CompleteKey, work: CompleteWork | undefined, names: Names): Scored {
  const items: ItemResult[] = [];
  const given = [...(work?.deficiencies ?? [])];
  let tp = 0;
  let fn = 0;
  let attributed = 0;
  for (const d of key.deficiencies) {
    const i = given.findIndex((g) => g.type === d.type && g.documentId === d.documentId);
    const label = `${DEFICIENCY_LABELS[d.type]}: ${names.document(d.documentId)}`;
    const expected = `flag it, assigned to ${names.provider(d.responsibleProviderId)}`;
    if (i === -1) {
      fn += d.weight;
      const missed = isLate(d, names) ? `This deficiency was missed: ${lateWindow(d, names)} (${names.facility.name} completion rules).` : 'This deficiency was missed.';
      items.push(item({ id: `deficiency:${d.type}:${d.documentId ?? ''}`, label, expected, trainee: 'not flagged', earned: 0, possible: d.weight, status: 'missing', rule: d.rule, critical: false, explanation: missed }));
      continue;
    }
    const [match] = given.splice(i, 1);
    tp += d.weight;
    const rightProvider = match!.providerId === d.responsibleProviderId || d.alternateProviderIds.includes(match!.providerId);
    if (rightProvider) attributed += d.weight;
    items.push(item({ id: `deficiency:${d.type}:${d.documentId ?? ''}`, label, expected, trainee: `flagged, assigned to ${names.provider(match!.providerId)}`,
      earned: rightProvider ? d.weight : d.weight * 0.75, possible: d.weight, rule: d.rule, critical: false,
      explanation: rightProvider ? '' : `Found, but assigned to the wrong provider: it is ${names.provider(d.responsibleProviderId)} who must complete it.` }));
  }
  for (const g of given) {
    items.push(item({ id: `deficiency:${g.type}:${g.documentId ?? ''}`, label: `${DEFICIENCY_LABELS[g.type]}: ${names.document(g.documentId)}`, expected: 'not a deficiency', trainee: `flagged, assigned to ${names.provider(g.providerId)}`,
      earned: 0, possible: 0, status: 'extra', critical: false, explanation: 'This item is complete and within the facility\'s time limits; flagging it sends a provider a false deficiency.' }));
  }
  const statusRight = work?.recordComplete === key.recordComplete.value;
  items.push(item({ id: 'record-status', label: 'Record declared', expected: key.recordComplete.value ? 'complete' : 'incomplete', trainee: work?.recordComplete === undefined ? 'not declared' : work.recordComplete ? 'complete' : 'incomplete',
    earned: statusRight ? 1 : 0, possible: 1, rule: key.recordComplete.rule, critical: false, explanation: statusRight ? '' : recordStatusExplanation(key, names) }));
  const totalWeight = key.deficiencies.reduce((n, d) => n + d.weight, 0);
  const parts: TaskReport['parts'] = [
    { name: 'Deficiencies found', weight: 60, score: f1(tp, given.length, fn) },
    { name: 'Assigned to the responsible provider', weight: 25, score: totalWeight === 0 ? (given.length === 0 ? 1 : 0) : tp === 0 ? 0 : attributed / tp },
    { name: 'Record declared complete or incomplete', weight: 15, score: statusRight ? 1 : 0 },
  ];
  return { score: weighted(parts), parts, items };
}

// ---------------------------------------------------------------------------------------------
// Code (2.15–2.17): principal 35%, secondary 40% (F1, half credit for the right first 4+ characters),
// POA 15%, ICD-10-PCS 25% (axis-weighted, principal procedure 15% of it), HCPCS 15%; weights
// re-normalised over the parts the encounter has.
// ---------------------------------------------------------------------------------------------

const dotted = (code: string) => (/^[A-Z]\d/.test(code) && code.length > 3 && code.length <= 7 && !/^\d/.test(code) ? `${code.slice(0, 3)}.${code.slice(3)}` : code);
const codeMatches = (code: string, k: { code: string; alternates: readonly string[] }) => code === k.code || k.alternates.includes(code);

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The parts of one HCPCS line's credit. HIM-TASKS 2.17 makes modifiers a sub-score and says nothing
 * of units, so units take a small share: a wrong unit count is a billing error (payment is per
 * unit), but the code was found and the modifiers read correctly.
 */
export const HCPCS_LINE_SHARES = { code: 0.65, modifiers: 0.25, units: 0.1 } as const;

/** The rule for units of service on a drug line, cited when units are wrong. */
export const UNITS_RULE: RuleRef = {
  source: 'other',
  cite: 'CMS Pub. 100-04, Medicare Claims Processing Manual, ch. 17, §10',
  text: 'Drugs are billed in multiples of the dose in the HCPCS long descriptor; a dose that is not a multiple is rounded up to the next whole unit.',
};

/** ICD-10-PCS axis weights: section 5, body system 10, root operation 25, body part 25, approach 15, device 10, qualifier 10. */
export const PCS_AXIS_WEIGHTS = [0.05, 0.1, 0.25, 0.25, 0.15, 0.1, 0.1] as const;
export function pcsAxisScore(trainee: string, key: string): number {
  let s = 0;
  for (let i = 0; i < 7; i++) if (trainee[i] !== undefined && trainee[i] === key[i]) s += PCS_AXIS_WEIGHTS[i]!;
  return round(s);
}

function gradeCode(key: CodeKey, work: CodeWork | undefined, names: Names): Scored {
  void names;
  const items: ItemResult[] = [];
  const parts: TaskReport['parts'] = [];
  const dx = work?.diagnoses ?? [];
  const inpatientPoa = key.principalPoa !== undefined || key.secondary.some((s) => s.poa !== undefined);

  // Principal (2.15): the exact code or an alternate first 100 %; the right category (of the code or an
  // alternate) first 50 %; the right code listed after another ("clinically right but sequenced
  // second") 30 %: it keeps the credit for the condition and loses the share for sequencing.
  const principalCodes = new Set([key.principal.code, ...key.principal.alternates]);
  const first = dx[0]?.code;
  const firstExact = first !== undefined && codeMatches(first, key.principal);
  const firstCategory = first !== undefined && !firstExact ? [...principalCodes].find((c) => c.slice(0, 3) === first.slice(0, 3)) : undefined;
  const laterAt = firstExact ? -1 : dx.findIndex((d, i) => i > 0 && codeMatches(d.code, key.principal));
  const later = laterAt === -1 ? undefined : dx[laterAt]!.code;
  let principalScore = 0;
  let principalNote = '';
  if (firstExact) principalScore = 1;
  else if (firstCategory !== undefined) {
    principalScore = 0.5;
    principalNote = `Right category (${firstCategory.slice(0, 3)}), but not the most specific code the documentation supports.`;
  } else if (later !== undefined) {
    principalScore = 0.3;
    principalNote = `${dotted(later)} is the right condition, but it is listed in position ${laterAt + 1}, after ${dotted(first!)}: the condition chiefly responsible for the encounter is sequenced first. It earns the credit for the right code (30 %), not the share for sequencing.`;
  } else principalNote = first ? `${dotted(first)} is not the condition established after study to be chiefly responsible for the encounter.` : 'No principal diagnosis was coded.';
  const wrongFirstRule = first !== undefined && !firstExact ? key.notCodeable.find((n) => n.code === first)?.rule : undefined;
  if (wrongFirstRule) principalNote += ` The documentation does not support ${dotted(first!)} at all (${wrongFirstRule.source} ${wrongFirstRule.cite}: ${wrongFirstRule.text})`;
  parts.push({ name: 'Principal diagnosis', weight: 35, score: principalScore });
  items.push(item({ id: 'principal', label: 'Principal (first-listed) diagnosis', expected: [key.principal.code, ...key.principal.alternates].map(dotted).join(' or '), trainee: first ? dotted(first) : 'none',
    earned: principalScore * key.principal.weight, possible: key.principal.weight, rule: key.principal.rule, critical: key.principal.critical && principalScore === 0, explanation: principalNote }));

  // Secondary: greedy best match, exact 1, first 4+ characters 0.5. The pool is every code after the
  // first, except the principal that earned the sequenced-second credit above. A first code that is not
  // the principal joins the pool too (a secondary sequenced first still earns its secondary credit),
  // but if it matches nothing it is not also an extra: its error is charged once, to the principal.
  // A principal code or alternate in a secondary position earns secondary credit where the key lists
  // it (conditions that may be sequenced either way, OGCR II.C) and is never an extra.
  interface Pooled { code: string; neutral: boolean }
  const pool: Pooled[] = [];
  if (first !== undefined && !firstExact) pool.push({ code: first, neutral: true });
  dx.forEach((d, i) => { if (i > 0 && i !== laterAt) pool.push({ code: d.code, neutral: principalCodes.has(d.code) }); });
  let tp = 0;
  let fn = 0;
  const matched: { key: CodeKey['secondary'][number]; code: string }[] = [];
  for (const s of key.secondary) {
    let best = -1;
    let bestScore = 0;
    pool.forEach((c, i) => {
      const sc = codeMatches(c.code, s) ? 1 : commonPrefix(c.code, s.code) >= 4 ? 0.5 : 0;
      if (sc > bestScore) { best = i; bestScore = sc; }
    });
    const label = `Secondary diagnosis ${dotted(s.code)}`;
    if (best === -1) {
      if (s.required) fn += s.weight;
      items.push(item({ id: `secondary:${s.code}`, label, expected: dotted(s.code), trainee: 'not coded', earned: 0, possible: s.required ? s.weight : 0, status: 'missing', rule: s.rule, critical: false,
        explanation: s.required ? 'This condition is documented and meets the definition of an other diagnosis: it must be coded.' : 'Optional: documented, but not required.' }));
      continue;
    }
    const [{ code }] = pool.splice(best, 1) as [Pooled];
    tp += bestScore * s.weight;
    if (bestScore < 1) fn += (1 - bestScore) * s.weight;
    matched.push({ key: s, code });
    items.push(item({ id: `secondary:${s.code}`, label, expected: dotted(s.code), trainee: dotted(code), earned: bestScore * s.weight, possible: s.weight, rule: s.rule, critical: false,
      explanation: bestScore < 1 ? `${dotted(code)} is close (same first characters) but not the code the documentation supports.` : '' }));
  }
  const notCodeable = new Map(key.notCodeable.map((n) => [n.code, n.rule]));
  const extras = pool.filter((c) => !c.neutral);
  for (const { code: extra } of extras) {
    const rule = notCodeable.get(extra);
    items.push(item({ id: `extra:${extra}`, label: `Extra code ${dotted(extra)}`, expected: 'not coded', trainee: dotted(extra), earned: 0, possible: 0, status: 'extra', critical: false,
      ...(rule ? { rule } : {}), explanation: rule ? 'The documentation does not support this code.' : 'This code is not supported by the documentation for this encounter.' }));
  }
  parts.push({ name: 'Secondary diagnoses', weight: 40, score: f1(tp, extras.length, fn) });

  // POA, on the codes the trainee got right.
  if (inpatientPoa) {
    let right = 0;
    let count = 0;
    const check = (code: string, expected: string | undefined, label: string, rule: RuleRef) => {
      if (expected === undefined) return;
      count++;
      const given = dx.find((d) => d.code === code)?.poa;
      const ok = given === expected;
      if (ok) right++;
      items.push(item({ id: `poa:${code}`, label: `POA for ${dotted(code)}`, expected, trainee: given ?? 'none', earned: ok ? 1 : 0, possible: 1, critical: false,
        rule: { source: 'OGCR', cite: 'Appendix I', text: 'Present on admission is assigned from the provider\'s documentation of whether the condition was present at the time the order for inpatient admission occurred.' },
        explanation: ok ? '' : `${label} was ${expected === 'Y' ? 'present on admission' : expected === 'N' ? 'not present on admission (it arose during the stay)' : expected === 'exempt' ? 'exempt from POA reporting' : `POA "${expected}"`}.${rule ? '' : ''}` }));
    };
    // The principal's POA counts wherever the right code stands (first, or sequenced after another).
    const principalCoded = firstExact ? first : later;
    if (principalCoded !== undefined) check(principalCoded, key.principalPoa, 'The principal diagnosis', key.principal.rule);
    for (const m of matched) if (m.code === m.key.code || m.key.alternates.includes(m.code)) check(m.code, m.key.poa, dotted(m.code), m.key.rule);
    parts.push({ name: 'Present on admission', weight: 15, score: count === 0 ? (key.principalPoa === undefined ? 1 : 0) : right / count });
  }

  // ICD-10-PCS
  const px = work?.procedures ?? [];
  if (key.procedures.length > 0 || px.length > 0) {
    const poolPx = px.map((p) => p.code);
    let tpPx = 0;
    let fnPx = 0;
    for (const k of key.procedures) {
      let best = -1;
      let bestScore = 0;
      poolPx.forEach((c, i) => {
        const sc = codeMatches(c, k) ? 1 : pcsAxisScore(c, k.code);
        if (sc > bestScore) { best = i; bestScore = sc; }
      });
      if (best === -1 || bestScore < 0.5) {
        fnPx += k.weight;
        items.push(item({ id: `procedure:${k.code}`, label: `Procedure ${k.code}`, expected: k.code, trainee: 'not coded', earned: 0, possible: k.weight, status: 'missing', rule: k.rule, critical: false, explanation: 'This procedure is documented and must be coded.' }));
        continue;
      }
      const [code] = poolPx.splice(best, 1);
      tpPx += bestScore * k.weight;
      fnPx += (1 - bestScore) * k.weight;
      const wrongAxes = [...k.code].map((ch, i) => (code![i] === ch ? '' : ['section', 'body system', 'root operation', 'body part', 'approach', 'device', 'qualifier'][i])).filter(Boolean);
      items.push(item({ id: `procedure:${k.code}`, label: `Procedure ${k.code}`, expected: k.code, trainee: code!, earned: bestScore * k.weight, possible: k.weight, rule: k.rule, critical: false,
        explanation: wrongAxes.length ? `Check the ${wrongAxes.join(', ')} against the operative report and the PCS tables.` : '' }));
    }
    for (const extra of poolPx) items.push(item({ id: `procedure-extra:${extra}`, label: `Extra procedure ${extra}`, expected: 'not coded', trainee: extra, earned: 0, possible: 0, status: 'extra', critical: false, explanation: 'No documented procedure corresponds to this code.' }));
    const principalKey = key.procedures.find((p) => p.principal) ?? key.procedures[0];
    const principalRight = principalKey !== undefined && px[0] !== undefined && codeMatches(px[0].code, principalKey);
    const setScore = f1(tpPx, poolPx.length, fnPx);
    parts.push({ name: 'ICD-10-PCS procedures', weight: 25, score: principalKey ? 0.85 * setScore + 0.15 * (principalRight ? 1 : 0) : setScore });
    if (principalKey) items.push(item({ id: 'principal-procedure', label: 'Principal procedure', expected: principalKey.code, trainee: px[0]?.code ?? 'none', earned: principalRight ? 1 : 0, possible: 1, critical: false,
      rule: { source: 'UHDDS', cite: 'Principal procedure', text: 'The principal procedure is the one performed for definitive treatment, or the one most related to the principal diagnosis.' },
      explanation: principalRight ? '' : 'Sequence first the procedure performed for definitive treatment of the principal diagnosis.' }));
  }

  // HCPCS Level II: code-over-code F1 (2.17, mirroring 2.15), with modifiers as a sub-score. Each
  // line: the right code 65 %, its modifiers 25 %, its units 10 % (HCPCS_LINE_SHARES).
  const hc = work?.hcpcs ?? [];
  if (key.hcpcs.length > 0 || hc.length > 0) {
    const poolHc = [...hc];
    let tpHc = 0;
    let fnHc = 0;
    const line = (h: { code: string; modifiers: readonly string[]; units: number }) => `${[h.code, ...h.modifiers].join('-')} × ${h.units}`;
    for (const k of key.hcpcs) {
      const i = poolHc.findIndex((h) => codeMatches(h.code, k));
      if (i === -1) {
        fnHc += k.weight;
        items.push(item({ id: `hcpcs:${k.code}`, label: `HCPCS ${k.code}`, expected: line(k), trainee: 'not coded', earned: 0, possible: k.weight, status: 'missing', rule: k.rule, critical: false, explanation: 'This supply, drug or service is documented and billed with a HCPCS Level II code.' }));
        continue;
      }
      const [given] = poolHc.splice(i, 1) as [CodeWork['hcpcs'][number]];
      const modifiersRight = [...given.modifiers].sort().join() === [...k.modifiers].sort().join();
      const unitsRight = given.units === k.units;
      const sc = HCPCS_LINE_SHARES.code + (modifiersRight ? HCPCS_LINE_SHARES.modifiers : 0) + (unitsRight ? HCPCS_LINE_SHARES.units : 0);
      tpHc += sc * k.weight;
      fnHc += (1 - sc) * k.weight;
      const lost: string[] = [];
      if (!modifiersRight) lost.push(`modifiers ${given.modifiers.length ? given.modifiers.join(', ') : 'none'} where the key has ${k.modifiers.length ? k.modifiers.join(', ') : 'none'}`);
      if (!unitsRight) lost.push(`${given.units} unit${given.units === 1 ? '' : 's'} where the documented dose is ${k.units} unit${k.units === 1 ? '' : 's'} of the code's descriptor`);
      const unitsNote = unitsRight ? '' : ` Units (${UNITS_RULE.cite}): ${UNITS_RULE.text}`;
      items.push(item({ id: `hcpcs:${k.code}`, label: `HCPCS ${k.code}`, expected: line(k), trainee: line(given), earned: sc * k.weight, possible: k.weight, rule: k.rule, critical: false,
        explanation: lost.length ? `Right code, but ${lost.join('; and ')}.${unitsNote}` : '' }));
    }
    for (const extra of poolHc) items.push(item({ id: `hcpcs-extra:${extra.code}`, label: `Extra HCPCS ${extra.code}`, expected: 'not coded', trainee: line(extra), earned: 0, possible: 0, status: 'extra', critical: false, explanation: 'Nothing documented is billed with this code.' }));
    parts.push({ name: 'HCPCS Level II', weight: 15, score: f1(tpHc, poolHc.length, fnHc) });
  }
  return { score: weighted(parts), parts, items };
}

// ---------------------------------------------------------------------------------------------

function gradeTask(task: Task, key: TaskKey['key'], work: TaskWork | undefined, names: Names): Scored {
  switch (key.kind) {
    case 'file': return gradeFile(key, work?.kind === 'file' ? work : undefined, names);
    case 'retrieve': return gradeRetrieve(key, work?.kind === 'retrieve' ? work : undefined, names);
    case 'complete': return gradeComplete(key, work?.kind === 'complete' ? work : undefined, names);
    case 'code': return gradeCode(key, work?.kind === 'code' ? work : undefined, names);
  }
  void task;
}

/** A task the trainee has not touched: it scores 0 even where the key expects "nothing to find". */
export function isEmptyWork(work: TaskWork | undefined): boolean {
  if (!work) return true;
  switch (work.kind) {
    case 'file': return Object.keys(work.documents).length === 0 && Object.keys(work.misfiles).length === 0;
    case 'retrieve': return work.patientId === undefined && work.decision === undefined && work.defects.length === 0 && work.release.length === 0;
    case 'complete': return work.deficiencies.length === 0 && work.recordComplete === undefined;
    case 'code': return work.diagnoses.length === 0 && work.procedures.length === 0 && work.hcpcs.length === 0;
  }
}

export function grade(pack: Pack, keys: readonly TaskKey[], work: Work, options: GradeOptions = {}): Report {
  const names = new Names(pack);
  const keyOf = new Map(keys.map((k) => [k.taskId, k.key]));
  const reports: TaskReport[] = [];
  for (const task of pack.tasks) {
    const key = keyOf.get(task.id);
    if (!key) continue;
    const submitted = Boolean(work.submitted[task.id]);
    if (options.onlySubmitted && !submitted) continue;
    const taskWork = work.tasks[task.id];
    const scored = gradeTask(task, key, taskWork, names);
    if (isEmptyWork(taskWork)) {
      scored.score = 0;
      scored.parts = scored.parts.map((p) => ({ ...p, score: 0 }));
      for (const i of scored.items) if (i.status === 'correct') Object.assign(i, { earned: 0, status: 'missing', explanation: 'The task was not attempted.' });
    }
    const criticalErrors = scored.items.filter((i) => i.critical);
    const capped = criticalErrors.length > 0 && scored.score > CRITICAL_CAP;
    const score = round(Math.max(0, capped ? CRITICAL_CAP : scored.score));
    reports.push({
      taskId: task.id, kind: task.kind, title: task.title, rhitDomain: task.rhitDomain, submitted,
      score, percent: pct(score), capped,
      allCorrect: scored.items.every((i) => i.status === 'correct'),
      parts: scored.parts.map((p) => ({ ...p, score: round(p.score) })),
      criticalErrors,
      items: [...criticalErrors, ...scored.items.filter((i) => !i.critical)],
    });
  }
  const mean = (list: readonly TaskReport[]) => (list.length ? list.reduce((n, t) => n + t.score, 0) / list.length : 0);
  const domains = [...new Set(reports.map((r) => r.rhitDomain))].sort();
  return {
    format: REPORT_FORMAT,
    version: 1,
    packId: pack.pack.id,
    packVersion: pack.pack.packVersion,
    trainee: work.trainee,
    overall: { percent: pct(mean(reports)), tasks: reports.length },
    byDomain: domains.map((domain) => {
      const list = reports.filter((r) => r.rhitDomain === domain);
      return { domain, label: RHIT_DOMAINS[domain], percent: pct(mean(list)), tasks: list.length };
    }),
    tasks: reports,
  };
}
