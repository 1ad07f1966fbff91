/** How the chart writes names, dates and signatures, as US EHRs display them. Pure. */
import type { Authentication, ClinicalDocument, HumanName } from './model.ts';
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
