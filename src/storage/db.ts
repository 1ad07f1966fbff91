/**
 * The one IndexedDB database of Record Room, and the only module family that imports Dexie.
 *
 * ⚠ Table and index names below are persisted in every trainee's browser. Do not rename or
 * remove one without adding a new `version(n)` with an upgrade, and a test that upgrades a
 * fixture of version n-1 (tests/storage/schema-upgrade.test.ts).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AccessEntry } from '../access/log.ts';
import type { CodeSystem } from '../codes/model.ts';
import type { CodeSetFile } from '../codes/codeset-file.ts';
import type {
  ClinicalRow,
  DocumentRow,
  EncounterRow,
  InstalledPack,
  LooseDocumentRow,
  PatientRow,
  ProviderRow,
  TaskRow,
} from '../packs/normalise.ts';
import type { Work } from '../tasks/work.ts';

export const DATABASE_NAME = 'record-room';

export const TABLES = {
  packs: 'packs',
  providers: 'providers',
  patients: 'patients',
  encounters: 'encounters',
  documents: 'documents',
  clinical: 'clinical',
  looseDocuments: 'looseDocuments',
  accessLog: 'accessLog',
  settings: 'settings',
  codeSets: 'codeSets',
  tasks: 'tasks',
  work: 'work',
} as const;

/** Schema version 1. Compound primary keys `[packId+id]`: ids are unique within a pack only. */
export const SCHEMA_V1 = {
  [TABLES.packs]: 'id',
  [TABLES.providers]: '[packId+id], packId',
  [TABLES.patients]: '[packId+id], packId, mrn',
  [TABLES.encounters]: '[packId+id], packId, [packId+patientId], accountNumber',
  [TABLES.documents]: '[packId+id], packId, [packId+patientId]',
  [TABLES.clinical]: '[packId+id], packId, [packId+patientId]',
  [TABLES.looseDocuments]: '[packId+id], packId',
  [TABLES.accessLog]: '++seq, traineeId, at',
  [TABLES.settings]: 'key',
} as const;

/** Schema version 2 adds the code sets: one row per system, fiscal year and source (official or teaching). */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  [TABLES.codeSets]: '[system+fiscalYear+source], system',
} as const;

/**
 * Schema version 3 adds the HIM tasks of each pack (with their keys) and each trainee's work on a
 * pack: one small row per trainee and pack, rewritten at every action.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  [TABLES.tasks]: '[packId+id], packId',
  [TABLES.work]: '[packId+traineeId], traineeId',
} as const;

/** A trainee's work on one pack, as the work queues keep it. */
export interface WorkRow {
  packId: string;
  traineeId: string;
  updatedAt: string;
  /** How many commands have been applied: a reload shows the trainee the work is all there. */
  commands: number;
  /** The same, per task (absent in rows saved before it was kept). */
  taskCommands?: Record<string, number>;
  work: Work;
}

/** A stored code set: its summary for lists, and the whole file, read only when the encoder opens. */
export interface CodeSetRow {
  system: CodeSystem;
  fiscalYear: number;
  source: 'official' | 'teaching';
  title: string;
  installedAt: string;
  entries: number;
  billable: number;
  file: CodeSetFile;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export class RecordRoomDb extends Dexie {
  packs!: EntityTable<InstalledPack, 'id'>;
  providers!: Table<ProviderRow, [string, string]>;
  patients!: Table<PatientRow, [string, string]>;
  encounters!: Table<EncounterRow, [string, string]>;
  documents!: Table<DocumentRow, [string, string]>;
  clinical!: Table<ClinicalRow, [string, string]>;
  looseDocuments!: Table<LooseDocumentRow, [string, string]>;
  accessLog!: EntityTable<AccessEntry, 'seq'>;
  settings!: EntityTable<SettingRow, 'key'>;
  codeSets!: Table<CodeSetRow, [CodeSystem, number, CodeSetRow['source']]>;
  tasks!: Table<TaskRow, [string, string]>;
  work!: Table<WorkRow, [string, string]>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    // Packs installed before version 3 were stored without their tasks: forget the bundled packs'
    // URLs so they are installed again (with tasks) on the next start. Imported packs are kept as
    // they are; importing them again brings their tasks.
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        const row = await tx.table<SettingRow, string>('settings').get('bundledPacks');
        if (!row || typeof row.value !== 'object' || row.value === null) return;
        const reset = Object.fromEntries(
          Object.entries(row.value as Record<string, { url: string }>).map(([path, entry]) => [path, { ...entry, url: '' }]),
        );
        await tx.table('settings').put({ key: 'bundledPacks', value: reset });
      });
  }

  /** Tables that hold a pack's content; installing or removing a pack writes all of them at once. */
  get packTables() {
    return [this.packs, this.providers, this.patients, this.encounters, this.documents, this.clinical, this.looseDocuments, this.tasks];
  }
}

let current: RecordRoomDb | undefined;

/** The app's database; tests swap in a fresh one with `setDatabase`. */
export function db(): RecordRoomDb {
  current ??= new RecordRoomDb();
  return current;
}

export function setDatabase(next: RecordRoomDb): void {
  current = next;
}
