import { ACCESS_ACTION_LABELS } from '../../access/log.ts';
import { useAccessLog } from '../../storage/hooks.ts';
import { selectTrainee, useAppStore } from '../../store/store.ts';
import { NavLink } from '../common/NavLink.tsx';
import { VirtualTable } from '../common/VirtualTable.tsx';

const timeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'short', timeStyle: 'medium' });

/** When, action, patient, MRN, what: the last column takes what is left. */
const LOG_COLUMNS = '11rem 9rem minmax(10rem, 1fr) 7rem minmax(14rem, 2fr)';

/** The trainee's own access log: what they opened, when. */
export function AccessLogPage() {
  const trainee = useAppStore(selectTrainee);
  const entries = useAccessLog(trainee?.id ?? '');
  return (
    <section aria-labelledby="log-title" className="page page-fill">
      <h1 id="log-title">My access log</h1>
      <p className="lead">
        Every chart and document you open is recorded, as an EHR's audit trail records every user (HIPAA Security Rule, 45 CFR 164.312(b)).
        Open only what your task needs: release-of-information and privacy work is graded on this log.
      </p>
      {entries === undefined ? (
        <p role="status">Loading…</p>
      ) : entries.length === 0 ? (
        <p>You have not opened any chart yet.</p>
      ) : (
        <VirtualTable
          label="Access log"
          testId="access-log-scroll"
          wrap
          columns={LOG_COLUMNS}
          rowHeight={34}
          count={entries.length}
          rowKey={(i) => String(entries[i]?.seq ?? i)}
          head={
            <>
              <th>When</th>
              <th>Action</th>
              <th>Patient</th>
              <th>MRN</th>
              <th>What</th>
            </>
          }
          row={(i) => {
            const e = entries[i]!;
            return (
              <>
                <td className="nowrap">{timeFormat.format(new Date(e.at))}</td>
                <td>{ACCESS_ACTION_LABELS[e.action]}</td>
                <td>
                  {e.patientId ? (
                    <NavLink to={{ page: 'chart', packId: e.packId, patientId: e.patientId, tab: 'cover' }}>
                      {e.patientName ?? e.patientId}
                    </NavLink>
                  ) : (
                    ''
                  )}
                </td>
                <td>{e.mrn}</td>
                <td>{e.what}</td>
              </>
            );
          }}
        />
      )}
    </section>
  );
}
