import { useState } from 'react';
import { documentTypeLabel } from '../../chart/document-types.ts';
import { formatDate, formatDateTime } from '../../chart/format.ts';
import type { RetrieveTask } from '../../tasks/model.ts';
import { AuthorizationElement } from '../../tasks/model.ts';
import type { RetrieveWork } from '../../tasks/work.ts';
import type { DisclosureEntry } from '../../tasks/retrieve/schema.ts';
import { encounterLabel } from '../chart/chart-helpers.ts';
import { AUTHORIZATION_LABELS, REQUEST_TYPE_LABELS } from '../../tasks/labels.ts';
import { chartOf } from './pack-data.ts';
import { PatientPicker } from './PatientPicker.tsx';
import { CompactPatientBanner } from '../chart/PatientBanner.tsx';
import { ViewedDocument } from './ViewedDocument.tsx';
import type { WorkspaceProps } from './workspace-props.ts';

const SENSITIVITY_SHORT: Record<string, string> = {
  'psychotherapy-notes': 'Psychotherapy notes',
  'substance-use-part2': '42 CFR Part 2',
  hiv: 'HIV',
  'behavioral-health': 'Behavioral health',
  genetic: 'Genetic',
  reproductive: 'Reproductive health',
  'minor-confidential': 'Minor confidential',
};

