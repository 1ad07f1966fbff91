import { ACCESS_ACTION_LABELS } from '../../access/log.ts';
import { useAccessLog } from '../../storage/hooks.ts';
import { selectTrainee, useAppStore } from '../../store/store.ts';
import { NavLink } from '../common/NavLink.tsx';

const timeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'short', timeStyle: 'medium' });

/** The trainee's own access log: what they opened, when. */
export function AccessLogPage() {
  const trainee = useAppStore(selectTrainee);
  const entries = useAccessLog(trainee?.id ?? '');
  return (
    <section aria-labelledby="log-title" className="page">
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
        <table className="compact" aria-label="Access log">
          <thead>
            <tr>
              <th>When</th>
              <th>Action</th>
              <th>Patient</th>
              <th>MRN</th>
              <th>What</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
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
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
