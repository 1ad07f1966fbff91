/**
 * Where the trainee is, as a hash URL (`#/chart/riverside-general/pt-oduya/notes/doc-1`), so a
 * reload or a shared link returns to the same place. Parsing and formatting are pure.
 */
export const CHART_TAB_SLUGS = {
  cover: 'Cover Sheet',
  problems: 'Problems',
  meds: 'Medications',
  orders: 'Orders',
  notes: 'Notes',
  consults: 'Consults',
  surgery: 'Surgery',
  discharge: 'Discharge Summaries',
  labs: 'Labs',
  reports: 'Reports',
  encounters: 'Encounters',
} as const;
export type ChartTabSlug = keyof typeof CHART_TAB_SLUGS;

/** The HIM department's work queues, each holding one kind of task. */
export const QUEUES = {
  filing: { title: 'Filing', kind: 'file', what: 'Index loose documents to the right chart; find misfiled documents.' },
  requests: { title: 'Requests', kind: 'retrieve', what: 'Retrieve records for requests; release of information under HIPAA.' },
  deficiencies: { title: 'Deficiencies', kind: 'complete', what: 'Analyse discharged records for deficiencies and assign them.' },
  coding: { title: 'Coding', kind: 'code', what: 'Code encounters in ICD-10-CM, ICD-10-PCS and HCPCS.' },
} as const;
export type QueueSlug = keyof typeof QUEUES;
export const queueOfKind = (kind: string): QueueSlug =>
  (Object.keys(QUEUES) as QueueSlug[]).find((q) => QUEUES[q].kind === kind) ?? 'filing';

export type Route =
  | { page: 'patients' }
  | { page: 'queue'; queue: QueueSlug }
  | { page: 'task'; packId: string; taskId: string }
  | { page: 'results'; packId?: string }
  | { page: 'library' }
  | { page: 'log' }
  | { page: 'chart'; packId: string; patientId: string; tab: ChartTabSlug; documentId?: string };

const isTab = (s: string | undefined): s is ChartTabSlug => s !== undefined && Object.hasOwn(CHART_TAB_SLUGS, s);

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  switch (parts[0]) {
    case 'library':
      return { page: 'library' };
    case 'log':
      return { page: 'log' };
    case 'queues':
      return { page: 'queue', queue: parts[1] !== undefined && Object.hasOwn(QUEUES, parts[1]) ? (parts[1] as QueueSlug) : 'filing' };
    case 'task':
      return parts[1] && parts[2] ? { page: 'task', packId: parts[1], taskId: parts[2] } : { page: 'queue', queue: 'filing' };
    case 'results':
      return parts[1] ? { page: 'results', packId: parts[1] } : { page: 'results' };
    case 'chart': {
      const [, packId, patientId, tab, documentId] = parts;
      if (!packId || !patientId) return { page: 'patients' };
      const route: Route = { page: 'chart', packId, patientId, tab: isTab(tab) ? tab : 'cover' };
      return documentId ? { ...route, documentId } : route;
    }
    default:
      return { page: 'patients' };
  }
}

export function formatHash(route: Route): string {
  switch (route.page) {
    case 'patients':
      return '#/patients';
    case 'library':
      return '#/library';
    case 'log':
      return '#/log';
    case 'queue':
      return `#/queues/${route.queue}`;
    case 'task':
      return `#/task/${encodeURIComponent(route.packId)}/${encodeURIComponent(route.taskId)}`;
    case 'results':
      return route.packId ? `#/results/${encodeURIComponent(route.packId)}` : '#/results';
    case 'chart': {
      const base = `#/chart/${encodeURIComponent(route.packId)}/${encodeURIComponent(route.patientId)}/${route.tab}`;
      return route.documentId ? `${base}/${encodeURIComponent(route.documentId)}` : base;
    }
  }
}
