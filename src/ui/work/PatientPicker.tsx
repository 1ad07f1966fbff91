import { useMemo, useState } from 'react';
import { buildMpiIndex, searchMpi } from '../../mpi/search.ts';
import type { PatientRow } from '../../packs/normalise.ts';
import { clock } from '../../app/clock.ts';
import { patientLine } from './pack-data.ts';

/**
 * Finds a patient of the pack by name, previous name, date of birth, MRN or account number, as the
 * master patient index does, and picks one. The chosen patient is shown with the identifiers the
 * trainee should have matched.
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
  const index = useMemo(
    () => buildMpiIndex(patients.filter((p) => p.id !== excludeId).map((p) => ({ ...p, key: p.id }))),
    [patients, excludeId],
  );
  const hits = query.trim() ? searchMpi(index, query, { currentYear: clock.now().getFullYear(), limit: 8 }) : [];
  const selected = patients.find((p) => p.id === selectedId);
  return (
    <div className="patient-picker">
      <p className="picked">
        <span className="muted">Patient: </span>
        <strong>{patientLine(selected)}</strong>
      </p>
      {!disabled && (
        <>
          <label>
            {label}{' '}
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, DOB, MRN or account number" />
          </label>
          {query.trim() !== '' && (
            <ul className="picker-hits" aria-label={`Patients matching “${query.trim()}”`}>
              {hits.length === 0 && <li className="muted">No patient matches. Check the identifiers again, or hold the document.</li>}
              {hits.map((hit) => (
                <li key={hit.person.id}>
                  <button
                    type="button"
                    onClick={() => {
                      onSelect(hit.person.id);
                      setQuery('');
                    }}
                  >
                    Select {patientLine(hit.person)}
                  </button>
                  {hit.matchedOn.length > 0 && <span className="muted small"> matched on {hit.matchedOn.join(', ')}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
