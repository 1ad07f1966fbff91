import { useState } from 'react';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_IDS, documentTypeLabel, type DocumentTypeId } from '../../chart/document-types.ts';
import { formatDate, formatDateTime, formatNameLastFirst } from '../../chart/format.ts';
import type { LooseDocument } from '../../chart/model.ts';
import { own } from '../../chart/own.ts';
import type { FileTask } from '../../tasks/model.ts';
import type { FileWork as FileWorkRecord } from '../../tasks/work.ts';
import { ViewedDocument } from './ViewedDocument.tsx';
import { encounterLabel } from '../chart/chart-helpers.ts';
import { chartOf, patientLine } from './pack-data.ts';
import { PatientPicker } from './PatientPicker.tsx';
import { CompactPatientBanner } from '../chart/PatientBanner.tsx';
import type { WorkspaceProps } from './workspace-props.ts';

type Props = WorkspaceProps<FileTask, FileWorkRecord>;
type Entry = FileWorkRecord['documents'][string];

/** Filing (indexing): each loose document to a patient, encounter, type and date, or held or returned; then a chart audit for misfiles. */
export function FilingWork(props: Props) {
  const { rows, task } = props;
  const loose = task.looseDocumentIds.map((id) => rows.looseDocuments.find((d) => d.id === id)).filter((d) => d !== undefined);
  return (
    <div className="workspace">
      {loose.length > 0 && (
        <section aria-labelledby="filing-inbox">
          <h2 id="filing-inbox">Documents to index ({loose.length})</h2>
          {loose.map((doc) => (
            <LooseDocumentCard key={doc.id} {...props} doc={doc} />
          ))}
        </section>
      )}
      {task.auditPatientIds.map((patientId) => (
        <ChartAudit key={patientId} {...props} patientId={patientId} />
      ))}
    </div>
  );
}

const DISPOSITIONS = [
  { value: 'file', label: 'File to a chart' },
  { value: 'hold', label: 'Hold: identity cannot be matched with certainty' },
  { value: 'return', label: 'Return to sender: not a patient of this facility' },
] as const;

