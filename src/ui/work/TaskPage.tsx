import { Suspense, useEffect, useState, type ComponentType } from 'react';
import { usePackRows } from '../../storage/hooks.ts';
import { selectWork, useAppStore } from '../../store/store.ts';
import { clock } from '../../app/clock.ts';
import { own } from '../../chart/own.ts';
import { formatTimestamp, plural } from '../../chart/format.ts';
import { RHIT_DOMAINS } from '../../tasks/model.ts';
import { attemptsOf, submittedAt, taskWorkOf, type TaskWork } from '../../tasks/work.ts';
import type { AnyTask } from '../../tasks/registry.ts';
import { NavLink } from '../common/NavLink.tsx';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { KIND_LABELS } from '../../tasks/labels.ts';
import { workItemTitle } from '../../tasks/common/work-item.ts';
import { STATUS_LABELS, taskStatus } from './task-status.ts';
import { WORKSPACES, WORKSPACE_KINDS } from './workspaces.ts';
import type { TaskCommand, WorkspaceProps } from './workspace-props.ts';

export type { TaskCommand, WorkspaceProps };

export function TaskPage({ packId, taskId }: { packId: string; taskId: string }) {
  const rows = usePackRows(packId);
  const open = useAppStore(selectWork(packId));
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void useAppStore.getState().openWork(packId);
  }, [packId]);

  if (rows === undefined || (rows && !open))
    return (
      <p role="status" className="page">
        Opening the task…
      </p>
    );
  const row = rows?.tasks.find((t) => t.id === taskId);
  if (!rows || !row || !open) {
    return (
      <section className="page">
        <h1>Task not found</h1>
        <p>This task is not in any installed scenario pack. Its pack may have been removed or replaced.</p>
        <NavLink to={{ page: 'queue', queue: WORKSPACES[WORKSPACE_KINDS[0]!].queue }}>Back to the work queues</NavLink>
      </section>
    );
  }
  const task = row.task;
  // The teaching title may give the answer away: until the results, the task is its work item.
  const heading = row.item ? workItemTitle(row.item) : `${KIND_LABELS[task.kind]} work item`;
  const work = taskWorkOf(open.work, task.id);
  const handedIn = submittedAt(open.work, task.id);
  const locked = Boolean(handedIn);
  const status = taskStatus(work, locked);
  const started = locked || (own(open.taskCommands, task.id) ?? 0) > 0 || attemptsOf(open.work, task.id).length > 0;
  const workspace = WORKSPACES[task.kind];
  // The registry pairs each kind with its workspace; seen from here, any task with its own kind's work.
  const Workspace = workspace.component as ComponentType<WorkspaceProps<AnyTask, TaskWork>>;
  const act = (command: TaskCommand) => {
    useAppStore.getState().dispatch(packId, { ...command, taskId: task.id });
  };
  const common = { rows, act, locked };

  return (
    <section className="page task-page" aria-labelledby="task-title">
      <nav aria-label="Breadcrumb" className="crumbs small">
        <NavLink to={{ page: 'queue', queue: workspace.queue }}>{workspace.title} queue</NavLink> › {rows.pack.meta.facility.name}
      </nav>
      <header className="task-head">
        <div>
          <h1 id="task-title">{heading}</h1>
          <p className="muted small">
            {KIND_LABELS[task.kind]} · {task.difficulty} · about {task.estimatedMinutes} min · {RHIT_DOMAINS[task.rhitDomain]}
          </p>
        </div>
        <div className="task-state">
          <span className={`status task-${status}`}>{STATUS_LABELS[status]}</span>
          <p role="status" className="small save-state">
            {locked
              ? `Submitted ${formatTimestamp(handedIn)}`
              : open.saved
                ? `All changes saved (${plural(own(open.taskCommands, task.id) ?? 0, 'action')} on this task)`
                : 'Saving…'}
          </p>
        </div>
      </header>
      {open.unreadable && (
        <p role="alert" className="problem-box">
          {open.unreadable}
        </p>
      )}
      {open.problem && (
        <p role="alert" className="problem-box">
          {open.problem}
        </p>
      )}
      {/* Open until the trainee has started the task; then folded, so the work is on the first screen. */}
      <details className="instructions" open={!started}>
        <summary>
          <h2>Instructions</h2>
        </summary>
        <p className="pre-line">{task.instructions}</p>
      </details>

      <Suspense fallback={<p role="status">Opening the {workspace.title.toLowerCase()} workspace…</p>}>
        <Workspace {...common} task={task} work={work?.kind === task.kind ? work : undefined} />
      </Suspense>

      <footer className="task-foot">
        {locked ? (
          <>
            <p>
              This task was handed in and can no longer change. <NavLink to={{ page: 'results', packId }}>See your results</NavLink>
            </p>
            {row.key && (
              <p>
                <button type="button" onClick={() => act({ type: 'task/practise-again' })}>
                  Practise again
                </button>
                <span className="muted small">
                  {' '}
                  Starts this task again from blank; your submitted attempt and its score stay in your history.
                </span>
              </p>
            )}
          </>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              Submit task
            </button>
            <span className="muted small"> Until you submit, you can change anything; your work is saved as you go.</span>
          </>
        )}
      </footer>
      {confirming && (
        <ConfirmDialog
          title="Submit this task?"
          confirmLabel="Submit for grading"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            act({ type: 'task/submit', at: clock.now().toISOString() });
          }}
        >
          <p>Once submitted, “{heading}” is graded against the answer key and can no longer be changed.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
