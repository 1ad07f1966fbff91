/**
 * FHIR R4 → a Record Room scenario pack (format v2).
 *
 * read (./read.ts) → index and check references (./references.ts) → map each resource type onto
 * the chart model → optional HIM preparation (source codes hidden, discharge summaries composed)
 * → the pack pipeline (src/packs/read.ts), so the result passes exactly the checks a hand-written
 * pack passes. Whatever cannot be mapped is counted by resource type in the report, never dropped
 * silently. The mapping is described in docs/decisions/0007-fhir-import.md.
 *
 * Pure and deterministic: the same input and options give the same pack. It never reads a clock.
 */
import { MAX_PROBLEMS } from '../packs/read.ts';
import type { Problem as PathProblem } from '../intake/problems.ts';
import { readFhirInputs, type FhirInput, type SourcedResource } from './read.ts';
import { ResourceIndex, referenceProblems } from './references.ts';
import { increment, str } from './values.ts';
import { assemblePack } from './import/assemble.ts';
import { mapAllergy, mapCondition, mapImmunization, mapMedicationRequest, mapObservation, mapProcedure } from './import/clinical.ts';
import { ImportContext, Warnings, label } from './import/context.ts';
import { mapComposition, mapDiagnosticReport, mapDocumentReference } from './import/documents.ts';
import { mapEncounter } from './import/encounters.ts';
import { mapPatient } from './import/patients.ts';
import { mapPractitioner, mapPractitionerRole } from './import/providers.ts';
import type { FhirImportOptions, FhirImportResult } from './import/types.ts';

// The import's public names, wherever they are defined.
export type { FhirImportOptions, FhirImportResult, ImportReport } from './import/types.ts';
export { DEFAULT_FACILITY } from './import/assemble.ts';
export { UNKNOWN_PROVIDER_ID } from './import/context.ts';
export { attachmentText } from './import/documents.ts';
export { createdSummary, importDetails } from './import/summary.ts';

/** Imports FHIR R4 inputs as a scenario pack, or returns every problem that refuses them. */
export function importFhir(inputs: readonly FhirInput[], options: FhirImportOptions = {}): FhirImportResult {
  const read = readFhirInputs(inputs);
  if (read.problems.length > 0) return { ok: false, problems: capped(read.problems), notFhir: read.notFhir };

  const warnings = new Warnings();
  const resources = dedupe(read.resources, warnings);
  const index = new ResourceIndex(resources);
  const broken = referenceProblems(index);
  if (broken.length > 0) return { ok: false, problems: capped(broken), notFhir: read.notFhir };
  if (read.emptyEntries > 0)
    warnings.add('a Bundle entry has no resource (such as a DELETE request), so there is nothing to import from it', undefined);

  const mapper = new Mapper(index, options, warnings);
  for (const s of resources) mapper.queue(s);
  return mapper.finish(inputs.length, read.notFhir);
}

function capped(problems: PathProblem[]): PathProblem[] {
  return problems.length <= MAX_PROBLEMS
    ? problems
    : [
        ...problems.slice(0, MAX_PROBLEMS),
        { path: '(input)', message: `has ${problems.length - MAX_PROBLEMS} more problems not listed here` },
      ];
}

/** The same resource read twice (the same file given twice, a practitioner in every patient's Bundle) counts once. */
function dedupe(resources: readonly SourcedResource[], warnings: Warnings): SourcedResource[] {
  const seen = new Map<string, string>();
  const kept: SourcedResource[] = [];
  for (const s of resources) {
    const id = str(s.resource.id);
    const key = id !== undefined ? `${s.resource.resourceType}/${id}` : s.fullUrl;
    if (key === undefined) {
      kept.push(s);
      continue;
    }
    const json = JSON.stringify(s.resource);
    const previous = seen.get(key);
    if (previous === undefined) {
      seen.set(key, json);
      kept.push(s);
    } else if (previous === json) {
      warnings.add('a resource appears more than once with the same content; it was read once', key);
    } else {
      warnings.add('two different resources have the same type and id; the first was kept', key);
    }
  }
  return kept;
}

/** The order resources are mapped in: what others refer to comes first. */
const PASSES: readonly (readonly string[])[] = [
  ['Practitioner', 'PractitionerRole', 'Organization', 'Location'],
  ['Patient'],
  ['Encounter'],
  ['DiagnosticReport'],
  ['Condition', 'Procedure', 'MedicationRequest', 'AllergyIntolerance', 'Immunization', 'Observation', 'DocumentReference', 'Composition'],
];

class Mapper {
  private readonly pending: SourcedResource[][] = PASSES.map(() => []);
  private readonly ctx: ImportContext;

  constructor(index: ResourceIndex, options: FhirImportOptions, warnings: Warnings) {
    this.ctx = new ImportContext(index, options, warnings);
  }

  /** Queues a resource for its pass; the passes run in `finish`. */
  queue(s: SourcedResource): void {
    increment(this.ctx.counts.resources, s.resource.resourceType);
    const pass = PASSES.findIndex((types) => types.includes(s.resource.resourceType));
    if (pass < 0) this.ctx.unmapped(s);
    else this.pending[pass]?.push(s);
  }

  finish(files: number, notFhir: string[]): FhirImportResult {
    for (const pass of this.pending) {
      for (const s of pass) {
        try {
          this.mapOne(s);
        } catch (error) {
          // Values of a shape no reader expected: refuse the input with the resource's path.
          return {
            ok: false,
            problems: [{ path: s.at, message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` }],
            notFhir,
          };
        }
      }
    }
    for (const s of this.pending[0] ?? []) {
      // Organizations and Locations are kept as names where something mapped refers to them.
      if (s.resource.resourceType === 'Organization' || s.resource.resourceType === 'Location') {
        if (this.ctx.used.has(s)) this.ctx.mapped(s);
        else {
          this.ctx.unmapped(s);
          this.ctx.warnings.add(
            'an Organization or Location is not referred to by anything imported, so the chart has no place for it',
            label(s),
          );
        }
      }
    }
    return assemblePack(this.ctx, files, notFhir);
  }

  private mapOne(s: SourcedResource): void {
    switch (s.resource.resourceType) {
      case 'Practitioner':
        return mapPractitioner(this.ctx, s);
      case 'PractitionerRole':
        return mapPractitionerRole(this.ctx, s);
      case 'Organization':
      case 'Location':
        return; // counted in finish, once their use is known
      case 'Patient':
        return mapPatient(this.ctx, s);
      case 'Encounter':
        return mapEncounter(this.ctx, s);
      case 'DiagnosticReport':
        return mapDiagnosticReport(this.ctx, s);
      case 'Condition':
        return mapCondition(this.ctx, s);
      case 'Procedure':
        return mapProcedure(this.ctx, s);
      case 'MedicationRequest':
        return mapMedicationRequest(this.ctx, s);
      case 'AllergyIntolerance':
        return mapAllergy(this.ctx, s);
      case 'Immunization':
        return mapImmunization(this.ctx, s);
      case 'Observation':
        return mapObservation(this.ctx, s);
      case 'DocumentReference':
        return mapDocumentReference(this.ctx, s);
      case 'Composition':
        return mapComposition(this.ctx, s);
      default:
        return this.ctx.unmapped(s);
    }
  }
}
