/**
 * Normalise: turns a validated pack into the flat rows that storage keeps, one table per kind of
 * chart object, each row carrying its pack id (and patient id) so a pack can be replaced or
 * removed as a whole. Pure.
 */
import type {
  Allergy,
  ClinicalDocument,
  Encounter,
  Immunization,
  LooseDocument,
  Medication,
  Order,
  Patient,
  Problem,
  Procedure,
  Provider,
  Result,
} from '../chart/model.ts';
import { CURRENT_PACK_VERSION, type Pack, type PackMeta, type TaskKey } from './format.ts';
import type { Task } from '../tasks/model.ts';
import { workItemOf } from '../tasks/registry.ts';
import type { WorkItem, WorkItemSource } from '../tasks/common/work-item.ts';
import { summarisePack, type PackSummary } from './summary.ts';

/**
 * How the stored rows are laid out. Raised when installing computes something new for the rows (2:
 * each task's work item); bundled packs installed under an older layout are installed again.
 */
export const ROWS_VERSION = 2;

export interface InstalledPack {
  id: string;
  meta: PackMeta;
  formatVersion: number;
  /** The `ROWS_VERSION` the pack was installed under (absent: 1). */
  rowsVersion?: number;
  source: 'bundled' | 'imported';
  fileName?: string;
  installedAt: string;
  summary: PackSummary;
}

type Owned<T> = T & { packId: string };
type PatientOwned<T> = T & { packId: string; patientId: string };

/** The patient as the master patient index holds it: demographics without the chart's lists. */
export type PatientRow = Owned<
  Omit<
    Patient,
    'encounters' | 'documents' | 'problems' | 'medications' | 'allergies' | 'orders' | 'results' | 'procedures' | 'immunizations'
  >
> & {
  /** Account numbers of the patient's encounters, so the MPI finds a patient by account. */
  accountNumbers: string[];
  /** The latest admission or visit, for the patient list. */
  lastEncounterAt?: string;
  allergySummary: string[];
};

export type ProviderRow = Owned<Provider>;
export type EncounterRow = PatientOwned<Encounter>;
export type DocumentRow = PatientOwned<ClinicalDocument>;
export type LooseDocumentRow = Owned<LooseDocument>;

/** The clinical lists of a chart share one table, told apart by `kind`. */
export type ClinicalRow =
  | PatientOwned<{ kind: 'problem'; id: string; item: Problem }>
  | PatientOwned<{ kind: 'medication'; id: string; item: Medication }>
  | PatientOwned<{ kind: 'allergy'; id: string; item: Allergy }>
  | PatientOwned<{ kind: 'order'; id: string; item: Order }>
  | PatientOwned<{ kind: 'result'; id: string; item: Result }>
  | PatientOwned<{ kind: 'procedure'; id: string; item: Procedure }>
  | PatientOwned<{ kind: 'immunization'; id: string; item: Immunization }>;

/** A task of the pack with its answer key when the pack carries one; `order` keeps the pack's order. */
export interface TaskRow {
  packId: string;
  id: string;
  order: number;
  task: Task;
  key?: TaskKey['key'];
  /** The task as its work queue lists it (patient, account, dates, request), computed at install; packs installed before it was kept have none. */
  item?: WorkItem;
}

export interface PackRows {
  pack: InstalledPack;
  tasks: TaskRow[];
  providers: ProviderRow[];
  patients: PatientRow[];
  encounters: EncounterRow[];
  documents: DocumentRow[];
  clinical: ClinicalRow[];
  looseDocuments: LooseDocumentRow[];
}

export interface NormaliseOptions {
  source: InstalledPack['source'];
  fileName?: string;
  /** The time of installation (injected: the core reads no clock). */
  now: string;
}

