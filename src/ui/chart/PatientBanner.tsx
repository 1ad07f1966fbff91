/**
 * The patient banner: who this chart belongs to (name, MRN, date of birth, age, sex) and what must
 * not be missed (allergies, alerts). No screen that shows a patient's information may leave the
 * patient unidentified, so the banner stays in view whatever scrolls beneath it:
 * - `PatientBanner` heads the chart; the chart's tab panel scrolls under it, and on a window too
 *   short for both the banner sticks to the top of the page. It opens the Demographics tab, as CPRS
 *   opens demographics from its banner.
 * - `CompactPatientBanner` is the same identification on one or two lines, for the work queues'
 *   workspaces that show a chart's documents (filing audit, release of information, deficiency
 *   analysis, coding). It sticks to the top of the part of the workspace about that patient.
 * Both are regions named "Patient banner".
 */
import { useLayoutEffect, useRef } from 'react';
import { ageOn } from '../../mpi/dates.ts';
import { formatAddress } from '../../chart/demographics.ts';
import { formatDate, formatDateTime, formatNameLastFirst } from '../../chart/format.ts';
import type { ChartData } from '../../storage/charts.ts';
import type { PatientRow } from '../../packs/normalise.ts';
import { todayIso } from '../../app/clock.ts';
import { NavLink } from '../common/NavLink.tsx';

/** What an empty allergy list means depends on whether anyone asked. */
export function noAllergyText(assessment: PatientRow['allergyAssessment']): string {
  if (assessment === 'no-known-allergies') return 'No known allergies (NKA)';
  if (assessment === 'not-assessed') return 'Not assessed';
  return 'None recorded';
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function allergiesOf(chart: ChartData) {
  return chart.clinical.flatMap((c) => (c.kind === 'allergy' ? [c.item] : []));
}

/** The patient banner at the head of the chart. */
export function PatientBanner({ chart }: { chart: ChartData }) {
  const { patient } = chart;
  const allergies = allergiesOf(chart);
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
            <dd>{capitalise(patient.sex)}</dd>
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
        <p className="banner-more small">
          <NavLink
            to={{ page: 'chart', packId: patient.packId, patientId: patient.id, tab: 'demographics' }}
            aria-label="Demographics: address, phone and identifiers"
          >
            Demographics
          </NavLink>
        </p>
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

/**
 * The banner on one or two lines, for a workspace that shows a patient's documents. It tells the
 * element it sits in how tall it is (`--patient-banner-height`), so that what else sticks there (a
 * document viewer) sticks below it instead of beneath it.
 */
export function CompactPatientBanner({ chart }: { chart: ChartData }) {
  const { patient } = chart;
  const allergies = allergiesOf(chart);
  const age = ageOn(patient.birthDate, patient.deceasedAt ?? todayIso());
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const banner = ref.current;
    const parent = banner?.parentElement;
    if (!banner || !parent || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => parent.style.setProperty('--patient-banner-height', `${banner.offsetHeight}px`));
    observer.observe(banner);
    return () => {
      observer.disconnect();
      parent.style.removeProperty('--patient-banner-height');
    };
  }, []);
  const alerts = patient.alerts.map((a) => a.text).join('; ');
  return (
    <section ref={ref} className="banner compact-banner" aria-label="Patient banner">
      <p className="compact-name">{formatNameLastFirst(patient.name)}</p>
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
          <dd>{capitalise(patient.sex)}</dd>
        </div>
        {patient.deceasedAt && (
          <div>
            <dt>Deceased</dt>
            <dd className="deceased">{formatDateTime(patient.deceasedAt)}</dd>
          </div>
        )}
        <div>
          <dt>Address</dt>
          <dd>{formatAddress(patient.address)}</dd>
        </div>
        <div className={allergies.length ? 'flagged' : undefined}>
          <dt>Allergies</dt>
          <dd>
            {allergies.length === 0
              ? noAllergyText(patient.allergyAssessment)
              : allergies.map((a) => `${a.substance}${a.reaction ? ` (${a.reaction})` : ''}`).join(', ')}
          </dd>
        </div>
        <div className={patient.alerts.length ? 'flagged compact-alerts' : 'compact-alerts'}>
          <dt>Alerts</dt>
          <dd title={alerts || undefined}>{alerts || 'None'}</dd>
        </div>
      </dl>
    </section>
  );
}
