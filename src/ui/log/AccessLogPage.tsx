/**
 * The trainee's own access log: what they opened and exported, when, and the reason they gave for
 * each specially protected record. It is the audit trail an EHR keeps of every user, shown back to
 * the user so they can check their own minimum-necessary habits. Nothing grades it, and the page
 * says so: it must not claim grading that does not happen.
 */
import { accessActionLabel } from '../../access/log.ts';
import { formatTimestamp } from '../../chart/format.ts';
import { useAccessLog } from '../../storage/hooks.ts';
import { selectTrainee, useAppStore } from '../../store/store.ts';
import { NavLink } from '../common/NavLink.tsx';
import { VirtualTable } from '../common/VirtualTable.tsx';

/** When, action, patient, MRN, what, reason: what and reason share what is left. */
const LOG_COLUMNS = '12rem 10rem minmax(10rem, 1fr) 7rem minmax(14rem, 2fr) minmax(10rem, 1.2fr)';

export function AccessLogPage() {
  const trainee = useAppStore(selectTrainee);
  const entries = useAccessLog(trainee?.id ?? '');
  return (
    <section aria-labelledby="log-title" className="page page-fill">
      <h1 id="log-title">My access log</h1>
      <p className="lead">
        Every chart and document you open, and every chart you export, is recorded here, as an EHR’s audit trail records every user (HIPAA
        Security Rule, 45 CFR 164.312(b)). A specially protected record opens only after you give a reason, and the reason is recorded with
        it. This log is not graded: use it to check that you opened only what each task needed (minimum necessary, 45 CFR 164.502(b)).
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
              <th>Reason</th>
            </>
          }
          row={(i) => {
            const e = entries[i]!;
            return (
              <>
                <td className="nowrap">{formatTimestamp(e.at)}</td>
                <td>{accessActionLabel(e.action)}</td>
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
                <td>{e.reason ?? ''}</td>
              </>
            );
          }}
        />
      )}
    </section>
  );
}
