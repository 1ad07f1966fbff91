import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useInstalledPacks, useTasks } from '../../storage/hooks.ts';
import { QUEUES, queueOfKind, type QueueSlug } from '../../store/route.ts';
import { useAppStore } from '../../store/store.ts';
import { RHIT_DOMAINS } from '../../tasks/model.ts';
import { NavLink } from '../common/NavLink.tsx';
import { STATUS_LABELS, taskStatus } from './task-status.ts';

const SLUGS = Object.keys(QUEUES) as QueueSlug[];

/** The department's four work queues, each a worklist of tasks across the installed packs. */
export function QueuesPage({ queue }: { queue: QueueSlug }) {
  const tasks = useTasks();
  const packs = useInstalledPacks();
  const works = useAppStore((s) => s.works);
  const tabRefs = useRef(new Map<QueueSlug, HTMLButtonElement>());

  const packIds = useMemo(() => [...new Set((tasks ?? []).map((t) => t.packId))], [tasks]);
  useEffect(() => {
    for (const id of packIds) void useAppStore.getState().openWork(id);
  }, [packIds]);

  const facility = useMemo(() => new Map((packs ?? []).map((p) => [p.id, p.meta.facility.name])), [packs]);
  const counts = useMemo(() => {
    const out = Object.fromEntries(SLUGS.map((q) => [q, { open: 0, total: 0 }])) as Record<QueueSlug, { open: number; total: number }>;
    for (const t of tasks ?? []) {
      const q = queueOfKind(t.task.kind);
      out[q].total += 1;
      if (!works[t.packId]?.work.submitted[t.id]) out[q].open += 1;
    }
    return out;
  }, [tasks, works]);

  const select = (q: QueueSlug) => useAppStore.getState().navigate({ page: 'queue', queue: q });
  const onKey = (event: KeyboardEvent) => {
    const i = SLUGS.indexOf(queue);
    const next = event.key === 'ArrowRight' ? SLUGS[(i + 1) % SLUGS.length] : event.key === 'ArrowLeft' ? SLUGS[(i + SLUGS.length - 1) % SLUGS.length] : undefined;
    if (!next) return;
    event.preventDefault();
    select(next);
    tabRefs.current.get(next)?.focus();
  };

  const list = (tasks ?? []).filter((t) => t.task.kind === QUEUES[queue].kind);
  return (
    <section className="page" aria-labelledby="queues-title">
      <div className="page-head queue-head">
        <h1 id="queues-title">HIM work queues</h1>
        <NavLink to={{ page: 'results' }} className="button">My results</NavLink>
      </div>
      <div role="tablist" aria-label="Work queues" className="tabs" onKeyDown={onKey}>
        {SLUGS.map((q) => (
          <button key={q} type="button" role="tab" id={`queue-${q}`} aria-selected={q === queue} aria-controls="queue-panel"
            tabIndex={q === queue ? 0 : -1} ref={(el) => { if (el) tabRefs.current.set(q, el); }} onClick={() => select(q)}>
            {QUEUES[q].title} <span className="count" aria-label={`${counts[q].open} open`}>{counts[q].open}</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id="queue-panel" aria-labelledby={`queue-${queue}`} className="tab-panel">
        <p className="muted">{QUEUES[queue].what}</p>
        {tasks === undefined ? <p role="status">Loading the worklist…</p> : list.length === 0 ? (
          <p>No {QUEUES[queue].title.toLowerCase()} work in the installed packs. Scenario packs with tasks bring work here.</p>
        ) : (
          <table className="compact worklist" aria-label={`${QUEUES[queue].title} worklist`}>
            <thead>
              <tr><th scope="col">Task</th><th scope="col">Facility</th><th scope="col">Difficulty</th><th scope="col" className="num">Est. min</th><th scope="col">RHIT domain</th><th scope="col">Status</th></tr>
            </thead>
            <tbody>
              {list.map((t) => {
                const open = works[t.packId];
                const status = taskStatus(open?.work.tasks[t.id], Boolean(open?.work.submitted[t.id]));
                return (
                  <tr key={`${t.packId}/${t.id}`}>
                    <td><NavLink to={{ page: 'task', packId: t.packId, taskId: t.id }}>{t.task.title}</NavLink></td>
                    <td>{facility.get(t.packId) ?? t.packId}</td>
                    <td><span className={`difficulty difficulty-${t.task.difficulty}`}>{t.task.difficulty}</span></td>
                    <td className="num">{t.task.estimatedMinutes}</td>
                    <td className="small">{RHIT_DOMAINS[t.task.rhitDomain]}</td>
                    <td><span className={`status task-${status}`}>{STATUS_LABELS[status]}</span></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
