/** Reads of the master patient index and of one chart. */
import type { ClinicalRow, DocumentRow, EncounterRow, PatientRow, ProviderRow } from '../packs/normalise.ts';
import { db } from './db.ts';

export function listPatients(): Promise<PatientRow[]> {
  return db().patients.toArray();
}

export interface ChartData {
  patient: PatientRow;
  encounters: EncounterRow[];
  documents: DocumentRow[];
  clinical: ClinicalRow[];
  providers: Map<string, ProviderRow>;
  facilityName: string;
}

export async function loadChart(packId: string, patientId: string): Promise<ChartData | undefined> {
  const d = db();
  return d.transaction('r', [d.patients, d.encounters, d.documents, d.clinical, d.providers, d.packs], async () => {
    const patient = await d.patients.get([packId, patientId]);
    if (!patient) return undefined;
    const key = [packId, patientId];
    const [encounters, documents, clinical, providers, pack] = await Promise.all([
      d.encounters.where('[packId+patientId]').equals(key).toArray(),
      d.documents.where('[packId+patientId]').equals(key).toArray(),
      d.clinical.where('[packId+patientId]').equals(key).toArray(),
      d.providers.where('packId').equals(packId).toArray(),
      d.packs.get(packId),
    ]);
    return {
      patient,
      encounters,
      documents,
      clinical,
      providers: new Map(providers.map((p) => [p.id, p])),
      facilityName: pack?.meta.facility.name ?? packId,
    };
  });
}
