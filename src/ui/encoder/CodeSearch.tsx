import { useDeferredValue, useState } from 'react';
import { formatCode } from '../../codes/model.ts';
import { searchCodes } from '../../codes/search.ts';
import type { LoadedCodeSet } from '../../store/code-sets.ts';
import { CmCodeDetail, TabularBrowser } from './CmCodeDetail.tsx';
import { Validity, badgeOf, checkInSet } from './Validity.tsx';

/**
 * Search by code or words; the selected code's detail below; for ICD-10-CM, browsing when there is no
 * query. Each hit says what the code is in `fiscalYear` (the year being coded), not in the set's own.
 */
export function CodeSearch({ set, fiscalYear }: { set: LoadedCodeSet; fiscalYear: number | undefined }) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | undefined>();
  const deferred = useDeferredValue(query);
  const hits = deferred.trim() ? searchCodes(set.search, deferred, { limit: 40 }) : [];
  const system = set.file.system;
  const entry = selected ? set.file.entries.find((e) => e.code === selected) : undefined;

  return (
    <div className="code-search">
      <input
        type="search"
        aria-label="Search codes"
        placeholder={system === 'ICD-10-CM' ? 'Code or words: e11.22, type 2 dm with ckd, chf…' : 'Code or words'}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setSelected(undefined);
        }}
      />
      {deferred.trim() !== '' && !selected && (
        <>
          <p role="status" className="muted small">
            {hits.length === 0
              ? 'No codes match.'
              : `${hits.length}${hits.length === 40 ? '+' : ''} ${hits.length === 1 ? 'code' : 'codes'}, likely first`}
          </p>
          <ul className="code-hits" aria-label="Codes found">
            {hits.map((hit) => {
              const badge = badgeOf(checkInSet(set, hit.entry.code, fiscalYear));
              return (
                <li key={hit.entry.code}>
                  <button type="button" className="code-hit" onClick={() => setSelected(hit.entry.code)}>
                    <span className="code">{formatCode(system, hit.entry.code)}</span>
                    <span className="title">
                      {hit.entry.title}
                      {hit.matchedTerm ? <span className="muted"> (includes: {hit.matchedTerm})</span> : null}
                    </span>
                    <span className={`badge ${badge.className}`}>{badge.label}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {selected && (
        <div>
          <button type="button" className="link" onClick={() => setSelected(undefined)}>
            ← Back to results
          </button>
          {set.tabular ? (
            <CmCodeDetail set={set} code={selected} onOpen={setSelected} fiscalYear={fiscalYear} />
          ) : entry ? (
            <section className="code-detail" aria-label={`${formatCode(system, entry.code)} ${entry.title}`}>
              <h3>
                <span className="code">{formatCode(system, entry.code)}</span> {entry.title}
              </h3>
              <Validity set={set} code={entry.code} fiscalYear={fiscalYear} />
            </section>
          ) : null}
        </div>
      )}
      {deferred.trim() === '' && !selected && set.tabular && <TabularBrowser set={set} onOpen={setSelected} />}
      <CheckCode set={set} fiscalYear={fiscalYear} />
    </div>
  );
}

function CheckCode({ set, fiscalYear }: { set: LoadedCodeSet; fiscalYear: number | undefined }) {
  const [code, setCode] = useState('');
  return (
    <form className="check-code" onSubmit={(e) => e.preventDefault()} aria-label="Check a code">
      <label>
        Check a code <input value={code} onChange={(e) => setCode(e.target.value)} aria-label="Code to check" placeholder="e.g. E11.22" />
      </label>
      {code.trim() && (
        <div role="status">
          <Validity set={set} code={code} fiscalYear={fiscalYear} />
        </div>
      )}
    </form>
  );
}
