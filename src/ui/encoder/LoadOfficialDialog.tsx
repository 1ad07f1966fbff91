/**
 * "Load official code set": where CMS publishes each release, then the chosen files imported in one
 * step. A release of another year than the one being coded (the pack's) is read but not stored: the
 * dialog says which year it is and what loading it would change, and stores it only when asked to.
 */
import { useState } from 'react';
import type { CodeSystem } from '../../codes/model.ts';
import { yearWords } from '../../codes/validity.ts';
import { keepOfficialRelease, loadOfficialRelease, type LoadReleaseResult } from '../../store/code-sets.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import type { CodingYear } from './coding-year.ts';

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

export function LoadOfficialDialog({
  system,
  coding,
  onClose,
}: {
  system: CodeSystem;
  /** The year being coded: a release of another year waits for the user's word before it is stored. */
  coding: CodingYear;
  onClose: (loaded: boolean) => void;
}) {
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<LoadReleaseResult | undefined>();
  const where = WHERE[system];
  const otherYear = result && !result.ok ? result.otherYear : undefined;
  const run = async (job: () => Promise<LoadReleaseResult>) => {
    setBusy(true);
    setResult(await job());
    setBusy(false);
  };
  const load = () => run(() => loadOfficialRelease(files, coding.fiscalYear === undefined ? {} : { expectFiscalYear: coding.fiscalYear }));
  const confirmLabel = result?.ok
    ? 'Done'
    : busy
      ? 'Loading…'
      : otherYear
        ? `Load ${yearWords(system, otherYear.fiscalYear)} anyway`
        : 'Load';
  const confirm = () => {
    if (result?.ok) onClose(true);
    else if (busy) return;
    else if (otherYear) void run(() => keepOfficialRelease(otherYear.held, true));
    else if (files.length > 0) void load();
  };
  const cancel = () => {
    // A release read and held for the user's word is let go.
    if (otherYear && !busy) void keepOfficialRelease(otherYear.held, false);
    onClose(result?.ok ?? false);
  };
  return (
    <ConfirmDialog title={`Load the official ${system} code set`} confirmLabel={confirmLabel} onCancel={cancel} onConfirm={confirm}>
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
      {otherYear && coding.fiscalYear !== undefined && (
        <div role="alert" className="warn-box">
          <p>
            <strong>
              This release is {yearWords(system, otherYear.fiscalYear)}, but {coding.why ?? 'the work'} is{' '}
              {yearWords(system, coding.fiscalYear)}.
            </strong>{' '}
            Nothing has been loaded or replaced yet.
          </p>
          <p>
            Loaded, {otherYear.title} ({otherYear.summary.entries.toLocaleString('en-US')} entries) becomes the set the encoder searches and
            browses until a {yearWords(system, coding.fiscalYear)} release is loaded. Codes are still checked for{' '}
            {yearWords(system, coding.fiscalYear)}: where a {yearWords(system, otherYear.fiscalYear)} list cannot confirm a code's{' '}
            {yearWords(system, coding.fiscalYear)} status, the check says so.
          </p>
        </div>
      )}
      {result && !result.ok && result.problems.length > 0 && (
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
