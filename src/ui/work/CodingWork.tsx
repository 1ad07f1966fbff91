import { useEffect, useState } from 'react';
import { documentTypeLabel } from '../../chart/document-types.ts';
import { formatDateTime } from '../../chart/format.ts';
import { formatCode, type CodeSystem } from '../../codes/model.ts';
import { checkCode, sourcesNote, type CodeCheck } from '../../codes/validity.ts';
import { loadCodeSet, type LoadedCodeSet } from '../../store/code-sets.ts';
import { useAppStore } from '../../store/store.ts';
import { Poa, type CodeTask } from '../../tasks/model.ts';
import type { CodeWork } from '../../tasks/work.ts';
import { encounterLabel, providerName } from '../chart/chart-helpers.ts';
import { chartOf } from './pack-data.ts';
import { CompactPatientBanner } from '../chart/PatientBanner.tsx';
import { ViewedDocument } from './ViewedDocument.tsx';
import type { TaskCommand, WorkspaceProps } from './workspace-props.ts';

type Sets = Partial<Record<CodeSystem, LoadedCodeSet | 'missing' | 'failed'>>;
type ListName = 'diagnoses' | 'procedures' | 'hcpcs';

const POA_LABELS: Record<Poa, string> = {
  Y: 'Y: present at the time of admission',
  N: 'N: not present at admission',
  U: 'U: documentation insufficient',
  W: 'W: clinically undetermined',
  exempt: 'Exempt from POA reporting',
};

const LISTS: Record<CodeSystem, { list: ListName; heading: string; field: string; add: string }> = {
  'ICD-10-CM': { list: 'diagnoses', heading: 'Diagnoses (ICD-10-CM)', field: 'Diagnosis code', add: 'Add diagnosis' },
  'ICD-10-PCS': { list: 'procedures', heading: 'Procedures (ICD-10-PCS)', field: 'Procedure code', add: 'Add procedure' },
  HCPCS: { list: 'hcpcs', heading: 'HCPCS Level II', field: 'HCPCS code', add: 'Add HCPCS code' },
};

/** The code sets of the task's systems (the best stored set of each: official over teaching). */
function useCodeSets(systems: readonly CodeSystem[]): Sets {
  const [sets, setSets] = useState<Sets>({});
  const key = systems.join('|');
  useEffect(() => {
    let live = true;
    for (const system of key.split('|') as CodeSystem[]) {
      loadCodeSet(system).then(
        (set) => live && setSets((s) => ({ ...s, [system]: set ?? 'missing' })),
        () => live && setSets((s) => ({ ...s, [system]: 'failed' })),
      );
    }
    return () => {
      live = false;
    };
  }, [key]);
  return sets;
}

