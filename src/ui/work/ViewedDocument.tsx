import { useEffect } from 'react';
import { documentTypeLabel } from '../../chart/document-types.ts';
import { formatNameLastFirst } from '../../chart/format.ts';
import type { DocumentRow } from '../../packs/normalise.ts';
import type { ChartData } from '../../storage/charts.ts';
import { useAppStore } from '../../store/store.ts';
import { DocumentViewer } from '../chart/DocumentViewer.tsx';

/** A chart document opened from a work queue: shown like in the chart, and written to the access log. */
export function ViewedDocument({ chart, doc }: { chart: ChartData; doc: DocumentRow }) {
  const { patient } = chart;
  useEffect(() => {
    void useAppStore.getState().logAccess({
      action: 'open-document',
      packId: patient.packId,
      patientId: patient.id,
      mrn: patient.mrn,
      patientName: formatNameLastFirst(patient.name),
      documentId: doc.id,
      what: `${documentTypeLabel(doc.type)}: ${doc.title} (${doc.serviceAt.slice(0, 10)})`,
    });
  }, [patient, doc]);
  return <DocumentViewer chart={chart} doc={doc} />;
}
