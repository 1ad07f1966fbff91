/**
 * FHIR import: the clinical lists — Condition, Procedure, MedicationRequest, AllergyIntolerance,
 * Immunization — and Observation → results. Vital signs are results too, marked with their
 * category so that the chart shows them on the Vitals tab rather than with the laboratory results.
 */
import type {
  AllergyIntolerance,
  Condition,
  Immunization as FhirImmunization,
  MedicationRequest,
  Observation,
  Procedure as FhirProcedure,
} from 'fhir/r4';
import type { CodeRef, Problem, Result } from '../../chart/model.ts';
import { SYSTEM, VITAL_SIGN_LOINC, chartCodeSystem } from '../codes.ts';
import type { SourcedResource } from '../read.ts';
import {
  clip,
  codings,
  conceptText,
  isObject,
  isoDate,
  list,
  localDateTime,
  notAfter,
  num,
  objects,
  str,
  type JsonObject,
} from '../values.ts';
import { defined, optionalClip, originOf, type ImportContext } from './context.ts';

function codeRef(ctx: ImportContext, concept: unknown): CodeRef | undefined {
  if (ctx.options.hideSourceCodes) return undefined;
  for (const coding of codings(concept)) {
    const system = chartCodeSystem(str(coding.system));
    const code = str(coding.code);
    if (system && code) return defined({ system, code: clip(code), display: optionalClip(str(coding.display)) });
  }
  return undefined;
}

export function mapCondition(ctx: ImportContext, s: SourcedResource): void {
  const c = s.resource as Condition & JsonObject;
  const chart = ctx.chartOf(s, 'subject');
  if (!chart) return;
  const encounter = ctx.encounterOf(c.encounter, s, chart);
  const clinical = codings(c.clinicalStatus)[0]?.code;
  const status: Problem['status'] =
    clinical === 'inactive'
      ? 'inactive'
      : clinical === 'resolved' || clinical === 'remission'
        ? 'resolved'
        : clinical === undefined && (c.abatementDateTime !== undefined || c.abatementPeriod !== undefined)
          ? 'resolved'
          : 'active';
  const onset = isoDate(c.onsetDateTime) ?? (isObject(c.onsetPeriod) ? isoDate(c.onsetPeriod['start']) : undefined);
  chart.patient.problems.push(
    defined({
      id: '',
      description: clip(conceptText(c.code) ?? 'Condition (not named in the source)'),
      status,
      onset: onset !== undefined && notAfter(chart.patient.birthDate, onset) ? onset : undefined,
      recordedAt: localDateTime(c.recordedDate),
      encounterId: encounter?.key,
      code: codeRef(ctx, c.code),
      origin: originOf(s),
    }),
  );
  ctx.mapped(s);
}

export function mapProcedure(ctx: ImportContext, s: SourcedResource): void {
  const p = s.resource as FhirProcedure & JsonObject;
  const chart = ctx.chartOf(s, 'subject');
  if (!chart) return;
  const performed =
    localDateTime(p.performedDateTime) ?? (isObject(p.performedPeriod) ? localDateTime(p.performedPeriod['start']) : undefined);
  if (performed === undefined) {
    ctx.unmapped(s, 'a Procedure has no performed date, which a chart procedure needs');
    return;
  }
  const performedAt = ctx.withinLifetime(performed, chart, s);
  const encounter = ctx.encounterOf(p.encounter, s, chart);
  const performer = objects(p.performer)
    .map((x) => ctx.providerOf(x['actor'], s))
    .find((x) => x !== undefined);
  chart.patient.procedures.push(
    defined({
      id: '',
      encounterId: encounter?.key,
      description: clip(conceptText(p.code) ?? 'Procedure (not named in the source)'),
      performedAt,
      performerId: performer?.id,
      code: codeRef(ctx, p.code),
      origin: originOf(s),
    }),
  );
  ctx.mapped(s);
}

export function mapMedicationRequest(ctx: ImportContext, s: SourcedResource): void {
  const m = s.resource as MedicationRequest & JsonObject;
  const chart = ctx.chartOf(s, 'subject');
  if (!chart) return;
  const med = ctx.resolve(m.medicationReference, s);
  const medication = med.kind === 'resource' ? med.target.resource : med.kind === 'contained' ? med.resource : undefined;
  const name =
    conceptText(m.medicationCodeableConcept) ??
    (medication ? conceptText(medication['code']) : undefined) ??
    (isObject(m.medicationReference) ? str(m.medicationReference['display']) : undefined);
  const encounter = ctx.encounterOf(m.encounter, s, chart);
  const dosage = objects(m.dosageInstruction)[0];
  const start = localDateTime(m.authoredOn);
  const validity = isObject(m.dispenseRequest) && isObject(m.dispenseRequest['validityPeriod']) ? m.dispenseRequest['validityPeriod'] : {};
  const end = localDateTime(validity['end']);
  const category = objects(m.category)
    .flatMap(codings)
    .map((c) => c.code);
  const status = str(m.status);
  chart.patient.medications.push(
    defined({
      id: '',
      name: clip(name ?? 'Medication (not named in the source)'),
      dose: dosage ? doseText(dosage) : undefined,
      route: dosage ? optionalClip(conceptText(dosage['route'])) : undefined,
      frequency: dosage ? frequencyText(dosage) : undefined,
      status:
        status === 'active'
          ? ('active' as const)
          : status === 'on-hold' || status === 'draft'
            ? ('on-hold' as const)
            : status === 'completed'
              ? ('completed' as const)
              : ('discontinued' as const),
      start,
      end: start !== undefined && end !== undefined && notAfter(start, end) ? end : undefined,
      prescriberId: ctx.providerOf(m.requester, s)?.id,
      encounterId: encounter?.key,
      setting: category.includes('inpatient')
        ? ('inpatient' as const)
        : category.some((c) => c === 'outpatient' || c === 'community' || c === 'discharge')
          ? ('outpatient' as const)
          : undefined,
      origin: originOf(s),
    }),
  );
  ctx.mapped(s);
}

