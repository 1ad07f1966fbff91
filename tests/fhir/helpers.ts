/**
 * Helpers for the FHIR tests: reading a folder of input files, counting the source's resources
 * independently of the importer, and validating Bundles with the `fhir` package (FHIR.js) against
 * the R4 structure definitions it ships.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Fhir } from 'fhir';
import type { Bundle } from 'fhir/r4';
import type { FhirInput } from '../../src/fhir/read.ts';
import type { Pack } from '../../src/packs/format.ts';

export function readFolder(folder: string, only?: (name: string) => boolean): FhirInput[] {
  return readdirSync(folder)
    .filter((name) => /\.(ndjson|json)$/.test(name) && (only?.(name) ?? true))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

/** Resources by type, counted straight from the files: Bundle entries, single resources, NDJSON lines. */
export function sourceCounts(inputs: readonly FhirInput[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const resource = value as { resourceType?: unknown; entry?: { resource?: unknown }[] };
    if (resource.resourceType === 'Bundle') for (const entry of resource.entry ?? []) add(entry.resource);
    else if (typeof resource.resourceType === 'string') counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
  };
  for (const { name, text } of inputs) {
    if (name.endsWith('.ndjson'))
      for (const line of text.split('\n')) {
        if (line.trim()) add(JSON.parse(line));
      }
    else add(JSON.parse(text));
  }
  return counts;
}

/** The counts the issue asks to keep, read from a pack. */
export function chartCounts(pack: Pack) {
  return {
    patients: pack.patients.length,
    encounters: pack.patients.reduce((n, p) => n + p.encounters.length, 0),
    conditions: pack.patients.reduce((n, p) => n + p.problems.length, 0),
    procedures: pack.patients.reduce((n, p) => n + p.procedures.length, 0),
    documents: pack.patients.reduce((n, p) => n + p.documents.length, 0),
  };
}

const fhir = new Fhir();

/** Errors (not warnings) from validating a resource against the R4 structure definitions. */
export function validationErrors(bundle: Bundle): string[] {
  const result = fhir.validate(bundle, { errorOnUnexpected: true });
  return result.messages
    .filter((m) => m.severity === 'error' || m.severity === 'fatal')
    .map((m) => `${m.resourceId ?? ''} ${m.location ?? ''}: ${m.message ?? ''}`);
}
