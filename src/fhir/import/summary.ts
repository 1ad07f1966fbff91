/**
 * A FHIR import's report in words, for the library's "Installed …" line and the CLI: counts with
 * their nouns agreeing ("1 patient, 12 encounters"), what was not mapped, and what was not FHIR.
 */
import { plural } from '../../chart/format.ts';
import type { ImportReport } from './types.ts';

/** "1 patient, 12 encounters, 30 conditions, 4 procedures, 12 documents" */
export function createdSummary(created: ImportReport['created'], detail: 'short' | 'full' = 'short'): string {
  const counts = [
    plural(created.patients, 'patient'),
    plural(created.encounters, 'encounter'),
    plural(created.conditions, 'condition'),
    plural(created.procedures, 'procedure'),
    plural(created.documents, 'document'),
  ];
  if (detail === 'full')
    counts.push(
      plural(created.medications, 'medication'),
      plural(created.results, 'result'),
      plural(created.immunizations, 'immunization'),
      plural(created.allergies, 'allergy', 'allergies'),
      plural(created.providers, 'provider'),
    );
  return counts.join(', ');
}

/** The library's details line: what the pack holds, what was not mapped, what was not FHIR. */
export function importDetails(report: ImportReport): string {
  const unmapped = Object.entries(report.unmapped)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${type} ${n.toLocaleString('en-US')}`);
  const notFhir = report.notFhir.length;
  return (
    `${createdSummary(report.created)}.` +
    (unmapped.length ? ` Not mapped: ${unmapped.join(', ')}.` : '') +
    (notFhir > 0
      ? ` ${plural(notFhir, 'line')} ${notFhir === 1 ? 'was' : 'were'} not FHIR (${report.notFhir.slice(0, 3).join(', ')}${notFhir > 3 ? '…' : ''}).`
      : '')
  );
}