export function mapAllergy(ctx: ImportContext, s: SourcedResource): void {
  const a = s.resource as AllergyIntolerance & JsonObject;
  const chart = ctx.chartOf(s, 'patient');
  if (!chart) return;
  // "No known allergy" is an assessment, not an allergy (SNOMED CT 716186003 and relatives).
  if (
    codings(a.code).some((c) => c.system === SYSTEM.snomed && ['716186003', '409137002', '428607008', '429625007'].includes(c.code ?? ''))
  ) {
    chart.patient.allergyAssessment = 'no-known-allergies';
    ctx.mapped(s);
    return;
  }
  const category = list(a.category).map(str)[0];
  const reaction = objects(a.reaction)[0];
  const severity = str(reaction?.['severity']);
  chart.patient.allergies.push(
    defined({
      id: '',
      substance: clip(
        conceptText(a.code) ?? (reaction ? conceptText(reaction['substance']) : undefined) ?? 'Substance not named in the source',
      ),
      category: category === 'medication' || category === 'food' || category === 'environment' ? category : ('other' as const),
      reaction: reaction
        ? optionalClip(
            objects(reaction['manifestation'])
              .map(conceptText)
              .find((t) => t !== undefined),
          )
        : undefined,
      severity: severity === 'mild' || severity === 'moderate' || severity === 'severe' ? severity : undefined,
      recordedAt: localDateTime(a.recordedDate),
      origin: originOf(s),
    }),
  );
  ctx.mapped(s);
}

export function mapImmunization(ctx: ImportContext, s: SourcedResource): void {
  const im = s.resource as FhirImmunization & JsonObject;
  const chart = ctx.chartOf(s, 'patient');
  if (!chart) return;
  if (im.status === 'not-done' || im.status === 'entered-in-error') {
    ctx.unmapped(s, 'an Immunization was not given (status not-done or entered-in-error); the chart lists only vaccines given');
    return;
  }
  const occurred = localDateTime(im.occurrenceDateTime);
  if (occurred === undefined) {
    ctx.unmapped(s, 'an Immunization has no occurrence date and time, which a chart immunization needs');
    return;
  }
  const administeredAt = ctx.withinLifetime(occurred, chart, s);
  const encounter = ctx.encounterOf(im.encounter, s, chart);
  chart.patient.immunizations.push(
    defined({
      id: '',
      vaccine: clip(conceptText(im.vaccineCode) ?? 'Vaccine not named in the source'),
      administeredAt,
      lotNumber: optionalClip(str(im.lotNumber)),
      site: optionalClip(conceptText(im.site)),
      route: optionalClip(conceptText(im.route)),
      encounterId: encounter?.key,
      origin: originOf(s),
    }),
  );
  ctx.mapped(s);
}

// ── results ───────────────────────────────────────────────────────────────────────────────

export function mapObservation(ctx: ImportContext, s: SourcedResource): void {
  const o = s.resource as Observation & JsonObject;
  const chart = ctx.chartOf(s, 'subject');
  if (!chart) return;
  const status = str(o.status);
  if (status === 'cancelled' || status === 'entered-in-error') {
    ctx.unmapped(s, 'an Observation was cancelled or entered in error, so it is not a result');
    return;
  }
  const effective =
    localDateTime(o.effectiveDateTime) ??
    (isObject(o.effectivePeriod) ? localDateTime(o.effectivePeriod['start']) : undefined) ??
    localDateTime(o.effectiveInstant) ??
    localDateTime(o.issued);
  if (effective === undefined) {
    ctx.unmapped(s, 'an Observation has no effective or issued time, which a chart result needs');
    return;
  }
  const collectedAt = ctx.withinLifetime(effective, chart, s);
  const resulted = localDateTime(o.issued);
  const encounter = ctx.encounterOf(o.encounter, s, chart);
  const test = conceptText(o.code) ?? 'Observation (not named in the source)';
  const base = defined({
    encounterId: encounter?.key,
    category: resultCategory(o),
    collectedAt,
    resultedAt: resulted !== undefined && notAfter(collectedAt, resulted) ? resulted : undefined,
    status:
      status === 'preliminary' || status === 'registered'
        ? ('preliminary' as const)
        : status === 'amended' || status === 'corrected'
          ? ('corrected' as const)
          : ('final' as const),
    origin: originOf(s),
  });
  const panel = ctx.panels.get(s);
  const made: Result[] = [];
  const own = observationValue(o);
  if (own)
    made.push({
      id: '',
      ...base,
      ...defined({ panel, test: clip(test), ...own, referenceRange: range(o.referenceRange), flag: flag(o.interpretation) }),
    });
  for (const component of objects(o.component)) {
    const value = observationValue(component);
    if (!value) continue;
    made.push({
      id: '',
      ...base,
      ...defined({
        panel: clip(panel ?? test),
        test: clip(conceptText(component['code']) ?? test),
        ...value,
        referenceRange: range(component['referenceRange']),
        flag: flag(component['interpretation']),
      }),
    });
  }
  if (made.length === 0) {
    ctx.unmapped(s, 'an Observation has no value (a result needs a number, a coded value or text)');
    return;
  }
  chart.patient.results.push(...made);
  ctx.mapped(s);
}

