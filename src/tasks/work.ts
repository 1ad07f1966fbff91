/**
 * A trainee's work: a small, serialisable record of answers per task (never UI state), versioned
 * like packs so it can travel as a file, through SCORM suspend_data, and into the grader.
 * Every change is a named command with a pure handler: `applyCommand(work, command) → work'`.
 */
import { z } from 'zod';
import { Id, IsoDate, DocumentType } from '../chart/model.ts';
import { AuthorizationElement, DeficiencyType, Poa } from './model.ts';

export const WORK_FORMAT = 'record-room-work';
export const WORK_VERSION = 1;

const code = z.string().regex(/^[A-Z0-9]{1,7}$/);

export const FileWork = z.strictObject({
  kind: z.literal('file'),
  documents: z.record(Id, z.strictObject({
    action: z.enum(['file', 'hold', 'return']),
    patientId: Id.optional(),
    encounterId: Id.optional(),
    documentType: DocumentType.optional(),
    documentDate: IsoDate.optional(),
  })).default({}),
  misfiles: z.record(Id, z.strictObject({ toPatientId: Id.optional() })).default({}),
});

export const RetrieveWork = z.strictObject({
  kind: z.literal('retrieve'),
  patientId: Id.optional(),
  decision: z.enum(['release', 'deny']).optional(),
  defects: z.array(AuthorizationElement).default([]),
  release: z.array(Id).default([]),
  logPurpose: z.string().max(200).optional(),
});

export const CompleteWork = z.strictObject({
  kind: z.literal('complete'),
  deficiencies: z.array(z.strictObject({ documentId: Id.optional(), type: DeficiencyType, providerId: Id })).default([]),
  recordComplete: z.boolean().optional(),
});

export const CodeWork = z.strictObject({
  kind: z.literal('code'),
  /** Diagnoses in sequence: the first is the principal (or first-listed). */
  diagnoses: z.array(z.strictObject({ code, poa: Poa.optional() })).default([]),
  /** Procedures in sequence: the first is the principal procedure. */
  procedures: z.array(z.strictObject({ code })).default([]),
  /** HCPCS Level II lines: code, modifiers and units of service (default 1). */
  hcpcs: z.array(z.strictObject({
    code,
    modifiers: z.array(z.string().regex(/^[A-Z0-9]{2}$/)).max(4).default([]),
    units: z.number().int().min(1).max(9_999).default(1),
  })).default([]),
});

export const TaskWork = z.discriminatedUnion('kind', [FileWork, RetrieveWork, CompleteWork, CodeWork]);

export const Work = z.strictObject({
  format: z.literal(WORK_FORMAT),
  version: z.literal(WORK_VERSION),
  packId: Id,
  trainee: z.strictObject({ name: z.string().max(100), studentId: z.string().max(40).optional() }),
  tasks: z.record(Id, TaskWork).default({}),
  /** When each task was submitted; a submitted task no longer changes. */
  submitted: z.record(Id, z.string().max(40)).default({}),
});

export type FileWork = z.infer<typeof FileWork>;
export type RetrieveWork = z.infer<typeof RetrieveWork>;
export type CompleteWork = z.infer<typeof CompleteWork>;
export type CodeWork = z.infer<typeof CodeWork>;
export type TaskWork = z.infer<typeof TaskWork>;
export type Work = z.infer<typeof Work>;