export function normalisePack(pack: Pack, options: NormaliseOptions): PackRows {
  const packId = pack.pack.id;
  const rows: PackRows = {
    pack: {
      id: packId,
      meta: pack.pack,
      formatVersion: pack.version,
      rowsVersion: ROWS_VERSION,
      source: options.source,
      ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
      installedAt: options.now,
      summary: summarisePack(pack),
    },
    providers: pack.providers.map((p) => ({ ...p, packId })),
    patients: [],
    encounters: [],
    documents: [],
    clinical: [],
    looseDocuments: pack.looseDocuments.map((d) => ({ ...d, packId })),
    tasks: [],
  };
  const keyOf = new Map(pack.keys.map((k) => [k.taskId, k.key]));
  const source = workItemSource(pack);
  pack.tasks.forEach((task, order) => {
    const key = keyOf.get(task.id);
    rows.tasks.push({ packId, id: task.id, order, task, ...(key ? { key } : {}), item: workItemOf(task, source) });
  });
  for (const patient of pack.patients) {
    const { encounters, documents, problems, medications, allergies, orders, results, procedures, immunizations, ...demographics } =
      patient;
    const patientId = patient.id;
    const own = { packId, patientId };
    const last = encounters.reduce<string | undefined>(
      (max, e) => (max === undefined || e.admittedAt > max ? e.admittedAt : max),
      undefined,
    );
    rows.patients.push({
      ...demographics,
      packId,
      accountNumbers: encounters.map((e) => e.accountNumber),
      ...(last === undefined ? {} : { lastEncounterAt: last }),
      allergySummary: allergies.map((a) => a.substance),
    });
    for (const e of encounters) rows.encounters.push({ ...e, ...own });
    for (const d of documents) rows.documents.push({ ...d, ...own });
    for (const item of problems) rows.clinical.push({ kind: 'problem', id: item.id, item, ...own });
    for (const item of medications) rows.clinical.push({ kind: 'medication', id: item.id, item, ...own });
    for (const item of allergies) rows.clinical.push({ kind: 'allergy', id: item.id, item, ...own });
    for (const item of orders) rows.clinical.push({ kind: 'order', id: item.id, item, ...own });
    for (const item of results) rows.clinical.push({ kind: 'result', id: item.id, item, ...own });
    for (const item of procedures) rows.clinical.push({ kind: 'procedure', id: item.id, item, ...own });
    for (const item of immunizations) rows.clinical.push({ kind: 'immunization', id: item.id, item, ...own });
  }
  return rows;
}

/** What the task kinds may look up to describe their tasks in a work queue. */
function workItemSource(pack: Pack): WorkItemSource {
  const patients = new Map(pack.patients.map((p) => [p.id, p]));
  const encounters = new Map(pack.patients.flatMap((p) => p.encounters.map((e) => [e.id, e] as const)));
  const loose = new Map(pack.looseDocuments.map((d) => [d.id, d]));
  return {
    facility: pack.pack.facility,
    patient: (id) => {
      const p = patients.get(id);
      return p && { id: p.id, name: p.name, mrn: p.mrn };
    },
    encounter: (id) => encounters.get(id),
    looseDocument: (id) => loose.get(id),
  };
}

const strip = <T extends { packId: string; patientId?: string }>({ packId: _p, patientId: _q, ...rest }: T) => rest;

/**
 * The inverse of `normalisePack`: stored rows back into a pack, for the grader and for export.
 * Charts come back whole; lists are in the order storage returns them (by id), which neither
 * grading nor export depends on.
 */
export function assemblePack(rows: PackRows): Pack {
  const charts = new Map<string, Pack['patients'][number]>();
  for (const row of rows.patients) {
    const { packId: _p, accountNumbers: _a, lastEncounterAt: _l, allergySummary: _s, ...demographics } = row;
    charts.set(row.id, {
      ...demographics,
      encounters: [],
      documents: [],
      problems: [],
      medications: [],
      allergies: [],
      orders: [],
      results: [],
      procedures: [],
      immunizations: [],
    });
  }
  const chart = (patientId: string) => charts.get(patientId);
  for (const e of rows.encounters) chart(e.patientId)?.encounters.push(strip(e));
  for (const d of rows.documents) chart(d.patientId)?.documents.push(strip(d));
  const lists = {
    problem: 'problems',
    medication: 'medications',
    allergy: 'allergies',
    order: 'orders',
    result: 'results',
    procedure: 'procedures',
    immunization: 'immunizations',
  } as const;
  for (const c of rows.clinical) {
    const target = chart(c.patientId);
    if (target) (target[lists[c.kind]] as unknown[]).push(c.item);
  }
  const tasks = [...rows.tasks].sort((a, b) => a.order - b.order);
  return {
    format: 'record-room-pack',
    version: CURRENT_PACK_VERSION,
    pack: rows.pack.meta,
    providers: rows.providers.map(({ packId: _p, ...p }) => p),
    patients: [...charts.values()],
    looseDocuments: rows.looseDocuments.map(({ packId: _p, ...d }) => d),
    tasks: tasks.map((t) => t.task),
    keys: tasks.flatMap((t) => (t.key ? [{ taskId: t.id, key: t.key }] : [])),
  };
}
