import { useId } from 'react';
import { PROTECTION_LABELS } from '../../access/protected.ts';
import { documentTypeLabel } from '../../chart/document-types.ts';
import { SIGNATURE_LABELS, describeAuthentication, formatDateTime, signatureStatus } from '../../chart/format.ts';
import type { DocumentRow } from '../../packs/normalise.ts';
import type { ChartData } from '../../storage/charts.ts';
import { encounterLabel, providerName } from './chart-helpers.ts';

/**
 * One document: what it is, who wrote and signed it and when, and its text, shown as text. It only
 * shows; `OpenedDocument` decides whether it may open, and logs it.
 */
export function DocumentViewer({
  chart,
  doc,
  reason,
}: {
  chart: ChartData;
  doc: DocumentRow;
  /** The reason the trainee gave to open a protected record, shown back to them. */
  reason?: string;
}) {
  const titleId = useId();
  const status = signatureStatus(doc);
  const encounter = doc.encounterId ? chart.encounters.find((e) => e.id === doc.encounterId) : undefined;
  return (
    <article className="document" aria-labelledby={titleId}>
      <header className="document-head">
        <h2 id={titleId}>{doc.title}</h2>
        <dl className="facts">
          <div>
            <dt>Type</dt>
            <dd>{documentTypeLabel(doc.type)}</dd>
          </div>
          <div>
            <dt>Author</dt>
            <dd>{providerName(chart, doc.authorId) || doc.authorText || 'Not recorded'}</dd>
          </div>
          <div>
            <dt>Date of service</dt>
            <dd>{formatDateTime(doc.serviceAt)}</dd>
          </div>
          <div>
            <dt>Written</dt>
            <dd>{doc.writtenAt ? formatDateTime(doc.writtenAt) : 'Not recorded'}</dd>
          </div>
          <div>
            <dt>Encounter</dt>
            <dd>{encounter ? encounterLabel(encounter) : 'None'}</dd>
          </div>
          <div>
            <dt>Signature status</dt>
            <dd>
              <span className={`status status-${status}`}>{SIGNATURE_LABELS[status]}</span>
            </dd>
          </div>
        </dl>
        {doc.authentications.length > 0 || doc.cosignerRequiredId ? (
          <ul className="signatures" aria-label="Signatures">
            {doc.authentications.map((a, i) => (
              <li key={i}>{describeAuthentication(a, providerName(chart, a.providerId))}</li>
            ))}
            {status === 'uncosigned' && <li className="warn">Co-signature required from {providerName(chart, doc.cosignerRequiredId)}</li>}
          </ul>
        ) : (
          <p className="warn small">No signature recorded.</p>
        )}
        {doc.sensitivity && doc.sensitivity.length > 0 && (
          <p className="sensitive">Specially protected: {doc.sensitivity.map((s) => PROTECTION_LABELS[s]).join('; ')}</p>
        )}
        {reason !== undefined && <p className="small">Opened for: {reason}</p>}
      </header>
      <pre className="document-text" tabIndex={0} aria-label="Document text">
        {doc.text}
      </pre>
    </article>
  );
}
