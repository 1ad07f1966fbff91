import { formatDate, formatDateTime } from '../../chart/format.ts';
import { VirtualTable } from '../common/VirtualTable.tsx';
import type { ChartData } from '../../storage/charts.ts';
import type { Route } from '../../store/route.ts';
import { DocumentBrowser, documentsOnTab } from './DocumentsTab.tsx';
import { classLabel, encounterLabel, itemsOf, newestFirst, providerName } from './chart-helpers.ts';

type ChartRoute = Extract<Route, { page: 'chart' }>;
const cap = (s: string) => (s.charAt(0).toUpperCase() + s.slice(1)).replace(/-/g, ' ');

export function ProblemsTab({ chart }: { chart: ChartData }) {
  const order = { active: 0, inactive: 1, resolved: 2 } as const;
  const problems = [...itemsOf(chart, 'problem')].sort(
    (a, b) => order[a.status] - order[b.status] || a.description.localeCompare(b.description),
  );
  return (
    <section aria-labelledby="problems-title">
      <h2 id="problems-title" className="panel-title">
        Problem list
      </h2>
      {problems.length === 0 ? (
        <p className="muted">No problems recorded.</p>
      ) : (
        <table className="compact" aria-label="Problem list">
          <thead>
            <tr>
              <th>Status</th>
              <th>Problem</th>
              <th>Onset</th>
              <th>Recorded</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p) => (
              <tr key={p.id}>
                <td>{cap(p.status)}</td>
                <td>{p.description}</td>
                <td>{formatDate(p.onset)}</td>
                <td>{formatDateTime(p.recordedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function MedicationsTab({ chart }: { chart: ChartData }) {
  const meds = newestFirst(itemsOf(chart, 'medication'), (m) => m.start ?? '');
  const groups = [
    { title: 'Outpatient medications', items: meds.filter((m) => m.setting !== 'inpatient') },
    { title: 'Inpatient medications', items: meds.filter((m) => m.setting === 'inpatient') },
  ];
  return (
    <>
      {groups.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h2 className="panel-title">{g.title}</h2>
          {g.items.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <table className="compact" aria-label={g.title}>
              <thead>
                <tr>
                  <th>Medication</th>
                  <th>Dose</th>
                  <th>Route</th>
                  <th>Frequency</th>
                  <th>Status</th>
                  <th>Start</th>
                  <th>Stop</th>
                  <th>Prescriber</th>
                </tr>
              </thead>
              <tbody>
                {g.items.map((m) => (
                  <tr key={m.id}>
                    <td>{m.name}</td>
                    <td>{m.dose}</td>
                    <td>{m.route}</td>
                    <td>{m.frequency}</td>
                    <td>{cap(m.status)}</td>
                    <td>{formatDateTime(m.start)}</td>
                    <td>{formatDateTime(m.end)}</td>
                    <td>{providerName(chart, m.prescriberId)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}

export function OrdersTab({ chart, route }: { chart: ChartData; route: ChartRoute }) {
  const orders = newestFirst(itemsOf(chart, 'order'), (o) => o.orderedAt);
  return (
    <>
      <section aria-labelledby="orders-title">
        <h2 id="orders-title" className="panel-title">
          Orders
        </h2>
        {orders.length === 0 ? (
          <p className="muted">No orders.</p>
        ) : (
          <table className="compact" aria-label="Orders">
            <thead>
              <tr>
                <th>Ordered</th>
                <th>Category</th>
                <th>Order</th>
                <th>Ordered by</th>
                <th>Mode</th>
                <th>Status</th>
                <th>Authenticated</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => {
                const needsAuth = o.mode === 'verbal' || o.mode === 'telephone';
                return (
                  <tr key={o.id}>
                    <td className="nowrap">{formatDateTime(o.orderedAt)}</td>
                    <td>{cap(o.category)}</td>
                    <td>{o.text}</td>
                    <td>{providerName(chart, o.orderedById)}</td>
                    <td>{o.mode ? cap(o.mode) : ''}</td>
                    <td>{cap(o.status)}</td>
                    <td className={needsAuth && !o.authenticatedAt ? 'warn' : undefined}>
                      {o.authenticatedAt ? formatDateTime(o.authenticatedAt) : needsAuth ? 'Not authenticated' : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <DocumentBrowser chart={chart} route={route} documents={documentsOnTab(chart, 'Orders')} label="Order sheets" />
    </>
  );
}

/** Account, class, admitted, discharged, service, attending, reason, disposition, documents. */
const ENCOUNTER_COLUMNS = '7rem 6rem 8.5rem 8.5rem minmax(5rem, 1fr) minmax(7rem, 1.2fr) minmax(7rem, 1.6fr) minmax(6rem, 1fr) 5.5rem';

export function EncountersTab({ chart }: { chart: ChartData }) {
  const encounters = newestFirst(chart.encounters, (e) => e.admittedAt);
  const docCounts = new Map<string, number>();
  for (const d of chart.documents) if (d.encounterId) docCounts.set(d.encounterId, (docCounts.get(d.encounterId) ?? 0) + 1);
  return (
    <section aria-labelledby="encounters-title">
      <h2 id="encounters-title" className="panel-title">
        Encounters (visits and admissions)
      </h2>
      {encounters.length === 0 ? (
        <p className="muted">No encounters.</p>
      ) : (
        <div className="list-box">
          <VirtualTable
            label="Encounters"
            wrap
            columns={ENCOUNTER_COLUMNS}
            rowHeight={30}
            count={encounters.length}
            rowKey={(i) => encounters[i]!.id}
            rowLabel={(i) => encounterLabel(encounters[i])}
            head={
              <>
                <th>Account</th>
                <th>Class</th>
                <th>Admitted / arrived</th>
                <th>Discharged</th>
                <th>Service</th>
                <th>Attending</th>
                <th>Reason</th>
                <th>Disposition</th>
                <th>Documents</th>
              </>
            }
            row={(i) => {
              const e = encounters[i]!;
              return (
                <>
                  <td>{e.accountNumber}</td>
                  <td>{classLabel(e.class)}</td>
                  <td className="nowrap">{formatDateTime(e.admittedAt)}</td>
                  <td className="nowrap">
                    {e.dischargedAt ? formatDateTime(e.dischargedAt) : e.class === 'inpatient' ? 'Still admitted' : ''}
                  </td>
                  <td>{e.service}</td>
                  <td>{providerName(chart, e.attendingId)}</td>
                  <td>{e.reasonForVisit}</td>
                  <td>{e.dischargeDisposition ? cap(e.dischargeDisposition) : ''}</td>
                  <td className="num">{docCounts.get(e.id) ?? 0}</td>
                </>
              );
            }}
          />
        </div>
      )}
    </section>
  );
}
