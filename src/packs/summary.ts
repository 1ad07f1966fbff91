/** Counts that describe a pack: shown in the library and printed by `record-room inspect`. */
import type { Pack } from './format.ts';

export interface PackSummary {
  id: string;
  title: string;
  patients: number;
  encounters: number;
  encountersByClass: Record<string, number>;
  documents: { total: number; byType: Record<string, number> };
  looseDocuments: number;
  conditions: number;
  procedures: number;
  /** Counts of tasks by kind. */
  tasks: Record<string, number>;
}

function increment(counts: Record<string, number>, key: string) {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Object keys in a stable order so the output of `inspect` is the same on every run. */
function sortedKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

export function summarisePack(pack: Pack): PackSummary {
  const byType: Record<string, number> = {};
  const byClass: Record<string, number> = {};
  let encounters = 0;
  let documents = 0;
  let conditions = 0;
  let procedures = 0;
  for (const patient of pack.patients) {
    encounters += patient.encounters.length;
    for (const encounter of patient.encounters) increment(byClass, encounter.class);
    documents += patient.documents.length;
    for (const doc of patient.documents) increment(byType, doc.type);
    conditions += patient.problems.length;
    procedures += patient.procedures.length;
  }
  return {
    id: pack.pack.id,
    title: pack.pack.title,
    patients: pack.patients.length,
    encounters,
    encountersByClass: sortedKeys(byClass),
    documents: { total: documents, byType: sortedKeys(byType) },
    looseDocuments: pack.looseDocuments.length,
    conditions,
    procedures,
    tasks: sortedKeys(
      pack.tasks.reduce<Record<string, number>>((counts, task) => {
        increment(counts, task.kind);
        return counts;
      }, {}),
    ),
  };
}
