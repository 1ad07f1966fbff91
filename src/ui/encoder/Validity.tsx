/**
 * Exists, billable, and in which fiscal year: the three questions a coder asks of every code, answered
 * for the year being coded (the pack's) from the sets behind the encoder, in one sentence that names
 * its source and says when the status in that year cannot be confirmed.
 */
import { checkCode, yearWords, type CodeCheck } from '../../codes/validity.ts';
import type { LoadedCodeSet } from '../../store/code-sets.ts';
import { UseCode } from './UseCode.tsx';

/** The check of a code in the encoder's set for a year (undefined: the newest year its lists cover). */
export function checkInSet(set: LoadedCodeSet, code: string, fiscalYear: number | undefined): CodeCheck {
  return checkCode(set.sources.length > 0 ? set.sources : [set.file], code, fiscalYear);
}

/** The short word a list of codes shows beside each code. */
export function badgeOf(check: CodeCheck): { label: string; className: string } {
  const system = check.year.system;
  switch (check.status) {
    case 'billable':
      return { label: 'Billable', className: 'billable' };
    case 'header':
      return { label: 'Header', className: 'header' };
    case 'modifier':
      return { label: 'Modifier', className: 'billable' };
    case 'not-found':
      return { label: `Not valid in ${yearWords(system, check.fiscalYear)}`, className: 'invalid' };
    case 'unconfirmed':
      return { label: 'Unconfirmed', className: 'unconfirmed' };
  }
}

export function Validity({ set, code, fiscalYear }: { set: LoadedCodeSet; code: string; fiscalYear: number | undefined }) {
  const check = checkInSet(set, code, fiscalYear);
  return (
    <>
      <p className={`validity ${check.tone}`}>{check.message}</p>
      {(check.status === 'billable' || check.status === 'unconfirmed') && check.tone !== 'invalid' && (
        <UseCode system={set.file.system} code={check.code} />
      )}
    </>
  );
}
