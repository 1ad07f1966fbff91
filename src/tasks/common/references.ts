/**
 * Reference checks for tasks and keys: every object a task or key names exists in the pack and
 * belongs where it must (an encounter to its patient, a released document to the patient the
 * request is about). Each kind calls these from its own `checkTask` and `checkKey`. Pure.
 */
import { formatPath, type PathSegment, type Problem } from '../../intake/problems.ts';
import type { PackView } from './context.ts';

export type Path = readonly PathSegment[];

export interface ReferenceCheck {
  report(path: Path, message: string): void;
  /** The patient exists. */
  patient(id: string | undefined, path: Path): void;
  /** The encounter exists, and belongs to `patientId` when one is given. */
  encounterOf(id: string | undefined, patientId: string | undefined, path: Path): void;
  looseDocument(id: string | undefined, path: Path): void;
  provider(id: string | undefined, path: Path): void;
  /**
   * The document (or, with `orders`, the order) exists, and is in `patientId`'s chart when one is
   * given: a key may not release, flag or file a document of a patient other than the task's.
   */
  documentOf(id: string | undefined, patientId: string | undefined, path: Path, options?: { orders?: boolean; why?: string }): void;
  /** The patient whose chart holds a document or order. */
  ownerOf(id: string): string | undefined;
}

export function referenceCheck(pack: PackView, problems: Problem[]): ReferenceCheck {
  const report = (path: Path, message: string) => problems.push({ path: formatPath(path), message });
  const patients = new Set(pack.patients.map((p) => p.id));
  const documents = new Map(pack.patients.flatMap((p) => p.documents.map((d) => [d.id, p.id] as const)));
  const orders = new Map(pack.patients.flatMap((p) => p.orders.map((o) => [o.id, p.id] as const)));
  const encounters = new Map(pack.patients.flatMap((p) => p.encounters.map((e) => [e.id, p.id] as const)));
  const providers = new Set(pack.providers.map((p) => p.id));
  const loose = new Set(pack.looseDocuments.map((d) => d.id));
  return {
    report,
    patient(id, path) {
      if (id !== undefined && !patients.has(id)) report(path, `refers to patient "${id}", who is not in this pack`);
    },
    encounterOf(id, patientId, path) {
      if (id === undefined) return;
      const owner = encounters.get(id);
      if (owner === undefined) report(path, `refers to encounter "${id}", which is not in this pack`);
      else if (patientId !== undefined && owner !== patientId)
        report(path, `refers to encounter "${id}", which belongs to patient "${owner}", not "${patientId}"`);
    },
    looseDocument(id, path) {
      if (id !== undefined && !loose.has(id)) report(path, `refers to loose document "${id}", which is not in looseDocuments`);
    },
    provider(id, path) {
      if (id !== undefined && !providers.has(id)) report(path, `refers to provider "${id}", who is not in providers`);
    },
    documentOf(id, patientId, path, options = {}) {
      if (id === undefined) return;
      const owner = documents.get(id) ?? (options.orders ? orders.get(id) : undefined);
      if (owner === undefined) {
        report(path, `refers to ${options.orders ? 'document or order' : 'document'} "${id}", which is not in any chart of this pack`);
      } else if (patientId !== undefined && owner !== patientId) {
        report(
          path,
          `refers to document "${id}" in the chart of patient "${owner}", not of patient "${patientId}"${options.why ? `: ${options.why}` : ''}`,
        );
      }
    },
    ownerOf: (id) => documents.get(id) ?? orders.get(id),
  };
}
