import { DOCUMENT_TYPES, documentTypeLabel, type ChartTab } from '../../chart/document-types.ts';
import { SIGNATURE_LABELS, formatDateTime, signatureStatus } from '../../chart/format.ts';
import type { DocumentRow } from '../../packs/normalise.ts';
import type { ChartData } from '../../storage/charts.ts';
import { CHART_TAB_SLUGS, type Route } from '../../store/route.ts';
import { useAppStore } from '../../store/store.ts';
import { DocumentViewer } from './DocumentViewer.tsx';
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
  return <DocumentBrowser chart={chart} route={route} documents={documentsOnTab(chart, tab)} label={tab} />;
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
          <DocumentViewer chart={chart} doc={selected} />
        ) : (
          <p className="muted placeholder-text">Select a document to read it.</p>
        )}
      </div>
    </div>
  );
}
