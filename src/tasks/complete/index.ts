/** The deficiency-analysis kind ("complete"): one definition the registry lists. */
import { defineTaskKind } from '../kind.ts';
import { addDays, encounterItem, encounterWhat, type WorkItem, type WorkItemSource } from '../common/work-item.ts';
import { completeCommands } from './commands.ts';
import { DEFICIENCY_LABELS, RECORD_STATUS_LABELS } from './labels.ts';
import { scoreComplete } from './score.ts';
import { CompleteKey, CompleteTask, CompleteWork, type CompleteCommand } from './schema.ts';

/** The work that follows the key exactly. */
const perfectWork = (key: CompleteKey, _task?: CompleteTask): CompleteWork => ({
  kind: 'complete',
  recordComplete: key.recordComplete.value,
  deficiencies: key.deficiencies
    .filter((d) => !d.optional)
    .map((d) => ({ ...(d.documentId ? { documentId: d.documentId } : {}), type: d.type, providerId: d.responsibleProviderId })),
});

export const completeKind = defineTaskKind<CompleteTask, CompleteKey, CompleteWork, CompleteCommand>({
  kind: 'complete',
  label: 'Deficiency analysis',
  schemas: { task: CompleteTask, key: CompleteKey, work: CompleteWork },
  blankWork: () => ({ kind: 'complete', deficiencies: [] }),
  isUntouched: (work) => work.deficiencies.length === 0 && work.recordComplete === undefined,
  commands: completeCommands,
  score: scoreComplete,
  perfectWork,
  walkthrough: (key, task) => {
    const taskId = task.id;
    const work = perfectWork(key, task);
    const first = key.deficiencies[0];
    return [
      { type: 'complete/declare', taskId, complete: !key.recordComplete.value },
      ...(first
        ? [
            {
              type: 'complete/add-deficiency' as const,
              taskId,
              deficiency: 'missing-consent' as const,
              providerId: first.responsibleProviderId,
            },
            { type: 'complete/remove-deficiency' as const, taskId, index: 0 },
          ]
        : []),
      ...work.deficiencies.map((d): CompleteCommand => ({
        type: 'complete/add-deficiency',
        taskId,
        deficiency: d.type,
        providerId: d.providerId,
        ...(d.documentId ? { documentId: d.documentId } : {}),
      })),
      { type: 'complete/declare', taskId, complete: key.recordComplete.value },
    ];
  },
  checkTask: (task, check, path) => {
    check.patient(task.patientId, [...path, 'patientId']);
    check.encounterOf(task.encounterId, task.patientId, [...path, 'encounterId']);
  },
  checkKey: (key, task, check, path) => {
    const why = 'a deficiency is found in the record being analysed';
    key.deficiencies.forEach((d, i) => {
      const at = [...path, 'deficiencies', i];
      check.documentOf(d.documentId, task.patientId, [...at, 'documentId'], { orders: true, why });
      check.provider(d.responsibleProviderId, [...at, 'responsibleProviderId']);
      d.alternateProviderIds.forEach((p, j) => check.provider(p, [...at, 'alternateProviderIds', j]));
      d.alternates.forEach((a, j) => {
        check.documentOf(a.documentId, task.patientId, [...at, 'alternates', j, 'documentId'], { orders: true, why });
        if (a.documentId === undefined && a.type === undefined)
          check.report([...at, 'alternates', j], 'names neither a document nor a type: an alternate differs from its item in at least one');
      });
    });
  },
  workItem: (task: CompleteTask, source: WorkItemSource): WorkItem => {
    const encounter = source.encounter(task.encounterId);
    const patient = source.patient(task.patientId);
    return {
      what: encounterWhat(encounter, 'record'),
      ...(patient ? { patient } : {}),
      ...encounterItem(encounter),
      // The record is due complete a set number of days after discharge (42 CFR 482.24(c)(4)(viii); the bylaws' days).
      ...(encounter?.dischargedAt ? { dueOn: addDays(encounter.dischargedAt, source.facility.completion.recordCompletionDays) } : {}),
    };
  },
  labels: { deficiency: DEFICIENCY_LABELS, recordStatus: RECORD_STATUS_LABELS },
});
