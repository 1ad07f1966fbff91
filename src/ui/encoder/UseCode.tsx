import { formatCode, type CodeSystem } from '../../codes/model.ts';
import { useAppStore } from '../../store/store.ts';

const WHERE: Record<CodeSystem, string> = { 'ICD-10-CM': 'as a diagnosis', 'ICD-10-PCS': 'as a procedure', HCPCS: 'as an HCPCS code' };

/** With a coding task open, the encoder adds the code it shows straight to the task's list. */
export function UseCode({ system, code }: { system: CodeSystem; code: string }) {
  const target = useAppStore((s) => s.codingTarget);
  const work = useAppStore((s) => (target ? s.works.get(target.packId) : undefined));
  if (!target || !target.systems.includes(system) || !work || Object.hasOwn(work.work.submitted, target.taskId)) return null;
  const add = () => {
    const { dispatch } = useAppStore.getState();
    const taskId = target.taskId;
    if (system === 'ICD-10-CM') dispatch(target.packId, { type: 'code/add-diagnosis', taskId, code });
    else if (system === 'ICD-10-PCS') dispatch(target.packId, { type: 'code/add-procedure', taskId, code });
    else dispatch(target.packId, { type: 'code/add-hcpcs', taskId, code });
  };
  return (
    <button type="button" className="use-code" onClick={add}>
      Add {formatCode(system, code)} {WHERE[system]}
    </button>
  );
}
