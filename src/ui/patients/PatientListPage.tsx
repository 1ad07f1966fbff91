import { useDeferredValue, useMemo } from 'react';
import { buildMpiIndex, compareNames, searchMpi, type MatchReason } from '../../mpi/search.ts';
import { useInstalledPacks, usePatients } from '../../storage/hooks.ts';
import { selectPatientQuery, useAppStore } from '../../store/store.ts';
import { clock } from '../../app/clock.ts';
import type { PatientRow } from '../../packs/normalise.ts';
import { PatientTable, type PatientListRow } from './PatientTable.tsx';

const EMPTY: PatientRow[] = [];

export function PatientListPage() {
  const patients = usePatients();
  const packs = useInstalledPacks();
  const query = useAppStore(selectPatientQuery);
  const deferredQuery = useDeferredValue(query);

  const facilityByPack = useMemo(() => new Map((packs ?? []).map((p) => [p.id, p.meta.facility.name])), [packs]);
  const index = useMemo(
    () => buildMpiIndex((patients ?? EMPTY).map((p) => ({ ...p, key: `${p.packId}/${p.id}` }))),
    [patients],
  );

  const rows: PatientListRow[] = useMemo(() => {
    const toRow = (patient: PatientRow, matchedOn: readonly MatchReason[] = []): PatientListRow => ({
      patient,
      facility: facilityByPack.get(patient.packId) ?? patient.packId,
      matchedOn,
    });
    if (deferredQuery.trim() === '') {
      return index.entries.map((e) => e.person).sort(compareNames).map((p) => toRow(p));
    }
    return searchMpi(index, deferredQuery, { currentYear: clock.now().getFullYear() }).map((hit) => toRow(hit.person, hit.matchedOn));
  }, [index, deferredQuery, facilityByPack]);

  const total = patients?.length ?? 0;
  return (
    <section aria-labelledby="mpi-title" className="page page-fill">
      <div className="page-head">
        <h1 id="mpi-title">Master patient index</h1>
        <p className="muted small">
          Search by name (current, previous or nickname), date of birth (3/14/1957, 1957-03-14, 14 Mar 1957…), MRN or account
          number. Confirm a patient on at least two identifiers before you open the chart.
        </p>
        <div className="search-row">
          <input
            type="search"
            aria-label="Search patients"
            placeholder="Name, DOB, MRN or account number"
            value={query}
            onChange={(e) => useAppStore.getState().setPatientQuery(e.target.value)}
            autoFocus
          />
          <p role="status" className="muted">
            {patients === undefined
              ? 'Loading patients…'
              : deferredQuery.trim()
                ? `${rows.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} patients match`
                : `${total.toLocaleString('en-US')} patients`}
          </p>
        </div>
      </div>
      {patients !== undefined && total === 0 ? (
        <p>No patients yet: install a scenario pack from <a href="#/library">Scenario packs</a>.</p>
      ) : (
        <PatientTable rows={rows} />
      )}
    </section>
  );
}
