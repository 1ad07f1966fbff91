/**
 * The master patient index of every installed pack, read from IndexedDB and indexed for search once
 * per set of installed packs, then kept while the app runs: leaving the patient list and coming back
 * costs nothing, however many patients there are. Installing, replacing or removing a pack changes
 * the installed packs (each row carries when it was installed), and the next visit reads and indexes
 * the patients again.
 */
import { useEffect, useState } from 'react';
import { buildMpiIndex, type MpiIndex } from '../../mpi/search.ts';
import type { InstalledPack, PatientRow } from '../../packs/normalise.ts';
import { listPatients } from '../../storage/charts.ts';
import { useInstalledPacks } from '../../storage/hooks.ts';
import { db, type RecordRoomDb } from '../../storage/db.ts';

export type IndexedPatient = PatientRow & { key: string };

export interface PatientIndex {
  /** Which installed packs it was built from. */
  signature: string;
  total: number;
  index: MpiIndex<IndexedPatient>;
}

/** The index being built or built, and the database it was read from (tests swap databases). */
let cached: { database: RecordRoomDb; signature: string; loading: Promise<PatientIndex> } | undefined;

function signatureOf(packs: readonly InstalledPack[]): string {
  return packs
    .map((p) => `${p.id}@${p.installedAt}`)
    .sort()
    .join('|');
}

function load(signature: string): Promise<PatientIndex> {
  if (cached?.signature !== signature || cached.database !== db()) {
    const loading = listPatients().then((patients) => ({
      signature,
      total: patients.length,
      index: buildMpiIndex(patients.map((p) => ({ ...p, key: `${p.packId}/${p.id}` }))),
    }));
    // A failed read is not kept: the next visit tries again.
    loading.catch(() => {
      if (cached?.loading === loading) cached = undefined;
    });
    cached = { database: db(), signature, loading };
  }
  return cached.loading;
}

/** Every installed patient, indexed; `undefined` while loading. */
export function usePatientIndex(): PatientIndex | undefined {
  const packs = useInstalledPacks();
  const signature = packs === undefined ? undefined : signatureOf(packs);
  const [ready, setReady] = useState<PatientIndex | undefined>();
  useEffect(() => {
    if (signature === undefined) return;
    let live = true;
    void load(signature).then((result) => {
      if (live) setReady(result);
    });
    return () => {
      live = false;
    };
  }, [signature]);
  return ready?.signature === signature ? ready : undefined;
}
