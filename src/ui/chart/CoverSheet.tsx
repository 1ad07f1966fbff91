import { formatDate, formatDateTime } from '../../chart/format.ts';
import { readableUnit } from '../../chart/units.ts';
import { isVitalSign } from '../../chart/vitals.ts';
import type { ChartData } from '../../storage/charts.ts';
import { classLabel, itemsOf, newestFirst, providerName } from './chart-helpers.ts';
import { referenceRangeText } from './LabsTab.tsx';
import { noAllergyText } from './PatientBanner.tsx';
import { useFacilityProtections } from './OpenedDocument.tsx';
import { protectionsOf } from '../../access/protected.ts';
import type { Result } from '../../chart/model.ts';

/** The CPRS cover sheet: the chart at a glance. */
export function CoverSheet({ chart }: { chart: ChartData }) {
  const problems = itemsOf(chart, 'problem').filter((p) => p.status === 'active');
  const allergies = itemsOf(chart, 'allergy');
  const meds = itemsOf(chart, 'medication').filter((m) => m.status === 'active');
  const results = newestFirst(
    itemsOf(chart, 'result').filter((r) => !isVitalSign(r)),
    (r) => r.collectedAt,
  ).slice(0, 8);
  const encounters = newestFirst(chart.encounters, (e) => e.admittedAt).slice(0, 6);
  const facilityProtections = useFacilityProtections(chart.patient.packId) ?? [];
  const isProtected = (r: Result) => protectionsOf(r, facilityProtections).length > 0;
  const immunizations = newestFirst(itemsOf(chart, 'immunization'), (i) => i.administeredAt).slice(0, 6);
  return (
    <div className="cover-grid">
      <section aria-labelledby="cs-problems" className="panel">
        <h2 id="cs-problems" className="panel-title">
          Active problems
        </h2>
        {problems.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul>
            {problems.map((p) => (
              <li key={p.id}>{p.description}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cs-allergies" className="panel">
        <h2 id="cs-allergies" className="panel-title">
          Allergies / adverse reactions
        </h2>
        {allergies.length === 0 ? (
          <p>{noAllergyText(chart.patient.allergyAssessment)}</p>
        ) : (
          <ul>
            {allergies.map((a) => (
              <li key={a.id}>
                <strong>{a.substance}</strong>
                {a.reaction ? ` — ${a.reaction}` : ''}
                {a.severity ? ` (${a.severity})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cs-postings" className="panel">
        <h2 id="cs-postings" className="panel-title">
          Postings
        </h2>
        {chart.patient.alerts.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {chart.patient.alerts.map((a, i) => (
              <li key={i}>
                {a.text} <span className="muted small">({a.kind})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cs-meds" className="panel">
        <h2 id="cs-meds" className="panel-title">
          Active medications
        </h2>
        {meds.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {meds.map((m) => (
              <li key={m.id}>{[m.name, m.dose, m.route, m.frequency].filter(Boolean).join(' ')}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cs-labs" className="panel">
        <h2 id="cs-labs" className="panel-title">
          Recent lab results
        </h2>
        {results.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {results.map((r) => (
              <li key={r.id} className={r.flag && !isProtected(r) ? 'abnormal' : undefined}>
                {formatDate(r.collectedAt)} {r.test}:{' '}
                {isProtected(r) ? (
                  <span className="sensitive">protected: open it from the Labs tab, with a reason</span>
                ) : (
                  <>
                    <strong>{String(r.value)}</strong> {readableUnit(r.unit)} {r.flag ?? ''}
                    <span className="muted small"> {referenceRangeText(r)}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cs-visits" className="panel">
        <h2 id="cs-visits" className="panel-title">
          Recent visits and admissions
        </h2>
        {encounters.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {encounters.map((e) => (
              <li key={e.id}>
                {formatDateTime(e.admittedAt)} {classLabel(e.class)} — {e.service}, {providerName(chart, e.attendingId)}{' '}
                <span className="muted small">{e.accountNumber}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cs-imm" className="panel">
        <h2 id="cs-imm" className="panel-title">
          Immunizations
        </h2>
        {immunizations.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul>
            {immunizations.map((i) => (
              <li key={i.id}>
                {formatDate(i.administeredAt)} {i.vaccine}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
