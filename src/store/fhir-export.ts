/**
 * "Export FHIR" in the chart: the stored pack assembled back, one chart exported as a FHIR R4
 * `collection` Bundle or a `document` Bundle (a Composition per encounter). The exporter loads
 * only when asked for.
 */
import { loadPackRows } from '../storage/packs.ts';
import { assemblePack } from '../packs/normalise.ts';
import { clock } from '../app/clock.ts';

export type FhirExportKind = 'collection' | 'document';

export type ChartExport = { ok: true; fileName: string; json: string } | { ok: false; message: string };

export async function exportChartAsFhir(packId: string, mrn: string, kind: FhirExportKind): Promise<ChartExport> {
  const [rows, fhir] = await Promise.all([loadPackRows(packId), import('../fhir/export.ts')]);
  if (!rows) return { ok: false, message: 'This chart’s pack is no longer installed.' };
  const pack = assemblePack(rows);
  const options = { now: clock.now().toISOString(), mrns: [mrn] };
  const result = kind === 'collection' ? fhir.exportCollectionBundle(pack, options) : fhir.exportDocumentBundle(pack, mrn, options);
  if (!result.ok) return { ok: false, message: result.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
  return { ok: true, fileName: `${packId}-${mrn}-${kind}.fhir.json`, json: `${JSON.stringify(result.bundle, null, 2)}\n` };
}
