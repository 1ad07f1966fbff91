/** Reactive reads for components: each re-renders its caller when the tables it reads change. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AccessEntry } from '../access/log.ts';
import type { Trainee } from '../access/trainee.ts';
import type { InstalledPack, PackRows, TaskRow } from '../packs/normalise.ts';
import { traineeAccessLog } from './access-log.ts';
import { loadChart, type ChartData } from './charts.ts';
import { listInstalledPacks, listTasks, loadPackRows } from './packs.ts';
import { getSetting, type Settings } from './settings.ts';

export function useInstalledPacks(): InstalledPack[] | undefined {
  return useLiveQuery(listInstalledPacks, []);
}

/** `null` once loaded when the chart does not exist; `undefined` while loading. */
export function useChart(packId: string, patientId: string): ChartData | null | undefined {
  return useLiveQuery(async () => (await loadChart(packId, patientId)) ?? null, [packId, patientId]);
}

export function useAccessLog(traineeId: string): AccessEntry[] | undefined {
  return useLiveQuery(() => traineeAccessLog(traineeId), [traineeId]);
}

/** Everyone who has practised in this browser, most recent first. */
export function useKnownTrainees(): Trainee[] | undefined {
  // A convenience on the welcome screen: when storage cannot be read, the screen says so itself, and signing in still works.
  return useLiveQuery(async () => (await getSetting('trainees').catch(() => undefined)) ?? [], []);
}

export function useBundledPackSetting(): Settings['bundledPacks'] | undefined {
  return useLiveQuery(async () => (await getSetting('bundledPacks')) ?? {}, []);
}

/** The tasks of every installed pack. */
export function useTasks(): TaskRow[] | undefined {
  return useLiveQuery(listTasks, []);
}

/** Every stored row of one pack; `null` once loaded when the pack is not installed. */
export function usePackRows(packId: string): PackRows | null | undefined {
  return useLiveQuery(async () => (await loadPackRows(packId)) ?? null, [packId]);
}
