/**
 * The Demographics tab: who the patient is, as registration recorded it. Legal name, sex, date of
 * birth, address and phone, every identifier the facility holds (MRN, SSN last four, insurance,
 * Medicare and Medicaid IDs, previous MRNs), previous names with why they changed, and aliases.
 *
 * Filing and release of information ask the trainee to match a document or a request to the patient
 * on at least two identifiers, the address among them; this is where the chart shows them all. CPRS
 * opens the same view from the patient banner, and so does Record Room ("Demographics" in the banner).
 */
import {
  ALIAS_KINDS,
  PREVIOUS_NAME_REASONS,
  formatAddressLines,
  formatIdentifierValue,
  formatOtherName,
  identifierLabel,
} from '../../chart/demographics.ts';
import { formatDate, formatDateTime, formatNameLastFirst } from '../../chart/format.ts';
import { ageOn } from '../../mpi/dates.ts';
import { todayIso } from '../../app/clock.ts';
import type { ChartData } from '../../storage/charts.ts';

const SEX_LABELS = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' } as const;

export function DemographicsTab({ chart }: { chart: ChartData }) {
  const { patient } = chart;
  const age = ageOn(patient.birthDate, patient.deceasedAt ?? todayIso());
  return (
    <div className="demographics">
      <div className="demo-column">
        <section aria-labelledby="demo-identity" className="panel">
          <h2 id="demo-identity" className="panel-title">
            Patient
          </h2>
          <dl className="demo-facts">
            <div>
              <dt>Legal name</dt>
              <dd>{formatNameLastFirst(patient.name)}</dd>
            </div>
            {patient.name.prefix && (
              <div>
                <dt>Title</dt>
                <dd>{patient.name.prefix}</dd>
              </div>
            )}
            <div>
              <dt>Date of birth</dt>
              <dd>
                {formatDate(patient.birthDate)} (age {age})
              </dd>
            </div>
            <div>
              <dt>Sex</dt>
              <dd>{SEX_LABELS[patient.sex]}</dd>
            </div>
            {patient.deceasedAt && (
              <div>
                <dt>Date of death</dt>
                <dd className="deceased">{formatDateTime(patient.deceasedAt)}</dd>
              </div>
            )}
            <div>
              <dt>Language</dt>
              <dd>{patient.language ?? 'Not recorded'}</dd>
            </div>
            <div>
              <dt>MRN</dt>
              <dd>{patient.mrn}</dd>
            </div>
            <div>
              <dt>Facility</dt>
              <dd>{chart.facilityName}</dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="demo-contact" className="panel">
          <h2 id="demo-contact" className="panel-title">
            Address and phone
          </h2>
          <dl className="demo-facts">
            <div>
              <dt>Address</dt>
              <dd>
                {patient.address ? (
                  <address>
                    {formatAddressLines(patient.address).map((line, i) => (
                      <span key={i} className="address-line">
                        {line}
                      </span>
                    ))}
                  </address>
                ) : (
                  <span className="muted">No address on record</span>
                )}
              </dd>
            </div>
            <div>
              <dt>Phone</dt>
              <dd>{patient.phone ?? <span className="muted">No phone on record</span>}</dd>
            </div>
          </dl>
        </section>
      </div>

      <div className="demo-column">
        <section aria-labelledby="demo-ids" className="panel">
          <h2 id="demo-ids" className="panel-title">
            Identifiers
          </h2>
          <table className="compact" aria-labelledby="demo-ids">
            <thead>
              <tr>
                <th scope="col">Identifier</th>
                <th scope="col">Value</th>
                <th scope="col">Issued by</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Medical record number (MRN)</th>
                <td className="nowrap">{patient.mrn}</td>
                <td>{chart.facilityName}</td>
              </tr>
              {patient.identifiers.map((identifier, i) => (
                <tr key={i}>
                  <th scope="row">{identifierLabel(identifier.type)}</th>
                  <td className="nowrap">{formatIdentifierValue(identifier)}</td>
                  <td>{identifier.issuer ?? <span className="muted">Not recorded</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="demo-names" className="panel">
          <h2 id="demo-names" className="panel-title">
            Previous names and aliases
          </h2>
          {patient.previousNames.length === 0 && patient.aliases.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <table className="compact" aria-labelledby="demo-names">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Why, and until when</th>
                </tr>
              </thead>
              <tbody>
                {patient.previousNames.map((name, i) => (
                  <tr key={`previous-${i}`}>
                    <td>{formatOtherName(name)}</td>
                    <td>Previous name</td>
                    <td>
                      {PREVIOUS_NAME_REASONS[name.reason]}
                      {name.until ? `, in use until ${formatDate(name.until)}` : ''}
                    </td>
                  </tr>
                ))}
                {patient.aliases.map((alias, i) => (
                  <tr key={`alias-${i}`}>
                    <td>{formatOtherName(alias)}</td>
                    <td>{ALIAS_KINDS[alias.kind]}</td>
                    <td className="muted">—</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
