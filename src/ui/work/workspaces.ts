/**
 * The workspace registry: for every task kind, its work queue (the tab's slug, title and what it
 * holds) and the component a task of that kind opens in. The compiler refuses a registered task
 * kind without a workspace. The queues page, the task page and the routes read only this.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { TaskKind, TaskOf, WorkOf } from '../../tasks/registry.ts';
import type { WorkspaceProps } from './workspace-props.ts';
import { FilingWork } from './FilingWork.tsx';
import { RequestWork } from './RequestWork.tsx';
import { DeficiencyWork } from './DeficiencyWork.tsx';

export interface Workspace<K extends TaskKind> {
  /** The queue's slug in the URL: `#/queues/filing`. */
  queue: string;
  /** The queue's tab title. */
  title: string;
  /** What the queue holds, in one sentence. */
  what: string;
  component: ComponentType<WorkspaceProps<TaskOf<K>, WorkOf<K>>> | LazyExoticComponent<ComponentType<WorkspaceProps<TaskOf<K>, WorkOf<K>>>>;
}

export const WORKSPACES = {
  file: {
    queue: 'filing',
    title: 'Filing',
    what: 'Index loose documents to the right chart; find misfiled documents.',
    component: FilingWork,
  },
  retrieve: {
    queue: 'requests',
    title: 'Requests',
    what: 'Retrieve records for requests; release of information under HIPAA.',
    component: RequestWork,
  },
  complete: {
    queue: 'deficiencies',
    title: 'Deficiencies',
    what: 'Analyse discharged records for deficiencies and assign them.',
    component: DeficiencyWork,
  },
  // The coding workspace brings the code sets with it, so it loads only when a coding task opens.
  code: {
    queue: 'coding',
    title: 'Coding',
    what: 'Code encounters in ICD-10-CM, ICD-10-PCS and HCPCS.',
    component: lazy(() => import('./CodingWork.tsx').then((m) => ({ default: m.CodingWork }))),
  },
} as const satisfies { readonly [K in TaskKind]: Workspace<K> };

export const WORKSPACE_KINDS = Object.keys(WORKSPACES) as TaskKind[];

/** The kind whose queue has this slug; an unknown slug opens the first queue. */
export function kindOfQueue(slug: string | undefined): TaskKind {
  return WORKSPACE_KINDS.find((k) => WORKSPACES[k].queue === slug) ?? WORKSPACE_KINDS[0]!;
}
