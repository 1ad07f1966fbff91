/**
 * The Labs tab: the laboratory results, newest first, and the laboratory reports. Vital signs are
 * results too, but they have their own tab (VitalsTab.tsx) and are left out here.
 */
import { useState } from 'react';
import { formatDateTime, formatNameLastFirst, plural } from '../../chart/format.ts';
import { describeProtections, protectionsAmong, protectionsOf } from '../../access/protected.ts';
import { useAppStore } from '../../store/store.ts';
import { ReasonForAccessDialog } from '../common/ReasonForAccessDialog.tsx';
import { useFacilityProtections } from './OpenedDocument.tsx';
import type { Result } from '../../chart/model.ts';
import { readableUnit } from '../../chart/units.ts';
import { isVitalSign } from '../../chart/vitals.ts';
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

export const FLAG_WORDS = { L: 'Low', H: 'High', LL: 'Critical low', HH: 'Critical high', A: 'Abnormal' } as const;

export function LabsTab({ chart, route }: { chart: ChartData; route: ChartRoute }) {
  const results = newestFirst(
    itemsOf(chart, 'result').filter((r) => !isVitalSign(r)),
    (r) => r.collectedAt,
  );
  const facilityProtections = useFacilityProtections(chart.patient.packId) ?? [];
  const protectedResults = results.filter((r) => protectionsOf(r, facilityProtections).length > 0);
  // Protected values (an HIV result, say) stay hidden until the trainee gives a reason, as a document would.
  const [unlocked, setUnlocked] = useState(false);
  const [asking, setAsking] = useState(false);
  const hidden = (r: Result) => !unlocked && protectedResults.includes(r);
  const described = describeProtections(protectionsAmong(protectedResults, facilityProtections));
  return (
    <>
      <section aria-labelledby="results-title">
        <h2 id="results-title" className="panel-title">
          Laboratory results
        </h2>
        {protectedResults.length > 0 && !unlocked && (
          <p className="sensitive">
            {plural(protectedResults.length, 'result')} specially protected ({described}): the values open once you give a reason.{' '}
            <button type="button" onClick={() => setAsking(true)}>
              Give a reason to view protected results
            </button>
          </p>
        )}
        {asking && (
          <ReasonForAccessDialog
            access="open"
            record={`Laboratory results: ${[...new Set(protectedResults.map((r) => r.test))].join(', ')}`}
            protections={described}
            onCancel={() => setAsking(false)}
            onConfirm={(reason) => {
              setAsking(false);
              setUnlocked(true);
              void useAppStore.getState().logAccess({
                action: 'break-the-glass',
                packId: chart.patient.packId,
                patientId: chart.patient.id,
                mrn: chart.patient.mrn,
                patientName: formatNameLastFirst(chart.patient.name),
                what: `Protected laboratory results: ${[...new Set(protectedResults.map((r) => r.test))].join(', ')}`,
                reason,
              });
            }}
          />
        )}
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
              rowClassName={(i) => (results[i]!.flag && !hidden(results[i]!) ? 'abnormal' : undefined)}
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
                    <td className="num">{hidden(r) ? <span className="sensitive">Protected</span> : String(r.value)}</td>
                    <td>{!hidden(r) && r.flag ? <abbr title={FLAG_WORDS[r.flag]}>{r.flag}</abbr> : ''}</td>
                    <td>{readableUnit(r.unit)}</td>
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
