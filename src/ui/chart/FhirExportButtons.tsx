/**
 * Export this chart as standard FHIR R4, as a collection of resources or as clinical documents.
 * An export is a copy of the record leaving the EHR, so it goes into the access log. A chart that
 * holds specially protected records (psychotherapy notes, Part 2, HIV, or what the facility
 * protects) puts them in the file too: such an export asks for a reason for access first, as opening
 * one of them would, and the reason is logged with it.
 */
import { useState } from 'react';
import { describeProtections, protectionsAmong } from '../../access/protected.ts';
import { formatNameLastFirst } from '../../chart/format.ts';
import type { ChartData } from '../../storage/charts.ts';
import { exportChartAsFhir, type FhirExportKind } from '../../store/fhir-export.ts';
import { useAppStore } from '../../store/store.ts';
import { ReasonForAccessDialog } from '../common/ReasonForAccessDialog.tsx';
import { saveFile } from '../common/save-file.ts';
import { useFacilityProtections } from './OpenedDocument.tsx';

const KIND_WORDS: Record<FhirExportKind, string> = {
  collection: 'collection Bundle (the whole chart)',
  document: 'document Bundle (the clinical documents)',
};

export function FhirExportButtons({ chart }: { chart: ChartData }) {
  const { patient } = chart;
  const [problem, setProblem] = useState<string | undefined>();
  const [asking, setAsking] = useState<FhirExportKind | undefined>();
  const facility = useFacilityProtections(patient.packId);
  // What the file would carry: every document, and every result (an HIV result is a result, not a document).
  const records = [...chart.documents, ...chart.clinical.flatMap((c) => (c.kind === 'result' ? [c.item] : []))];
  const protections = facility === undefined ? undefined : protectionsAmong(records, facility);

  const run = async (kind: FhirExportKind, reason?: string) => {
    const result = await exportChartAsFhir(patient.packId, patient.mrn, kind);
    if (!result.ok) return setProblem(result.message);
    setProblem(undefined);
    void useAppStore.getState().logAccess({
      action: 'export-fhir',
      packId: patient.packId,
      patientId: patient.id,
      mrn: patient.mrn,
      patientName: formatNameLastFirst(patient.name),
      what: `FHIR R4 ${KIND_WORDS[kind]}: ${result.fileName}`,
      ...(reason === undefined ? {} : { reason }),
    });
    saveFile(result.fileName, result.json, 'application/fhir+json');
  };
  const start = (kind: FhirExportKind) => {
    if (protections && protections.length > 0) setAsking(kind);
    else void run(kind);
  };

  return (
    <div className="fhir-export" role="group" aria-label="Export FHIR">
      <span className="muted small">Export FHIR R4:</span>
      {/* Disabled only for the moment the facility's protections are read: an export must not slip past them. */}
      <button type="button" disabled={protections === undefined} onClick={() => start('collection')}>
        Chart (collection Bundle)
      </button>
      <button type="button" disabled={protections === undefined} onClick={() => start('document')}>
        Documents (document Bundle)
      </button>
      {problem && (
        <p role="alert" className="problem-box">
          {problem}
        </p>
      )}
      {asking && protections && (
        <ReasonForAccessDialog
          access="export"
          record={formatNameLastFirst(patient.name)}
          protections={describeProtections(protections)}
          onCancel={() => setAsking(undefined)}
          onConfirm={(reason) => {
            setAsking(undefined);
            void run(asking, reason);
          }}
        />
      )}
    </div>
  );
}