export function emptyWork(packId: string, trainee: Work['trainee']): Work {
  return { format: WORK_FORMAT, version: WORK_VERSION, packId, trainee, tasks: {}, submitted: {} };
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

export type Command =
  | { type: 'file/index'; taskId: string; looseDocumentId: string; patientId: string; encounterId?: string; documentType?: z.infer<typeof DocumentType>; documentDate?: string }
  | { type: 'file/hold'; taskId: string; looseDocumentId: string }
  | { type: 'file/return'; taskId: string; looseDocumentId: string }
  | { type: 'file/clear'; taskId: string; looseDocumentId: string }
  | { type: 'file/flag-misfile'; taskId: string; documentId: string; toPatientId?: string }
  | { type: 'file/unflag-misfile'; taskId: string; documentId: string }
  | { type: 'retrieve/select-patient'; taskId: string; patientId: string }
  | { type: 'retrieve/decide'; taskId: string; decision: 'release' | 'deny' }
  | { type: 'retrieve/toggle-defect'; taskId: string; element: z.infer<typeof AuthorizationElement> }
  | { type: 'retrieve/toggle-document'; taskId: string; documentId: string }
  | { type: 'retrieve/log-purpose'; taskId: string; purpose: string }
  | { type: 'complete/add-deficiency'; taskId: string; documentId?: string; deficiency: z.infer<typeof DeficiencyType>; providerId: string }
  | { type: 'complete/remove-deficiency'; taskId: string; index: number }
  | { type: 'complete/declare'; taskId: string; complete: boolean }
  | { type: 'code/add-diagnosis'; taskId: string; code: string; poa?: z.infer<typeof Poa> }
  | { type: 'code/set-poa'; taskId: string; index: number; poa: z.infer<typeof Poa> }
  | { type: 'code/add-procedure'; taskId: string; code: string }
  | { type: 'code/add-hcpcs'; taskId: string; code: string; modifiers?: string[]; units?: number }
  | { type: 'code/set-hcpcs-units'; taskId: string; index: number; units: number }
  | { type: 'code/remove'; taskId: string; list: 'diagnoses' | 'procedures' | 'hcpcs'; index: number }
  | { type: 'code/move'; taskId: string; list: 'diagnoses' | 'procedures' | 'hcpcs'; from: number; to: number }
  | { type: 'task/submit'; taskId: string; at: string };

export type CommandResult = { work: Work; problem?: undefined } | { work: Work; problem: string };

const blank = {
  file: (): FileWork => ({ kind: 'file', documents: {}, misfiles: {} }),
  retrieve: (): RetrieveWork => ({ kind: 'retrieve', defects: [], release: [] }),
  complete: (): CompleteWork => ({ kind: 'complete', deficiencies: [] }),
  code: (): CodeWork => ({ kind: 'code', diagnoses: [], procedures: [], hcpcs: [] }),
};

const normal = (c: string) => c.trim().toUpperCase().replace(/[.\s]/g, '');

function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}

/** Units of service: a whole number from 1 to 9,999, as a claim line carries them. */
const validUnits = (units: number) => Number.isInteger(units) && units >= 1 && units <= 9_999;
const UNITS_PROBLEM = 'units must be a whole number from 1 to 9,999';

const toggle = <T>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** Applies one command. Pure: returns new work (or the same work and a problem), never mutates. */
export function applyCommand(work: Work, command: Command): CommandResult {
  if (work.submitted[command.taskId]) return { work, problem: 'this task has been submitted and can no longer change' };
  if (command.type === 'task/submit') {
    return { work: { ...work, submitted: { ...work.submitted, [command.taskId]: command.at } } };
  }
  const kind = command.type.split('/')[0] as keyof typeof blank;
  const current = work.tasks[command.taskId] ?? blank[kind]();
  if (current.kind !== kind) return { work, problem: `task ${command.taskId} is a ${current.kind} task, not ${kind}` };
  const next = handle(current, command);
  if (typeof next === 'string') return { work, problem: next };
  return { work: { ...work, tasks: { ...work.tasks, [command.taskId]: next } } };
}

