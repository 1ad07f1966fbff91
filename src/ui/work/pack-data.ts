/** The views of a stored pack that the work screens need: one chart at a time, names for ids. */
import type { PackRows, PatientRow } from '../../packs/normalise.ts';
import type { ChartData } from '../../storage/charts.ts';
import { formatDate, formatNameLastFirst, formatProviderWithSpecialty } from '../../chart/format.ts';

/** One patient's chart from the pack's rows, in the shape the chart components read. */
export function chartOf(rows: PackRows, patientId: string): ChartData | undefined {
  const patient = rows.patients.find((p) => p.id === patientId);
  if (!patient) return undefined;
  return {
    patient,
    encounters: rows.encounters.filter((e) => e.patientId === patientId).sort((a, b) => a.admittedAt.localeCompare(b.admittedAt)),
    documents: rows.documents.filter((d) => d.patientId === patientId).sort((a, b) => a.serviceAt.localeCompare(b.serviceAt)),
    clinical: rows.clinical.filter((c) => c.patientId === patientId),
    providers: new Map(rows.providers.map((p) => [p.id, p])),
    facilityName: rows.pack.meta.facility.name,
  };
}

/** "ODUYA, Grace Adaeze · MRN 0048213 · DOB 03/14/1961" */
export function patientLine(p: PatientRow | undefined): string {
  if (!p) return 'No patient selected';
  return `${formatNameLastFirst(p.name)} · MRN ${p.mrn} · DOB ${formatDate(p.birthDate)}`;
}

export function providerOptions(rows: PackRows): { id: string; label: string }[] {
  return rows.providers
    .map((p) => ({ id: p.id, label: formatProviderWithSpecialty(p), family: p.name.family }))
    .sort((a, b) => a.family.localeCompare(b.family))
    .map(({ id, label }) => ({ id, label }));
}
