import { Suspense, lazy, useEffect, useState } from 'react';
import type { PackRows } from '../../packs/normalise.ts';
import { usePackRows } from '../../storage/hooks.ts';
import { QUEUES, queueOfKind } from '../../store/route.ts';
import { selectWork, useAppStore } from '../../store/store.ts';
import { clock } from '../../app/clock.ts';
import { formatDateTime } from '../../chart/format.ts';
import { RHIT_DOMAINS, type Task } from '../../tasks/model.ts';
import type { Command, TaskWork } from '../../tasks/work.ts';
import { NavLink } from '../common/NavLink.tsx';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { FilingWork } from './FilingWork.tsx';
import { RequestWork } from './RequestWork.tsx';
import { DeficiencyWork } from './DeficiencyWork.tsx';
import { KIND_LABELS } from '../../tasks/labels.ts';
import { STATUS_LABELS, taskStatus } from './task-status.ts';

/** The coding workspace brings the code sets with it, so it loads only when a coding task opens. */
const CodingWork = lazy(() => import('./CodingWork.tsx').then((m) => ({ default: m.CodingWork })));

/** A command of one task, without the task id (the workspace fills it in). */
export type TaskCommand = Command extends infer C ? (C extends { taskId: string } ? Omit<C, 'taskId'> : never) : never;

/** What every workspace receives: the pack, its task, the trainee's work on it, and how to act. */
export interface WorkspaceProps<T extends Task, W extends TaskWork> {
  rows: PackRows;
  task: T;
  work: W | undefined;
  act: (command: TaskCommand) => void;
  /** Submitted: shown as handed in, nothing can change. */
  locked: boolean;
}

export function TaskPage({ packId, taskId }: { packId: string; taskId: string }) {
  const rows = usePackRows(packId);
  const open = useAppStore(selectWork(packId));
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void useAppStore.getState().openWork(packId);
  }, [packId]);

  if (rows === undefined || (rows && !open)) return <p role="status" className="page">Opening the task…</p>;
  const row = rows?.tasks.find((t) => t.id === taskId);
  if (!rows || !row || !open) {
    return (
      <section className="page">
        <h1>Task not found</h1>
        <p>This task is not in any installed scenario pack. Its pack may have been removed or replaced.</p>
        <NavLink to={{ page: 'queue', queue: 'filing' }}>Back to the work queues</NavLink>
      </section>
    );
  }
  const task = row.task;
  const work = open.work.tasks[task.id];
  const submittedAt = open.work.submitted[task.id];
  const locked = Boolean(submittedAt);
  const status = taskStatus(work, locked);
  const queue = queueOfKind(task.kind);
  const act = (command: TaskCommand) => {
    useAppStore.getState().dispatch(packId, { ...command, taskId: task.id } as Command);
  };
  const common = { rows, act, locked };

  return (
    <section className="page task-page" aria-labelledby="task-title">
      <nav aria-label="Breadcrumb" className="crumbs small">
        <NavLink to={{ page: 'queue', queue }}>{QUEUES[queue].title} queue</NavLink> › {rows.pack.meta.facility.name}
      </nav>
      <header className="task-head">
        <div>
          <h1 id="task-title">{task.title}</h1>
          <p className="muted small">
            {KIND_LABELS[task.kind]} · {task.difficulty} · about {task.estimatedMinutes} min · {RHIT_DOMAINS[task.rhitDomain]}
          </p>
        </div>
        <div className="task-state">
          <span className={`status task-${status}`}>{STATUS_LABELS[status]}</span>
          <p role="status" className="small save-state">
            {locked ? `Submitted ${formatDateTime(submittedAt)}` : open.saved ? `All changes saved (${open.commands} actions)` : 'Saving…'}
          </p>
        </div>
      </header>
      {open.problem && <p role="alert" className="problem-box">{open.problem}</p>}
      <section className="instructions" aria-label="Instructions">
        <h2>Instructions</h2>
        <p className="pre-line">{task.instructions}</p>
      </section>

      {task.kind === 'file' && <FilingWork {...common} task={task} work={work?.kind === 'file' ? work : undefined} />}
      {task.kind === 'retrieve' && <RequestWork {...common} task={task} work={work?.kind === 'retrieve' ? work : undefined} />}
      {task.kind === 'complete' && <DeficiencyWork {...common} task={task} work={work?.kind === 'complete' ? work : undefined} />}
      {task.kind === 'code' && (
        <Suspense fallback={<p role="status">Opening the coding workspace…</p>}>
          <CodingWork {...common} task={task} work={work?.kind === 'code' ? work : undefined} />
        </Suspense>
      )}

      <footer className="task-foot">
        {locked ? (
          <p>
            This task was handed in and can no longer change.{' '}
            <NavLink to={{ page: 'results', packId }}>See your results</NavLink>
          </p>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => setConfirming(true)}>Submit task</button>
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
          <p>Once submitted, “{task.title}” is graded against the answer key and can no longer be changed.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