function handle(task: TaskWork, c: Exclude<Command, { type: 'task/submit' }>): TaskWork | string {
  switch (c.type) {
    case 'file/index': {
      const t = task as FileWork;
      const entry: FileWork['documents'][string] = { action: 'file', patientId: c.patientId };
      if (c.encounterId) entry.encounterId = c.encounterId;
      if (c.documentType) entry.documentType = c.documentType;
      if (c.documentDate) entry.documentDate = c.documentDate;
      return { ...t, documents: { ...t.documents, [c.looseDocumentId]: entry } };
    }
    case 'file/hold':
    case 'file/return': {
      const t = task as FileWork;
      return { ...t, documents: { ...t.documents, [c.looseDocumentId]: { action: c.type === 'file/hold' ? 'hold' : 'return' } } };
    }
    case 'file/clear': {
      const t = task as FileWork;
      const { [c.looseDocumentId]: _removed, ...rest } = t.documents;
      return { ...t, documents: rest };
    }
    case 'file/flag-misfile': {
      const t = task as FileWork;
      return { ...t, misfiles: { ...t.misfiles, [c.documentId]: c.toPatientId ? { toPatientId: c.toPatientId } : {} } };
    }
    case 'file/unflag-misfile': {
      const t = task as FileWork;
      const { [c.documentId]: _removed, ...rest } = t.misfiles;
      return { ...t, misfiles: rest };
    }
    case 'retrieve/select-patient':
      return { ...(task as RetrieveWork), patientId: c.patientId };
    case 'retrieve/decide':
      return { ...(task as RetrieveWork), decision: c.decision };
    case 'retrieve/toggle-defect': {
      const t = task as RetrieveWork;
      return { ...t, defects: toggle(t.defects, c.element) };
    }
    case 'retrieve/toggle-document': {
      const t = task as RetrieveWork;
      return { ...t, release: toggle(t.release, c.documentId) };
    }
    case 'retrieve/log-purpose':
      return { ...(task as RetrieveWork), logPurpose: c.purpose.trim().slice(0, 200) };
    case 'complete/add-deficiency': {
      const t = task as CompleteWork;
      const item: CompleteWork['deficiencies'][number] = { type: c.deficiency, providerId: c.providerId };
      if (c.documentId) item.documentId = c.documentId;
      if (t.deficiencies.some((d) => d.type === item.type && d.documentId === item.documentId && d.providerId === item.providerId)) {
        return 'that deficiency is already on the list';
      }
      return { ...t, deficiencies: [...t.deficiencies, item] };
    }
    case 'complete/remove-deficiency': {
      const t = task as CompleteWork;
      return { ...t, deficiencies: t.deficiencies.filter((_, i) => i !== c.index) };
    }
    case 'complete/declare':
      return { ...(task as CompleteWork), recordComplete: c.complete };
    case 'code/add-diagnosis': {
      const t = task as CodeWork;
      const value = normal(c.code);
      if (t.diagnoses.some((d) => d.code === value)) return `${value} is already on the list`;
      return { ...t, diagnoses: [...t.diagnoses, c.poa ? { code: value, poa: c.poa } : { code: value }] };
    }
    case 'code/set-poa': {
      const t = task as CodeWork;
      return { ...t, diagnoses: t.diagnoses.map((d, i) => (i === c.index ? { ...d, poa: c.poa } : d)) };
    }
    case 'code/add-procedure': {
      const t = task as CodeWork;
      const value = normal(c.code);
      if (t.procedures.some((p) => p.code === value)) return `${value} is already on the list`;
      return { ...t, procedures: [...t.procedures, { code: value }] };
    }
    case 'code/add-hcpcs': {
      const t = task as CodeWork;
      const units = c.units ?? 1;
      if (!validUnits(units)) return UNITS_PROBLEM;
      return { ...t, hcpcs: [...t.hcpcs, { code: normal(c.code), modifiers: (c.modifiers ?? []).map(normal), units }] };
    }
    case 'code/set-hcpcs-units': {
      const t = task as CodeWork;
      if (!validUnits(c.units)) return UNITS_PROBLEM;
      if (c.index < 0 || c.index >= t.hcpcs.length) return `there is no HCPCS line ${c.index + 1}`;
      return { ...t, hcpcs: t.hcpcs.map((h, i) => (i === c.index ? { ...h, units: c.units } : h)) };
    }
    case 'code/remove': {
      const t = task as CodeWork;
      return { ...t, [c.list]: (t[c.list] as unknown[]).filter((_, i) => i !== c.index) } as CodeWork;
    }
    case 'code/move': {
      const t = task as CodeWork;
      return { ...t, [c.list]: moveItem(t[c.list] as unknown[], c.from, c.to) } as CodeWork;
    }
  }
}
