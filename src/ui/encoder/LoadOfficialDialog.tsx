import { useState } from 'react';
import type { CodeSystem } from '../../codes/model.ts';
import { loadOfficialRelease, type LoadReleaseResult } from '../../store/code-sets.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';

const WHERE: Record<CodeSystem, { page: string; files: string }> = {
  'ICD-10-CM': {
    page: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
    files:
      'For the fiscal year you code in, download "Code Descriptions in Tabular Order" and "Code Tables, Tabular and Index" (zips). Choose both zips, or the order file (icd10cm-order-YYYY.txt) and the tabular XML (icd10cm-tabular-YYYY.xml) from them.',
  },
  'ICD-10-PCS': {
    page: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
    files:
      'Download "ICD-10-PCS Code Tables and Index" for the fiscal year. Choose the zip, or the tables XML (icd10pcs_tables_YYYY.xml) with the definitions XML.',
  },
  HCPCS: {
    page: 'https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system/quarterly-update',
    files: 'Download the quarterly "Alpha-Numeric HCPCS File" zip. Choose the zip or the HCPCYYYY_…_ANWEB.txt file in it.',
  },
};

/** Explains where CMS publishes a release, then imports the chosen files in one step. */
export function LoadOfficialDialog({ system, onClose }: { system: CodeSystem; onClose: (loaded: boolean) => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<LoadReleaseResult | undefined>();
  const where = WHERE[system];
  const load = async () => {
    setBusy(true);
    setResult(await loadOfficialRelease(files));
    setBusy(false);
  };
  return (
    <ConfirmDialog
      title={`Load the official ${system} code set`}
      confirmLabel={result?.ok ? 'Done' : busy ? 'Loading…' : 'Load'}
      onCancel={() => onClose(result?.ok ?? false)}
      onConfirm={() => (result?.ok ? onClose(true) : files.length > 0 && !busy ? void load() : undefined)}
    >
      <p>
        CMS publishes the official releases, free and public domain, at <code>{where.page}</code>.
      </p>
      <p>{where.files}</p>
      <label className="button">
        Choose release files
        <input
          type="file"
          multiple
          className="visually-hidden"
          aria-label="Choose release files"
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])]);
            setResult(undefined);
          }}
        />
      </label>
      {files.length > 0 && <p className="small">{files.map((f) => f.name).join(', ')}</p>}
      {busy && <p role="status">Reading the release…</p>}
      {result?.ok && (
        <p role="status" className="ok-box">
          Loaded {result.title}: {result.summary.entries.toLocaleString('en-US')} entries, {result.summary.billable.toLocaleString('en-US')}{' '}
          billable.
        </p>
      )}
      {result && !result.ok && (
        <div role="alert" className="problem-box">
          <p>Nothing was loaded:</p>
          <ul className="problems">
            {result.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </ConfirmDialog>
  );
}
