/**
 * The Vitals tab: every vital sign charted for the patient, newest first, as a flowsheet lists
 * them — when it was taken, what was measured, and the value with a readable unit at the precision
 * it is charted with ("37.1 °C", "120/80 mmHg", "72 /min"). Vital signs are kept off the Labs tab.
 * The rows are worked out by chart/vitals.ts; this component only lays them out.
 */
import { Fragment, useMemo } from 'react';
import { formatDateTime } from '../../chart/format.ts';
import { vitalSignRows } from '../../chart/vitals.ts';
import type { ChartData } from '../../storage/charts.ts';
import { FLAG_WORDS } from './LabsTab.tsx';
import { itemsOf } from './chart-helpers.ts';
import { VirtualTable } from '../common/VirtualTable.tsx';

/** Taken, vital sign, value, flag. */
const VITAL_COLUMNS = '10rem minmax(12rem, 2fr) minmax(8rem, 1fr) 4rem';

export function VitalsTab({ chart }: { chart: ChartData }) {
  const rows = useMemo(() => vitalSignRows(itemsOf(chart, 'result')), [chart]);
  return (
    <section aria-labelledby="vitals-title">
      <h2 id="vitals-title" className="panel-title">
        Vital signs
      </h2>
      {rows.length === 0 ? (
        <p className="muted">No vital signs recorded.</p>
      ) : (
        <div className="list-box">
          <VirtualTable
            label="Vital signs"
            wrap
            columns={VITAL_COLUMNS}
            rowHeight={30}
            count={rows.length}
            rowKey={(i) => rows[i]!.id}
            rowClassName={(i) => (rows[i]!.flags.length > 0 ? 'abnormal' : undefined)}
            head={
              <>
                <th>Taken</th>
                <th>Vital sign</th>
                <th>Value</th>
                <th>Flag</th>
              </>
            }
            row={(i) => {
              const v = rows[i]!;
              return (
                <>
                  <td className="nowrap">{formatDateTime(v.takenAt)}</td>
                  <td>{v.name}</td>
                  <td className="num nowrap">{v.value}</td>
                  <td>
                    {v.flags.map((flag, k) => (
                      <Fragment key={flag}>
                        {k > 0 ? ' ' : ''}
                        <abbr title={FLAG_WORDS[flag]}>{flag}</abbr>
                      </Fragment>
                    ))}
                  </td>
                </>
              );
            }}
          />
        </div>
      )}
    </section>
  );
}
