/**
 * "Reason for access": asked before a specially protected record opens ("break the glass"), as an
 * EHR asks before it shows a psychotherapy note, a 42 CFR Part 2 record or an HIV result. The
 * trainee must say why in words (the rule is `reasonProblem`, in the pure core); the reason goes
 * into their access log with the time. Cancel leaves the record closed, and nothing is logged.
 */
import { useId, useRef, useState } from 'react';
import { REASON_MAX_LENGTH, normaliseReason, reasonProblem } from '../../access/protected.ts';
import { ModalDialog } from './ModalDialog.tsx';

export function ReasonForAccessDialog({
  access,
  record,
  protections,
  onConfirm,
  onCancel,
}: {
  /** Opening one protected record, or exporting a chart that holds protected records. */
  access: 'open' | 'export';
  /** The record in words: a document's title, or the patient whose chart is exported. */
  record: string;
  /** Why it is protected, in words: "Psychotherapy notes (45 CFR 164.508(a)(2))". */
  protections: string;
  /** Called with the reason as it is to be logged (trimmed, on one line). */
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  return (
    <ModalDialog titleId={`${id}-title`} describedBy={`${id}-what`} initialFocus={input} onCancel={onCancel} className="reason-dialog">
      <h2 id={`${id}-title`}>Reason for access</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const found = reasonProblem(reason);
          setProblem(found);
          if (found) return input.current?.focus();
          onConfirm(normaliseReason(reason));
        }}
      >
        <div className="dialog-body">
          {access === 'open' ? (
            <p id={`${id}-what`}>
              <strong>{record}</strong> is specially protected: {protections}. Say why you need to open it. Your reason is written to your
              access log with the time.
            </p>
          ) : (
            <p id={`${id}-what`}>
              The chart of <strong>{record}</strong> holds specially protected records: {protections}. They go into the export. Say why you
              need to export them. Your reason is written to your access log with the time.
            </p>
          )}
          <label htmlFor={`${id}-reason`}>Reason</label>
          <input
            ref={input}
            id={`${id}-reason`}
            className="reason-input"
            value={reason}
            maxLength={REASON_MAX_LENGTH}
            autoComplete="off"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
            onChange={(e) => {
              setReason(e.target.value);
              if (problem) setProblem(undefined);
            }}
          />
          {problem ? (
            <p id={`${id}-problem`} className="field-problem" role="alert">
              {problem}
            </p>
          ) : (
            <p id={`${id}-hint`} className="muted small">
              For example: “Release of information: attorney request”, or “Coding the 12/02 admission”.
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {access === 'open' ? 'Open record' : 'Export'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
