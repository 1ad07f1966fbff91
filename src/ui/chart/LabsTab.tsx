import { formatDateTime } from '../../chart/format.ts';
import type { Result } from '../../chart/model.ts';
import type { ChartData } from '../../storage/charts.ts';
import type { Route } from '../../store/route.ts';
import { DocumentBrowser, documentsOnTab } from './DocumentsTab.tsx';
import { itemsOf, newestFirst } from './chart-helpers.ts';
import { VirtualTable } from '../common/VirtualTable.tsx';

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

/** Collected, panel, test, result, flag, units, range, status. */
const RESULT_COLUMNS = '10rem minmax(8rem, 1.2fr) minmax(10rem, 1.6fr) 6rem 3.5rem 6rem minmax(7rem, 1fr) 6.5rem';

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
          <div className="list-box">
            <VirtualTable
              label="Laboratory results"
              wrap
              columns={RESULT_COLUMNS}
              rowHeight={30}
              count={results.length}
              rowKey={(i) => results[i]!.id}
              rowClassName={(i) => (results[i]!.flag ? 'abnormal' : undefined)}
              head={
                <>
                  <th>Collected</th>
                  <th>Panel</th>
                  <th>Test</th>
                  <th>Result</th>
                  <th>Flag</th>
                  <th>Units</th>
                  <th>Reference range</th>
                  <th>Status</th>
                </>
              }
              row={(i) => {
                const r = results[i]!;
                return (
                  <>
                    <td className="nowrap">{formatDateTime(r.collectedAt)}</td>
                    <td>{r.panel}</td>
                    <td>{r.test}</td>
                    <td className="num">{String(r.value)}</td>
                    <td>{r.flag ? <abbr title={FLAG_WORDS[r.flag]}>{r.flag}</abbr> : ''}</td>
                    <td>{r.unit}</td>
                    <td>{referenceRangeText(r)}</td>
                    <td>{r.status}</td>
                  </>
                );
              }}
            />
          </div>
        )}
      </section>
      <DocumentBrowser chart={chart} route={route} documents={documentsOnTab(chart, 'Labs')} label="Laboratory reports" />
    </>
  );
}
