/**
 * How the chart writes names, dates, counts and signatures, as US EHRs display them. Every screen
 * formats through these, so one kind of value reads one way everywhere. Pure.
 *
 * Dates come in three kinds, each with one format:
 * - a calendar date (birth, onset): `formatDate`, "03/14/1957";
 * - a chart date-time, the facility's wall-clock time of care (model.ts `LocalDateTime`):
 *   `formatDateTime`, "03/14/2025 14:05";
 * - an instant the app recorded (a chart opened, a pack installed, a task handed in), stored in UTC:
 *   `formatTimestamp`, in the trainee's own time zone and to the second, "03/14/2025 14:05:07".
 */
import type { Authentication, ClinicalDocument, DischargeDisposition, HumanName, Provider } from './model.ts';
import { ageOn } from '../mpi/dates.ts';

/** "ODUYA, Margaret Ann" — the family name first and in capitals, as CPRS and MPI lists show it. */
export function formatNameLastFirst(name: Pick<HumanName, 'family' | 'given'> & { suffix?: string | undefined }): string {
  const suffix = name.suffix ? ` ${name.suffix}` : '';
  return `${name.family.toUpperCase()}${suffix}, ${name.given.join(' ')}`;
}

/** "Margaret Ann Oduya" */
export function formatNameNatural(name: Pick<HumanName, 'family' | 'given'> & { suffix?: string | undefined }): string {
  return [...name.given, name.family, name.suffix ?? ''].filter(Boolean).join(' ');
}

/** "03/14/1957" from "1957-03-14" or a date-time. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
}

/** "03/14/2025 14:05" from "2025-03-14T14:05". */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  return iso.length > 10 ? `${formatDate(iso)} ${iso.slice(11, 16)}` : formatDate(iso);
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * "03/14/2025 14:05:07" from an ISO instant ("2025-03-14T14:05:07.120Z"), in the local time zone:
 * when the trainee did something, on their own clock. Text that is no date is shown as it is.
 */
export function formatTimestamp(iso: string | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const date = `${two(at.getMonth() + 1)}/${two(at.getDate())}/${at.getFullYear()}`;
  return `${date} ${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

/**
 * "1 document", "2 documents", "1,200 patients": a count with its noun agreeing. Give the plural
 * when it is not the singular plus "s" (`plural(n, 'diagnosis', 'diagnoses')`).
 */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : pluralForm}`;
}

/**
 * What a chart field holds when the source did not say: imported providers without a
 * qualification or specialty have it. It is never shown after a provider's name.
 */
export const NOT_RECORDED = 'Not recorded';

const recorded = (text: string | undefined): text is string =>
  text !== undefined && text.trim() !== '' && text.trim().toLowerCase() !== NOT_RECORDED.toLowerCase();

/**
 * A provider as the chart names them: "Helen Adams, MD". Without recorded credentials the name
 * stands alone, with its title if it has one ("Dr. Irvin Emard"), never "Irvin Emard, Not recorded".
 */
export function formatProviderName(provider: Pick<Provider, 'name' | 'credentials'>): string {
  const name = formatNameNatural(provider.name);
  if (recorded(provider.credentials)) return `${name}, ${provider.credentials.trim()}`;
  return provider.name.prefix ? `${provider.name.prefix} ${name}` : name;
}

/** "Helen Adams, MD (Internal Medicine)": the name, and the specialty when it is recorded. */
export function formatProviderWithSpecialty(provider: Pick<Provider, 'name' | 'credentials' | 'specialty'>): string {
  const name = formatProviderName(provider);
  return recorded(provider.specialty) ? `${name} (${provider.specialty.trim()})` : name;
}

/** Discharge dispositions in words, as a discharge summary or an abstract states them. */
export const DISPOSITION_LABELS: Record<DischargeDisposition, string> = {
  home: 'Home or self-care',
  'home-health': 'Home with home health services',
  'skilled-nursing': 'Skilled nursing facility',
  rehabilitation: 'Inpatient rehabilitation facility',
  'long-term-care': 'Long-term care',
  hospice: 'Hospice',
  'transfer-acute': 'Transferred to another hospital',
  'left-against-advice': 'Left against medical advice',
  expired: 'Expired',
  'admitted-inpatient': 'Admitted as an inpatient',
  other: 'Other',
};

export function ageLabel(birthDate: string, today: string, deceasedAt?: string): string {
  return `${ageOn(birthDate, deceasedAt ?? today)}`;
}

export type SignatureStatus = 'unsigned' | 'uncosigned' | 'completed' | 'amended' | 'retracted';

export const SIGNATURE_LABELS: Record<SignatureStatus, string> = {
  unsigned: 'Unsigned',
  uncosigned: 'Awaiting co-signature',
  completed: 'Signed',
  amended: 'Amended',
  retracted: 'Entered in error',
};

/**
 * A document's authentication status, derived from its signature events (CPRS shows the same as
 * UNSIGNED, UNCOSIGNED, COMPLETED, AMENDED, RETRACTED).
 */
export function signatureStatus(doc: Pick<ClinicalDocument, 'status' | 'authentications' | 'cosignerRequiredId'>): SignatureStatus {
  if (doc.status === 'entered-in-error') return 'retracted';
  const signed = doc.authentications.some((a) => a.role === 'author' || a.role === 'attester');
  if (!signed || doc.status === 'in-progress') return 'unsigned';
  if (doc.cosignerRequiredId && !doc.authentications.some((a) => a.role === 'cosigner' && a.providerId === doc.cosignerRequiredId)) {
    return 'uncosigned';
  }
  return doc.status === 'amended' ? 'amended' : 'completed';
}

const AUTH_ROLE_WORDS: Record<Authentication['role'], string> = {
  author: 'Signed',
  cosigner: 'Co-signed',
  attester: 'Attested',
};

const METHOD_WORDS: Record<NonNullable<Authentication['method']>, string> = {
  electronic: 'electronically',
  handwritten: 'by hand',
  stamp: 'by signature stamp',
};

/** "Signed electronically by Helen Adams, MD on 01/10/2025 17:05" */
export function describeAuthentication(auth: Authentication, providerName: string): string {
  const method = auth.method ? ` ${METHOD_WORDS[auth.method]}` : '';
  return `${AUTH_ROLE_WORDS[auth.role]}${method} by ${providerName} on ${formatDateTime(auth.at)}`;
}