/**
 * A vital sign by its category (observation-category "vital-signs") or, when the category is
 * missing or another, by its LOINC code; a laboratory result by its category. Others (surveys,
 * imaging measurements) have none and are listed with the laboratory results, as before.
 */
function resultCategory(o: Observation & JsonObject): Result['category'] {
  const categories = objects(o.category).flatMap(codings);
  const has = (code: string) =>
    categories.some((c) => c.code === code && (c.system === undefined || c.system === SYSTEM.observationCategory));
  if (has('vital-signs')) return 'vital-signs';
  if (codings(o.code).some((c) => c.system === SYSTEM.loinc && VITAL_SIGN_LOINC.has(str(c.code) ?? ''))) return 'vital-signs';
  return has('laboratory') ? 'laboratory' : undefined;
}

function doseText(dosage: JsonObject): string | undefined {
  const text = str(dosage['text']);
  if (text) return clip(text);
  const dose = objects(dosage['doseAndRate'])
    .map((d) => d['doseQuantity'])
    .find(isObject);
  const value = dose ? num(dose['value']) : undefined;
  if (value === undefined || !dose) return undefined;
  const unit = str(dose['unit']) ?? str(dose['code']);
  return clip(unit ? `${value} ${unit}` : `${value}`);
}

const PERIOD_UNITS: Record<string, string> = { s: 'second', min: 'minute', h: 'hour', d: 'day', wk: 'week', mo: 'month', a: 'year' };

function frequencyText(dosage: JsonObject): string | undefined {
  const timing = isObject(dosage['timing']) ? dosage['timing'] : undefined;
  const named = timing ? conceptText(timing['code']) : undefined;
  const repeat = timing && isObject(timing['repeat']) ? timing['repeat'] : undefined;
  let text = named;
  if (!text && repeat) {
    const frequency = num(repeat['frequency']) ?? 1;
    const period = num(repeat['period']) ?? 1;
    const unit = PERIOD_UNITS[str(repeat['periodUnit']) ?? ''];
    if (unit) text = `${frequency} time${frequency === 1 ? '' : 's'} every ${period === 1 ? unit : `${period} ${unit}s`}`;
  }
  if (dosage['asNeededBoolean'] === true) text = text ? `${text}, as needed` : 'as needed';
  return optionalClip(text);
}

type ResultValue = Pick<Result, 'value'> & { unit?: string };

function observationValue(o: JsonObject): ResultValue | undefined {
  const quantity = isObject(o['valueQuantity']) ? o['valueQuantity'] : undefined;
  const quantityValue = quantity ? num(quantity['value']) : undefined;
  if (quantity && quantityValue !== undefined) {
    const unit = str(quantity['unit']) ?? str(quantity['code']);
    return defined({ value: Math.round(quantityValue * 1000) / 1000, unit: unit === undefined ? undefined : clip(unit) });
  }
  const concept = conceptText(o['valueCodeableConcept']);
  if (concept) return { value: clip(concept) };
  const text = str(o['valueString']);
  if (text) return { value: clip(text) };
  const integer = num(o['valueInteger']);
  if (integer !== undefined) return { value: integer };
  if (typeof o['valueBoolean'] === 'boolean') return { value: o['valueBoolean'] ? 'Yes' : 'No' };
  const when = str(o['valueDateTime']);
  if (when) return { value: clip(when) };
  return undefined;
}

function range(value: unknown): Result['referenceRange'] {
  const r = objects(value)[0];
  if (!r) return undefined;
  const low = isObject(r['low']) ? num(r['low']['value']) : undefined;
  const high = isObject(r['high']) ? num(r['high']['value']) : undefined;
  const text = optionalClip(str(r['text']));
  return low === undefined && high === undefined && text === undefined ? undefined : defined({ low, high, text });
}

function flag(value: unknown): Result['flag'] {
  const code = objects(value)
    .flatMap(codings)
    .map((c) => c.code)
    .find((c) => c !== undefined);
  return code === 'L' || code === 'H' || code === 'LL' || code === 'HH' || code === 'A' ? code : undefined;
}
