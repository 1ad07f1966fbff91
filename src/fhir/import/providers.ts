/**
 * FHIR import: Practitioner and PractitionerRole → chart providers. What the source does not say
 * (a qualification, a specialty) is stored as "Not recorded", which the chart never prints after
 * a name (chart/format.ts `formatProviderName`).
 */
import type { Practitioner, PractitionerRole } from 'fhir/r4';
import { NOT_RECORDED } from '../../chart/format.ts';
import type { Provider } from '../../chart/model.ts';
import { SYSTEM } from '../codes.ts';
import type { SourcedResource } from '../read.ts';
import { clip, conceptText, list, objects, str, type JsonObject } from '../values.ts';
import { defined, humanName, originOf, type ImportContext } from './context.ts';

/** Name suffixes that are part of the name, not a qualification: Jr., Sr., II, III, IV… */
const GENERATIONAL = /^(jr|sr|[ivx]+|\d(st|nd|rd|th))\.?$/i;

export function mapPractitioner(ctx: ImportContext, s: SourcedResource): void {
  const p = s.resource as Practitioner & JsonObject;
  const npi = objects(p.identifier).find((i) => i['system'] === SYSTEM.npi)?.['value'];
  const npiText = typeof npi === 'string' && /^\d{10}$/.test(npi) ? npi : undefined;
  const existing = npiText === undefined ? undefined : ctx.providersByNpi.get(npiText);
  if (existing) {
    ctx.providers.set(s, existing);
    ctx.mapped(s);
    return;
  }
  const name = humanName(objects(p.name), ctx.warnings, s) ?? { family: 'Unknown', given: ['Provider'] };
  const qualification = objects(p.qualification)
    .map((q) => conceptText(q['code']))
    .find((t) => t !== undefined);
  // A name's suffix is a credential ("MD") or part of the name ("Jr."): only the first is a credential.
  const suffixes = objects(p.name)
    .flatMap((n) => list(n['suffix']))
    .map(str)
    .filter((t): t is string => t !== undefined);
  const credential = suffixes.find((t) => !GENERATIONAL.test(t));
  const generational = suffixes.find((t) => GENERATIONAL.test(t));
  const provider: Provider = defined({
    id: `prv-${ctx.providers.size + 1}`,
    // The title ("Dr.") is kept: without recorded credentials, it is how the chart names the provider.
    name: defined({ family: name.family, given: name.given, prefix: name.prefix, suffix: generational && clip(generational) }),
    credentials: clip(qualification ?? credential ?? NOT_RECORDED),
    specialty: NOT_RECORDED,
    role: 'attending' as const,
    npi: npiText,
    origin: originOf(s),
  });
  ctx.providers.set(s, provider);
  if (npiText) ctx.providersByNpi.set(npiText, provider);
  ctx.mapped(s);
}

export function mapPractitionerRole(ctx: ImportContext, s: SourcedResource): void {
  const role = s.resource as PractitionerRole & JsonObject;
  const provider = ctx.providerOf(role.practitioner, s);
  if (!provider) {
    ctx.unmapped(s, 'a PractitionerRole names a practitioner who is not in the input');
    return;
  }
  ctx.roles.set(s, provider);
  const specialty =
    objects(role.specialty)
      .map(conceptText)
      .find((t) => t !== undefined) ??
    objects(role.code)
      .map(conceptText)
      .find((t) => t !== undefined);
  if (specialty && provider.specialty === NOT_RECORDED) provider.specialty = clip(specialty);
  ctx.mapped(s);
}
