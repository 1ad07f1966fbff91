/** FHIR import: Encounter → chart encounters, with their attending, place and disposition. */
import type { Encounter as FhirEncounter } from 'fhir/r4';
import type { Encounter } from '../../chart/model.ts';
import { LIMITS } from '../../chart/model.ts';
import { SYSTEM, chartAdmitSource, chartDisposition, chartEncounterClass } from '../codes.ts';
import type { SourcedResource } from '../read.ts';
import {
  clip,
  codings,
  conceptText,
  hasCode,
  isObject,
  localDateTime,
  localDateTimeOnClockOf,
  notAfter,
  objects,
  str,
  type JsonObject,
} from '../values.ts';
import { defined, label, originOf, type ImportContext } from './context.ts';

export function mapEncounter(ctx: ImportContext, s: SourcedResource): void {
  const e = s.resource as FhirEncounter & JsonObject;
  const chart = ctx.chartOf(s, 'subject');
  if (!chart) return;
  const period = isObject(e.period) ? e.period : {};
  const start = localDateTime(period['start']);
  if (start === undefined) {
    ctx.unmapped(s, 'an Encounter has no period.start, and a chart encounter needs its admission time');
    return;
  }
  const admittedAt = ctx.withinLifetime(start, chart, s);
  const classCode = isObject(e.class) ? str(e.class['code']) : undefined;
  let kind = chartEncounterClass(classCode);
  if (kind === undefined) {
    ctx.warnings.add(
      `an Encounter's class is not one Record Room knows; it was imported as outpatient`,
      `${label(s)} (${classCode ?? 'none'})`,
    );
    kind = 'outpatient';
  }
  let dischargedAt = localDateTimeOnClockOf(period['end'], period['start']);
  if (dischargedAt !== undefined && admittedAt !== start) dischargedAt = admittedAt;
  if (dischargedAt !== undefined) dischargedAt = ctx.withinLifetime(dischargedAt, chart, s);
  if (dischargedAt !== undefined && !notAfter(admittedAt, dischargedAt)) {
    ctx.warnings.add('an Encounter ends before it starts; the end was left out', label(s));
    dischargedAt = undefined;
  }
  const attending = attendingOf(ctx, e, s);
  const hospitalization = isObject(e.hospitalization) ? e.hospitalization : {};
  let disposition = codings(hospitalization['dischargeDisposition'])
    .map((c) => chartDisposition(str(c.code), str(c.system)))
    .find((d) => d !== undefined);
  if (disposition === 'expired' && chart.patient.deceasedAt === undefined) disposition = 'other';
  const reason =
    objects(e.reasonCode)
      .map(conceptText)
      .find((t) => t !== undefined) ??
    objects(e.reasonReference)
      .map((r) => referenceText(ctx, r, s))
      .find((t) => t !== undefined);
  // The organization that provided the care is the facility; it names the location when no Location does.
  const provider = ctx.placeName(e.serviceProvider, s);
  const location =
    objects(e.location)
      .map((l) => ctx.placeName(l['location'], s))
      .find((t) => t !== undefined) ?? provider;
  const service =
    conceptText(e.serviceType) ??
    objects(e.type)
      .map(conceptText)
      .find((t) => t !== undefined) ??
    (kind === 'inpatient' ? 'Inpatient care' : kind === 'emergency' ? 'Emergency care' : 'Outpatient care');
  const encounter: Omit<Encounter, 'id' | 'accountNumber'> = defined({
    class: kind,
    admittedAt,
    dischargedAt,
    attendingId: attending,
    service: clip(service),
    location,
    reasonForVisit: reason === undefined ? undefined : clip(reason, LIMITS.mediumText),
    admitSource: chartAdmitSource(codings(hospitalization['admitSource'])[0]?.code),
    dischargeDisposition: disposition,
    origin: originOf(s),
  });
  ctx.encounters.set(s, { chart, encounter, key: label(s) });
  ctx.mapped(s);
}

/** The attending: a participant typed ATND, else the primary performer, else the first practitioner. */
function attendingOf(ctx: ImportContext, e: FhirEncounter & JsonObject, s: SourcedResource): string {
  const participants = objects(e.participant);
  const typed = (code: string) => participants.filter((p) => objects(p['type']).some((t) => hasCode(t, SYSTEM.participationType, code)));
  for (const group of [typed('ATND'), typed('PPRF'), participants]) {
    for (const p of group) {
      const provider = ctx.providerOf(p['individual'], s);
      if (provider) return provider.id;
    }
  }
  return ctx.unknownProvider(s);
}

/** The words of what a reference points to: a Condition's name, or the reference's display. */
function referenceText(ctx: ImportContext, reference: JsonObject, s: SourcedResource): string | undefined {
  const target = ctx.target(reference, s);
  const fromTarget = target ? conceptText(target.resource['code']) : undefined;
  return fromTarget ?? str(reference['display']);
}
