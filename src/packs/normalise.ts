/**
 * Normalise: turns a validated pack into the flat rows that storage keeps, one table per kind of
 * chart object, each row carrying its pack id (and patient id) so a pack can be replaced or
 * removed as a whole. Pure.
 */
import type {
  Allergy, ClinicalDocument, Encounter, Immunization, LooseDocument, Medication, Order, Patient,
  Problem, Procedure, Provider, Result,
} from '../chart/model.ts';
import type { Pack, PackMeta } from './format.ts';
import { summarisePack, type PackSummary } from './summary.ts';

export interface InstalledPack {
  id: string;
  meta: PackMeta;
  formatVersion: number;
  source: 'bundled' | 'imported';
  fileName?: string;
  installedAt: string;
  summary: PackSummary;
}

type Owned<T> = T & { packId: string };
type PatientOwned<T> = T & { packId: string; patientId: string };

/** The patient as the master patient index holds it: demographics without the chart's lists. */
export type PatientRow = Owned<Omit<Patient, 'encounters' | 'documents' | 'problems' | 'medications' | 'allergies' | 'orders' | 'results' | 'procedures' | 'immunizations'>> & {
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

export interface PackRows {
  pack: InstalledPack;
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
  };
  for (const patient of pack.patients) {
    const { encounters, documents, problems, medications, allergies, orders, results, procedures, immunizations, ...demographics } = patient;
    const patientId = patient.id;
    const own = { packId, patientId };
    const last = encounters.reduce<string | undefined>((max, e) => (max === undefined || e.admittedAt > max ? e.admittedAt : max), undefined);
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
