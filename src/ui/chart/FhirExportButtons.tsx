import { useState } from 'react';
import { exportChartAsFhir, type FhirExportKind } from '../../store/fhir-export.ts';
import { saveFile } from '../common/save-file.ts';

/** Export this chart as standard FHIR R4, as a collection of resources or as clinical documents. */
export function FhirExportButtons({ packId, mrn }: { packId: string; mrn: string }) {
  const [problem, setProblem] = useState<string | undefined>();
  const run = async (kind: FhirExportKind) => {
    const result = await exportChartAsFhir(packId, mrn, kind);
    if (!result.ok) return setProblem(result.message);
    setProblem(undefined);
    saveFile(result.fileName, result.json, 'application/fhir+json');
  };
  return (
    <div className="fhir-export" role="group" aria-label="Export FHIR">
      <span className="muted small">Export FHIR R4:</span>
      <button type="button" onClick={() => void run('collection')}>
        Chart (collection Bundle)
      </button>
      <button type="button" onClick={() => void run('document')}>
        Documents (document Bundle)
      </button>
      {problem && (
        <p role="alert" className="problem-box">
          {problem}
        </p>
      )}
    </div>
  );
}