/** Coding: read the encounter's documentation, enter codes in sequence (each checked as entered), with the encoder beside. */
export function CodingWork({ rows, task, work, act, locked }: WorkspaceProps<CodeTask, CodeWork>) {
  const chart = chartOf(rows, task.patientId);
  const encounter = chart?.encounters.find((e) => e.id === task.encounterId);
  const inpatient = encounter?.class === 'inpatient';
  const sets = useCodeSets(task.systems);
  const [viewing, setViewing] = useState<string | undefined>();

  useEffect(() => {
    const { setCodingTarget } = useAppStore.getState();
    if (locked) return;
    setCodingTarget({ packId: rows.pack.id, taskId: task.id, systems: task.systems, inpatient });
    return () => setCodingTarget(undefined);
  }, [rows.pack.id, task.id, task.systems, inpatient, locked]);

  if (!chart || !encounter) return <p role="alert">The encounter for this task is not in the pack.</p>;
  const documents = chart.documents.filter((d) => d.encounterId === encounter.id);
  const doc = documents.find((d) => d.id === viewing);
  const codeYear = rows.pack.meta.codeSetYear;

  return (
    <div className="workspace coding">
      <CompactPatientBanner chart={chart} />
      <section aria-labelledby="encounter-title" className="record-head">
        <h2 id="encounter-title">Encounter to code</h2>
        <p>
          {encounterLabel(encounter)} · {encounter.service} · attending {providerName(chart, encounter.attendingId)}
          {encounter.dischargeDisposition ? ` · discharged ${encounter.dischargeDisposition.replace(/-/g, ' ')}` : ''}
        </p>
        <p className="small muted">
          Code to the FY{codeYear} code set. Systems for this encounter: {task.systems.join(', ')}.{' '}
          <button type="button" className="link" onClick={() => useAppStore.getState().setEncoderOpen(true)}>
            Open the encoder
          </button>{' '}
          beside this work: a code it shows can be added here.
        </p>
      </section>

      <div className="doc-browser">
        <section aria-labelledby="documentation-title">
          <h2 id="documentation-title">Documentation</h2>
          <table className="compact" aria-label="Documents of the encounter">
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Date</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id} className={viewing === d.id ? 'selected' : undefined}>
                  <td>
                    <button type="button" className="link" onClick={() => setViewing(d.id)}>
                      {d.title}
                    </button>
                    <span className="muted small"> {documentTypeLabel(d.type)}</span>
                  </td>
                  <td className="nowrap small">{formatDateTime(d.serviceAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {doc ? (
            <div className="doc-view">
              <ViewedDocument chart={chart} doc={doc} />
            </div>
          ) : null}
        </section>

        <section aria-labelledby="abstract-title" className="code-abstract">
          <h2 id="abstract-title">Codes</h2>
          {task.systems.map((system) => (
            <CodeList
              key={system}
              system={system}
              set={sets[system]}
              work={work}
              act={act}
              locked={locked}
              inpatient={inpatient}
              codeYear={codeYear}
            />
          ))}
        </section>
      </div>
    </div>
  );
}

function CodeList({
  system,
  set,
  work,
  act,
  locked,
  inpatient,
  codeYear,
}: {
  system: CodeSystem;
  set: LoadedCodeSet | 'missing' | 'failed' | undefined;
  work: CodeWork | undefined;
  act: (command: TaskCommand) => void;
  locked: boolean;
  inpatient: boolean;
  codeYear: number;
}) {
  const { list, heading, field, add } = LISTS[system];
  const [code, setCode] = useState('');
  const [modifiers, setModifiers] = useState('');
  const [units, setUnits] = useState('1');
  const loaded = typeof set === 'object' ? set : undefined;
  const check = (c: string): CodeCheck | undefined => (loaded && c.trim() ? checkCode(loaded.sources, c, codeYear) : undefined);
  const typed = check(code);
  const lines: { code: string; poa?: Poa | undefined; modifiers?: string[]; units?: number }[] = work ? work[list] : [];
  const firstLabel = system === 'ICD-10-CM' ? (inpatient ? 'Principal' : 'First-listed') : system === 'ICD-10-PCS' ? 'Principal' : '1';

  const submit = () => {
    const value = code.trim();
    if (!/^[A-Za-z0-9.\s]{3,9}$/.test(value)) return;
    if (system === 'ICD-10-CM') act({ type: 'code/add-diagnosis', code: value });
    else if (system === 'ICD-10-PCS') act({ type: 'code/add-procedure', code: value });
    else
      act({
        type: 'code/add-hcpcs',
        code: value,
        modifiers: modifiers
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((m) => m.toUpperCase()),
        units: Math.max(1, Math.round(Number(units)) || 1),
      });
    setCode('');
    setModifiers('');
    setUnits('1');
  };

  return (
    <section className="code-list" aria-label={heading}>
      <h3>{heading}</h3>
      {set === 'missing' && <p className="warn small">No {system} code set is installed: codes cannot be checked.</p>}
      {set === 'failed' && <p className="warn small">The {system} code set could not be loaded: codes cannot be checked.</p>}
      {loaded && sourcesNote(loaded.sources, codeYear) && <p className="muted small">{sourcesNote(loaded.sources, codeYear)}</p>}
      {lines.length === 0 ? (
        <p className="muted small">No codes yet.</p>
      ) : (
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">Seq</th>
              <th scope="col">Code</th>
              <th scope="col">Description</th>
              {system === 'ICD-10-CM' && inpatient && <th scope="col">POA</th>}
              {system === 'HCPCS' && (
                <>
                  <th scope="col">Modifiers</th>
                  <th scope="col">Units</th>
                </>
              )}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => {
              const c = check(line.code);
              const shown = formatCode(system, line.code);
              return (
                <tr key={`${line.code}-${i}`}>
                  <td className="nowrap">{i === 0 ? firstLabel : i + 1}</td>
                  <td className="code">{shown}</td>
                  <td className="small">
                    {c?.entry?.title ?? ''}
                    {c && !c.reportable && <span className={`validity ${c.tone}`}> {c.message}</span>}
                  </td>
                  {system === 'ICD-10-CM' && inpatient && (
                    <td>
                      <select
                        aria-label={`POA for ${shown}`}
                        value={line.poa ?? ''}
                        disabled={locked}
                        onChange={(e) => act({ type: 'code/set-poa', index: i, poa: e.target.value as Poa })}
                      >
                        <option value="" disabled>
                          Choose
                        </option>
                        {Poa.options.map((p) => (
                          <option key={p} value={p}>
                            {POA_LABELS[p]}
                          </option>
                        ))}
                      </select>
                    </td>
                  )}
                  {system === 'HCPCS' && (
                    <>
                      <td>{line.modifiers?.join(' ') || '—'}</td>
                      <td>
                        <input
                          type="number"
                          min={1}
                          max={9999}
                          className="units"
                          aria-label={`Units of ${shown}`}
                          value={line.units ?? 1}
                          disabled={locked}
                          onChange={(e) => {
                            const n = Number(e.target.value);
                            if (Number.isInteger(n) && n >= 1) act({ type: 'code/set-hcpcs-units', index: i, units: n });
                          }}
                        />
                      </td>
                    </>
                  )}
                  <td className="nowrap">
                    {!locked && (
                      <>
                        <button
                          type="button"
                          aria-label={`Move ${shown} up`}
                          disabled={i === 0}
                          onClick={() => act({ type: 'code/move', list, from: i, to: i - 1 })}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          aria-label={`Move ${shown} down`}
                          disabled={i === lines.length - 1}
                          onClick={() => act({ type: 'code/move', list, from: i, to: i + 1 })}
                        >
                          ↓
                        </button>
                        <button type="button" aria-label={`Remove ${shown}`} onClick={() => act({ type: 'code/remove', list, index: i })}>
                          ✕
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {!locked && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label>
            {field} <input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} size={10} />
          </label>
          {system === 'HCPCS' && (
            <label>
              Modifiers <input value={modifiers} onChange={(e) => setModifiers(e.target.value)} size={8} placeholder="e.g. RT" />
            </label>
          )}
          {system === 'HCPCS' && (
            <label>
              Units <input type="number" min={1} max={9999} className="units" value={units} onChange={(e) => setUnits(e.target.value)} />
            </label>
          )}
          <button type="submit" disabled={!code.trim()}>
            {add}
          </button>
          {typed && (
            <p role="status" className={`validity ${typed.tone}`}>
              {typed.message}
              {typed.entry ? ` ${typed.entry.title}` : ''}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
