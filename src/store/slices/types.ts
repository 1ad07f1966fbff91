/**
 * The store's state, slice by slice, and the whole as their intersection. The slice files
 * (./session.ts, ./library.ts, …) import these types and implement one slice each; this file
 * imports none of them, so the slices never depend on one another, not even through types.
 */
import type { AccessEntry } from '../../access/log.ts';
import type { Trainee } from '../../access/trainee.ts';
import type { Problem } from '../../intake/problems.ts';
import type { InstalledPack, PackRows } from '../../packs/normalise.ts';
import type { Task } from '../../tasks/model.ts';
import type { Command, Work } from '../../tasks/work.ts';
import type { Route } from '../route.ts';
import type { ImportProgress } from '../import-protocol.ts';

export interface SessionSlice {
  trainee: Trainee | undefined;
  sessionLoaded: boolean;
  /**
   * Why the session could not be read or started (storage full, storage refused), in words the
   * welcome screen shows; cleared when the trainee tries again.
   */
  sessionProblem: string | undefined;
  loadSession: () => Promise<void>;
  /** Signs in; on a storage failure no trainee is set and `sessionProblem` says what happened. */
  startSession: (name: string, studentId: string) => Promise<void>;
  /** Signs in as a trainee who has practised in this browser before. */
  continueAs: (traineeId: string) => Promise<void>;
  /**
   * Saves what is pending, closes the trainee's work and returns to the welcome screen: 'signed-out'
   * says so there, 'switch' offers the other trainees of this browser first.
   */
  signOut: (reason: 'signed-out' | 'switch') => Promise<void>;
  /** Why the welcome screen shows: the last trainee signed out, or asked to switch. */
  signedOut: 'signed-out' | 'switch' | undefined;
}

export interface NavigationSlice {
  route: Route;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
  syncFromLocation: () => void;
}

export type ImportState =
  | { status: 'idle' }
  /** Reading, checking or saving a file: the step, and how far the whole import is. */
  | { status: 'importing'; fileName: string; progress: ImportProgress }
  | { status: 'rejected'; fileName: string; problems: readonly Problem[] }
  | { status: 'confirm-replace'; fileName: string; rows: PackRows; installed: InstalledPack }
  | { status: 'installed'; fileName: string; title: string; replaced: boolean; details?: string }
  /** The file could not be imported for a reason outside it (storage full or refused, a file that cannot be read): nothing was changed. */
  | { status: 'failed'; fileName: string; message: string };

/** The choices offered with "Import FHIR". */
export interface FhirImportChoices {
  hideSourceCodes: boolean;
  composeDischargeSummaries: boolean;
}

export type BundledState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; message: string };

export interface LibrarySlice {
  importState: ImportState;
  bundled: BundledState;
  seedBundledPacks: () => Promise<void>;
  importPackFile: (file: File) => Promise<void>;
  /** FHIR R4 files (Bundles, resources, bulk NDJSON) become a new pack, through the same checks and install. */
  importFhirFiles: (files: readonly File[], choices: FhirImportChoices) => Promise<void>;
  confirmReplace: () => Promise<void>;
  dismissImport: () => void;
  /** Why removing a pack or installing a bundled one failed, in words; nothing was changed. */
  libraryProblem: string | undefined;
  dismissLibraryProblem: () => void;
  removePack: (packId: string) => Promise<void>;
  installBundledPack: (path: string) => Promise<void>;
}

export interface AccessSlice {
  lastLoggedKey: string | undefined;
  logAccess: (entry: Omit<AccessEntry, 'traineeId' | 'traineeName' | 'at'>) => Promise<void>;
}

export interface MpiSlice {
  patientQuery: string;
  setPatientQuery: (query: string) => void;
}

/** The coding task open beside the encoder: the encoder offers to add the code it shows to it. */
export interface CodingTarget {
  packId: string;
  taskId: string;
  systems: readonly ('ICD-10-CM' | 'ICD-10-PCS' | 'HCPCS')[];
  /** Inpatient diagnoses need a POA indicator, chosen after adding. */
  inpatient: boolean;
}

export interface EncoderSlice {
  encoderOpen: boolean;
  setEncoderOpen: (open: boolean) => void;
  codingTarget: CodingTarget | undefined;
  setCodingTarget: (target: CodingTarget | undefined) => void;
}

/** The trainee's work on a pack, as loaded from storage and changed by commands. */
export interface OpenWork {
  work: Work;
  /** Commands applied since the work was started (saved with it). */
  commands: number;
  /** The same, per task: the save indicator counts the open task's actions. */
  taskCommands: Readonly<Record<string, number>>;
  /** Whether the last command has reached IndexedDB. */
  saved: boolean;
  /** Why the last command was refused, if it was. */
  problem?: string;
  /** The pack's tasks, which commands act on. */
  tasks: readonly Task[];
  /**
   * Set when the stored work could not be read (it is kept untouched in storage, and no command is
   * applied over it): what is wrong with it, in words.
   */
  unreadable?: string;
}

export interface WorkSlice {
  /** The open work, by pack id (a Map: a pack id is data, never an inherited property). */
  works: ReadonlyMap<string, OpenWork>;
  /** Loads the trainee's work on a pack (or starts it empty). */
  openWork: (packId: string) => Promise<void>;
  /**
   * Applies one named command with its pure handler and saves the result before the next one is
   * written (writes are queued in order). Returns the problem when the command is refused.
   */
  dispatch: (packId: string, command: Command) => string | undefined;
  /** Resolves once every queued write has reached storage. */
  flushWork: () => Promise<void>;
  /** Stops following every open work record (the trainee signs out). */
  closeAllWork: () => void;
}

export type AppState = SessionSlice & NavigationSlice & LibrarySlice & AccessSlice & MpiSlice & EncoderSlice & WorkSlice;
