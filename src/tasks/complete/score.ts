/**
 * Scoring deficiency analysis (HIM-TASKS 2.12): deficiencies found 60 % (each key deficiency its
 * share; an acceptable alternate is full credit, a related finding on the right document half;
 * a false finding costs an extra's share), assigned to the responsible provider 25 % (over the
 * deficiencies found: a false finding is never charged here too), and the record declared complete
 * or incomplete 15 %. Pure.
 */
import type { GradeContext, PackFacts } from '../common/context.ts';
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
import { DEFICIENCY_FAMILY, DEFICIENCY_LABELS } from './labels.ts';
import type { CompleteKey, CompleteTask, CompleteWork, FlaggedDeficiency, KeyDeficiency } from './schema.ts';

export const COMPLETE_WEIGHTS = { found: 60, attribution: 25, status: 15 } as const;
/** A finding of the same family on the right document ("signature missing" for "co-signature missing"). */
export const RELATED_FINDING_CREDIT = 0.5;

/**
 * A finding is *late* when the entry exists and is authenticated, but after the facility's window: a
 * late discharge summary, H&P or operative report, or a verbal order authenticated after its limit.
 * Late entries cannot be made timely; everything else (missing, unsigned, undated) is *open*.
 */
export function isLate(d: Pick<KeyDeficiency, 'type' | 'documentId'>, facts: PackFacts): boolean {
  switch (d.type) {
    case 'discharge-summary-late':
    case 'history-and-physical-late':
    case 'operative-report-late':
      return true;
    case 'unauthenticated-verbal-order':
      return facts.orderAuthenticated(d.documentId);
    default:
      return false;
  }
}

/** The facility's window a late finding broke, in words, from the pack's completion rules. */
function lateWindow(d: KeyDeficiency, facts: PackFacts): string {
  const c = facts.facility.completion;
  switch (d.type) {
    case 'discharge-summary-late':
      return `the discharge summary is due within ${c.dischargeSummaryDays} days of discharge`;
    case 'history-and-physical-late':
      return `the history and physical is due within ${c.historyAndPhysicalHoursAfterAdmission} hours after admission`;
    case 'operative-report-late':
      return `the operative report is due within ${c.operativeReportHours} hours of surgery`;
    default:
      return `verbal and telephone orders must be authenticated within ${c.verbalOrderAuthenticationHours} hours`;
  }
}

const LATE_WHAT: Partial<Record<KeyDeficiency['type'], string>> = {
  'discharge-summary-late': 'the discharge summary',
  'history-and-physical-late': 'the history and physical',
  'operative-report-late': 'the operative report',
  'unauthenticated-verbal-order': "a verbal or telephone order's authentication",
};

/**
 * Why the record is complete or incomplete, worded for what the key found: open deficiencies, entries
 * completed late, both, or nothing. Record Room's convention (docs/pack-format.md): a record whose
 * only findings are entries completed late is complete — nothing remains for a provider to do —
 * and its late entries are still reported as timeliness deficiencies.
 */
function recordStatusExplanation(key: CompleteKey, facts: PackFacts): string {
  const policy = `${facts.facility.name} completion rules`;
  const recordDays = facts.facility.completion.recordCompletionDays;
  const counted = key.deficiencies.filter((d) => !d.optional);
  const late = counted.filter((d) => isLate(d, facts));
  const open = counted.filter((d) => !isLate(d, facts));
  const lateWhat = listed([...new Set(late.map((d) => LATE_WHAT[d.type] ?? d.type))]);
  const windows = [...new Set(late.map((d) => lateWindow(d, facts)))].join('; ');
  const openWhat = listed(open.map((d) => `${DEFICIENCY_LABELS[d.type].toLowerCase()} (${facts.document(d.documentId)})`));
  if (key.recordComplete.value) {
    if (counted.length === 0) {
      return `Every required entry is present, authenticated and within the time limits of the ${policy}, so the record is complete; declaring it incomplete holds it open and sends providers deficiencies they do not have.`;
    }
    if (open.length === 0) {
      return `Nothing in this record is missing or unsigned. Its only finding${late.length > 1 ? 's are' : ' is'} ${lateWhat} completed late (${windows}: ${policy}). A late entry is reported as a timeliness deficiency, but it cannot be made timely and nothing remains to complete, so the record is complete.`;
    }
    return 'The key treats this record as complete despite its findings; the rule below explains why.';
  }
  if (counted.length === 0) return 'The record is incomplete; the rule below explains why.';
  if (open.length === 0) {
    return `The key holds this record incomplete although its only finding${late.length > 1 ? 's are' : ' is'} ${lateWhat} completed late (${windows}: ${policy}); the rule below explains why.`;
  }
  const openPart = `it has open deficiencies that the responsible provider must still complete: ${openWhat}`;
  if (late.length === 0) {
    return `The record is incomplete because ${openPart}. It stays incomplete until they are completed, and becomes delinquent ${recordDays} days after discharge (${policy}).`;
  }
  return `The record is incomplete: ${openPart}; and ${lateWhat} ${late.length > 1 ? 'were' : 'was'} completed late (${windows}: ${policy}).`;
}

