/** FHIR import: Patient → a chart (the patient's demographics; the rest of the chart is filled by the other resources). */
import type { Patient as FhirPatient } from 'fhir/r4';
import type { Address, Identifier, Patient, PreviousName } from '../../chart/model.ts';
import { SYSTEM } from '../codes.ts';
import type { SourcedResource } from '../read.ts';
import { clip, codingFrom, conceptText, isoDate, list, localDateTime, notAfter, objects, str, type JsonObject } from '../values.ts';
import { defined, humanName, optionalClip, originOf, type ImportContext } from './context.ts';

export function mapPatient(ctx: ImportContext, s: SourcedResource): void {
  const p = s.resource as FhirPatient & JsonObject;
  const birthDate = isoDate(p.birthDate);
  if (birthDate === undefined) {
    ctx.unmapped(s, 'a Patient has no birth date, which every chart needs; the patient and their records were left out');
    return;
  }
  const names = objects(p.name);
  const current = names.find((n) => n['use'] === 'official') ?? names.find((n) => n['use'] !== 'old' && n['use'] !== 'maiden') ?? names[0];
  const name = humanName(current ? [current] : [], ctx.warnings, s) ?? { family: 'Unknown', given: ['Patient'] };
  const previousNames: PreviousName[] = [];
  for (const old of names) {
    if (old === current || (old['use'] !== 'maiden' && old['use'] !== 'old')) continue;
    const n = humanName([old], ctx.warnings, s);
    if (n === undefined || n.family === name.family || previousNames.length >= 10) continue;
    previousNames.push({ family: n.family, given: n.given, reason: old['use'] === 'maiden' ? 'maiden' : 'other' });
  }
  const deceasedAt = localDateTime(p.deceasedDateTime);
  const gender = str(p.gender);
  const patient: Omit<Patient, 'id' | 'mrn'> = defined({
    name,
    previousNames,
    aliases: [],
    birthDate,
    sex: gender === 'male' || gender === 'female' || gender === 'other' ? gender : ('unknown' as const),
    deceasedAt: deceasedAt !== undefined && notAfter(birthDate, deceasedAt) ? deceasedAt : undefined,
    address: address(p.address),
    phone: optionalClip(
      objects(p.telecom)
        .filter((t) => t['system'] === 'phone')
        .map((t) => str(t['value']))
        .find((v) => v !== undefined),
    ),
    language: optionalClip(
      objects(p.communication)
        .map((c) => conceptText(c['language']))
        .find((t) => t !== undefined),
    ),
    identifiers: identifiers(p.identifier),
    alerts:
      p.deceasedBoolean === true && deceasedAt === undefined
        ? [{ kind: 'administrative' as const, text: 'Deceased (date of death not recorded in the source)' }]
        : [],
    encounters: [],
    documents: [],
    problems: [],
    medications: [],
    allergies: [],
    orders: [],
    results: [],
    procedures: [],
    immunizations: [],
    origin: originOf(s),
  });
  ctx.charts.set(s, { source: s, patient });
  ctx.mapped(s);
}

function address(value: unknown): Address | undefined {
  for (const a of objects(value)) {
    const line = list(a['line'])
      .map(str)
      .filter((l): l is string => l !== undefined)
      .slice(0, 3)
      .map((l) => clip(l));
    const city = str(a['city']);
    const state = str(a['state']);
    const postalCode = str(a['postalCode']);
    if (line.length === 0 || !city || !state || !postalCode) continue;
    return defined({ line, city: clip(city), state: clip(state), postalCode: clip(postalCode), country: optionalClip(str(a['country'])) });
  }
  return undefined;
}

/** Identifiers a registrar would see: the last four of an SSN, a driver's licence, a passport. */
function identifiers(value: unknown): Identifier[] {
  const out: Identifier[] = [];
  for (const i of objects(value)) {
    const v = str(i['value']);
    if (!v) continue;
    const type = codingFrom(i['type'], [SYSTEM.identifierType])?.code;
    if (i['system'] === SYSTEM.ssn || type === 'SS' || type === 'SB') {
      const digits = v.replace(/\D/g, '');
      if (digits.length >= 4) out.push({ type: 'ssn-last4', value: digits.slice(-4) });
    } else if (type === 'DL') {
      out.push({ type: 'drivers-license', value: clip(v) });
    } else if (type === 'PPN') {
      out.push({ type: 'other', value: clip(v), issuer: 'Passport' });
    }
  }
  return out.slice(0, 20);
}
