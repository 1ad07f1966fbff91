import { formatDateTime } from '../../chart/format.ts';
import type { Result } from '../../chart/model.ts';
import type { ChartData } from '../../storage/charts.ts';
import type { Route } from '../../store/route.ts';
import { DocumentBrowser, documentsOnTab } from './DocumentsTab.tsx';
import { itemsOf, newestFirst } from './chart-helpers.ts';

type ChartRoute = Extract<Route, { page: 'chart' }>;

export function referenceRangeText(r: Result): string {
  const range = r.referenceRange;
  if (!range) return '';
  if (range.text) return range.text;
  if (range.low !== undefined && range.high !== undefined) return `${range.low}–${range.high}`;
  if (range.low !== undefined) return `≥ ${range.low}`;
  if (range.high !== undefined) return `≤ ${range.high}`;
  return '';
}

const FLAG_WORDS = { L: 'Low', H: 'High', LL: 'Critical low', HH: 'Critical high', A: 'Abnormal' } as const;

export function LabsTab({ chart, route }: { chart: ChartData; route: ChartRoute }) {
  const results = newestFirst(itemsOf(chart, 'result'), (r) => r.collectedAt);
  return (
    <>
      <section aria-labelledby="results-title">
        <h2 id="results-title" className="panel-title">
          Laboratory results
        </h2>
        {results.length === 0 ? (
          <p className="muted">No results.</p>
        ) : (
          <div className="scroll-box">
            <table className="compact" aria-label="Laboratory results">
              <thead>
                <tr>
                  <th>Collected</th>
                  <th>Panel</th>
                  <th>Test</th>
                  <th>Result</th>
                  <th>Flag</th>
                  <th>Units</th>
                  <th>Reference range</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {results.map((r) => (
                  <tr key={r.id} className={r.flag ? 'abnormal' : undefined}>
                    <td className="nowrap">{formatDateTime(r.collectedAt)}</td>
                    <td>{r.panel}</td>
                    <td>{r.test}</td>
                    <td className="num">{String(r.value)}</td>
                    <td>{r.flag ? <abbr title={FLAG_WORDS[r.flag]}>{r.flag}</abbr> : ''}</td>
                    <td>{r.unit}</td>
                    <td>{referenceRangeText(r)}</td>
                    <td>{r.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <DocumentBrowser chart={chart} route={route} documents={documentsOnTab(chart, 'Labs')} label="Laboratory reports" />
    </>
  );
}