const sameDocument = (a: string | undefined, b: string | undefined) => a === b;
function exactly(k: KeyDeficiency, g: FlaggedDeficiency): boolean {
  if (g.type === k.type && sameDocument(g.documentId, k.documentId)) return true;
  return k.alternates.some((a) => (a.type ?? k.type) === g.type && sameDocument(a.documentId ?? k.documentId, g.documentId));
}
const related = (k: KeyDeficiency, g: FlaggedDeficiency) =>
  sameDocument(g.documentId, k.documentId) && DEFICIENCY_FAMILY[g.type] === DEFICIENCY_FAMILY[k.type];

/** What the chart shows of a document a false finding was made on, so the item says what is there. */
function documentFacts(documentId: string | undefined, facts: PackFacts): string {
  if (documentId === undefined) return '';
  const doc = facts.documentRecord(documentId);
  if (!doc) return facts.isOrder(documentId) ? (facts.orderAuthenticated(documentId) ? ' The order is authenticated.' : '') : '';
  const signed = doc.authentications.map((a) => `${a.role} by ${facts.provider(a.providerId)} at ${a.at.replace('T', ' ')}`);
  return signed.length ? ` The chart shows it authenticated: ${signed.join('; ')}.` : '';
}

export function scoreComplete({
  key,
  work,
  ctx,
}: {
  task: CompleteTask;
  key: CompleteKey;
  work: CompleteWork | undefined;
  ctx: GradeContext;
}): Scored {
  const { facts } = ctx;
  const notes: Finding[] = [];
  const pool = [...(work?.deficiencies ?? [])];
  const counted = key.deficiencies.filter((d) => !d.optional);
  const total = counted.reduce((n, d) => n + d.weight, 0);
  const keyed = new Map<KeyDeficiency, { flagged: FlaggedDeficiency; credit: number }>();

  // Exact matches (and alternates) first, then related findings, so a near miss never takes the place of an exact one.
  for (const pass of [exactly, related] as const) {
    for (const d of key.deficiencies) {
      if (keyed.has(d)) continue;
      const i = pool.findIndex((g) => pass(d, g));
      if (i === -1) continue;
      const [flagged] = pool.splice(i, 1) as [FlaggedDeficiency];
      keyed.set(d, { flagged, credit: pass === exactly ? 1 : RELATED_FINDING_CREDIT });
    }
  }

  const found: Finding[] = [];
  const attribution: Finding[] = [];
  const matchedTotal = counted.filter((d) => keyed.has(d)).reduce((n, d) => n + d.weight, 0);
  for (const d of key.deficiencies) {
    const id = `deficiency:${d.type}:${d.documentId ?? ''}`;
    const label = `${DEFICIENCY_LABELS[d.type]}: ${facts.document(d.documentId)}`;
    const expected = `flag it, assigned to ${facts.provider(d.responsibleProviderId)}`;
    const match = keyed.get(d);
    if (d.optional) {
      notes.push(
        optionalFinding({
          id,
          label,
          expected,
          rule: d.rule,
          trainee: match ? `flagged as ${DEFICIENCY_LABELS[match.flagged.type].toLowerCase()}` : 'not flagged',
          explanation: 'For discussion: reasonable reviewers differ here; it does not count either way.',
        }),
      );
      continue;
    }
    if (!match) {
      const missed = isLate(d, facts)
        ? `This deficiency was missed: ${lateWindow(d, facts)} (${facts.facility.name} completion rules).`
        : 'This deficiency was missed.';
      found.push({
        id,
        label,
        expected,
        trainee: 'not flagged',
        earned: 0,
        possible: d.weight,
        deduction: share(d.weight, total),
        status: 'missing',
        rule: d.rule,
        explanation: missed,
      });
      continue;
    }
    const rightProvider = match.flagged.providerId === d.responsibleProviderId || d.alternateProviderIds.includes(match.flagged.providerId);
    const near = match.credit < 1;
    found.push({
      id,
      label,
      expected,
      trainee: `flagged${near ? ` as ${DEFICIENCY_LABELS[match.flagged.type].toLowerCase()}` : ''}, assigned to ${facts.provider(match.flagged.providerId)}`,
      earned: match.credit * d.weight,
      possible: d.weight,
      deduction: (1 - match.credit) * share(d.weight, total),
      rule: d.rule,
      explanation: near
        ? `A related finding on the right document: the deficiency is "${DEFICIENCY_LABELS[d.type].toLowerCase()}", not "${DEFICIENCY_LABELS[match.flagged.type].toLowerCase()}".`
        : '',
    });
    attribution.push({
      id: `provider:${id}`,
      label: `Assigned: ${label}`,
      expected: facts.provider(d.responsibleProviderId),
      trainee: facts.provider(match.flagged.providerId),
      earned: rightProvider ? 1 : 0,
      possible: 1,
      deduction: rightProvider ? 0 : share(d.weight, matchedTotal),
      rule: d.rule,
      explanation: rightProvider
        ? ''
        : `It is ${facts.provider(d.responsibleProviderId)} who must complete it: the deficiency goes to the provider responsible for the entry.`,
    });
  }
  const each = extraShare(counted.length);
  for (const g of pool) {
    const onDocument = g.documentId === undefined ? 'for this encounter' : `on ${facts.document(g.documentId)}`;
    const keyedThere = key.deficiencies.filter((d) => d.documentId !== undefined && d.documentId === g.documentId);
    const there = keyedThere.length
      ? ` Its deficiency is ${listed(keyedThere.map((d) => `"${DEFICIENCY_LABELS[d.type].toLowerCase()}"`))}, counted on its own line.`
      : documentFacts(g.documentId, facts);
    const provider = facts.provider(g.providerId);
    found.push({
      id: `deficiency:${g.type}:${g.documentId ?? ''}`,
      label: `${DEFICIENCY_LABELS[g.type]}: ${facts.document(g.documentId)}`,
      expected: 'not a deficiency',
      trainee: `flagged, assigned to ${provider}`,
      earned: 0,
      possible: 0,
      deduction: each,
      status: 'extra',
      explanation: `"${DEFICIENCY_LABELS[g.type]}" was flagged ${onDocument}, but the record has no such deficiency.${there} A false deficiency sends ${provider} work that is not theirs to do.`,
    });
  }

  const statusRight = work?.recordComplete === key.recordComplete.value;
  if (counted.length === 0 && !statusRight && found.length === 0) {
    found.push(
      nothingToFindGate(
        'Deficiencies found',
        'deficiencies in this record',
        `the record was ${work?.recordComplete === undefined ? 'not declared' : 'declared incomplete'}`,
        key.recordComplete.rule,
      ),
    );
  }
  const parts: ScoredPart[] = [{ name: 'Deficiencies found', weight: COMPLETE_WEIGHTS.found, findings: found }];
  if (attribution.length > 0)
    parts.push({ name: 'Assigned to the responsible provider', weight: COMPLETE_WEIGHTS.attribution, findings: attribution });
  parts.push({
    name: 'Record declared complete or incomplete',
    weight: COMPLETE_WEIGHTS.status,
    findings: [
      {
        id: 'record-status',
        label: 'Record declared',
        expected: key.recordComplete.value ? 'complete' : 'incomplete',
        trainee: work?.recordComplete === undefined ? 'not declared' : work.recordComplete ? 'complete' : 'incomplete',
        earned: statusRight ? 1 : 0,
        possible: 1,
        deduction: statusRight ? 0 : 1,
        rule: key.recordComplete.rule,
        explanation: statusRight ? '' : recordStatusExplanation(key, facts),
      },
    ],
  });
  return { parts, notes };
}
