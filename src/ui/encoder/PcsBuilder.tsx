import { useState } from 'react';
import { describePcsCode, pcsChoices, pcsTableFor, type PcsTables } from '../../codes/icd10pcs/tables.ts';
import { rootOperationDefinition, type PcsDefinitions } from '../../codes/icd10pcs/definitions.ts';
import type { LoadedCodeSet } from '../../store/code-sets.ts';
import { checkInSet } from './Validity.tsx';

interface Pick {
  title: string;
  code: string;
  label: string;
}

/**
 * The ICD-10-PCS builder: one character at a time, offering only values the official tables allow.
 * The finished code is checked for `fiscalYear` (the year being coded), which may not be the tables'.
 */
export function PcsBuilder({ set, fiscalYear }: { set: LoadedCodeSet; fiscalYear?: number | undefined }) {
  const tables = set.file.pcsTables as PcsTables;
  const definitions = set.file.pcsDefinitions as PcsDefinitions | undefined;
  const [picks, setPicks] = useState<Pick[]>([]);
  const prefix = picks.map((p) => p.code).join('');
  const choices = pcsChoices(tables, prefix);
  const described = choices.complete ? describePcsCode(tables, prefix) : undefined;
  const check = described ? checkInSet(set, described.code, fiscalYear ?? set.file.fiscalYear) : undefined;
  const operationLabel = prefix.length >= 3 ? pcsTableFor(tables, prefix)?.operation.label : undefined;
  const operation = operationLabel && definitions ? rootOperationDefinition(definitions, prefix[0]!, operationLabel) : undefined;
  const choose = (code: string) => {
    const option = choices.next?.options.find((o) => o.code === code);
    if (option && choices.next) setPicks([...picks, { title: choices.next.title, code: option.code, label: option.label }]);
  };
  return (
    <section className="pcs-builder" aria-label="ICD-10-PCS builder">
      <h3>Build an ICD-10-PCS code</h3>
      <p className="pcs-code" aria-label="Code so far">
        {prefix
          .padEnd(7, '_')
          .split('')
          .map((c, i) => (
            <span key={i} className={c === '_' ? 'empty' : ''}>
              {c}
            </span>
          ))}
        {prefix && (
          <button type="button" className="link" onClick={() => setPicks(picks.slice(0, -1))}>
            Undo last
          </button>
        )}
        {prefix && (
          <button type="button" className="link" onClick={() => setPicks([])}>
            Start again
          </button>
        )}
      </p>
      {picks.length > 0 && (
        <ol className="pcs-picks" aria-label="Characters chosen">
          {picks.map((p, i) => (
            <li key={i}>
              <span className="muted">{p.title}:</span> <strong>{p.code}</strong> {p.label}
            </li>
          ))}
        </ol>
      )}
      {operation && (
        <div className="definition" aria-label="Root operation definition">
          <strong>{operation.titles.join(', ')}</strong>: {operation.definition}
          {operation.explanation && <p className="small">{operation.explanation}</p>}
          {operation.includes.length > 0 && <p className="small muted">Examples: {operation.includes.join('; ')}</p>}
        </div>
      )}
      {choices.next && (
        <label className="pcs-axis">
          {choices.next.pos}. {choices.next.title}{' '}
          <select aria-label={choices.next.title} value="" onChange={(e) => e.target.value && choose(e.target.value)}>
            <option value="">Choose…</option>
            {choices.next.options.map((o) => (
              <option key={o.code} value={o.code}>
                {o.code} {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {described && check && (
        <p role="status" className={`validity ${check.tone}`}>
          <strong>{described.code}</strong> {described.title}
          {/* The tables' own year: they are the list of that year. */}
          {check.confirmed && check.status === 'billable' && check.fiscalYear === set.file.fiscalYear
            ? `: valid in FY${set.file.fiscalYear}.`
            : `. ${check.message}`}
        </p>
      )}
    </section>
  );
}
