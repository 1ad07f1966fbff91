import { useEffect, useMemo, useState } from 'react';
import { assemblePack } from '../../packs/normalise.ts';
import { grade, type ItemResult, type Report, type TaskReport } from '../../grading/grade.ts';
import { useInstalledPacks, usePackRows } from '../../storage/hooks.ts';
import { selectWork, useAppStore } from '../../store/store.ts';
import { NavLink } from '../common/NavLink.tsx';
import { KIND_LABELS, ruleLabel } from '../../tasks/labels.ts';
import { saveFile } from '../common/save-file.ts';
import { attemptsOf, submittedAt, type Work } from '../../tasks/work.ts';
import type { Pack } from '../../packs/format.ts';
import { formatDateTime } from '../../chart/format.ts';
import type { CodeValidity } from '../../codes/validity.ts';
import { loadCodeValidity } from '../../store/code-validity.ts';

const download = (name: string, value: unknown) => saveFile(name, `${JSON.stringify(value, null, 2)}\n`);

const fileSafe = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'trainee';

/** Results: which packs have work, then one pack's graded report. */
export function ResultsPage({ packId }: { packId: string | undefined }) {
  const packs = useInstalledPacks();
  if (packId) return <PackResults packId={packId} />;
  return (
    <section className="page" aria-labelledby="results-title">
      <h1 id="results-title">My results</h1>
      <p>Submitted tasks are graded against the pack's answer keys. Choose a scenario pack:</p>
      <ul>
        {(packs ?? [])
          .filter((p) => Object.values(p.summary.tasks).reduce((n, c) => n + c, 0) > 0)
          .map((p) => (
            <li key={p.id}>
              <NavLink to={{ page: 'results', packId: p.id }}>{p.meta.title}</NavLink>
            </li>
          ))}
      </ul>
    </section>
  );
}

