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
  // Vital signs are results, but a flowsheet of their own, not laboratory results.
  vitals: 'Vitals',
  reports: 'Reports',
  // Kept apart from Notes, as HIPAA keeps psychotherapy notes apart from the record (45 CFR 164.501).
  psychotherapy: 'Psychotherapy notes',
  encounters: 'Encounters',
  // Address, phone, identifiers, previous names and aliases: what identity checks compare (CPRS opens it from the banner).
  demographics: 'Demographics',
} as const;
export type ChartTabSlug = keyof typeof CHART_TAB_SLUGS;

/**
 * A work queue's slug (`filing`, `coding`): the workspace registry (ui/work/workspaces.ts) says
 * which queues exist; an unknown slug opens the first one.
 */
export type QueueSlug = string;

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
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((p) => {
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
      return { page: 'queue', queue: parts[1] && /^[a-z-]{1,40}$/.test(parts[1]) ? parts[1] : 'filing' };
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
      return `#/queues/${encodeURIComponent(route.queue)}`;
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
