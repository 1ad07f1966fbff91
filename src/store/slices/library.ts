/** Library: seeding the bundled packs, importing pack files and FHIR files, replacing and removing packs. */
import { ROWS_VERSION } from '../../packs/normalise.ts';
import type { StateCreator } from 'zustand';
import { installPack, getInstalledPack, packRowCount, removePack as removePackRows } from '../../storage/packs.ts';
import { getSetting, setSetting, type Settings } from '../../storage/settings.ts';
import { bundledSource, type BundledPack } from '../../app/bundled-packs.ts';
import { clock } from '../../app/clock.ts';
import type { PackRows } from '../../packs/normalise.ts';
import { checkFhir, checkPack, type CheckedPack } from '../import-client.ts';
import { savingProgress, stepProgress, type ImportProgress } from '../import-protocol.ts';
import { STORAGE_FULL, isQuotaExceeded, storageFailureMessage } from '../storage-failure.ts';
import type { AppState, ImportState, LibrarySlice } from './types.ts';

type BundledSetting = NonNullable<Settings['bundledPacks']>;

/**
 * Fetches a bundled pack, checks it in the import worker (the pack pipeline, zod and the schema
 * load there, so a returning trainee's first screen does not wait for them), and installs it.
 */
async function installBundled(pack: BundledPack, record: BundledSetting): Promise<void> {
  const fileName = pack.path.split('/').pop() ?? pack.path;
  const checked = await checkPack({
    fileName,
    source: await bundledSource.fetch(pack),
    packSource: 'bundled',
    now: clock.now().toISOString(),
  });
  if (!checked.ok) {
    const first = checked.problems[0];
    throw new Error(`${pack.path} is not a valid pack: ${first?.path}: ${first?.message}`);
  }
  await installPack(checked.rows);
  record[pack.path] = { url: pack.url, packId: checked.rows.pack.id, title: checked.rows.pack.meta.title, state: 'installed' };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Installed = Extract<ImportState, { status: 'installed' }>;

const PROGRESS_INTERVAL_MS = 100;

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => {
  /** The latest import or replacement: what an earlier one still reports is not shown over it. */
  let current = 0;
  const show = (token: number, state: ImportState) => {
    if (token === current) set({ importState: state });
  };
  /**
   * Shows an import's progress: each new step at once, and within a step at most every
   * PROGRESS_INTERVAL_MS, so a large pack does not re-render the panel for every chunk saved.
   */
  const showProgress = (token: number, fileName: string) => {
    let shownAt = -Infinity;
    return (progress: ImportProgress) => {
      const state = get().importState;
      const now = performance.now();
      if (state.status === 'importing' && state.progress.step === progress.step && now - shownAt < PROGRESS_INTERVAL_MS) return;
      shownAt = now;
      show(token, { status: 'importing', fileName, progress });
    };
  };

  /** Saves checked rows in one transaction, showing the rows saved; a storage failure is said, and nothing is half-written. */
  async function save(token: number, fileName: string, rows: PackRows, done: Installed): Promise<void> {
    const progress = showProgress(token, fileName);
    progress(savingProgress(0, packRowCount(rows)));
    try {
      await installPack(rows, { onProgress: (saved, total) => progress(savingProgress(saved, total)) });
    } catch (error) {
      show(token, {
        status: 'failed',
        fileName,
        message: storageFailureMessage(error, `Saving “${rows.pack.meta.title}” in this browser`),
      });
      return;
    }
    show(token, done);
  }

  /** Checks a file in the import worker, then asks before replacing an installed pack, or saves it. */
  async function importChecked(
    fileName: string,
    check: (onProgress: (progress: ImportProgress) => void) => Promise<CheckedPack>,
  ): Promise<void> {
    const token = ++current;
    const progress = showProgress(token, fileName);
    progress(stepProgress('reading'));
    let checked: CheckedPack;
    try {
      checked = await check(progress);
    } catch (error) {
      show(token, { status: 'failed', fileName, message: storageFailureMessage(error, `Reading ${fileName}`) });
      return;
    }
    if (!checked.ok) {
      show(token, { status: 'rejected', fileName, problems: checked.problems });
      return;
    }
    const { rows } = checked;
    let installed;
    try {
      installed = await getInstalledPack(rows.pack.id);
    } catch (error) {
      show(token, { status: 'failed', fileName, message: storageFailureMessage(error, 'Reading the installed packs') });
      return;
    }
    if (installed) {
      show(token, { status: 'confirm-replace', fileName, rows, installed });
      return;
    }
    await save(token, fileName, rows, {
      status: 'installed',
      fileName,
      title: rows.pack.meta.title,
      replaced: false,
      ...(checked.details === undefined ? {} : { details: checked.details }),
    });
  }

  return {
    importState: { status: 'idle' },
    bundled: { status: 'loading' },
    libraryProblem: undefined,
    seedBundledPacks: async () => {
      try {
        const record: BundledSetting = { ...((await getSetting('bundledPacks')) ?? {}) };
        for (const pack of bundledSource.packs) {
          const known = record[pack.path];
          if (known?.state === 'removed') continue;
          // Installed from this very file, under the current row layout: nothing to do.
          if (known && known.url === pack.url && (await getInstalledPack(known.packId))?.rowsVersion === ROWS_VERSION) continue;
          await installBundled(pack, record);
          await setSetting('bundledPacks', record);
        }
        set({ bundled: { status: 'ready' } });
      } catch (error) {
        set({ bundled: { status: 'failed', message: isQuotaExceeded(error) ? STORAGE_FULL : messageOf(error) } });
      }
    },
    importPackFile: (file) =>
      importChecked(file.name, (onProgress) =>
        checkPack({ fileName: file.name, source: file, packSource: 'imported', now: clock.now().toISOString() }, onProgress),
      ),
    importFhirFiles: async (files, choices) => {
      const first = files[0];
      if (!first) return;
      const fileName = files.length === 1 ? first.name : `${first.name} and ${files.length - 1} more`;
      const base =
        first.name
          .replace(/\.(nd)?json$/i, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 40) || 'import';
      const title =
        files.length === 1
          ? `FHIR import: ${first.name.replace(/\.(nd)?json$/i, '')}`
          : `FHIR import: ${files.length} files (${first.name}…)`;
      await importChecked(fileName, (onProgress) =>
        checkFhir({ fileName, files, options: { ...choices, packId: `fhir-${base}`, title }, now: clock.now().toISOString() }, onProgress),
      );
    },
    confirmReplace: async () => {
      const state = get().importState;
      if (state.status !== 'confirm-replace') return;
      // Saving shows its progress in place of the dialog, and a failure is said in the panel.
      await save(++current, state.fileName, state.rows, {
        status: 'installed',
        fileName: state.fileName,
        title: state.rows.pack.meta.title,
        replaced: true,
      });
    },
    dismissImport: () => set({ importState: { status: 'idle' } }),
    dismissLibraryProblem: () => set({ libraryProblem: undefined }),
    removePack: async (packId) => {
      const title = (await getInstalledPack(packId).catch(() => undefined))?.meta.title ?? packId;
      try {
        await removePackRows(packId);
        const record: BundledSetting = { ...((await getSetting('bundledPacks')) ?? {}) };
        for (const [path, entry] of Object.entries(record)) {
          if (entry.packId === packId) record[path] = { ...entry, state: 'removed' };
        }
        await setSetting('bundledPacks', record);
        set({ libraryProblem: undefined });
      } catch (error) {
        set({ libraryProblem: storageFailureMessage(error, `Removing “${title}”`) });
      }
    },
    installBundledPack: async (path) => {
      const pack = bundledSource.packs.find((p) => p.path === path);
      if (!pack) return;
      try {
        const record: BundledSetting = { ...((await getSetting('bundledPacks')) ?? {}) };
        await installBundled(pack, record);
        await setSetting('bundledPacks', record);
        set({ libraryProblem: undefined });
      } catch (error) {
        set({ libraryProblem: storageFailureMessage(error, `Installing the bundled pack ${path.split('/').pop() ?? path}`) });
      }
    },
  };
};
