/**
 * The chart's document tabs (Notes, Consults, Psychotherapy notes…): a list of documents beside the
 * one opened. Protected documents are marked in the list and open through a reason for access.
 */
import { protectionsOf } from '../../access/protected.ts';
import { DOCUMENT_TYPES, documentTypeLabel, type ChartTab } from '../../chart/document-types.ts';
import { SIGNATURE_LABELS, formatDateTime, signatureStatus } from '../../chart/format.ts';
import type { DocumentRow } from '../../packs/normalise.ts';
import type { ChartData } from '../../storage/charts.ts';
import { CHART_TAB_SLUGS, type Route } from '../../store/route.ts';
import { useAppStore } from '../../store/store.ts';
import { OpenedDocument, useFacilityProtections } from './OpenedDocument.tsx';
import { encounterLabel, newestFirst, providerName } from './chart-helpers.ts';

type ChartRoute = Extract<Route, { page: 'chart' }>;

export function documentsOnTab(chart: ChartData, tab: ChartTab): DocumentRow[] {
  return newestFirst(
    chart.documents.filter((d) => DOCUMENT_TYPES[d.type].tab === tab),
    (d) => d.serviceAt,
  );
}

export function DocumentsTab({ chart, route }: { chart: ChartData; route: ChartRoute }) {
  const tab = CHART_TAB_SLUGS[route.tab] as ChartTab;
  const browser = <DocumentBrowser chart={chart} route={route} documents={documentsOnTab(chart, tab)} label={tab} />;
  if (route.tab !== 'psychotherapy') return browser;
  return (
    <>
      <p className="tab-note">
        Psychotherapy notes are a therapist’s own notes of a session, kept apart from the rest of the medical record (45 CFR 164.501). The
        patient’s right of access does not reach them, and releasing them needs an authorization of their own (164.508(a)(2)). Each one asks
        for your reason before it opens.
      </p>
      {browser}
    </>
  );
}

/** A list of documents beside a viewer for the one selected, as CPRS's Notes tab is laid out. */
export function DocumentBrowser({
  chart,
  route,
  documents,
  label,
}: {
  chart: ChartData;
  route: ChartRoute;
  documents: DocumentRow[];
  label: string;
}) {
  const selected = documents.find((d) => d.id === route.documentId);
  const encounters = new Map(chart.encounters.map((e) => [e.id, e]));
  const facilityProtections = useFacilityProtections(chart.patient.packId) ?? [];
  const open = (doc: DocumentRow) => useAppStore.getState().navigate({ ...route, documentId: doc.id });

  return (
    <div className="doc-browser">
      <div className="doc-list">
        <h2 className="panel-title">
          {label} <span className="muted">({documents.length})</span>
        </h2>
        {documents.length === 0 ? (
          <p className="muted">No documents.</p>
        ) : (
          <table className="compact" aria-label={`${label} documents`}>
            <thead>
              <tr>
                <th>Date</th>
                <th>Document</th>
                <th>Author</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => {
                const status = signatureStatus(doc);
                return (
                  <tr key={doc.id} aria-selected={doc.id === selected?.id} className={doc.id === selected?.id ? 'selected' : undefined}>
                    <td className="nowrap">{formatDateTime(doc.serviceAt)}</td>
                    <td>
                      <button type="button" className="link" onClick={() => open(doc)} aria-describedby={`doc-type-${doc.id}`}>
                        {doc.title}
                      </button>
                      <div id={`doc-type-${doc.id}`} className="muted small">
                        {documentTypeLabel(doc.type)} ·{' '}
                        {encounterLabel(doc.encounterId ? encounters.get(doc.encounterId) : undefined) || 'No encounter'}
                        {protectionsOf(doc, facilityProtections).length > 0 && <span className="badge protected">Protected</span>}
                      </div>
                    </td>
                    <td>{providerName(chart, doc.authorId) || doc.authorText}</td>
                    <td>
                      <span className={`status status-${status}`}>{SIGNATURE_LABELS[status]}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
      <div className="doc-view">
        {selected ? (
          <OpenedDocument chart={chart} doc={selected} />
        ) : (
          <p className="muted placeholder-text">Select a document to read it.</p>
        )}
      </div>
    </div>
  );
}
