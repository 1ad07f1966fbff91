import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useInstalledPacks, useTasks } from '../../storage/hooks.ts';
import type { QueueSlug } from '../../store/route.ts';
import { useAppStore } from '../../store/store.ts';
import type { TaskKind } from '../../tasks/registry.ts';
import { WORKSPACES, WORKSPACE_KINDS, kindOfQueue } from './workspaces.ts';
import { NavLink } from '../common/NavLink.tsx';
import { VirtualTable } from '../common/VirtualTable.tsx';
import { STATUS_LABELS, taskStatus, type TaskStatus } from './task-status.ts';
import type { TaskRow } from '../../packs/normalise.ts';
import { workItemTitle, type WorkItem } from '../../tasks/common/work-item.ts';
import { formatDate, formatNameLastFirst, plural } from '../../chart/format.ts';
import { KIND_LABELS } from '../../tasks/labels.ts';
import { submittedAt, taskWorkOf } from '../../tasks/work.ts';

/**
 * A worklist's columns, as a department's queue shows its work items: the record or request, whose
 * it is, the account and service, the dates that set its priority, and its status. Never the
 * task's teaching title, which may give the answer away (tasks/common/work-item.ts). A column is
 * shown when some row of the queue has something in it.
 */
const COLUMNS = ['item', 'patient', 'account', 'discharged', 'from', 'received', 'due', 'status', 'effort'] as const;
type Column = (typeof COLUMNS)[number];
const COLUMN_HEADS: Record<Column, string> = {
  item: 'Work item',
  patient: 'Patient',
  account: 'Account · service',
  discharged: 'Discharged (LOS)',
  from: 'From',
  received: 'Received',
  due: 'Due',
  status: 'Status',
  effort: 'Difficulty',
};
const COLUMN_WIDTHS: Record<Column, string> = {
  item: 'minmax(9rem, 1.3fr)',
  patient: 'minmax(10rem, 1.5fr)',
  account: 'minmax(8rem, 1.2fr)',
  discharged: '8.5rem',
  from: 'minmax(9rem, 1.5fr)',
  received: '7.5rem',
  due: '7.5rem',
  status: '7.5rem',
  effort: '7rem',
};
/** Dates never break inside: "04/02/2025" on one line. */
const DATE_COLUMNS: ReadonlySet<Column> = new Set(['discharged', 'received', 'due']);
const hasColumn: Record<Column, (item: WorkItem | undefined) => boolean> = {
  item: () => true,
  patient: (item) => Boolean(item?.patient),
  account: (item) => Boolean(item?.account ?? item?.service),
  discharged: (item) => Boolean(item?.dischargedAt),
  from: (item) => Boolean(item?.from),
  received: (item) => Boolean(item?.receivedAt),
  due: (item) => Boolean(item?.dueOn),
  status: () => true,
  effort: () => true,
};

function cell(column: Column, t: TaskRow, status: TaskStatus, facility: string, manyFacilities: boolean): ReactNode {
  const item = t.item;
  switch (column) {
    case 'item':
      return (
        <>
          <NavLink to={{ page: 'task', packId: t.packId, taskId: t.id }} aria-label={item ? workItemTitle(item) : undefined}>
            {item ? item.what : `${KIND_LABELS[t.task.kind]} work item`}
          </NavLink>
          {item?.documents !== undefined && item.documents > 0 && (
            <span className="muted small"> · {plural(item.documents, 'document')}</span>
          )}
          {!item && <span className="muted small"> (import the pack again to see its details)</span>}
          {manyFacilities && <div className="muted small">{facility}</div>}
        </>
      );
    case 'patient':
      return item?.patient ? (
        <>
          {formatNameLastFirst(item.patient.name)}
          <div className="muted small">MRN {item.patient.mrn}</div>
        </>
      ) : null;
    case 'account':
      return item?.account || item?.service ? (
        <>
          {item.account}
          {item.service && <div className="muted small">{item.service}</div>}
        </>
      ) : null;
    case 'discharged':
      return item?.dischargedAt ? (
        <>
          {formatDate(item.dischargedAt)}
          {item.lengthOfStay !== undefined && <div className="muted small">{plural(item.lengthOfStay, 'day')}</div>}
        </>
      ) : null;
    case 'from':
      return item?.from ?? null;
    case 'received':
      return formatDate(item?.receivedAt);
    case 'due':
      return formatDate(item?.dueOn);
    case 'status':
      return <span className={`status task-${status}`}>{STATUS_LABELS[status]}</span>;
    case 'effort':
      return (
        <>
          <span className={`difficulty difficulty-${t.task.difficulty}`}>{t.task.difficulty}</span>
          <div className="muted small">about {t.task.estimatedMinutes} min</div>
        </>
      );
  }
}

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
  const columns = COLUMNS.filter((c) => list.some((t) => hasColumn[c](t.item)));
  const manyFacilities = new Set(list.map((t) => t.packId)).size > 1;
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
      <div role="tabpanel" id="queue-panel" aria-labelledby={`queue-${here.queue}`} className="tab-panel fill" tabIndex={0}>
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
            columns={columns.map((c) => COLUMN_WIDTHS[c]).join(' ')}
            rowHeight={38}
            count={list.length}
            rowKey={(i) => `${list[i]!.packId}/${list[i]!.id}`}
            head={columns.map((c) => (
              <th key={c} scope="col">
                {COLUMN_HEADS[c]}
              </th>
            ))}
            row={(i) => {
              const t = list[i]!;
              const open = works.get(t.packId);
              const status = taskStatus(
                open ? taskWorkOf(open.work, t.id) : undefined,
                open ? submittedAt(open.work, t.id) !== undefined : false,
              );
              return columns.map((c) => (
                <td key={c} className={DATE_COLUMNS.has(c) ? 'nowrap' : undefined}>
                  {cell(c, t, status, facility.get(t.packId) ?? t.packId, manyFacilities)}
                </td>
              ));
            }}
          />
        )}
      </div>
    </section>
  );
}
