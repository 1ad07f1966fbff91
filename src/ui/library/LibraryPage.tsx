import { useState } from 'react';
import { bundledSource } from '../../app/bundled-packs.ts';
import { formatTimestamp, plural } from '../../chart/format.ts';
import type { InstalledPack } from '../../packs/normalise.ts';
import { useBundledPackSetting, useInstalledPacks } from '../../storage/hooks.ts';
import { selectBundled, useAppStore } from '../../store/store.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { ImportPanel } from './ImportPanel.tsx';

export function LibraryPage() {
  const packs = useInstalledPacks();
  const bundledSetting = useBundledPackSetting();
  const bundled = useAppStore(selectBundled);
  const problem = useAppStore((s) => s.libraryProblem);
  const [removing, setRemoving] = useState<InstalledPack | undefined>();

  const removedBundled = bundledSource.packs.flatMap((pack) => {
    const entry = bundledSetting?.[pack.path];
    return entry?.state === 'removed' ? [{ path: pack.path, title: entry.title }] : [];
  });

  return (
    <section aria-labelledby="library-title" className="page">
      <h1 id="library-title">Scenario packs</h1>
      <p className="lead">
        A scenario pack holds synthetic patient charts and the work to do on them. Packs bundled with Record Room are installed on your
        first visit; instructors hand out more as single <code>.pack.json</code> files.
      </p>
      <ImportPanel />
      {bundled.status === 'loading' && <p role="status">Installing the bundled scenario packs…</p>}
      {bundled.status === 'failed' && (
        <p role="alert" className="problem-box">
          Bundled packs could not be installed: {bundled.message}
        </p>
      )}
      {problem && (
        <div role="alert" className="problem-box">
          <p>{problem}</p>
          <button type="button" onClick={() => useAppStore.getState().dismissLibraryProblem()}>
            Dismiss
          </button>
        </div>
      )}
      <h2>Installed</h2>
      {packs === undefined ? (
        <p role="status">Loading…</p>
      ) : packs.length === 0 ? (
        <p>No scenario packs are installed. Import one, or install a bundled pack below.</p>
      ) : (
        <ul className="pack-list" aria-label="Installed scenario packs">
          {packs.map((pack) => (
            <li key={pack.id} className="pack-card">
              <h3>{pack.meta.title}</h3>
              <p className="muted small">
                {pack.id} · version {pack.meta.packVersion} ·{' '}
                {pack.source === 'bundled' ? 'bundled' : `imported from ${pack.fileName ?? 'a file'}`} · installed{' '}
                {formatTimestamp(pack.installedAt)}
              </p>
              <p>{pack.meta.description}</p>
              <p className="counts">
                {plural(pack.summary.patients, 'patient')} · {plural(pack.summary.encounters, 'encounter')} ·{' '}
                {plural(pack.summary.documents.total, 'document')} · {plural(pack.summary.looseDocuments, 'loose document')} · ICD-10 FY
                {pack.meta.codeSetYear} · {pack.meta.facility.name}
              </p>
              <p className="muted small">
                By {pack.meta.author} · licence {pack.meta.licence}
              </p>
              <button type="button" onClick={() => setRemoving(pack)} aria-label={`Remove ${pack.meta.title}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {removedBundled.length > 0 && (
        <>
          <h2>Bundled, not installed</h2>
          <ul className="pack-list" aria-label="Bundled packs not installed">
            {removedBundled.map((p) => (
              <li key={p.path} className="pack-card">
                <h3>{p.title}</h3>
                <button
                  type="button"
                  onClick={() => void useAppStore.getState().installBundledPack(p.path)}
                  aria-label={`Install ${p.title}`}
                >
                  Install
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.meta.title}?`}
          confirmLabel="Remove pack"
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(undefined);
            void useAppStore.getState().removePack(id);
          }}
        >
          <p>Its patients leave the patient list. Your work and your access log are kept, and come back if you install the pack again.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