function LooseDocumentCard({ rows, work, act, locked, doc }: Props & { doc: LooseDocument }) {
  const entry: Entry | undefined = own(work?.documents, doc.id);
  const [choice, setChoice] = useState<Entry['action'] | undefined>(entry?.action);
  const action = entry?.action ?? choice;
  const patient = entry?.patientId ? rows.patients.find((p) => p.id === entry.patientId) : undefined;
  const encounters = patient
    ? rows.encounters.filter((e) => e.patientId === patient.id).sort((a, b) => b.admittedAt.localeCompare(a.admittedAt))
    : [];
  const index = (change: Partial<Entry>) => {
    const next = { ...entry, ...change };
    if (!next.patientId) return;
    act({
      type: 'file/index',
      looseDocumentId: doc.id,
      patientId: next.patientId,
      ...(next.encounterId ? { encounterId: next.encounterId } : {}),
      ...(next.documentType ? { documentType: next.documentType } : {}),
      ...(next.documentDate ? { documentDate: next.documentDate } : {}),
    });
  };
  const titleId = `loose-${doc.id}`;
  return (
    <article className="work-card" aria-labelledby={titleId}>
      <div className="work-card-doc">
        <h3 id={titleId}>{doc.title}</h3>
        <dl className="facts">
          <div>
            <dt>Received</dt>
            <dd>{formatDateTime(doc.receivedAt)}</dd>
          </div>
          <div>
            <dt>From</dt>
            <dd>{doc.source}</dd>
          </div>
          <div>
            <dt>Labelled as</dt>
            <dd>{doc.labelledType ?? 'Not labelled'}</dd>
          </div>
          {doc.pages !== undefined && (
            <div>
              <dt>Pages</dt>
              <dd>{doc.pages}</dd>
            </div>
          )}
        </dl>
        <pre className="document-text" tabIndex={0} aria-label={`Text of ${doc.title}`}>
          {doc.text}
        </pre>
      </div>
      <fieldset className="work-card-form" disabled={locked}>
        <legend>Index “{doc.title}”</legend>
        <div role="radiogroup" aria-label="Disposition" className="radios">
          {DISPOSITIONS.map((d) => (
            <label key={d.value}>
              <input
                type="radio"
                name={`disposition-${doc.id}`}
                value={d.value}
                checked={action === d.value}
                onChange={() => {
                  setChoice(d.value);
                  if (d.value === 'hold') act({ type: 'file/hold', looseDocumentId: doc.id });
                  else if (d.value === 'return') act({ type: 'file/return', looseDocumentId: doc.id });
                  else if (entry && entry.action !== 'file') act({ type: 'file/clear', looseDocumentId: doc.id });
                }}
              />
              {d.label}
            </label>
          ))}
        </div>
        {action === 'file' && (
          <div className="index-fields">
            <PatientPicker
              patients={rows.patients}
              selectedId={entry?.patientId}
              label="Find patient"
              disabled={locked}
              onSelect={(patientId) => index({ patientId, encounterId: undefined })}
            />
            <label>
              Encounter
              <select
                value={entry?.encounterId ?? ''}
                disabled={!patient}
                onChange={(e) => index({ encounterId: e.target.value || undefined })}
              >
                <option value="">Not tied to an encounter</option>
                {encounters.map((e) => (
                  <option key={e.id} value={e.id}>
                    {encounterLabel(e)} · {e.service}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Document type
              <select
                value={entry?.documentType ?? ''}
                disabled={!patient}
                onChange={(e) => index({ documentType: (e.target.value || undefined) as DocumentTypeId | undefined })}
              >
                <option value="">Choose a type</option>
                {DOCUMENT_TYPE_IDS.map((t) => (
                  <option key={t} value={t}>
                    {documentTypeLabel(t)} ({DOCUMENT_TYPES[t].tab})
                  </option>
                ))}
              </select>
            </label>
            <label>
              Document date
              <input
                type="date"
                value={entry?.documentDate ?? ''}
                disabled={!patient}
                onChange={(e) => index({ documentDate: e.target.value || undefined })}
              />
            </label>
          </div>
        )}
        <p className="index-summary" aria-label={`Filing of ${doc.title}`}>
          {entry === undefined ? (
            <span className="muted">Not yet indexed.</span>
          ) : entry.action === 'hold' ? (
            'Held for identity review; the sender will be asked for more identifiers.'
          ) : entry.action === 'return' ? (
            'To be returned to the sender.'
          ) : (
            `Filed to ${patientLine(patient)}${entry.encounterId ? ` · ${encounterLabel(rows.encounters.find((e) => e.id === entry.encounterId))}` : ''}${entry.documentType ? ` · ${documentTypeLabel(entry.documentType)}` : ''}${entry.documentDate ? ` · dated ${formatDate(entry.documentDate)}` : ''}`
          )}
        </p>
        {entry && !locked && (
          <button
            type="button"
            onClick={() => {
              setChoice(undefined);
              act({ type: 'file/clear', looseDocumentId: doc.id });
            }}
          >
            Clear indexing
          </button>
        )}
      </fieldset>
    </article>
  );
}

function ChartAudit({ rows, work, act, locked, patientId }: Props & { patientId: string }) {
  const chart = chartOf(rows, patientId);
  const [viewing, setViewing] = useState<string | undefined>();
  if (!chart) return null;
  const name = formatNameLastFirst(chart.patient.name);
  const others = rows.patients.filter((p) => p.id !== patientId).sort((a, b) => a.name.family.localeCompare(b.name.family));
  const doc = chart.documents.find((d) => d.id === viewing);
  return (
    <section className="chart-audit" aria-labelledby={`audit-${patientId}`}>
      <CompactPatientBanner chart={chart} />
      <h2 id={`audit-${patientId}`}>
        Chart audit: {name} (MRN {chart.patient.mrn})
      </h2>
      <p className="muted small">
        Read each document's identifiers against the banner: {patientLine(chart.patient)}. Flag a document that belongs to someone else and
        say where it goes.
      </p>
      <div className="doc-browser">
        <table className="compact" aria-label={`Documents in the chart of ${name}`}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Document</th>
              <th scope="col">Misfiled?</th>
              <th scope="col">Move to</th>
            </tr>
          </thead>
          <tbody>
            {chart.documents.map((d) => {
              const flag = own(work?.misfiles, d.id);
              const label = `${d.title} (${formatDate(d.serviceAt)})`;
              return (
                <tr key={d.id} className={viewing === d.id ? 'selected' : undefined}>
                  <td className="nowrap">{formatDate(d.serviceAt)}</td>
                  <td>
                    <button type="button" className="link" onClick={() => setViewing(d.id)}>
                      {d.title}
                    </button>{' '}
                    <span className="muted small">{documentTypeLabel(d.type)}</span>
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Misfiled: ${label}`}
                      checked={flag !== undefined}
                      disabled={locked}
                      onChange={(e) =>
                        act(
                          e.target.checked
                            ? { type: 'file/flag-misfile', documentId: d.id }
                            : { type: 'file/unflag-misfile', documentId: d.id },
                        )
                      }
                    />
                  </td>
                  <td>
                    {flag !== undefined && (
                      <select
                        aria-label={`Move ${label} to`}
                        value={flag.toPatientId ?? ''}
                        disabled={locked}
                        onChange={(e) =>
                          act({ type: 'file/flag-misfile', documentId: d.id, ...(e.target.value ? { toPatientId: e.target.value } : {}) })
                        }
                      >
                        <option value="">No patient of this facility</option>
                        {others.map((p) => (
                          <option key={p.id} value={p.id}>
                            {patientLine(p)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="doc-view">
          {doc ? (
            <ViewedDocument chart={chart} doc={doc} />
          ) : (
            <p className="placeholder-text muted">Open a document to read its identifiers.</p>
          )}
        </div>
      </div>
    </section>
  );
}
