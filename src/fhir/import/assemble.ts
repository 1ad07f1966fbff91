/** FHIR import: the charts and providers mapped so far → identifiers assigned, a validated pack and the report. */
import type { Encounter, Patient, Provider } from '../../chart/model.ts';
import type { Facility, PackInput } from '../../packs/format.ts';
import { CURRENT_PACK_VERSION, PACK_FORMAT } from '../../packs/format.ts';
import { readPackJson } from '../../packs/read.ts';
import { NOT_RECORDED, plural } from '../../chart/format.ts';
import { composeDischargeSummary } from '../discharge-summary.ts';
import { identifierMaker } from '../identifiers.ts';
import { increment, sortedCounts } from '../values.ts';
import { UNKNOWN_PROVIDER_ID, type ImportContext } from './context.ts';
import type { FhirImportResult } from './types.ts';

/** The facility used when the options name none: a 7-digit MRN and an account number "TH" + 8 digits. */
export const DEFAULT_FACILITY: Facility = {
  name: 'Record Room Teaching Hospital',
  mrnFormat: { pattern: '^\\d{7}$', description: '7 digits' },
  accountNumberFormat: { pattern: '^TH\\d{8}$', description: 'TH and 8 digits' },
  completion: {
    historyAndPhysicalMaxDaysBefore: 30,
    historyAndPhysicalHoursAfterAdmission: 24,
    operativeReportHours: 24,
    dischargeSummaryDays: 30,
    recordCompletionDays: 30,
    verbalOrderAuthenticationHours: 48,
  },
  protectedCategories: [],
};

