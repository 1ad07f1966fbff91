/**
 * The app's one zustand store, built from slices that orchestrate (call the pure core and
 * storage) and hold no business rules. Components read it through the selectors at the bottom.
 */
import { create } from 'zustand';
import type { Problem } from '../packs/problems.ts';
import type { InstalledPack, PackRows } from '../packs/normalise.ts';
import type { Trainee } from '../access/trainee.ts';
import type { AccessEntry } from '../access/log.ts';
import { installPack, getInstalledPack, removePack as removePackRows } from '../storage/packs.ts';
import { getSetting, setSetting, type Settings } from '../storage/settings.ts';
import { recordAccess } from '../storage/access-log.ts';
import { bundledSource, type BundledPack } from '../app/bundled-packs.ts';
import { clock } from '../app/clock.ts';
import { formatHash, parseHash, type Route } from './route.ts';
import type { Command, Work } from '../tasks/work.ts';
import type * as WorkModule from '../tasks/work.ts';
import { getWork, putWork } from '../storage/work.ts';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'rejected'; fileName: string; problems: readonly Problem[] }
  | { status: 'confirm-replace'; fileName: string; rows: PackRows; installed: InstalledPack }
  | { status: 'installed'; fileName: string; title: string; replaced: boolean; details?: string };

/** The choices offered with "Import FHIR". */
export interface FhirImportChoices {
  hideSourceCodes: boolean;
  composeDischargeSummaries: boolean;
}

export type BundledState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; message: string };

interface SessionSlice {
  trainee: Trainee | undefined;
  sessionLoaded: boolean;
  loadSession: () => Promise<void>;
  startSession: (name: string, studentId: string) => Promise<void>;
}

interface RouteSlice {
  route: Route;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
  syncFromLocation: () => void;
}

interface LibrarySlice {
  importState: ImportState;
  bundled: BundledState;
  seedBundledPacks: () => Promise<void>;
  importPackFile: (file: File) => Promise<void>;
  /** FHIR R4 files (Bundles, resources, bulk NDJSON) become a new pack, through the same checks and install. */
  importFhirFiles: (files: readonly File[], choices: FhirImportChoices) => Promise<void>;
  confirmReplace: () => Promise<void>;
  dismissImport: () => void;
  removePack: (packId: string) => Promise<void>;
  installBundledPack: (path: string) => Promise<void>;
}

interface AccessSlice {
  lastLoggedKey: string | undefined;
  logAccess: (entry: Omit<AccessEntry, 'traineeId' | 'traineeName' | 'at'>) => Promise<void>;
}

/** The coding task open beside the encoder: the encoder offers to add the code it shows to it. */
export interface CodingTarget {
  packId: string;
  taskId: string;
  systems: readonly ('ICD-10-CM' | 'ICD-10-PCS' | 'HCPCS')[];
  /** Inpatient diagnoses need a POA indicator, chosen after adding. */
  inpatient: boolean;
}

interface EncoderSlice {
  encoderOpen: boolean;
  setEncoderOpen: (open: boolean) => void;
  codingTarget: CodingTarget | undefined;
  setCodingTarget: (target: CodingTarget | undefined) => void;
}

interface MpiSlice {
  patientQuery: string;
  setPatientQuery: (query: string) => void;
}

/** The trainee's work on a pack, as loaded from storage and changed by commands. */
export interface OpenWork {
  work: Work;
  /** Commands applied since the work was started (saved with it). */
  commands: number;
  /** Whether the last command has reached IndexedDB. */
  saved: boolean;
  /** Why the last command was refused, if it was. */
  problem?: string;
}

interface WorkSlice {
  works: Record<string, OpenWork>;
  /** Loads the trainee's work on a pack (or starts it empty). */
  openWork: (packId: string) => Promise<void>;
  /**
   * Applies one named command with its pure handler and saves the result before the next one is
   * written (writes are queued in order). Returns the problem when the command is refused.
   */
  dispatch: (packId: string, command: Command) => string | undefined;
  /** Resolves once every queued write has reached storage. */
  flushWork: () => Promise<void>;
}

export type AppState = SessionSlice & RouteSlice & LibrarySlice & AccessSlice & MpiSlice & EncoderSlice & WorkSlice;

/** Saves of work, in the order commands were given. */
let workWrites: Promise<void> = Promise.resolve();

/** The work record's schema and command handlers load with the work queues, not on the first screen. */
let workModule: typeof WorkModule | undefined;

/**
 * The pack pipeline (zod and the schema) is loaded only when a pack is installed, so a returning
 * trainee's first screen does not wait for it.
 */
function packPipeline() {
  return Promise.all([import('../packs/read.ts'), import('../packs/normalise.ts')]).then(([read, normalise]) => ({
    readPackBytes: read.readPackBytes,
    normalisePack: normalise.normalisePack,
  }));
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `t-${clock.now().getTime()}-${Math.random().toString(36).slice(2)}`;
}

