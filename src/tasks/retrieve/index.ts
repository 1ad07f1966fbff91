/** The release-of-information kind ("retrieve"): one definition the registry lists. */
import { defineTaskKind } from '../kind.ts';
import { addDays, type WorkItem, type WorkItemSource } from '../common/work-item.ts';
import { retrieveCommands } from './commands.ts';
import { AUTHORIZATION_LABELS, DECISION_LABELS, REQUEST_TYPE_LABELS } from './labels.ts';
import { scoreRetrieve } from './score.ts';
import { RetrieveKey, RetrieveTask, RetrieveWork, type RetrieveCommand } from './schema.ts';

/** The work that follows the key exactly. */
const perfectWork = (key: RetrieveKey, task: RetrieveTask): RetrieveWork => {
  const accountable = key.accounting ? key.accounting.accountable : key.logPurpose !== undefined;
  const releasing = key.decision.value === 'release';
  return {
    kind: 'retrieve',
    patientId: key.patientId,
    decision: key.decision.value,
    defects: key.defects.filter((d) => !d.optional).map((d) => d.element),
    release: releasing ? key.release.filter((r) => !r.optional).map((r) => r.documentId) : [],
    ...(releasing && accountable && !(key.accounting?.optional ?? key.logPurpose?.optional)
      ? {
          disclosure: {
            date: key.accounting?.date ?? task.request.receivedAt.slice(0, 10),
            recipient: [task.request.requester, ...(key.accounting?.recipientTerms ?? [])].join(' '),
            description: `${key.release.length} documents`,
            purpose: key.accounting?.purposeTerms[0] ?? key.logPurpose?.value ?? 'as requested',
          },
        }
      : {}),
  };
};

export const retrieveKind = defineTaskKind<RetrieveTask, RetrieveKey, RetrieveWork, RetrieveCommand>({
  kind: 'retrieve',
  label: 'Request',
  schemas: { task: RetrieveTask, key: RetrieveKey, work: RetrieveWork },
  blankWork: () => ({ kind: 'retrieve', defects: [], release: [] }),
  isUntouched: (work) =>
    work.patientId === undefined &&
    work.decision === undefined &&
    work.defects.length === 0 &&
    work.release.length === 0 &&
    work.disclosure === undefined,
  commands: retrieveCommands,
  score: scoreRetrieve,
  perfectWork,
  walkthrough: (key, task) => {
    const taskId = task.id;
    const work = perfectWork(key, task);
    const commands: RetrieveCommand[] = [
      { type: 'retrieve/select-patient', taskId, patientId: key.patientId },
      { type: 'retrieve/toggle-defect', taskId, element: 'expiration' },
      { type: 'retrieve/toggle-defect', taskId, element: 'expiration' },
      ...work.defects.map((element): RetrieveCommand => ({ type: 'retrieve/toggle-defect', taskId, element })),
      { type: 'retrieve/decide', taskId, decision: key.decision.value === 'release' ? 'deny' : 'release' },
      { type: 'retrieve/decide', taskId, decision: key.decision.value },
      ...work.release.map((documentId): RetrieveCommand => ({ type: 'retrieve/toggle-document', taskId, documentId })),
      { type: 'retrieve/log-purpose', taskId, purpose: 'as requested' },
    ];
    commands.push(
      work.disclosure ? { type: 'retrieve/log-disclosure', taskId, entry: work.disclosure } : { type: 'retrieve/clear-log', taskId },
    );
    return commands;
  },
  checkTask: (task, check, path) => {
    check.documentOf(task.request.authorizationDocumentId, undefined, [...path, 'request', 'authorizationDocumentId']);
  },
  checkKey: (key, task, check, path) => {
    check.patient(key.patientId, [...path, 'patientId']);
    const why = 'a request is answered from the chart of the patient it is about';
    key.release.forEach((r, i) => check.documentOf(r.documentId, key.patientId, [...path, 'release', i, 'documentId'], { why }));
    // A withheld document may be another patient's: a trap for a request matched to the wrong person.
    key.withhold.forEach((r, i) => check.documentOf(r.documentId, undefined, [...path, 'withhold', i, 'documentId']));
    const authorization = task.request.authorizationDocumentId;
    const holder = authorization === undefined ? undefined : check.ownerOf(authorization);
    if (holder !== undefined && holder !== key.patientId) {
      check.report(
        [...path, 'patientId'],
        `is "${key.patientId}", but the task's authorization "${authorization}" is in the chart of patient "${holder}"`,
      );
    }
    const both = key.release.filter((r) => key.withhold.some((w) => w.documentId === r.documentId));
    both.forEach((r) =>
      check.report(
        [...path, 'withhold'],
        `lists document "${r.documentId}", which release also lists: a document is either released or withheld`,
      ),
    );
    if (key.decision.value === 'deny' && key.release.length > 0)
      check.report([...path, 'release'], 'lists documents to release, but the decision is "deny"');
    if (key.accounting && key.logPurpose) check.report([...path, 'logPurpose'], 'is the earlier form of accounting: give one of them');
  },
  // The patient is for the trainee to find from the request; the queue shows who asked and when.
  workItem: (task: RetrieveTask, _source: WorkItemSource): WorkItem => ({
    what: /request$/i.test(REQUEST_TYPE_LABELS[task.request.type])
      ? REQUEST_TYPE_LABELS[task.request.type]
      : `${REQUEST_TYPE_LABELS[task.request.type]} request`,
    from: task.request.requester,
    receivedAt: task.request.receivedAt,
    // A patient's request for access is answered within 30 days (45 CFR 164.524(b)(2)).
    ...(task.request.type === 'patient-access' ? { dueOn: addDays(task.request.receivedAt, 30) } : {}),
  }),
  labels: { element: AUTHORIZATION_LABELS, requestType: REQUEST_TYPE_LABELS, decision: DECISION_LABELS },
});
