/**
 * The import worker's message protocol. The main thread asks for one job at a time per request id
 * (a scenario pack, FHIR files, or an official code-set release); the worker (./import.worker.ts),
 * or the same code in-process where there is no Worker (./import-client.ts), answers with progress,
 * a pack's rows in chunks, and one final message. The main thread keeps the clock, and saves packs
 * (in chunks, with progress, in one transaction); the worker reads files and runs the pure
 * pipeline, and stores an official code set itself.
 */
import type { CodeSetSummary } from '../codes/codeset-file.ts';
import type { Problem } from '../intake/problems.ts';
import type { InstalledPack, PackRows } from '../packs/normalise.ts';

/** What an import is doing: reading the file, checking it, preparing rows, saving them. */
export type ImportStep = 'reading' | 'checking' | 'preparing' | 'saving';

export interface ImportProgress {
  readonly step: ImportStep;
  /** The whole import's progress, 0 to 1. */
  readonly fraction: number;
  /** While saving: rows written so far, of `total`. */
  readonly done?: number;
  readonly total?: number;
}

/**
 * Where each step starts on the progress bar. The pure pipeline reports no progress inside a
 * step, so reading and checking advance the bar step by step; saving advances it row by row.
 */
export const STEP_STARTS: Readonly<Record<ImportStep, number>> = { reading: 0, checking: 0.05, preparing: 0.3, saving: 0.4 };

export function stepProgress(step: Exclude<ImportStep, 'saving'>): ImportProgress {
  return { step, fraction: STEP_STARTS[step] };
}

export function savingProgress(done: number, total: number): ImportProgress {
  const share = total > 0 ? done / total : 1;
  return { step: 'saving', fraction: STEP_STARTS.saving + (1 - STEP_STARTS.saving) * share, done, total };
}

/** The row tables of a pack, sent from the worker in chunks. */
export type RowTable = Exclude<keyof PackRows, 'pack'>;
export const ROW_TABLES: readonly RowTable[] = ['providers', 'patients', 'encounters', 'documents', 'clinical', 'looseDocuments', 'tasks'];

/** Rows per message: each message is deserialised on the main thread in one go, so keep them small. */
export const ROWS_PER_MESSAGE = 1_000;

/** The FHIR import's choices and the names the new pack gets. */
export interface FhirJobOptions {
  readonly packId: string;
  readonly title: string;
  readonly hideSourceCodes: boolean;
  readonly composeDischargeSummaries: boolean;
}

export type ImportRequest =
  | {
      readonly id: number;
      readonly job: 'pack';
      readonly fileName: string;
      /** The file as chosen (read in the worker), or bytes already fetched (their buffer is transferred). */
      readonly source: Blob | Uint8Array;
      readonly packSource: InstalledPack['source'];
      /** Installation time, from the main thread's clock. */
      readonly now: string;
    }
  | {
      readonly id: number;
      readonly job: 'fhir';
      readonly fileName: string;
      readonly files: readonly File[];
      readonly options: FhirJobOptions;
      readonly now: string;
    }
  | {
      readonly id: number;
      readonly job: 'release';
      readonly files: readonly File[];
      /**
       * The code set is stored by the worker itself, in this database: it is one large row that
       * nothing on the main thread needs until the encoder reads it back.
       */
      readonly dbName: string;
      readonly installedAt: string;
      /**
       * The fiscal year being coded (the pack's). A release of another year is not stored: the worker
       * holds it and answers `otherYear`, and stores it only when `release-keep` says so.
       */
      readonly expectFiscalYear?: number;
    }
  | {
      readonly id: number;
      /** The release held after `otherYear`: stored (`store`), or let go. */
      readonly job: 'release-keep';
      readonly held: number;
      readonly store: boolean;
      readonly dbName: string;
      readonly installedAt: string;
    };

/** A checked pack (its rows came before, in `rows` messages), or every problem that refuses it. */
export type PackJobResult =
  | { readonly ok: true; readonly pack: InstalledPack; readonly details?: string }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * A release read and stored, or what refused it (a storage failure included), in words. With
 * `otherYear`, the release was read but is of another year than the one being coded: nothing was
 * stored, and the worker holds it (`held`) until a `release-keep` stores it or lets it go.
 */
export type ReleaseJobResult =
  | { readonly ok: true; readonly summary: CodeSetSummary; readonly title: string; readonly warnings: string[] }
  | {
      readonly ok: false;
      readonly problems: string[];
      readonly otherYear?: { readonly held: number; readonly fiscalYear: number; readonly title: string; readonly summary: CodeSetSummary };
    };

export type RowsMessage = {
  [T in RowTable]: { readonly id: number; readonly type: 'rows'; readonly table: T; readonly rows: PackRows[T] };
}[RowTable];

export type ImportResponse =
  | { readonly id: number; readonly type: 'progress'; readonly progress: ImportProgress }
  | RowsMessage
  | { readonly id: number; readonly type: 'pack-done'; readonly result: PackJobResult }
  | { readonly id: number; readonly type: 'release-done'; readonly result: ReleaseJobResult }
  /** Something the pipeline does not expect went wrong (a file that cannot be read, a fault): in words. */
  | { readonly id: number; readonly type: 'failed'; readonly message: string };

/** Sends a response (with the buffers it may transfer). */
export type Post = (response: ImportResponse, transfer?: Transferable[]) => void;
