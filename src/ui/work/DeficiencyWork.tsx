import { useState } from 'react';
import { documentTypeLabel } from '../../chart/document-types.ts';
import { SIGNATURE_LABELS, formatDateTime, signatureStatus } from '../../chart/format.ts';
import type { Order } from '../../chart/model.ts';
import { DeficiencyType, type CompleteTask } from '../../tasks/model.ts';
import type { CompleteWork } from '../../tasks/work.ts';
import { encounterLabel, itemsOf, providerName } from '../chart/chart-helpers.ts';
import { DEFICIENCY_LABELS } from '../../tasks/labels.ts';
import { chartOf, providerOptions } from './pack-data.ts';
import { CompactPatientBanner } from '../chart/PatientBanner.tsx';
import { ViewedDocument } from './ViewedDocument.tsx';
import type { WorkspaceProps } from './workspace-props.ts';

/** Deficiencies: quantitative analysis of a discharged record, each deficiency assigned to a provider; then the record's status. */
export function DeficiencyWork({ rows, task, work, act, locked }: WorkspaceProps<CompleteTask, CompleteWork>) {
  const chart = chartOf(rows, task.patientId);
  const [viewing, setViewing] = useState<string | undefined>();
  const [target, setTarget] = useState('');
  const [type, setType] = useState<DeficiencyType | ''>('');
  const [provider, setProvider] = useState('');
  if (!chart) return <p role="alert">The chart for this task is not in the pack.</p>;
  const encounter = chart.encounters.find((e) => e.id === task.encounterId);
  const documents = chart.documents.filter((d) => d.encounterId === task.encounterId);
  const orders = itemsOf(chart, 'order')
    .filter((o) => o.encounterId === task.encounterId)
    .sort((a, b) => a.orderedAt.localeCompare(b.orderedAt));
  const rules = rows.pack.meta.facility.completion;
  const providers = providerOptions(rows);
  const doc = documents.find((d) => d.id === viewing);
  const targetLabel = (id: string | undefined) => {
    if (!id) return 'Missing from the record';
    const d = documents.find((x) => x.id === id);
    if (d) return `${d.title} (${formatDateTime(d.serviceAt)})`;
    const o = orders.find((x) => x.id === id);
    return o ? `Order: ${o.text.slice(0, 60)} (${formatDateTime(o.orderedAt)})` : id;
  };
  const add = () => {
    if (!type || !provider) return;
    act({ type: 'complete/add-deficiency', deficiency: type, providerId: provider, ...(target ? { documentId: target } : {}) });
    setTarget('');
    setType('');
    setProvider('');
  };

  return (
    <div className="workspace">
      <CompactPatientBanner chart={chart} />
      <section aria-labelledby="record-title" className="record-head">
        <h2 id="record-title">Record under analysis</h2>
        <p>
          {encounterLabel(encounter)} · {encounter?.service} · attending {providerName(chart, encounter?.attendingId)}
          {encounter?.dischargedAt ? ` · discharged ${formatDateTime(encounter.dischargedAt)}` : ' · not discharged'}
        </p>
        <details>
          <summary>Facility completion rules</summary>
          <ul className="small">
            <li>
              H&amp;P no more than {rules.historyAndPhysicalMaxDaysBefore} days before admission, completed or updated within{' '}
              {rules.historyAndPhysicalHoursAfterAdmission} hours after admission.
            </li>
            <li>Operative report within {rules.operativeReportHours} hours after surgery.</li>
            <li>
              Discharge summary within {rules.dischargeSummaryDays} days after discharge; whole record within {rules.recordCompletionDays}{' '}
              days.
            </li>
            <li>Verbal and telephone orders authenticated within {rules.verbalOrderAuthenticationHours} hours.</li>
          </ul>
        </details>
      </section>

      <section aria-labelledby="record-contents">
        <h2 id="record-contents">Record contents</h2>
        <div className="doc-browser">
          <div>
            <table className="compact" aria-label="Documents of the encounter">
              <thead>
                <tr>
                  <th scope="col">Document</th>
                  <th scope="col">Service</th>
                  <th scope="col">Written</th>
                  <th scope="col">Signature</th>
                </tr>
              </thead>
              <tbody>
                {documents.map((d) => {
                  const status = signatureStatus(d);
                  return (
                    <tr key={d.id} className={viewing === d.id ? 'selected' : undefined}>
                      <td>
                        <button type="button" className="link" onClick={() => setViewing(d.id)}>
                          {d.title}
                        </button>
                        <span className="muted small"> {documentTypeLabel(d.type)}</span>
                      </td>
                      <td className="nowrap small">{formatDateTime(d.serviceAt)}</td>
                      <td className="nowrap small">{d.writtenAt ? formatDateTime(d.writtenAt) : '—'}</td>
                      <td>
                        <span className={`status status-${status}`}>{SIGNATURE_LABELS[status]}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {orders.length > 0 && <OrdersTable orders={orders} name={(id) => providerName(chart, id)} />}
          </div>
          <div className="doc-view">
            {doc ? (
              <ViewedDocument chart={chart} doc={doc} />
            ) : (
              <p className="placeholder-text muted">Open a document to check its authentication, dates and times.</p>
            )}
          </div>
        </div>
      </section>

      <fieldset className="step" disabled={locked}>
        <legend>Deficiencies</legend>
        <div className="deficiency-form">
          <label>
            Document or order
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">Missing from the record (no document)</option>
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {targetLabel(d.id)}
                </option>
              ))}
              {orders.map((o) => (
                <option key={o.id} value={o.id}>
                  {targetLabel(o.id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Deficiency
            <select value={type} onChange={(e) => setType(e.target.value as DeficiencyType | '')}>
              <option value="">Choose a deficiency</option>
              {DeficiencyType.options.map((t) => (
                <option key={t} value={t}>
                  {DEFICIENCY_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Responsible provider
            <select value={provider} onChange={(e) => setProvider(e.target.value)}>
              <option value="">Choose a provider</option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={add} disabled={!type || !provider}>
            Add deficiency
          </button>
        </div>
        {(work?.deficiencies.length ?? 0) === 0 ? (
          <p className="muted">No deficiencies recorded.</p>
        ) : (
          <table className="compact" aria-label="Deficiencies recorded">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Document or order</th>
                <th scope="col">Deficiency</th>
                <th scope="col">Assigned to</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {work!.deficiencies.map((d, i) => (
                <tr key={`${d.documentId}-${d.type}-${d.providerId}`}>
                  <td className="num">{i + 1}</td>
                  <td>{targetLabel(d.documentId)}</td>
                  <td>{DEFICIENCY_LABELS[d.type]}</td>
                  <td>{providerName(chart, d.providerId)}</td>
                  <td>
                    {!locked && (
                      <button
                        type="button"
                        aria-label={`Remove deficiency ${i + 1}`}
                        onClick={() => act({ type: 'complete/remove-deficiency', index: i })}
                      >
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </fieldset>

      <fieldset className="step" disabled={locked}>
        <legend>Record status</legend>
        <div role="radiogroup" aria-label="Record status" className="radios">
          <label>
            <input
              type="radio"
              name="record-status"
              checked={work?.recordComplete === true}
              onChange={() => act({ type: 'complete/declare', complete: true })}
            />
            Complete: no deficiencies, ready to be closed
          </label>
          <label>
            <input
              type="radio"
              name="record-status"
              checked={work?.recordComplete === false}
              onChange={() => act({ type: 'complete/declare', complete: false })}
            />
            Incomplete: deficiencies assigned to providers
          </label>
        </div>
      </fieldset>
    </div>
  );
}

function OrdersTable({ orders, name }: { orders: Order[]; name: (id: string) => string }) {
  return (
    <table className="compact" aria-label="Orders of the encounter">
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Mode</th>
          <th scope="col">Ordered</th>
          <th scope="col">By</th>
          <th scope="col">Authenticated</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => (
          <tr key={o.id}>
            <td className="small">{o.text}</td>
            <td>{o.mode ?? '—'}</td>
            <td className="nowrap small">{formatDateTime(o.orderedAt)}</td>
            <td className="small">{name(o.orderedById)}</td>
            <td className="nowrap small">
              {o.authenticatedAt ? (
                formatDateTime(o.authenticatedAt)
              ) : o.mode === 'verbal' || o.mode === 'telephone' ? (
                <span className="warn">Not authenticated</span>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
