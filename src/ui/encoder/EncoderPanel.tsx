/**
 * The encoder, beside whatever the trainee is doing: search, browse the tabular list with every
 * note that applies, build 7th characters and ICD-10-PCS codes, check a code. Every check is for the
 * fiscal year being coded (./coding-year.ts), which the panel states with the lists it rests on.
 * Loaded lazily.
 */
import { useEffect, useState } from 'react';
import type { CodeSystem } from '../../codes/model.ts';
import { newestYear } from '../../codes/year-status.ts';
import { sourcesNote, yearWords } from '../../codes/validity.ts';
import { useCodingYear, type CodingYear } from './coding-year.ts';
import { loadCodeSet, type LoadedCodeSet } from '../../store/code-sets.ts';
import { useAppStore } from '../../store/store.ts';
import { CodeSearch } from './CodeSearch.tsx';
import { PcsBuilder } from './PcsBuilder.tsx';
import { LoadOfficialDialog } from './LoadOfficialDialog.tsx';

const SYSTEMS: CodeSystem[] = ['ICD-10-CM', 'ICD-10-PCS', 'HCPCS'];

type Loading =
  { status: 'loading' } | { status: 'ready'; set: LoadedCodeSet } | { status: 'missing' } | { status: 'failed'; message: string };

export function EncoderPanel() {
  const [system, setSystem] = useState<CodeSystem>('ICD-10-CM');
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  const [reload, setReload] = useState(0);
  const [loadDialog, setLoadDialog] = useState(false);
  const coding = useCodingYear();
  const { ready, fiscalYear } = coding;

  useEffect(() => {
    if (!ready) return;
    let live = true;
    loadCodeSet(system, fiscalYear).then(
      (set) => live && setLoading(set ? { status: 'ready', set } : { status: 'missing' }),
      (error: unknown) => live && setLoading({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [system, reload, ready, fiscalYear]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !loadDialog) useAppStore.getState().setEncoderOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [loadDialog]);

  const file = loading.status === 'ready' ? loading.set.file : undefined;
  return (
    <aside className="encoder" aria-label="Encoder">
      <header className="encoder-head">
        <h2>Encoder</h2>
        <button type="button" onClick={() => useAppStore.getState().setEncoderOpen(false)} aria-label="Close encoder">
          ✕
        </button>
      </header>
      <div role="tablist" aria-label="Code systems" className="tabs encoder-tabs">
        {SYSTEMS.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={s === system}
            onClick={() => {
              if (s !== system) {
                setSystem(s);
                setLoading({ status: 'loading' });
              }
            }}
          >
            {s}
          </button>
        ))}
      </div>
      <div className="encoder-set">
        {loading.status === 'loading' && <p role="status">Loading the {system} code set…</p>}
        {loading.status === 'failed' && (
          <p role="alert" className="problem-box">
            {loading.message}
          </p>
        )}
        {loading.status === 'missing' && <p role="status">No {system} code set is installed.</p>}
        {file && (
          <p className="small">
            <strong>{file.title}</strong> · {file.entries.length.toLocaleString('en-US')} entries
            {file.source === 'teaching' && (
              <span className="partial">
                {' '}
                Partial: a teaching subset around the bundled scenarios. Load the official release for complete coding.
              </span>
            )}
          </p>
        )}
        {loading.status === 'ready' && <CheckingYear set={loading.set} coding={coding} />}
        <button type="button" onClick={() => setLoadDialog(true)}>
          Load official code set
        </button>
      </div>
      <div className="encoder-body">
        {loading.status === 'ready' && system === 'ICD-10-PCS' && loading.set.file.pcsTables !== undefined ? (
          <PcsBuilder set={loading.set} fiscalYear={fiscalYear} />
        ) : null}
        {loading.status === 'ready' && (
          <CodeSearch
            key={`${system}-${loading.set.file.fiscalYear}-${loading.set.file.source}`}
            set={loading.set}
            fiscalYear={fiscalYear}
          />
        )}
      </div>
      {loadDialog && (
        <LoadOfficialDialog
          system={system}
          coding={coding}
          onClose={(loadedSome) => {
            setLoadDialog(false);
            if (loadedSome) {
              setLoading({ status: 'loading' });
              setReload((n) => n + 1);
            }
          }}
        />
      )}
    </aside>
  );
}

/** The year the checks are for, why, and what they rest on when no list of that year is at hand. */
function CheckingYear({ set, coding }: { set: LoadedCodeSet; coding: CodingYear }) {
  const system = set.file.system;
  const year = coding.fiscalYear ?? newestYear(set.sources);
  if (year === undefined) return null;
  const note = sourcesNote(set.sources, year);
  return (
    <p className="small coding-year" aria-label="Year checked">
      Codes are checked for <strong>{yearWords(system, year)}</strong>
      {coding.why ? `, ${coding.why}.` : ', the newest year the code lists cover (no pack is open).'}
      {note ? ` ${note}` : ''}
    </p>
  );
}
