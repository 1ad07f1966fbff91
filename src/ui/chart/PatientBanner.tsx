import { ageOn } from '../../mpi/dates.ts';
import { formatDate, formatDateTime, formatNameLastFirst } from '../../chart/format.ts';
import type { ChartData } from '../../storage/charts.ts';
import type { PatientRow } from '../../packs/normalise.ts';
import { todayIso } from '../../app/clock.ts';

/** What an empty allergy list means depends on whether anyone asked. */
export function noAllergyText(assessment: PatientRow['allergyAssessment']): string {
  if (assessment === 'no-known-allergies') return 'No known allergies (NKA)';
  if (assessment === 'not-assessed') return 'Not assessed';
  return 'None recorded';
}

/** The patient banner, always in view: who this chart belongs to, and what must not be missed. */
export function PatientBanner({ chart }: { chart: ChartData }) {
  const { patient } = chart;
  const allergies = chart.clinical.flatMap((c) => (c.kind === 'allergy' ? [c.item] : []));
  const age = ageOn(patient.birthDate, patient.deceasedAt ?? todayIso());
  return (
    <section className="banner" aria-label="Patient banner">
      <div className="banner-id">
        <h1 className="banner-name">{formatNameLastFirst(patient.name)}</h1>
        <dl className="banner-facts">
          <div>
            <dt>MRN</dt>
            <dd>{patient.mrn}</dd>
          </div>
          <div>
            <dt>DOB</dt>
            <dd>{formatDate(patient.birthDate)}</dd>
          </div>
          <div>
            <dt>Age</dt>
            <dd>{age}</dd>
          </div>
          <div>
            <dt>Sex</dt>
            <dd>{patient.sex.charAt(0).toUpperCase() + patient.sex.slice(1)}</dd>
          </div>
          <div>
            <dt>Facility</dt>
            <dd>{chart.facilityName}</dd>
          </div>
        </dl>
        {patient.deceasedAt && <p className="deceased">Deceased {formatDateTime(patient.deceasedAt)}</p>}
        {(patient.previousNames.length > 0 || patient.aliases.length > 0) && (
          <p className="muted small">
            {patient.previousNames.length > 0 && (
              <>
                Previous names:{' '}
                {patient.previousNames
                  .map((n) => (n.given?.length ? `${n.family.toUpperCase()}, ${n.given.join(' ')}` : n.family.toUpperCase()))
                  .join('; ')}
                .{' '}
              </>
            )}
            {patient.aliases.length > 0 && (
              <>Also known as: {patient.aliases.map((a) => [a.given, a.family].filter(Boolean).join(' ')).join('; ')}.</>
            )}
          </p>
        )}
      </div>
      <div className={`banner-box${allergies.length ? ' alert' : ''}`}>
        <h2>Allergies</h2>
        {allergies.length === 0 ? (
          <p>{noAllergyText(patient.allergyAssessment)}</p>
        ) : (
          <ul aria-label="Allergies">
            {allergies.map((a) => (
              <li key={a.id}>
                {a.substance}
                {a.reaction ? ` (${a.reaction})` : ''}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={`banner-box${patient.alerts.length ? ' alert' : ''}`}>
        <h2>Alerts</h2>
        {patient.alerts.length === 0 ? (
          <p>None</p>
        ) : (
          <ul aria-label="Alerts">
            {patient.alerts.map((a, i) => (
              <li key={i}>{a.text}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