type BundledSetting = NonNullable<Settings['bundledPacks']>;

async function installBundled(pack: BundledPack, record: BundledSetting): Promise<void> {
  const { readPackBytes, normalisePack } = await packPipeline();
  const result = readPackBytes(await bundledSource.fetch(pack));
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(`${pack.path} is not a valid pack: ${first?.path}: ${first?.message}`);
  }
  const rows = normalisePack(result.pack, { source: 'bundled', fileName: pack.path.split('/').pop() ?? pack.path, now: clock.now().toISOString() });
  await installPack(rows);
  record[pack.path] = { url: pack.url, packId: rows.pack.id, title: rows.pack.meta.title, state: 'installed' };
}

export const useAppStore = create<AppState>()((set, get) => ({
  // Session
  trainee: undefined,
  sessionLoaded: false,
  loadSession: async () => {
    const trainee = await getSetting('trainee');
    set({ trainee, sessionLoaded: true });
  },
  startSession: async (name, studentId) => {
    const trainee: Trainee = {
      id: newId(),
      name: name.trim(),
      ...(studentId.trim() ? { studentId: studentId.trim() } : {}),
      createdAt: clock.now().toISOString(),
    };
    await setSetting('trainee', trainee);
    set({ trainee, works: {} });
  },

  // Route
  route: parseHash(globalThis.location?.hash ?? ''),
  navigate: (route, options) => {
    const hash = formatHash(route);
    if (globalThis.location && globalThis.location.hash !== hash) {
      if (options?.replace) globalThis.history.replaceState(null, '', hash);
      else globalThis.history.pushState(null, '', hash);
    }
    set({ route });
  },
  syncFromLocation: () => set({ route: parseHash(globalThis.location.hash) }),

  // Library
  importState: { status: 'idle' },
  bundled: { status: 'loading' },
  seedBundledPacks: async () => {
    try {
      const record: BundledSetting = { ...((await getSetting('bundledPacks')) ?? {}) };
      for (const pack of bundledSource.packs) {
        const known = record[pack.path];
        if (known?.state === 'removed') continue;
        if (known && known.url === pack.url && (await getInstalledPack(known.packId))) continue;
        await installBundled(pack, record);
        await setSetting('bundledPacks', record);
      }
      set({ bundled: { status: 'ready' } });
    } catch (error) {
      set({ bundled: { status: 'failed', message: error instanceof Error ? error.message : String(error) } });
    }
  },
  importPackFile: async (file) => {
    set({ importState: { status: 'reading', fileName: file.name } });
    const { readPackBytes, normalisePack } = await packPipeline();
    const result = readPackBytes(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      set({ importState: { status: 'rejected', fileName: file.name, problems: result.problems } });
      return;
    }
    const rows = normalisePack(result.pack, { source: 'imported', fileName: file.name, now: clock.now().toISOString() });
    const installed = await getInstalledPack(rows.pack.id);
    if (installed) {
      set({ importState: { status: 'confirm-replace', fileName: file.name, rows, installed } });
      return;
    }
    await installPack(rows);
    set({ importState: { status: 'installed', fileName: file.name, title: rows.pack.meta.title, replaced: false } });
  },
  importFhirFiles: async (files, choices) => {
    const first = files[0];
    if (!first) return;
    const fileName = files.length === 1 ? first.name : `${first.name} and ${files.length - 1} more`;
    set({ importState: { status: 'reading', fileName } });
    const [{ importFhir }, { readPackJson }, { normalisePack }] = await Promise.all([
      import('../fhir/import.ts'), import('../packs/read.ts'), import('../packs/normalise.ts'),
    ]);
    const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    const base = first.name.replace(/\.(nd)?json$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'import';
    const title = files.length === 1 ? `FHIR import: ${first.name.replace(/\.(nd)?json$/i, '')}` : `FHIR import: ${files.length} files (${first.name}…)`;
    const result = importFhir(inputs, { ...choices, packId: `fhir-${base}`, title });
    if (!result.ok) {
      set({ importState: { status: 'rejected', fileName, problems: result.problems } });
      return;
    }
    const read = readPackJson(result.pack);
    if (!read.ok) {
      set({ importState: { status: 'rejected', fileName, problems: read.problems } });
      return;
    }
    const { report } = result;
    const unmapped = Object.entries(report.unmapped).filter(([, n]) => n > 0).map(([type, n]) => `${type} ${n}`);
    const details = `${report.created.patients} patients, ${report.created.encounters} encounters, ${report.created.conditions} conditions, ${report.created.procedures} procedures, ${report.created.documents} documents.`
      + (unmapped.length ? ` Not mapped: ${unmapped.join(', ')}.` : '')
      + (report.notFhir.length ? ` ${report.notFhir.length} lines were not FHIR (${report.notFhir.slice(0, 3).join(', ')}${report.notFhir.length > 3 ? '…' : ''}).` : '');
    const rows = normalisePack(read.pack, { source: 'imported', fileName, now: clock.now().toISOString() });
    const installed = await getInstalledPack(rows.pack.id);
    if (installed) {
      set({ importState: { status: 'confirm-replace', fileName, rows, installed } });
      return;
    }
    await installPack(rows);
    set({ importState: { status: 'installed', fileName, title: rows.pack.meta.title, replaced: false, details } });
  },
  confirmReplace: async () => {
    const state = get().importState;
    if (state.status !== 'confirm-replace') return;
    await installPack(state.rows);
    set({ importState: { status: 'installed', fileName: state.fileName, title: state.rows.pack.meta.title, replaced: true } });
  },
  dismissImport: () => set({ importState: { status: 'idle' } }),
  removePack: async (packId) => {
    await removePackRows(packId);
    const record: BundledSetting = { ...((await getSetting('bundledPacks')) ?? {}) };
    for (const [path, entry] of Object.entries(record)) {
      if (entry.packId === packId) record[path] = { ...entry, state: 'removed' };
    }
    await setSetting('bundledPacks', record);
  },
  installBundledPack: async (path) => {
    const pack = bundledSource.packs.find((p) => p.path === path);
    if (!pack) return;
    const record: BundledSetting = { ...((await getSetting('bundledPacks')) ?? {}) };
    await installBundled(pack, record);
    await setSetting('bundledPacks', record);
  },

  // Access log
  lastLoggedKey: undefined,
  logAccess: async (entry) => {
    const trainee = get().trainee;
    if (!trainee) return;
    const key = `${entry.action}|${entry.packId}|${entry.patientId ?? ''}|${entry.documentId ?? ''}`;
    if (get().lastLoggedKey === key) return;
    set({ lastLoggedKey: key });
    await recordAccess({ ...entry, traineeId: trainee.id, traineeName: trainee.name, at: clock.now().toISOString() });
  },

  // Encoder
  encoderOpen: false,
  setEncoderOpen: (encoderOpen) => set({ encoderOpen }),
  codingTarget: undefined,
  setCodingTarget: (codingTarget) => set({ codingTarget }),

  // Work
  works: {},
  openWork: async (packId) => {
    const trainee = get().trainee;
    if (!trainee || get().works[packId]) return;
    workModule ??= await import('../tasks/work.ts');
    const { emptyWork } = workModule;
    const row = await getWork(packId, trainee.id);
    const identity = { name: trainee.name, ...(trainee.studentId ? { studentId: trainee.studentId } : {}) };
    const open: OpenWork = row
      ? { work: row.work, commands: row.commands, saved: true }
      : { work: emptyWork(packId, identity), commands: 0, saved: true };
    if (!get().works[packId]) set({ works: { ...get().works, [packId]: open } });
  },
  dispatch: (packId, command) => {
    const trainee = get().trainee;
    const open = get().works[packId];
    if (!trainee || !open || !workModule) return 'the work on this pack is not open yet';
    const result = workModule.applyCommand(open.work, command);
    if (result.problem !== undefined) {
      set({ works: { ...get().works, [packId]: { ...open, problem: result.problem } } });
      return result.problem;
    }
    const next: OpenWork = { work: result.work, commands: open.commands + 1, saved: false };
    set({ works: { ...get().works, [packId]: next } });
    const row = { packId, traineeId: trainee.id, updatedAt: clock.now().toISOString(), commands: next.commands, work: next.work };
    workWrites = workWrites.then(() => putWork(row)).then(
      () => {
        const now = get().works[packId];
        if (now?.commands === row.commands) set({ works: { ...get().works, [packId]: { ...now, saved: true } } });
      },
      (error: unknown) => {
        const now = get().works[packId];
        const message = `Your last change could not be saved (${error instanceof Error ? error.message : String(error)}). Export your work now to keep it.`;
        if (now) set({ works: { ...get().works, [packId]: { ...now, problem: message } } });
      },
    );
    return undefined;
  },
  flushWork: () => workWrites,

  // MPI
  patientQuery: '',
  setPatientQuery: (patientQuery) => set({ patientQuery }),
}));

/** Named selectors: components read the store through these. */
export const selectTrainee = (s: AppState) => s.trainee;
export const selectRoute = (s: AppState) => s.route;
export const selectImportState = (s: AppState) => s.importState;
export const selectBundled = (s: AppState) => s.bundled;
export const selectPatientQuery = (s: AppState) => s.patientQuery;
export const selectEncoderOpen = (s: AppState) => s.encoderOpen;
export const selectWork = (packId: string) => (s: AppState) => s.works[packId];
