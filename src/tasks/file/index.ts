/** The filing kind: everything "file" is, in one definition the registry lists. */
import { defineTaskKind } from '../kind.ts';
import type { WorkItem, WorkItemSource } from '../common/work-item.ts';
import { fileCommands } from './commands.ts';
import { scoreFile } from './score.ts';
import { FileKey, FileTask, FileWork, type FileCommand } from './schema.ts';

export const fileKind = defineTaskKind<FileTask, FileKey, FileWork, FileCommand>({
  kind: 'file',
  label: 'Filing',
  schemas: { task: FileTask, key: FileKey, work: FileWork },
  blankWork: () => ({ kind: 'file', documents: {}, misfiles: {} }),
  isUntouched: (work) => Object.keys(work.documents).length === 0 && Object.keys(work.misfiles).length === 0,
  commands: fileCommands,
  score: scoreFile,
  perfectWork: (key) => ({
    kind: 'file',
    documents: Object.fromEntries(
      key.documents
        .filter((d) => !d.optional)
        .map((d) => [
          d.looseDocumentId,
          {
            action: d.action,
            ...(d.patientId ? { patientId: d.patientId } : {}),
            ...(d.encounterId ? { encounterId: d.encounterId } : {}),
            ...(d.documentType ? { documentType: d.documentType } : {}),
            ...(d.documentDate ? { documentDate: d.documentDate } : {}),
          },
        ]),
    ),
    misfiles: Object.fromEntries(
      key.misfiles.filter((m) => !m.optional).map((m) => [m.documentId, m.toPatientId ? { toPatientId: m.toPatientId } : {}]),
    ),
  }),
  walkthrough: (key, task) => {
    const commands: FileCommand[] = [];
    const taskId = task.id;
    key.documents
      .filter((d) => !d.optional)
      .forEach((d, i) => {
        const looseDocumentId = d.looseDocumentId;
        if (i === 0) commands.push({ type: 'file/hold', taskId, looseDocumentId }, { type: 'file/clear', taskId, looseDocumentId });
        if (d.action === 'hold') commands.push({ type: 'file/hold', taskId, looseDocumentId });
        else if (d.action === 'return') commands.push({ type: 'file/return', taskId, looseDocumentId });
        else {
          commands.push({
            type: 'file/index',
            taskId,
            looseDocumentId,
            patientId: d.patientId ?? '',
            ...(d.encounterId ? { encounterId: d.encounterId } : {}),
            ...(d.documentType ? { documentType: d.documentType } : {}),
            ...(d.documentDate ? { documentDate: d.documentDate } : {}),
          });
        }
      });
    key.misfiles
      .filter((m) => !m.optional)
      .forEach((m, i) => {
        if (i === 0)
          commands.push(
            { type: 'file/flag-misfile', taskId, documentId: m.documentId },
            { type: 'file/unflag-misfile', taskId, documentId: m.documentId },
          );
        commands.push({
          type: 'file/flag-misfile',
          taskId,
          documentId: m.documentId,
          ...(m.toPatientId ? { toPatientId: m.toPatientId } : {}),
        });
      });
    return commands;
  },
  checkTask: (task, check, path) => {
    task.looseDocumentIds.forEach((id, i) => check.looseDocument(id, [...path, 'looseDocumentIds', i]));
    task.auditPatientIds.forEach((id, i) => check.patient(id, [...path, 'auditPatientIds', i]));
  },
  checkKey: (key, task, check, path) => {
    key.documents.forEach((d, i) => {
      const at = [...path, 'documents', i];
      check.looseDocument(d.looseDocumentId, [...at, 'looseDocumentId']);
      if (!task.looseDocumentIds.includes(d.looseDocumentId)) {
        check.report(
          [...at, 'looseDocumentId'],
          `grades loose document "${d.looseDocumentId}", which task "${task.id}" does not show (add it to the task's looseDocumentIds)`,
        );
      }
      check.patient(d.patientId, [...at, 'patientId']);
      check.encounterOf(d.encounterId, d.patientId, [...at, 'encounterId']);
      d.alternateEncounterIds.forEach((e, j) => check.encounterOf(e, d.patientId, [...at, 'alternateEncounterIds', j]));
      if (d.action === 'file' && !d.patientId) check.report([...at, 'patientId'], 'is required when the action is "file"');
      if (d.action !== 'file' && (d.patientId || d.encounterId))
        check.report([...at, 'action'], `is "${d.action}", so the key names no patient or encounter to file to`);
    });
    key.misfiles.forEach((m, i) => {
      const at = [...path, 'misfiles', i];
      check.documentOf(m.documentId, undefined, [...at, 'documentId']);
      const owner = check.ownerOf(m.documentId);
      if (owner !== undefined && !task.auditPatientIds.includes(owner)) {
        check.report(
          [...at, 'documentId'],
          `is in the chart of patient "${owner}", which task "${task.id}" does not audit (add it to the task's auditPatientIds)`,
        );
      }
      check.patient(m.toPatientId, [...at, 'toPatientId']);
      if (m.toPatientId !== undefined && m.toPatientId === owner)
        check.report([...at, 'toPatientId'], 'is the chart the document is already in: a misfile moves to another chart');
    });
  },
  workItem: (task: FileTask, source: WorkItemSource): WorkItem => {
    const documents = task.looseDocumentIds.flatMap((id) => source.looseDocument(id) ?? []);
    const received = documents.map((d) => d.receivedAt).sort();
    const sources = [...new Set(documents.map((d) => d.source))];
    return {
      what: task.looseDocumentIds.length > 0 ? 'Loose documents' : 'Chart audit',
      documents: task.looseDocumentIds.length,
      ...(sources.length > 0
        ? { from: sources.length > 2 ? `${sources.slice(0, 2).join(', ')} and ${sources.length - 2} more` : sources.join(', ') }
        : {}),
      ...(received[0] ? { receivedAt: received[0] } : {}),
    };
  },
  labels: {
    action: {
      file: 'File to a chart',
      hold: 'Hold: identity cannot be matched with certainty',
      return: 'Return to sender: not a patient of this facility',
    },
  },
});
