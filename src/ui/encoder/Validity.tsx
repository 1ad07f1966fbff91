import { checkCode } from '../../codes/validity.ts';
import type { LoadedCodeSet } from '../../store/code-sets.ts';
import { UseCode } from './UseCode.tsx';

/** Exists, billable, fiscal year: the three questions a coder asks of every code. */
export function Validity({ set, code }: { set: LoadedCodeSet; code: string }) {
  const check = checkCode(set.file, code);
  const className = check.status === 'billable' || check.status === 'modifier' ? 'ok' : check.status === 'header' ? 'warn' : 'invalid';
  return (
    <>
      <p className={`validity ${className}`}>{check.message}</p>
      {check.status === 'billable' && <UseCode system={set.file.system} code={check.code} />}
    </>
  );
}
