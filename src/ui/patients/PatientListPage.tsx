import { useCallback, useDeferredValue, useMemo } from 'react';
import { buildMpiIndex, searchMpiResults, type MatchReason } from '../../mpi/search.ts';
import { useInstalledPacks } from '../../storage/hooks.ts';
import { usePatientIndex, type IndexedPatient } from './patient-index.ts';
import { selectPatientQuery, useAppStore } from '../../store/store.ts';
import { clock } from '../../app/clock.ts';
import type { PatientRow } from '../../packs/normalise.ts';
import { PatientTable, type PatientListRow } from './PatientTable.tsx';

const EMPTY_INDEX = buildMpiIndex<IndexedPatient>([]);

export function PatientListPage() {
  const loaded = usePatientIndex();
  const packs = useInstalledPacks();
  const query = useAppStore(selectPatientQuery);
  const deferredQuery = useDeferredValue(query);

  const facilityByPack = useMemo(() => new Map((packs ?? []).map((p) => [p.id, p.meta.facility.name])), [packs]);
  const index = loaded?.index ?? EMPTY_INDEX;

  const toRow = useCallback(
    (patient: PatientRow, matchedOn: readonly MatchReason[] = []): PatientListRow => ({
      patient,
      facility: facilityByPack.get(patient.packId) ?? patient.packId,
      matchedOn,
    }),
    [facilityByPack],
  );
  // Everyone in name order, kept while the query changes: clearing the search costs nothing.
  const everyone = useMemo(() => index.byName.map((p) => toRow(p)), [index, toRow]);
  // The best matches only (200): a keystroke over 100,000 patients stays within a frame.
  const results = useMemo(
    () => (deferredQuery.trim() === '' ? undefined : searchMpiResults(index, deferredQuery, { currentYear: clock.now().getFullYear() })),
    [index, deferredQuery],
  );
  const rows: PatientListRow[] = useMemo(
    () => (results ? results.hits.map((hit) => toRow(hit.person, hit.matchedOn)) : everyone),
    [results, everyone, toRow],
  );

  const total = loaded?.total ?? 0;
  return (
    <section aria-labelledby="mpi-title" className="page page-fill">
      <div className="page-head">
        <h1 id="mpi-title">Master patient index</h1>
        <p className="muted small">
          Search by name (current, previous or nickname), date of birth (3/14/1957, 1957-03-14, 14 Mar 1957…), MRN or account number.
          Confirm a patient on at least two identifiers before you open the chart.
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
            {loaded === undefined
              ? 'Loading patients…'
              : deferredQuery.trim()
                ? `${(results?.total ?? 0).toLocaleString('en-US')} of ${total.toLocaleString('en-US')} patients match “${deferredQuery.trim()}”${
                    results && results.total > rows.length
                      ? `, the best ${rows.length.toLocaleString('en-US')} shown: type more to narrow`
                      : ''
                  }`
                : `${total.toLocaleString('en-US')} patients`}
          </p>
        </div>
      </div>
      {loaded !== undefined && total === 0 ? (
        <p>
          No patients yet: install a scenario pack from <a href="#/library">Scenario packs</a>.
        </p>
      ) : (
        <PatientTable rows={rows} />
      )}
    </section>
  );
}