function PackResults({ packId }: { packId: string }) {
  const rows = usePackRows(packId);
  const open = useAppStore(selectWork(packId));
  // Codes are checked against the same code sets as `record-room grade` uses, so both give the same score.
  const [validity, setValidity] = useState<{ check: CodeValidity } | undefined>();
  useEffect(() => {
    void useAppStore.getState().openWork(packId);
  }, [packId]);
  // For the fiscal year the pack is coded to: a code valid in another year's list only is not taken as valid in it.
  const codeYear = rows ? rows.pack.meta.codeSetYear : undefined;
  useEffect(() => {
    if (codeYear === undefined) return;
    let live = true;
    void loadCodeValidity(codeYear).then((check) => {
      if (live) setValidity({ check });
    });
    return () => {
      live = false;
    };
  }, [codeYear]);
  // The pack is assembled once per stored pack, so its facts are built once and each action regrades only the work.
  const pack = useMemo(() => (rows ? assemblePack(rows) : undefined), [rows]);
  const report: Report | undefined = useMemo(() => {
    if (!pack || !open || !validity) return undefined;
    return grade(pack, pack.keys, open.work, { onlySubmitted: true, validity: validity.check });
  }, [pack, open, validity]);

  if (rows === undefined || (rows && (!open || !validity)))
    return (
      <p role="status" className="page">
        Grading…
      </p>
    );
  if (!rows || !open || !report)
    return (
      <section className="page">
        <h1>Pack not found</h1>
        <p>This scenario pack is not installed.</p>
      </section>
    );
  const submitted = rows.tasks.filter((t) => submittedAt(open.work, t.id) !== undefined).length;
  const earlierOf = (taskId: string) => earlierAttempts(pack!, open.work, taskId, validity!.check);
  const unkeyed = rows.tasks.filter((t) => submittedAt(open.work, t.id) !== undefined && !t.key).length;
  const name = fileSafe(open.work.trainee.name);

  return (
    <section className="page results" aria-labelledby="results-title">
      <header className="results-head">
        <div>
          <h1 id="results-title">Results: {rows.pack.meta.title}</h1>
          <p className="muted">
            Trainee {open.work.trainee.name}
            {open.work.trainee.studentId ? ` (${open.work.trainee.studentId})` : ''} · pack version {rows.pack.meta.packVersion}
          </p>
        </div>
        <div className="results-actions no-print">
          <button type="button" onClick={() => window.print()}>
            Print results
          </button>
          <button type="button" onClick={() => download(`work-${packId}-${name}.json`, open.work)}>
            Export work (work.json)
          </button>
          <button type="button" onClick={() => download(`report-${packId}-${name}.json`, report)}>
            Export report (JSON)
          </button>
        </div>
      </header>
      {submitted === 0 ? (
        <p>
          No task of this pack has been submitted yet. <NavLink to={{ page: 'queue', queue: 'filing' }}>Go to the work queues</NavLink>.
        </p>
      ) : (
        <>
          <section aria-label="Score summary" className="score-summary">
            <p className="overall">
              <span className="big" aria-label={`Overall score ${report.overall.percent}%`}>
                {report.overall.percent}%
              </span>{' '}
              over {report.overall.tasks} graded task{report.overall.tasks === 1 ? '' : 's'}
            </p>
            {unkeyed > 0 && (
              <p className="muted small">
                {unkeyed} submitted task{unkeyed === 1 ? ' has' : 's have'} no answer key in this pack: your instructor grades{' '}
                {unkeyed === 1 ? 'it' : 'them'} from your exported work.
              </p>
            )}
            <table className="compact by-domain">
              <caption>By RHIT domain</caption>
              <thead>
                <tr>
                  <th scope="col">Domain</th>
                  <th scope="col" className="num">
                    Tasks
                  </th>
                  <th scope="col" className="num">
                    Score
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.byDomain.map((d) => (
                  <tr key={d.domain}>
                    <td>{d.label}</td>
                    <td className="num">{d.tasks}</td>
                    <td className="num">{d.percent}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {report.tasks.map((t) => (
            <TaskResult key={t.taskId} packId={packId} task={t} earlier={earlierOf(t.taskId)} />
          ))}
        </>
      )}
    </section>
  );
}

const STATUS_WORDS: Record<ItemResult['status'], string> = {
  correct: 'Correct',
  partial: 'Partly right',
  wrong: 'Wrong',
  missing: 'Missed',
  extra: 'Extra',
  optional: 'For discussion',
};

/** "−4.2" points of the task, or a dash when the item cost nothing. */
const lostWords = (lost: number) => (lost > 0 ? `−${lost.toFixed(1)}` : '—');

/** A task's earlier submitted attempts (it was practised again), each graded as it was handed in. */
function earlierAttempts(pack: Pack, work: Work, taskId: string, validity: CodeValidity): { submittedAt: string; percent: number }[] {
  return attemptsOf(work, taskId).map((attempt) => {
    const alone: Work = { ...work, tasks: { [taskId]: attempt.work }, submitted: { [taskId]: attempt.submittedAt }, attempts: {} };
    const graded = grade(pack, pack.keys, alone, { onlySubmitted: true, validity }).tasks[0];
    return { submittedAt: attempt.submittedAt, percent: graded?.percent ?? 0 };
  });
}

function practiseAgain(packId: string, taskId: string) {
  const problem = useAppStore.getState().dispatch(packId, { type: 'task/practise-again', taskId });
  if (problem === undefined) useAppStore.getState().navigate({ page: 'task', packId, taskId });
}

function TaskResult({ packId, task, earlier }: { packId: string; task: TaskReport; earlier: { submittedAt: string; percent: number }[] }) {
  const headingId = `result-${task.taskId}`;
  const totalWeight = task.parts.reduce((n, p) => n + p.weight, 0) || 1;
  return (
    <article className="task-result" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>
          <NavLink to={{ page: 'task', packId, taskId: task.taskId }}>{task.title}</NavLink>
          <span className="task-score" aria-label={`Score ${task.percent}%`}>
            {task.percent}%
          </span>
        </h2>
        <p className="muted small">
          {KIND_LABELS[task.kind]} ·{' '}
          {task.parts
            .map((p) => `${p.name} ${Math.round(p.score * 100)}% (${Math.round((p.weight / totalWeight) * 100)}% of the task)`)
            .join(' · ')}
        </p>
        {task.summary.map((line) => (
          <p key={line} className="case-line">
            {line}
          </p>
        ))}
        {earlier.length > 0 && (
          <p className="muted small">
            Earlier attempts: {earlier.map((a) => `${formatDateTime(a.submittedAt.slice(0, 16))} ${a.percent}%`).join(' · ')}
          </p>
        )}
        <p className="no-print">
          <button type="button" onClick={() => practiseAgain(packId, task.taskId)}>
            Practise again
          </button>
          <span className="muted small"> Starts this task again from blank; this attempt and its score stay in your history.</span>
        </p>
        {task.capped && (
          <p className="critical-note">
            A critical error caps this task at 40%: it would be a safety or privacy failure in a real department.
          </p>
        )}
      </header>
      <table className="compact items">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">You</th>
            <th scope="col">Answer key</th>
            <th scope="col" className="num">
              Points lost
            </th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {task.items.map((item) => (
            <tr key={item.id} className={`item-${item.status}${item.critical && item.status !== 'correct' ? ' item-critical' : ''}`}>
              <td>
                {item.critical && item.status !== 'correct' && <strong className="critical-tag">Critical · </strong>}
                {item.label}
                <br />
                <span className={`status item-status-${item.status}`}>{STATUS_WORDS[item.status]}</span>
              </td>
              <td className="small">{item.trainee}</td>
              <td className="small">{item.expected}</td>
              <td className="num nowrap" aria-label={item.lost > 0 ? `${item.lost.toFixed(1)} points lost` : 'no points lost'}>
                {lostWords(item.lost)}
              </td>
              <td className="small why">{item.explanation || (item.rule ? `Right (${ruleLabel(item.rule)}).` : 'Right.')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
