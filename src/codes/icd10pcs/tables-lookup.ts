/**
 * Lookups on the ICD-10-PCS tables: the table of a code, whether a code is valid, how many codes
 * there are, and a valid code's characters described.
 */
import { normaliseCode } from '../model.ts';
import type { PcsRow, PcsTable, PcsTables, PcsValue } from './tables-parse.ts';
import { pcsCodeTitle } from './tables-titles.ts';

const byCode = new WeakMap<PcsTables, Map<string, PcsTable>>();

/** The table a code or prefix belongs to ("0FT44ZZ" → table 0FT), by its first three characters. */
export function pcsTableFor(tables: PcsTables, codeOrPrefix: string): PcsTable | undefined {
  let map = byCode.get(tables);
  if (map === undefined) {
    map = new Map(tables.tables.map((table) => [table.code, table]));
    byCode.set(tables, map);
  }
  return map.get(normaliseCode(codeOrPrefix).slice(0, 3));
}

/** True when the row allows characters 4 to `upTo` of the code. */
export function rowAllows(row: PcsRow, code: string, upTo: number): boolean {
  for (let pos = 4; pos <= upTo; pos += 1) {
    const char = code[pos - 1];
    const axis = row.axes[pos - 4];
    if (axis === undefined || !axis.values.some((value) => value.code === char)) return false;
  }
  return true;
}

/** True when the code (any case, spaces and dots ignored) is one of the release's valid 7-character codes. */
export function isValidPcsCode(tables: PcsTables, code: string): boolean {
  const normal = normaliseCode(code);
  if (normal.length !== 7) return false;
  const table = pcsTableFor(tables, normal);
  return table !== undefined && table.rows.some((row) => rowAllows(row, normal, 7));
}

/** How many valid codes the tables allow (the sum over rows of the product of their axes' sizes). */
export function countPcsCodes(tables: PcsTables): number {
  let count = 0;
  for (const table of tables.tables) {
    for (const row of table.rows) count += row.axes.reduce((product, axis) => product * axis.values.length, 1);
  }
  return count;
}

/** One character of a code, with what its axis is called and what the value means. */
export interface PcsCharacter {
  pos: number;
  axisTitle: string;
  code: string;
  label: string;
}

export interface PcsCodeDescription {
  code: string;
  title: string;
  table: PcsTable;
  /** All seven characters in order. */
  characters: PcsCharacter[];
}

/** A valid code's seven characters with their labels and its composed title; undefined when it is not valid. */
export function describePcsCode(tables: PcsTables, code: string): PcsCodeDescription | undefined {
  const normal = normaliseCode(code);
  if (normal.length !== 7) return undefined;
  const table = pcsTableFor(tables, normal);
  const row = table?.rows.find((candidate) => rowAllows(candidate, normal, 7));
  if (table === undefined || row === undefined) return undefined;
  const picks = row.axes.map((axis, i) => axis.values.find((value) => value.code === normal[i + 3])) as [
    PcsValue,
    PcsValue,
    PcsValue,
    PcsValue,
  ];
  const characters: PcsCharacter[] = [
    { pos: 1, axisTitle: table.axisTitles[0], ...table.section },
    { pos: 2, axisTitle: table.axisTitles[1], ...table.bodySystem },
    { pos: 3, axisTitle: table.axisTitles[2], ...table.operation },
    ...row.axes.map((axis, i) => ({ pos: axis.pos, axisTitle: axis.title, code: picks[i]?.code ?? '', label: picks[i]?.label ?? '' })),
  ];
  return { code: normal, title: pcsCodeTitle(table, row, picks), table, characters };
}
