/**
 * The master patient index page: search every installed patient as you type (mpi/search.ts), by
 * name, previous name, alias, a name that sounds alike, date of birth, MRN, account number or another
 * identifier; narrow to one facility when more than one is installed; open a chart. A search that
 * finds nobody says so, and says what to try before deciding the patient is new.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { buildMpiIndex, parseQuery, searchMpiResults, type MatchReason, type MpiTerm } from '../../mpi/search.ts';
import { useInstalledPacks } from '../../storage/hooks.ts';
import { usePatientIndex, type IndexedPatient } from './patient-index.ts';
import { selectPatientQuery, useAppStore } from '../../store/store.ts';
import { clock } from '../../app/clock.ts';
import type { PatientRow } from '../../packs/normalise.ts';
import { PatientTable, type PatientListRow } from './PatientTable.tsx';

const EMPTY_INDEX = buildMpiIndex<IndexedPatient>([]);
const ALL = '';
const patients = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'patient' : 'patients'}`;

export function PatientListPage() {
  const loaded = usePatientIndex();
  const packs = useInstalledPacks();
  const query = useAppStore(selectPatientQuery);
  const deferredQuery = useDeferredValue(query);
  const [chosenFacility, setFacility] = useState(ALL);

  const facilityByPack = useMemo(() => new Map((packs ?? []).map((p) => [p.id, p.meta.facility.name])), [packs]);
  const facilities = useMemo(() => [...new Set(facilityByPack.values())].sort((a, b) => a.localeCompare(b)), [facilityByPack]);
  // A facility whose packs were removed meanwhile no longer narrows anything.
  const facility = facilities.includes(chosenFacility) ? chosenFacility : ALL;
  const accept = useMemo(
    () => (facility === ALL ? undefined : (p: PatientRow) => facilityByPack.get(p.packId) === facility),
    [facility, facilityByPack],
  );
  const index = loaded?.index ?? EMPTY_INDEX;

  const toRow = useCallback(
    (patient: PatientRow, matchedOn: readonly MatchReason[] = [], terms?: readonly MpiTerm[]): PatientListRow => ({
      patient,
      facility: facilityByPack.get(patient.packId) ?? patient.packId,
      matchedOn,
      ...(terms ? { terms } : {}),
    }),
    [facilityByPack],
  );
  // Everyone (at the facility) in name order, kept while the query changes: clearing the search costs nothing.
  const everyone = useMemo(() => (accept ? index.byName.filter(accept) : index.byName).map((p) => toRow(p)), [index, accept, toRow]);
  // The best matches only (200): a keystroke over 100,000 patients stays within a frame.
  const searched = useMemo(() => {
    if (deferredQuery.trim() === '') return undefined;
    const currentYear = clock.now().getFullYear();
    return {
      results: searchMpiResults(index, deferredQuery, { currentYear, filter: accept }),
      terms: parseQuery(deferredQuery, currentYear),
    };
  }, [index, deferredQuery, accept]);
  const results = searched?.results;
  const rows: PatientListRow[] = useMemo(
    () => (searched ? searched.results.hits.map((hit) => toRow(hit.person, hit.matchedOn, searched.terms)) : everyone),
    [searched, everyone, toRow],
  );

  const total = accept ? everyone.length : (loaded?.total ?? 0);
  const where = facility === ALL ? '' : ` at ${facility}`;
  const typed = deferredQuery.trim();
  return (
    <section aria-labelledby="mpi-title" className="page page-fill">
      <div className="page-head">
        <h1 id="mpi-title">Master patient index</h1>
        <p className="muted small">
          Search by name (current, previous or nickname; names that only sound alike are offered and marked), date of birth (3/14/1957,
          1957-03-14, 14 Mar 1957…), MRN, account number, or another identifier (SSN last four, insurance or Medicare ID). Confirm a patient
          on at least two identifiers before you open the chart.
        </p>
        <div className="search-row">
          <input
            type="search"
            aria-label="Search patients"
            placeholder="Name, DOB, MRN, account or other ID"
            value={query}
            onChange={(e) => useAppStore.getState().setPatientQuery(e.target.value)}
            autoFocus
          />
          {facilities.length > 1 && (
            <label className="facility-filter">
              Facility{' '}
              <select value={facility} onChange={(e) => setFacility(e.target.value)}>
                <option value={ALL}>All facilities</option>
                {facilities.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p role="status" className="muted">
            {loaded === undefined
              ? 'Loading patients…'
              : typed
                ? `${(results?.total ?? 0).toLocaleString('en-US')} of ${patients(total)}${where} match “${typed}”${
                    results && results.total > rows.length
                      ? `, the best ${rows.length.toLocaleString('en-US')} shown: type more to narrow`
                      : ''
                  }`
                : `${patients(total)}${where}`}
          </p>
        </div>
      </div>
      {loaded !== undefined && (loaded.total === 0 || (facility !== ALL && total === 0)) ? (
        <p>
          No patients yet{where}: install a scenario pack from <a href="#/library">Scenario packs</a>.
        </p>
      ) : loaded !== undefined && typed && results?.total === 0 ? (
        <div className="empty-result">
          <p>
            <strong>
              No patient{where} matches “{typed}”.
            </strong>
          </p>
          <p className="small">
            Check the spelling, then search another way: date of birth, MRN, account number, or a previous name.
            {facility !== ALL && ' The patient may have been seen at another facility: choose All facilities.'} Search more than one way
            before you decide a patient is new: a duplicate record is harder to undo than a second search.
          </p>
        </div>
      ) : (
        <PatientTable rows={rows} />
      )}
    </section>
  );
}
