/**
 * The ICD-10-PCS code builder: the choices for the next character of a code, given the ones chosen
 * so far.
 */
import { normaliseCode } from '../model.ts';
import type { PcsTables } from './tables-parse.ts';
import { pcsTableFor, rowAllows } from './tables-lookup.ts';

export interface PcsOption {
  code: string;
  label: string;
  /** For root operations: the table's definition. */
  definition?: string;
}

export interface PcsNextAxis {
  /** The character chosen next, 1–7. */
  pos: number;
  /** What it is called here ("Section", "Body System", "Operation", "Body Part", "Approach", …). */
  title: string;
  /** The values valid after the characters chosen so far, in code order. */
  options: PcsOption[];
}

export interface PcsChoices {
  /** The prefix as read (upper case, dots and spaces removed). */
  prefix: string;
  /** The prefix begins at least one valid code (or is one). */
  valid: boolean;
  /** The prefix is a whole valid code. */
  complete: boolean;
  /** The next character's choices; null when the prefix is complete or not valid. */
  next: PcsNextAxis | null;
}

/**
 * The builder's step: given the characters chosen so far (section → body system → root operation →
 * body part → approach → device → qualifier), what the next character may be. Only values that lead
 * to at least one valid code are offered. `pcsChoices(t, '')` offers the sections; `pcsChoices(t,
 * '0FT44Z')` offers qualifier Z; `pcsChoices(t, '0FT44ZZ').complete` is true.
 */
export function pcsChoices(tables: PcsTables, prefix: string): PcsChoices {
  const normal = normaliseCode(prefix);
  const invalid: PcsChoices = { prefix: normal, valid: false, complete: false, next: null };
  if (normal.length > 7) return invalid;

  if (normal.length < 3) {
    const matching = tables.tables.filter((table) => table.code.startsWith(normal));
    const firstTable = matching[0];
    if (firstTable === undefined) return invalid;
    const pos = normal.length + 1;
    const options = new Map<string, PcsOption>();
    for (const table of matching) {
      const value = pos === 1 ? table.section : pos === 2 ? table.bodySystem : table.operation;
      if (options.has(value.code)) continue;
      const option: PcsOption = { code: value.code, label: value.label };
      if (pos === 3 && table.definition !== undefined) option.definition = table.definition;
      options.set(value.code, option);
    }
    return {
      prefix: normal,
      valid: true,
      complete: false,
      next: { pos, title: firstTable.axisTitles[pos - 1] ?? '', options: sortOptions([...options.values()]) },
    };
  }

  const table = pcsTableFor(tables, normal);
  if (table === undefined) return invalid;
  const rows = table.rows.filter((row) => rowAllows(row, normal, normal.length));
  const firstRow = rows[0];
  if (firstRow === undefined) return invalid;
  if (normal.length === 7) return { prefix: normal, valid: true, complete: true, next: null };

  const axisIndex = normal.length - 3;
  const options = new Map<string, PcsOption>();
  for (const row of rows) {
    for (const value of row.axes[axisIndex]?.values ?? []) {
      if (!options.has(value.code)) options.set(value.code, { code: value.code, label: value.label });
    }
  }
  return {
    prefix: normal,
    valid: true,
    complete: false,
    next: { pos: normal.length + 1, title: firstRow.axes[axisIndex]?.title ?? '', options: sortOptions([...options.values()]) },
  };
}

function sortOptions(options: PcsOption[]): PcsOption[] {
  return options.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
