/** Library: seeding the bundled packs, importing pack files and FHIR files, replacing and removing packs. */
import type { StateCreator } from 'zustand';
import { installPack, getInstalledPack, removePack as removePackRows } from '../../storage/packs.ts';
import { getSetting, setSetting, type Settings } from '../../storage/settings.ts';
import { bundledSource, type BundledPack } from '../../app/bundled-packs.ts';
import { clock } from '../../app/clock.ts';
import type { AppState, LibrarySlice } from './types.ts';





/**
 * The pack pipeline (zod and the schema) is loaded only when a pack is installed, so a returning
 * trainee's first screen does not wait for it.
 */
function packPipeline() {
  return Promise.all([import('../../packs/read.ts'), import('../../packs/normalise.ts')]).then(([read, normalise]) => ({
    readPackBytes: read.readPackBytes,
    normalisePack: normalise.normalisePack,
  }));
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

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => ({
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
      import('../../fhir/import.ts'), import('../../packs/read.ts'), import('../../packs/normalise.ts'),
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
});
