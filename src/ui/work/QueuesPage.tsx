import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useInstalledPacks, useTasks } from '../../storage/hooks.ts';
import type { QueueSlug } from '../../store/route.ts';
import { useAppStore } from '../../store/store.ts';
import type { TaskKind } from '../../tasks/registry.ts';
import { WORKSPACES, WORKSPACE_KINDS, kindOfQueue } from './workspaces.ts';
import { RHIT_DOMAINS } from '../../tasks/model.ts';
import { NavLink } from '../common/NavLink.tsx';
import { VirtualTable } from '../common/VirtualTable.tsx';
import { STATUS_LABELS, taskStatus } from './task-status.ts';
import { submittedAt, taskWorkOf } from '../../tasks/work.ts';

/** Task, status, difficulty, minutes, facility, domain: what a worker scans first comes first, and stays in view beside the encoder. */
const WORKLIST_COLUMNS = 'minmax(12rem, 3fr) 7.5rem 6rem 4.5rem minmax(8rem, 1.5fr) minmax(8rem, 1.5fr)';

/** The department's work queues, one per task kind, each a worklist of tasks across the installed packs. */
export function QueuesPage({ queue: slug }: { queue: QueueSlug }) {
  const current = kindOfQueue(slug);
  const tasks = useTasks();
  const packs = useInstalledPacks();
  const works = useAppStore((s) => s.works);
  const tabRefs = useRef(new Map<TaskKind, HTMLButtonElement>());

  const packIds = useMemo(() => [...new Set((tasks ?? []).map((t) => t.packId))], [tasks]);
  useEffect(() => {
    for (const id of packIds) void useAppStore.getState().openWork(id);
  }, [packIds]);

  const facility = useMemo(() => new Map((packs ?? []).map((p) => [p.id, p.meta.facility.name])), [packs]);
  const counts = useMemo(() => {
    const out = Object.fromEntries(WORKSPACE_KINDS.map((k) => [k, { open: 0, total: 0 }])) as Record<
      TaskKind,
      { open: number; total: number }
    >;
    for (const t of tasks ?? []) {
      const count = out[t.task.kind];
      count.total += 1;
      const done = works.get(t.packId)?.work.submitted;
      if (!done || !Object.hasOwn(done, t.id)) count.open += 1;
    }
    return out;
  }, [tasks, works]);

  const select = (k: TaskKind) => useAppStore.getState().navigate({ page: 'queue', queue: WORKSPACES[k].queue });
  const onKey = (event: KeyboardEvent) => {
    const i = WORKSPACE_KINDS.indexOf(current);
    const n = WORKSPACE_KINDS.length;
    const next =
      event.key === 'ArrowRight' ? WORKSPACE_KINDS[(i + 1) % n] : event.key === 'ArrowLeft' ? WORKSPACE_KINDS[(i + n - 1) % n] : undefined;
    if (!next) return;
    event.preventDefault();
    select(next);
    tabRefs.current.get(next)?.focus();
  };

  const list = (tasks ?? []).filter((t) => t.task.kind === current);
  const here = WORKSPACES[current];
  return (
    <section className="page page-fill" aria-labelledby="queues-title">
      <div className="page-head queue-head">
        <h1 id="queues-title">HIM work queues</h1>
        <NavLink to={{ page: 'results' }} className="button">
          My results
        </NavLink>
      </div>
      <div role="tablist" aria-label="Work queues" className="tabs" onKeyDown={onKey}>
        {WORKSPACE_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`queue-${WORKSPACES[k].queue}`}
            aria-selected={k === current}
            aria-controls="queue-panel"
            tabIndex={k === current ? 0 : -1}
            ref={(el) => {
              if (el) tabRefs.current.set(k, el);
            }}
            onClick={() => select(k)}
          >
            {WORKSPACES[k].title}{' '}
            <span className="count" aria-label={`${counts[k].open} open`}>
              {counts[k].open}
            </span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id="queue-panel" aria-labelledby={`queue-${here.queue}`} className="tab-panel fill">
        <p className="muted">{here.what}</p>
        {tasks === undefined ? (
          <p role="status">Loading the worklist…</p>
        ) : list.length === 0 ? (
          <p>No {here.title.toLowerCase()} work in the installed packs. Scenario packs with tasks bring work here.</p>
        ) : (
          <VirtualTable
            label={`${here.title} worklist`}
            className="worklist"
            wrap
            columns={WORKLIST_COLUMNS}
            rowHeight={38}
            count={list.length}
            rowKey={(i) => `${list[i]!.packId}/${list[i]!.id}`}
            head={
              <>
                <th scope="col">Task</th>
                <th scope="col">Status</th>
                <th scope="col">Difficulty</th>
                <th scope="col" className="num">
                  Est. min
                </th>
                <th scope="col">Facility</th>
                <th scope="col">RHIT domain</th>
              </>
            }
            row={(i) => {
              const t = list[i]!;
              const open = works.get(t.packId);
              const status = taskStatus(
                open ? taskWorkOf(open.work, t.id) : undefined,
                open ? submittedAt(open.work, t.id) !== undefined : false,
              );
              return (
                <>
                  <td>
                    <NavLink to={{ page: 'task', packId: t.packId, taskId: t.id }}>{t.task.title}</NavLink>
                  </td>
                  <td>
                    <span className={`status task-${status}`}>{STATUS_LABELS[status]}</span>
                  </td>
                  <td>
                    <span className={`difficulty difficulty-${t.task.difficulty}`}>{t.task.difficulty}</span>
                  </td>
                  <td className="num">{t.task.estimatedMinutes}</td>
                  <td>{facility.get(t.packId) ?? t.packId}</td>
                  <td className="small">{RHIT_DOMAINS[t.task.rhitDomain]}</td>
                </>
              );
            }}
          />
        )}
      </div>
    </section>
  );
}
