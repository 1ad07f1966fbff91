import { useState, type DragEvent } from 'react';
import type { ImportProgress } from '../../store/import-protocol.ts';
import { selectImportState, useAppStore, type FhirImportChoices } from '../../store/store.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';

const count = (n: number) => n.toLocaleString('en-US');

/** The step in words, as the status line and the progress bar's value text say it. */
function progressText(fileName: string, progress: ImportProgress): string {
  const percent = `${Math.floor(progress.fraction * 100)} %`;
  switch (progress.step) {
    case 'reading':
      return `Reading ${fileName}…`;
    case 'checking':
      return `Checking ${fileName}… ${percent}`;
    case 'preparing':
      return `Preparing the charts… ${percent}`;
    case 'saving':
      return `Saving ${count(progress.done ?? 0)} of ${count(progress.total ?? 0)} rows… ${percent}`;
  }
}

/** "Importing <file>": a progress bar with its value, and the step in words beside it. */
function ImportProgressBar({ fileName, progress }: { fileName: string; progress: ImportProgress }) {
  const percent = Math.floor(progress.fraction * 100);
  const text = progressText(fileName, progress);
  return (
    <div className="import-progress">
      <div
        role="progressbar"
        className="progress-track"
        aria-label={`Importing ${fileName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p role="status">{text}</p>
    </div>
  );
}

/** "Import scenario pack": a file picker and a drop zone, import progress, the problems list, the replace dialog. */
export function ImportPanel() {
  const state = useAppStore(selectImportState);
  const [dragging, setDragging] = useState(false);
  const [choices, setChoices] = useState<FhirImportChoices>({ hideSourceCodes: true, composeDischargeSummaries: true });
  const { importPackFile, importFhirFiles, confirmReplace, dismissImport } = useAppStore.getState();
  // One import at a time: the pickers wait until this one has ended.
  const busy = state.status === 'importing';

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) void importPackFile(file);
  };

  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label className="button primary file-button">
        Import scenario pack
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          className="visually-hidden"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importPackFile(file);
          }}
        />
      </label>
      <span className="muted">
        {' '}
        or drop a <code>.pack.json</code> file here
      </span>
      <fieldset className="fhir-import">
        <legend>From FHIR R4</legend>
        <label className="button file-button">
          Import FHIR
          <input
            type="file"
            multiple
            accept=".json,.ndjson,application/json,application/fhir+json,application/x-ndjson"
            disabled={busy}
            className="visually-hidden"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length > 0) void importFhirFiles(files, choices);
            }}
          />
        </label>
        <span className="muted small">
          {' '}
          Synthea or other FHIR R4 Bundles, resources, or the NDJSON files of a bulk export (choose them all).
        </span>
        <label className="small">
          <input
            type="checkbox"
            checked={choices.hideSourceCodes}
            onChange={(e) => setChoices({ ...choices, hideSourceCodes: e.target.checked })}
          />{' '}
          Keep source codes (SNOMED CT) out of trainees’ view, so encounters can be coded
        </label>
        <label className="small">
          <input
            type="checkbox"
            checked={choices.composeDischargeSummaries}
            onChange={(e) => setChoices({ ...choices, composeDischargeSummaries: e.target.checked })}
          />{' '}
          Compose a discharge summary, marked as generated, for inpatient stays without one
        </label>
      </fieldset>

      <div aria-live="polite">
        {state.status === 'importing' && <ImportProgressBar fileName={state.fileName} progress={state.progress} />}
        {state.status === 'installed' && (
          <p role="status" className="ok-box">
            {state.replaced ? 'Replaced' : 'Installed'} “{state.title}” from {state.fileName}.{state.details ? ` ${state.details}` : null}
            <button type="button" className="link" onClick={dismissImport}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      {state.status === 'rejected' && (
        <div role="alert" className="problem-box">
          <h3>{state.fileName} was not imported</h3>
          <p>
            {state.problems.length === 1 ? 'One problem' : `${state.problems.length} problems`} must be fixed in the file. Nothing was
            changed.
          </p>
          <ul className="problems" aria-label="Problems found">
            {state.problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code> {p.message}
              </li>
            ))}
          </ul>
          <button type="button" onClick={dismissImport}>
            Dismiss
          </button>
        </div>
      )}
      {state.status === 'failed' && (
        <div role="alert" className="problem-box">
          <h3>{state.fileName} was not imported</h3>
          <p>{state.message}</p>
          <button type="button" onClick={dismissImport}>
            Dismiss
          </button>
        </div>
      )}
      {state.status === 'confirm-replace' && (
        <ConfirmDialog
          title={`Replace “${state.installed.meta.title}”?`}
          confirmLabel="Replace pack"
          onCancel={dismissImport}
          onConfirm={() => void confirmReplace()}
        >
          <p>
            Version {state.installed.meta.packVersion} is installed; {state.fileName} holds version {state.rows.pack.meta.packVersion}. The
            charts are replaced. Your work and your access log are kept.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
