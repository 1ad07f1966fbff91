import { useId, useMemo, useState } from 'react';
import { buildMpiIndex, describeMatch, parseQuery, searchMpi } from '../../mpi/search.ts';
import type { PatientRow } from '../../packs/normalise.ts';
import { formatAddress } from '../../chart/demographics.ts';
import { clock } from '../../app/clock.ts';
import { matchLine } from '../patients/match-text.ts';
import { patientLine } from './pack-data.ts';

/**
 * Finds a patient of the pack by name, previous name, alias, a name that sounds alike, date of birth,
 * MRN, account number or another identifier, as the master patient index does, and picks one. Each
 * match shows the patient's address and what the search matched (which previous name, which
 * identifier, or that a name only sounds alike), and the chosen patient is shown with the same
 * identifiers: the filing and release rules ask for two identifiers, the address among them.
 */
export function PatientPicker({
  patients,
  selectedId,
  onSelect,
  label,
  disabled = false,
  excludeId,
}: {
  patients: readonly PatientRow[];
  selectedId: string | undefined;
  onSelect: (patientId: string) => void;
  label: string;
  disabled?: boolean;
  excludeId?: string;
}) {
  const [query, setQuery] = useState('');
  const ids = useId();
  const index = useMemo(
    () => buildMpiIndex(patients.filter((p) => p.id !== excludeId).map((p) => ({ ...p, key: p.id }))),
    [patients, excludeId],
  );
  const currentYear = clock.now().getFullYear();
  const hits = query.trim() ? searchMpi(index, query, { currentYear, limit: 8 }) : [];
  const terms = hits.length > 0 ? parseQuery(query, currentYear) : [];
  const selected = patients.find((p) => p.id === selectedId);
  return (
    <div className="patient-picker">
      <p className="picked">
        <span className="muted">Patient: </span>
        <strong>{patientLine(selected)}</strong>
        {selected && (
          <span className="picked-address small">
            <span className="muted">Address: </span>
            {formatAddress(selected.address)}
          </span>
        )}
      </p>
      {!disabled && (
        <>
          <label>
            {label}{' '}
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="Name, DOB, MRN, account or other ID"
            />
          </label>
          {query.trim() !== '' && (
            <ul className="picker-hits" aria-label={`Patients matching “${query.trim()}”`}>
              {hits.length === 0 && <li className="muted">No patient matches. Check the identifiers again, or hold the document.</li>}
              {hits.map((hit, i) => {
                const matched = hit.matchedOn.length > 0 ? matchLine(describeMatch(hit.person, terms)) : '';
                const detailId = `${ids}-hit-${i}`;
                return (
                  <li key={hit.person.id}>
                    <button
                      type="button"
                      aria-describedby={detailId}
                      onClick={() => {
                        onSelect(hit.person.id);
                        setQuery('');
                      }}
                    >
                      Select {patientLine(hit.person)}
                    </button>
                    <span id={detailId} className="picker-hit-detail small">
                      <span>{formatAddress(hit.person.address)}</span>
                      {matched && (
                        <span className={hit.matchedOn.some((m) => m.startsWith('sounds like')) ? 'phonetic-text' : 'muted'}>
                          {matched}
                        </span>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