/** Requests: read the request, find the patient, check the authorization, decide, pick the documents, log the disclosure. */
export function RequestWork({ rows, task, work, act, locked }: WorkspaceProps<RetrieveTask, RetrieveWork>) {
  const { request } = task;
  const authorization = request.authorizationDocumentId ? rows.documents.find((d) => d.id === request.authorizationDocumentId) : undefined;
  const authorizationChart = authorization ? chartOf(rows, authorization.patientId) : undefined;
  const chart = work?.patientId ? chartOf(rows, work.patientId) : undefined;
  const [viewing, setViewing] = useState<string | undefined>();
  // The attached authorization is read only when the trainee opens it; until then it is not shown, nor logged.
  const [attachmentOpen, setAttachmentOpen] = useState(false);
  const released = new Set(work?.release ?? []);
  const doc = chart?.documents.find((d) => d.id === viewing);
  const releasedTitles = (chart?.documents ?? []).filter((d) => released.has(d.id)).map((d) => `${d.title} (${formatDate(d.serviceAt)})`);

  return (
    <div className="workspace">
      {/* Once the patient is found, their banner stays in view over the steps that handle their record. */}
      {chart && <CompactPatientBanner chart={chart} />}
      <section className="request" aria-labelledby="request-title">
        <h2 id="request-title">Request received</h2>
        <dl className="facts">
          <div>
            <dt>Type</dt>
            <dd>{REQUEST_TYPE_LABELS[request.type]}</dd>
          </div>
          <div>
            <dt>From</dt>
            <dd>{request.requester}</dd>
          </div>
          <div>
            <dt>Received</dt>
            <dd>{formatDateTime(request.receivedAt)}</dd>
          </div>
        </dl>
        <pre className="document-text" tabIndex={0} aria-label="Request letter">
          {request.text}
        </pre>
        {authorization && authorizationChart && (
          <div className="attachment">
            <button
              type="button"
              className="attachment-toggle"
              aria-expanded={attachmentOpen}
              aria-controls="request-attachment"
              onClick={() => setAttachmentOpen((open) => !open)}
            >
              <span aria-hidden="true">{attachmentOpen ? '▾ ' : '▸ '}</span>
              Attached: {authorization.title}
            </button>
            <div id="request-attachment">{attachmentOpen && <ViewedDocument chart={authorizationChart} doc={authorization} />}</div>
          </div>
        )}
      </section>

      <fieldset className="step" disabled={locked}>
        <legend>1. Find the patient</legend>
        <PatientPicker
          patients={rows.patients}
          selectedId={work?.patientId}
          label="Find patient"
          disabled={locked}
          onSelect={(patientId) => act({ type: 'retrieve/select-patient', patientId })}
        />
      </fieldset>

      <fieldset className="step" disabled={locked}>
        <legend>2. Check the request and its authorization</legend>
        <p className="muted small">
          Mark every required element that is missing or invalid (45 CFR 164.508(c)); leave all clear when the request is valid as received.
        </p>
        <div className="checks">
          {AuthorizationElement.options.map((element) => (
            <label key={element}>
              <input
                type="checkbox"
                checked={work?.defects.includes(element) ?? false}
                onChange={() => act({ type: 'retrieve/toggle-defect', element })}
              />
              {AUTHORIZATION_LABELS[element]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="step" disabled={locked}>
        <legend>3. Decide</legend>
        <div role="radiogroup" aria-label="Decision" className="radios inline">
          <label>
            <input
              type="radio"
              name="decision"
              checked={work?.decision === 'release'}
              onChange={() => act({ type: 'retrieve/decide', decision: 'release' })}
            />
            Release
          </label>
          <label>
            <input
              type="radio"
              name="decision"
              checked={work?.decision === 'deny'}
              onChange={() => act({ type: 'retrieve/decide', decision: 'deny' })}
            />
            Deny
          </label>
        </div>
      </fieldset>

      <fieldset className="step" disabled={locked}>
        <legend>4. Select the documents to release</legend>
        {!chart ? (
          <p className="muted">Find the patient first.</p>
        ) : (
          <div className="doc-browser">
            <table className="compact" aria-label="Documents in the chart">
              <thead>
                <tr>
                  <th scope="col">Release</th>
                  <th scope="col">Date</th>
                  <th scope="col">Document</th>
                  <th scope="col">Encounter</th>
                </tr>
              </thead>
              <tbody>
                {chart.documents.map((d) => (
                  <tr key={d.id} className={viewing === d.id ? 'selected' : undefined}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Release ${d.title} (${formatDate(d.serviceAt)})`}
                        checked={released.has(d.id)}
                        onChange={() => act({ type: 'retrieve/toggle-document', documentId: d.id })}
                      />
                    </td>
                    <td className="nowrap">{formatDate(d.serviceAt)}</td>
                    <td>
                      <button type="button" className="link" onClick={() => setViewing(d.id)}>
                        {d.title}
                      </button>
                      <span className="muted small"> {documentTypeLabel(d.type)}</span>
                      {d.sensitivity?.map((s) => (
                        <span key={s} className="badge protected">
                          {SENSITIVITY_SHORT[s] ?? s}
                        </span>
                      ))}
                    </td>
                    <td className="small">{encounterLabel(chart.encounters.find((e) => e.id === d.encounterId))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="doc-view">
              {doc && chart ? (
                <ViewedDocument chart={chart} doc={doc} />
              ) : (
                <p className="placeholder-text muted">Open a document to check it against the request.</p>
              )}
            </div>
          </div>
        )}
        <p className="small">
          {released.size} document{released.size === 1 ? '' : 's'} selected for release.
        </p>
      </fieldset>

      <fieldset className="step" disabled={locked}>
        <legend>5. Log the disclosure</legend>
        <p className="muted small">
          The accounting of disclosures (45 CFR 164.528) lists disclosures such as those for a subpoena or a court order, with the date, the
          recipient, what was disclosed and the purpose. Disclosures for treatment, payment or operations, to the patient, or under an
          authorization are exempt: log nothing for them.
        </p>
        <DisclosureForm
          key={JSON.stringify(work?.disclosure ?? null)}
          entry={work?.disclosure}
          requester={request.requester}
          released={releasedTitles}
          onLog={(entry) => act({ type: 'retrieve/log-disclosure', entry })}
          onClear={() => act({ type: 'retrieve/clear-log' })}
        />
        <p className="small" aria-label="Disclosure log entry">
          {work?.disclosure
            ? `Logged: ${[work.disclosure.date, work.disclosure.recipient, work.disclosure.description, work.disclosure.purpose].filter(Boolean).join(' · ')}`
            : 'Not logged.'}
        </p>
      </fieldset>
    </div>
  );
}

/** The accounting entry's four fields (164.528(b)(2)); the description starts from the documents selected. */
function DisclosureForm({
  entry,
  requester,
  released,
  onLog,
  onClear,
}: {
  entry: DisclosureEntry | undefined;
  requester: string;
  released: readonly string[];
  onLog: (entry: DisclosureEntry) => void;
  onClear: () => void;
}) {
  const [date, setDate] = useState(entry?.date ?? '');
  const [recipient, setRecipient] = useState(entry?.recipient ?? requester);
  const [description, setDescription] = useState(entry?.description ?? '');
  const [purpose, setPurpose] = useState(entry?.purpose ?? '');
  return (
    <form
      className="accounting-form"
      onSubmit={(e) => {
        e.preventDefault();
        onLog({ ...(date ? { date } : {}), recipient, description: description || released.join('; '), purpose });
      }}
    >
      <label>
        Date of disclosure <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        Recipient <input value={recipient} maxLength={200} onChange={(e) => setRecipient(e.target.value)} />
      </label>
      <label>
        What was disclosed{' '}
        <textarea
          value={description}
          maxLength={1000}
          rows={2}
          placeholder={released.join('; ') || 'The documents released'}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <label>
        Purpose of disclosure <input value={purpose} maxLength={200} onChange={(e) => setPurpose(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit">Log disclosure</button>
        {entry && (
          <button type="button" onClick={onClear}>
            Remove log entry
          </button>
        )}
      </div>
    </form>
  );
}
