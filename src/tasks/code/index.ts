/** The coding kind: one definition the registry lists. */
import { defineTaskKind } from '../kind.ts';
import { encounterItem, encounterWhat, type WorkItem, type WorkItemSource } from '../common/work-item.ts';
import { codeCommands } from './commands.ts';
import { scoreCode } from './score.ts';
import { CodeKey, CodeTask, CodeWork, type CodeCommand } from './schema.ts';

export const POA_LABELS = {
  Y: 'Y: present at the time of inpatient admission',
  N: 'N: not present at the time of inpatient admission',
  U: 'U: documentation insufficient to determine',
  W: 'W: clinically undetermined',
  exempt: 'Exempt from POA reporting',
} as const;

export const CODE_LIST_LABELS = {
  diagnoses: 'Diagnoses (ICD-10-CM)',
  procedures: 'Procedures (ICD-10-PCS)',
  hcpcs: 'HCPCS Level II',
} as const;

/** The work that follows the key exactly. */
const perfectWork = (key: CodeKey, _task?: CodeTask): CodeWork => {
  const procedures = key.procedures.filter((p) => !p.optional);
  const principalFirst = [...procedures].sort((a, b) => Number(b.principal) - Number(a.principal));
  return {
    kind: 'code',
    diagnoses: [
      { code: key.principal.code, ...(key.principalPoa ? { poa: key.principalPoa } : {}) },
      ...key.secondary.filter((s) => s.required && !s.optional).map((s) => ({ code: s.code, ...(s.poa ? { poa: s.poa } : {}) })),
    ],
    procedures: principalFirst.map((p) => ({ code: p.code })),
    hcpcs: key.hcpcs.filter((h) => !h.optional).map((h) => ({ code: h.code, modifiers: [...h.modifiers], units: h.units })),
  };
};

export const codeKind = defineTaskKind<CodeTask, CodeKey, CodeWork, CodeCommand>({
  kind: 'code',
  label: 'Coding',
  schemas: { task: CodeTask, key: CodeKey, work: CodeWork },
  blankWork: () => ({ kind: 'code', diagnoses: [], procedures: [], hcpcs: [] }),
  isUntouched: (work) => work.diagnoses.length === 0 && work.procedures.length === 0 && work.hcpcs.length === 0,
  commands: codeCommands,
  score: scoreCode,
  perfectWork,
  walkthrough: (key, task) => {
    const taskId = task.id;
    const work = perfectWork(key, task);
    const commands: CodeCommand[] = [];
    // Diagnoses typed as coders type them, POA chosen after adding; a stray code added and removed.
    work.diagnoses.forEach((d) =>
      commands.push({
        type: 'code/add-diagnosis',
        taskId,
        code: d.code.length > 3 ? `${d.code.slice(0, 3)}.${d.code.slice(3).toLowerCase()}` : d.code,
      }),
    );
    work.diagnoses.forEach((d, index) => {
      if (d.poa) commands.push({ type: 'code/set-poa', taskId, index, poa: d.poa });
    });
    commands.push(
      { type: 'code/add-diagnosis', taskId, code: 'Z99.89' },
      { type: 'code/remove', taskId, list: 'diagnoses', index: work.diagnoses.length },
    );
    // Procedures entered last first, then the principal moved up.
    [...work.procedures].reverse().forEach((p) => commands.push({ type: 'code/add-procedure', taskId, code: p.code }));
    if (work.procedures.length > 1)
      commands.push({ type: 'code/move', taskId, list: 'procedures', from: work.procedures.length - 1, to: 0 });
    const reversedTail = work.procedures.slice(1).reverse();
    reversedTail.forEach((_, i) => {
      if (i < reversedTail.length - 1)
        commands.push({ type: 'code/move', taskId, list: 'procedures', from: work.procedures.length - 1, to: i + 1 });
    });
    work.hcpcs.forEach((h, index) => {
      commands.push({ type: 'code/add-hcpcs', taskId, code: h.code, modifiers: h.modifiers });
      if (h.units !== 1) commands.push({ type: 'code/set-hcpcs-units', taskId, index, units: h.units });
    });
    return commands;
  },
  checkTask: (task, check, path) => {
    check.patient(task.patientId, [...path, 'patientId']);
    check.encounterOf(task.encounterId, task.patientId, [...path, 'encounterId']);
  },
  checkKey: (key, task, check, path) => {
    if (key.procedures.filter((p) => p.principal).length > 1)
      check.report([...path, 'procedures'], 'marks more than one procedure as principal');
    if (!task.systems.includes('ICD-10-PCS') && key.procedures.length > 0)
      check.report([...path, 'procedures'], `lists ICD-10-PCS codes, but task "${task.id}" does not ask for ICD-10-PCS`);
    if (!task.systems.includes('HCPCS') && key.hcpcs.length > 0)
      check.report([...path, 'hcpcs'], `lists HCPCS codes, but task "${task.id}" does not ask for HCPCS`);
    const seen = new Set<string>();
    const codes: [string, (string | number)[]][] = [
      [key.principal.code, ['principal', 'code']],
      ...key.secondary.map((s, i): [string, (string | number)[]] => [s.code, ['secondary', i, 'code']]),
    ];
    for (const [code, at] of codes) {
      if (seen.has(code)) check.report([...path, ...at], `${code} is listed twice in the key`);
      seen.add(code);
    }
  },
  workItem: (task: CodeTask, source: WorkItemSource): WorkItem => {
    const encounter = source.encounter(task.encounterId);
    const patient = source.patient(task.patientId);
    return {
      what: encounterWhat(encounter, encounter?.class === 'inpatient' ? 'stay' : 'visit'),
      ...(patient ? { patient } : {}),
      ...encounterItem(encounter),
    };
  },
  labels: { poa: POA_LABELS, list: CODE_LIST_LABELS },
});
