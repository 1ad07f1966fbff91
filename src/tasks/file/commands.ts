/** The filing commands, each a pure handler over the task's work. */
import type { CommandHandler } from '../kind.ts';
import type { FileCommand, FileTask, FileWork, FilingEntry } from './schema.ts';

type Handlers = { readonly [N in FileCommand['type']]: CommandHandler<FileTask, FileWork, Extract<FileCommand, { type: N }>> };

const shown = (task: FileTask, looseDocumentId: string) =>
  task.looseDocumentIds.includes(looseDocumentId)
    ? undefined
    : `loose document "${looseDocumentId}" is not one this task gives you to index`;

function without<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) if (k !== id) out[k] = v;
  return out;
}

export const fileCommands: Handlers = {
  'file/index': (work, c, { task }) => {
    const refused = shown(task, c.looseDocumentId);
    if (refused) return refused;
    const entry: FilingEntry = { action: 'file', patientId: c.patientId };
    if (c.encounterId) entry.encounterId = c.encounterId;
    if (c.documentType) entry.documentType = c.documentType;
    if (c.documentDate) entry.documentDate = c.documentDate;
    return { ...work, documents: { ...work.documents, [c.looseDocumentId]: entry } };
  },
  'file/hold': (work, c, { task }) =>
    shown(task, c.looseDocumentId) ?? { ...work, documents: { ...work.documents, [c.looseDocumentId]: { action: 'hold' } } },
  'file/return': (work, c, { task }) =>
    shown(task, c.looseDocumentId) ?? { ...work, documents: { ...work.documents, [c.looseDocumentId]: { action: 'return' } } },
  'file/clear': (work, c) => ({ ...work, documents: without(work.documents, c.looseDocumentId) }),
  'file/flag-misfile': (work, c, { task }) => {
    if (task.auditPatientIds.length === 0) return 'this task has no chart to audit for misfiled documents';
    return { ...work, misfiles: { ...work.misfiles, [c.documentId]: c.toPatientId ? { toPatientId: c.toPatientId } : {} } };
  },
  'file/unflag-misfile': (work, c) => ({ ...work, misfiles: without(work.misfiles, c.documentId) }),
};