/** Numbers the charts, encounters and everything in them, adds the unknown provider if it was used, and validates the pack. */
export function assemblePack(ctx: ImportContext, files: number, notFhir: string[]): FhirImportResult {
  const facility = ctx.options.facility ?? DEFAULT_FACILITY;
  const mrn = identifierMaker(facility.mrnFormat.pattern);
  const account = identifierMaker(facility.accountNumberFormat.pattern);
  if ('problem' in mrn || 'problem' in account) {
    const which =
      'problem' in mrn
        ? { field: 'mrnFormat', problem: mrn.problem }
        : { field: 'accountNumberFormat', problem: 'problem' in account ? account.problem : '' };
    return { ok: false, problems: [{ path: `facility.${which.field}.pattern`, message: which.problem }], notFhir };
  }

  const providers = uniqueProviders([...ctx.providers.values()]);
  if (ctx.unknownProviderUsed) {
    providers.push({
      id: UNKNOWN_PROVIDER_ID,
      name: { family: 'Provider', given: ['Unknown'] },
      credentials: NOT_RECORDED,
      specialty: NOT_RECORDED,
      role: 'other',
    });
  }

  let generatedSummaries = 0;
  const patients: Patient[] = [];
  let encounterCount = 0;
  for (const chart of ctx.charts.values()) {
    const n = patients.length + 1;
    const encounterIds = new Map<string, string>();
    const encounters: Encounter[] = [];
    for (const draft of ctx.encounters.values()) {
      if (draft.chart !== chart) continue;
      encounterCount++;
      const id = `enc-${n}-${encounters.length + 1}`;
      encounterIds.set(draft.key, id);
      encounters.push({ id, accountNumber: account.make(encounterCount), ...draft.encounter });
    }
    const p = chart.patient;
    const renumber = <T extends { id: string; encounterId?: string | undefined }>(items: T[], prefix: string): T[] =>
      items.map((item, i) => {
        const encounterId = item.encounterId === undefined ? undefined : encounterIds.get(item.encounterId);
        const { encounterId: _old, ...rest } = item;
        return { ...rest, id: `${prefix}-${n}-${i + 1}`, ...(encounterId === undefined ? {} : { encounterId }) } as T;
      });
    const patient: Patient = {
      ...p,
      id: `pt-${n}`,
      mrn: mrn.make(n),
      encounters,
      documents: renumber(p.documents, 'doc'),
      problems: renumber(p.problems, 'prob'),
      medications: renumber(p.medications, 'med'),
      allergies: p.allergies.map((a, i) => ({ ...a, id: `alg-${n}-${i + 1}` })),
      results: renumber(p.results, 'res'),
      procedures: renumber(p.procedures, 'proc'),
      immunizations: renumber(p.immunizations, 'imm'),
    };
    if (ctx.options.composeDischargeSummaries) {
      for (const encounter of encounters) {
        if (encounter.class !== 'inpatient' || encounter.dischargedAt === undefined) continue;
        if (patient.documents.some((d) => d.encounterId === encounter.id && d.type === 'discharge-summary')) continue;
        const summary = composeDischargeSummary(patient, encounter, providers, `doc-${n}-ds-${encounter.id.split('-').at(-1) ?? ''}`);
        if (summary === undefined) {
          ctx.warnings.add(
            'an inpatient stay has no diagnosis, procedure or medication in the source, so no discharge summary was composed for it',
            encounter.origin ? `${encounter.origin.type}/${encounter.origin.id}` : encounter.id,
          );
          continue;
        }
        patient.documents.push(summary);
        generatedSummaries++;
      }
    }
    patients.push(patient);
  }

  const created = {
    providers: providers.length,
    patients: patients.length,
    encounters: encounterCount,
    documents: patients.reduce((sum, p) => sum + p.documents.length, 0),
    conditions: patients.reduce((sum, p) => sum + p.problems.length, 0),
    procedures: patients.reduce((sum, p) => sum + p.procedures.length, 0),
    medications: patients.reduce((sum, p) => sum + p.medications.length, 0),
    allergies: patients.reduce((sum, p) => sum + p.allergies.length, 0),
    results: patients.reduce((sum, p) => sum + p.results.length, 0),
    immunizations: patients.reduce((sum, p) => sum + p.immunizations.length, 0),
    generatedDischargeSummaries: generatedSummaries,
  };
  const file: PackInput = {
    format: PACK_FORMAT,
    version: CURRENT_PACK_VERSION,
    pack: {
      id: ctx.options.packId ?? 'fhir-import',
      title: ctx.options.title ?? 'FHIR import',
      description:
        ctx.options.description ??
        `Imported from FHIR R4 (${plural(files, 'file')}): ${plural(created.patients, 'patient')}, ${plural(created.encounters, 'encounter')}.` +
          (ctx.options.hideSourceCodes ? ' Source codes are hidden so that encounters can be coded.' : '') +
          (generatedSummaries > 0
            ? ` ${plural(generatedSummaries, 'discharge summary', 'discharge summaries')} ${generatedSummaries === 1 ? 'was' : 'were'} generated by Record Room and ${generatedSummaries === 1 ? 'is' : 'are'} marked as such.`
            : ''),
      author: ctx.options.author ?? 'record-room import-fhir',
      licence: ctx.options.licence ?? 'As the source data',
      packVersion: '1.0.0',
      codeSetYear: ctx.options.codeSetYear ?? 2025,
      facility,
    },
    providers,
    patients,
    looseDocuments: [],
    tasks: [],
    keys: [],
  };
  const validated = readPackJson(file);
  if (!validated.ok) {
    // The mapping should never produce an invalid pack; if it does, say where, as for any input.
    return { ok: false, problems: validated.problems.map((p) => ({ path: `(generated pack) ${p.path}`, message: p.message })), notFhir };
  }
  for (const type of Object.keys(ctx.counts.resources)) {
    const accounted = (ctx.counts.mapped[type] ?? 0) + (ctx.counts.unmapped[type] ?? 0);
    const missing = (ctx.counts.resources[type] ?? 0) - accounted;
    if (missing > 0) increment(ctx.counts.unmapped, type, missing);
  }
  return {
    ok: true,
    pack: validated.pack,
    report: {
      files,
      resources: sortedCounts(ctx.counts.resources),
      mapped: sortedCounts(ctx.counts.mapped),
      unmapped: sortedCounts(ctx.counts.unmapped),
      notFhir,
      warnings: ctx.warnings.lines(),
      created,
      unknownProvider: ctx.unknownProviderUsed,
    },
  };
}

/** Providers in the order they were made, each once (several Practitioners may share one NPI). */
function uniqueProviders(all: Provider[]): Provider[] {
  return [...new Set(all)];
}
