/** The coding commands, each a pure handler over the task's work. Codes are normalised as typed ("k35.30" → K3530). */
import type { CommandHandler } from '../kind.ts';
import { Modifier, WorkCode, normaliseCode, type CodeCommand, type CodeTask, type CodeWork } from './schema.ts';

type Handlers = { readonly [N in CodeCommand['type']]: CommandHandler<CodeTask, CodeWork, Extract<CodeCommand, { type: N }>> };

function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}

/** Units of service: a whole number from 1 to 9,999, as a claim line carries them. */
const validUnits = (units: number) => Number.isInteger(units) && units >= 1 && units <= 9_999;
const UNITS_PROBLEM = 'units must be a whole number from 1 to 9,999';

/** The code as the work record keeps it, or the reason it cannot be one, in words. */
function codeOf(input: string): { code: string } | { problem: string } {
  const parsed = WorkCode.safeParse(input);
  if (parsed.success) return { code: parsed.data };
  const shown = normaliseCode(input) || 'an empty code';
  return {
    problem: `${shown} is not written like a code: a code is 3 to 7 letters and digits, with or without its dot (E11.9, 0DTJ4ZZ, J1885)`,
  };
}

const inRange = (list: readonly unknown[], index: number) => Number.isInteger(index) && index >= 0 && index < list.length;

export const codeCommands: Handlers = {
  'code/add-diagnosis': (work, c) => {
    const r = codeOf(c.code);
    if ('problem' in r) return r.problem;
    if (work.diagnoses.some((d) => d.code === r.code)) return `${r.code} is already on the list`;
    return { ...work, diagnoses: [...work.diagnoses, c.poa ? { code: r.code, poa: c.poa } : { code: r.code }] };
  },
  'code/set-poa': (work, c) => {
    if (!inRange(work.diagnoses, c.index)) return `there is no diagnosis ${c.index + 1}`;
    return { ...work, diagnoses: work.diagnoses.map((d, i) => (i === c.index ? { ...d, poa: c.poa } : d)) };
  },
  'code/add-procedure': (work, c) => {
    const r = codeOf(c.code);
    if ('problem' in r) return r.problem;
    if (work.procedures.some((p) => p.code === r.code)) return `${r.code} is already on the list`;
    return { ...work, procedures: [...work.procedures, { code: r.code }] };
  },
  'code/add-hcpcs': (work, c) => {
    const r = codeOf(c.code);
    if ('problem' in r) return r.problem;
    const units = c.units ?? 1;
    if (!validUnits(units)) return UNITS_PROBLEM;
    const modifiers: string[] = [];
    for (const m of c.modifiers ?? []) {
      const parsed = Modifier.safeParse(m);
      if (!parsed.success)
        return `${m.trim() || 'an empty modifier'} is not a modifier: a HCPCS modifier is two letters or digits (RT, 59)`;
      modifiers.push(parsed.data);
    }
    return { ...work, hcpcs: [...work.hcpcs, { code: r.code, modifiers, units }] };
  },
  'code/set-hcpcs-units': (work, c) => {
    if (!validUnits(c.units)) return UNITS_PROBLEM;
    if (!inRange(work.hcpcs, c.index)) return `there is no HCPCS line ${c.index + 1}`;
    return { ...work, hcpcs: work.hcpcs.map((h, i) => (i === c.index ? { ...h, units: c.units } : h)) };
  },
  'code/remove': (work, c) => {
    if (!inRange(work[c.list], c.index)) return `there is no line ${c.index + 1} to remove`;
    switch (c.list) {
      case 'diagnoses':
        return { ...work, diagnoses: work.diagnoses.filter((_, i) => i !== c.index) };
      case 'procedures':
        return { ...work, procedures: work.procedures.filter((_, i) => i !== c.index) };
      case 'hcpcs':
        return { ...work, hcpcs: work.hcpcs.filter((_, i) => i !== c.index) };
    }
  },
  'code/move': (work, c) => {
    if (!inRange(work[c.list], c.from)) return `there is no line ${c.from + 1} to move`;
    switch (c.list) {
      case 'diagnoses':
        return { ...work, diagnoses: moveItem(work.diagnoses, c.from, c.to) };
      case 'procedures':
        return { ...work, procedures: moveItem(work.procedures, c.from, c.to) };
      case 'hcpcs':
        return { ...work, hcpcs: moveItem(work.hcpcs, c.from, c.to) };
    }
  },
};
