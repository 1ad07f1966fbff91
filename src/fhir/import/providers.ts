/** FHIR import: Practitioner and PractitionerRole → chart providers. */
import type { Practitioner, PractitionerRole } from 'fhir/r4';
import type { Provider } from '../../chart/model.ts';
import { SYSTEM } from '../codes.ts';
import type { SourcedResource } from '../read.ts';
import { clip, conceptText, list, objects, str, type JsonObject } from '../values.ts';
import { defined, humanName, originOf, type ImportContext } from './context.ts';

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
  const suffix = objects(p.name)
    .flatMap((n) => list(n['suffix']))
    .map(str)
    .find((t) => t !== undefined);
  const provider: Provider = defined({
    id: `prv-${ctx.providers.size + 1}`,
    name: { family: name.family, given: name.given },
    credentials: clip(qualification ?? suffix ?? 'Not recorded'),
    specialty: 'Not recorded',
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
  if (specialty && provider.specialty === 'Not recorded') provider.specialty = clip(specialty);
  ctx.mapped(s);
}
