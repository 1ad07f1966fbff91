/**
 * A task as a department's work queue lists it: the work item (whose record, which account and
 * service, when discharged and how long the stay, what kind of request and when it is due), never
 * what the answer is. A task's title is the author's teaching title ("severe sepsis from E. coli
 * pyelonephritis", "attorney request with an incomplete authorization"): it says what the trainee
 * is meant to find, so it is shown only once the task is graded. Each kind says what its work item
 * is (`workItem` in its definition); this file holds the shared vocabulary. Pure.
 */
import type { Encounter, EncounterClass, HumanName, LooseDocument } from '../../chart/model.ts';
import type { Facility } from '../../chart/facility.ts';
import { formatDate, formatNameLastFirst } from '../../chart/format.ts';

export interface WorkItem {
  /** What the work is, in a worklist's words: "Inpatient record", "Release request", "Loose documents". */
  what: string;
  /** The patient whose record it is, when the queue knows it (a request's patient is for the trainee to find). */
  patient?: { id: string; name: HumanName; mrn: string };
  account?: string;
  encounterClass?: EncounterClass;
  service?: string;
  admittedAt?: string;
  dischargedAt?: string;
  /** Whole days from admission to discharge (an inpatient stay of one night is 1). */
  lengthOfStay?: number;
  /** Who sent it (a request's requester, a batch's sources). */
  from?: string;
  receivedAt?: string;
  /** The date the work is due by the facility's rules or the law (YYYY-MM-DD). */
  dueOn?: string;
  /** How many documents it holds (a filing batch). */
  documents?: number;
}

/** What a kind may look up in its pack to describe a task. */
export interface WorkItemSource {
  facility: Facility;
  patient: (id: string) => { id: string; name: HumanName; mrn: string } | undefined;
  encounter: (id: string) => Encounter | undefined;
  looseDocument: (id: string) => LooseDocument | undefined;
}

const DAY_MS = 86_400_000;
const dayNumber = (localDateTime: string) =>
  Date.UTC(+localDateTime.slice(0, 4), +localDateTime.slice(5, 7) - 1, +localDateTime.slice(8, 10)) / DAY_MS;

/** Days between two local dates (midnights crossed), as the census counts a stay. */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The date `days` after a local date-time's date (YYYY-MM-DD). */
export function addDays(localDateTime: string, days: number): string {
  return new Date((dayNumber(localDateTime) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The parts of a work item an encounter gives: account, class, service, dates and length of stay. */
export function encounterItem(encounter: Encounter | undefined): Partial<WorkItem> {
  if (!encounter) return {};
  return {
    account: encounter.accountNumber,
    encounterClass: encounter.class,
    service: encounter.service,
    admittedAt: encounter.admittedAt,
    ...(encounter.dischargedAt
      ? {
          dischargedAt: encounter.dischargedAt,
          ...(encounter.class === 'inpatient'
            ? { lengthOfStay: Math.max(1, daysBetween(encounter.admittedAt, encounter.dischargedAt)) }
            : {}),
        }
      : {}),
  };
}

const CLASS_WORDS: Record<EncounterClass, string> = { inpatient: 'Inpatient', outpatient: 'Outpatient', emergency: 'Emergency' };

/** "Inpatient record", "Emergency visit": what an encounter's record is called in a queue. */
export function encounterWhat(encounter: Encounter | undefined, noun: string): string {
  return encounter ? `${CLASS_WORDS[encounter.class]} ${noun}` : noun.charAt(0).toUpperCase() + noun.slice(1);
}

/**
 * A work item in one line, as the queue's link and the task page's heading say it:
 * "Inpatient stay · ALLEN, Robert James · RG24010422", "Attorney with authorization request ·
 * Baker & Lowe LLP · received 03/02/2025", "Loose documents (3) · Lakeside Imaging · received 02/10/2025".
 */
export function workItemTitle(item: WorkItem): string {
  if (item.patient) return [item.what, formatNameLastFirst(item.patient.name), item.account].filter(Boolean).join(' · ');
  const count = item.documents !== undefined && item.documents > 0 ? ` (${item.documents})` : '';
  return [`${item.what}${count}`, item.from, item.receivedAt ? `received ${formatDate(item.receivedAt)}` : undefined]
    .filter(Boolean)
    .join(' · ');
}
