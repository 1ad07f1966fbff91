/**
 * The ICD-10-PCS tables (`icd10pcs_tables_2025.xml`), exactly as CMS publishes them, and what is built
 * on them: every valid code, a title for each, a validity check, and the builder's next choices.
 * Pure: takes a string or bytes, returns data.
 *
 * A `<pcsTable>` fixes the first three characters (section, body system, root operation — axes 1–3,
 * one label each; the operation may carry its `<definition>`). Each `<pcsRow>` in it lists the values
 * allowed for characters 4–7 (body part, approach, device, qualifier in Medical and Surgical; other
 * sections name the axes differently). Every combination of one value from each of a row's four axes
 * is a valid code, and nothing else is: FY2025 has 908 tables, 2,661 rows and 78,948 valid codes.
 *
 * **Titles.** The tables carry no titles for codes, and CMS's own long titles (in its order file, which
 * is not read here) are written by hand. `pcsCodeTitle` composes one from the axis labels in CMS's
 * style, so the common cases come out word for word — "Resection of Gallbladder, Percutaneous
 * Endoscopic Approach" (0FT44ZZ), "Insertion of Infusion Device into Superior Vena Cava, Percutaneous
 * Approach" (02HV33Z):
 * - the root operation, "of" and the body part as CMS writes it (`bodyPartInTitle`: "Hip Joint, Right"
 *   → "Right Hip Joint", "Skin, Left Hand" → "Left Hand Skin", but "Coronary Artery, One Artery" stays);
 * - "with" and the device as CMS writes it (`deviceInTitle`: "Synthetic Substitute, Metal" → "Metal
 *   Synthetic Substitute", "Intraluminal Device, Drug-eluting, Two" → "Two Drug-eluting Intraluminal
 *   Devices"). Insertion, Introduction and Transfusion put the device or substance first, "into" the
 *   body part; Removal "from", Revision and Change "in"; Irrigation "using" the substance; Bypass reads
 *   "Bypass Cerebral Ventricle to Nasopharynx" (the qualifier is where it goes); a function (sections
 *   4–5) follows the body system ("Measurement of Cardiac Sampling and Pressure");
 * - then, after commas, the approach with "Approach" added ("Open Approach"; "Via Natural or Artificial
 *   Opening" as is) or whatever the section's fifth axis is, then the qualifier;
 * - sections whose third axis is a Type or Modality (imaging, nuclear medicine, radiation, rehabilitation,
 *   mental health, substance abuse) read "Plain Radiography of Chest" followed by their other labels;
 * - "None", "No Device" and "No Qualifier" are left out.
 * Hand-written CMS titles differ in places: CMS writes "…with Metal Synthetic Substitute, Cemented, Open
 * Approach" (0SR9019) where this gives "…with Metal Synthetic Substitute, Open Approach, Cemented", and
 * "Respiratory Ventilation, Greater than 96 Consecutive Hours" (5A1955Z) where this gives "Performance of
 * Respiratory Ventilation, …". A title is for reading beside the code, never for matching CMS's text.
 */
import { normaliseCode, type CodeEntry, type CodeSet } from '../model.ts';
import { MAX_PROBLEMS, capProblems, fail, type CodeFileProblem, type CodeFileResult } from '../icd10cm/problems.ts';
import { isZip, parseZipMember } from './unzip.ts';
import { attribute, childNodes, childText, children, readReleaseXml, problemAt, textOf, type XmlDocument, type XmlNode } from './xml.ts';

export interface PcsValue {
  /** One character: 0–9 or a letter other than I and O. */
  code: string;
  label: string;
}

export interface PcsAxis {
  /** 1–7: the character of the code this axis gives. */
  pos: number;
  /** The axis's name in this table: "Body Part", "Approach", "Device", "Qualifier", "Body Region", … */
  title: string;
  values: PcsValue[];
}

export interface PcsRow {
  /** Axes 4, 5, 6 and 7, in that order. */
  axes: [PcsAxis, PcsAxis, PcsAxis, PcsAxis];
}

export interface PcsTable {
  /** The three characters every code of the table starts with, e.g. "0FT". */
  code: string;
  section: PcsValue;
  bodySystem: PcsValue;
  operation: PcsValue;
  /** What axes 1–3 are called here: "Section"; "Body System" or "Section Qualifier"; "Operation", "Type" or "Modality". */
  axisTitles: [string, string, string];
  /** The root operation's definition when the table gives one (852 of the 908 FY2025 tables). */
  definition?: string;
  rows: PcsRow[];
}

export interface PcsTables {
  system: 'ICD-10-PCS';
  /** From `<version>`: the fiscal year the release is effective for (1 October of the year before). */
  fiscalYear: number;
  /** The file's own title, e.g. "2025 ICD-10-PCS Tables". */
  title: string;
  tables: PcsTable[];
}

export interface ReadPcsOptions {
  /** The file's name, shown in the code set's title. */
  fileName?: string;
}

const EXPECTED = 'the ICD-10-PCS tables XML (icd10pcs_tables_YYYY.xml)';
const ROOT = 'ICD10PCS.tabular';
const VALUE_CODE = /^[0-9A-HJ-NP-Z]$/;
/** How CMS names the tables file, in its zip or alone: icd10pcs_tables_2025.xml. */
export const PCS_TABLES_FILE = /^icd10pcs_tables.*\.xml$/i;

/**
 * The tables file (or the zip CMS distributes it in) → every table and row, or every problem found,
 * each with its line.
 */
export function parsePcsTables(input: string | Uint8Array, options: ReadPcsOptions = {}): CodeFileResult<PcsTables> {
  if (typeof input !== 'string' && isZip(input)) {
    return parseZipMember(input, PCS_TABLES_FILE, 'ICD-10-PCS tables file (icd10pcs_tables_YYYY.xml)', (member) => parsePcsTables(member.bytes, { fileName: member.name }));
  }
  const read = readReleaseXml(input, ROOT, EXPECTED);
  if ('problem' in read) return fail(read.problem);
  const { doc, fiscalYear } = read;

  const problems: CodeFileProblem[] = [];
  const warnings: CodeFileProblem[] = [];
  let problemCount = 0;
  const report = (problem: CodeFileProblem) => {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };

  const tableNodes = children(doc.root, 'pcsTable');
  if (tableNodes.length === 0) return fail({ message: `<${ROOT}> holds no <pcsTable> elements, so there are no codes to read` });

  const tables: PcsTable[] = [];
  const nodeOfTable = new Map<string, unknown>();
  tableNodes.forEach((node, index) => {
    const table = readTable(doc, node, index, report, warnings);
    if (table === undefined) return;
    if (nodeOfTable.has(table.code)) {
      const firstLine = doc.lineOf(nodeOfTable.get(table.code));
      report(problemAt(doc, node, `table ${table.code} appears twice${firstLine === undefined ? '' : ` (first at line ${firstLine})`}`));
      return;
    }
    nodeOfTable.set(table.code, node);
    tables.push(table);
  });
  if (problemCount > 0) return { ok: false, problems: capProblems(problems, problemCount) };

  const fileTitle = childText(doc.root, 'title').trim();
  const name = options.fileName?.split(/[\\/]/).pop();
  return {
    ok: true,
    value: {
      system: 'ICD-10-PCS',
      fiscalYear,
      title: fileTitle !== '' ? fileTitle : `${fiscalYear} ICD-10-PCS Tables${name === undefined ? '' : ` (${name})`}`,
      tables,
    },
    warnings,
  };
}

function readTable(
  doc: XmlDocument,
  node: unknown,
  index: number,
  report: (problem: CodeFileProblem) => void,
  warnings: CodeFileProblem[],
): PcsTable | undefined {
  const where = `<pcsTable> number ${index + 1}`;
  if (typeof node !== 'object' || node === null) {
    report(problemAt(doc, node, `${where} is empty`));
    return undefined;
  }
  const tableNode = node as XmlNode;
  const axes = childNodes(tableNode, 'axis');
  const picked: PcsValue[] = [];
  const titles: string[] = [];
  let definition: string | undefined;
  for (const pos of [1, 2, 3]) {
    const axisNode = axes.find((axis) => attribute(axis, 'pos') === String(pos));
    if (axisNode === undefined) {
      report(problemAt(doc, tableNode, `${where} has no <axis pos="${pos}">`));
      return undefined;
    }
    const axis = readAxis(doc, axisNode, pos, where, report, warnings);
    if (axis === undefined) return undefined;
    const value = axis.values[0];
    if (axis.values.length !== 1 || value === undefined) {
      report(problemAt(doc, axisNode, `${where}: axis ${pos} (${axis.title}) must have exactly one label; it has ${axis.values.length}`));
      return undefined;
    }
    picked.push(value);
    titles.push(axis.title);
    if (pos === 3) {
      const text = childText(axisNode, 'definition').trim();
      if (text !== '') definition = text;
    }
  }
  const [section, bodySystem, operation] = picked as [PcsValue, PcsValue, PcsValue];
  const code = section.code + bodySystem.code + operation.code;
  const tableWhere = `table ${code}`;

  const rowNodes = childNodes(tableNode, 'pcsRow');
  if (rowNodes.length === 0) {
    report(problemAt(doc, tableNode, `${tableWhere} has no <pcsRow>, so it allows no codes`));
    return undefined;
  }
  const rows: PcsRow[] = [];
  rowNodes.forEach((rowNode, rowIndex) => {
    const rowWhere = `${tableWhere}, row ${rowIndex + 1}`;
    const rowAxes = childNodes(rowNode, 'axis');
    const read: PcsAxis[] = [];
    for (const pos of [4, 5, 6, 7]) {
      const axisNode = rowAxes.find((axis) => attribute(axis, 'pos') === String(pos));
      if (axisNode === undefined) {
        report(problemAt(doc, rowNode, `${rowWhere} has no <axis pos="${pos}">`));
        return;
      }
      const axis = readAxis(doc, axisNode, pos, rowWhere, report, warnings);
      if (axis === undefined) return;
      read.push(axis);
    }
    const row: PcsRow = { axes: read as PcsRow['axes'] };
    const stated = attribute(rowNode, 'codes');
    const count = row.axes.reduce((product, axis) => product * axis.values.length, 1);
    if (stated !== undefined && Number(stated) !== count) {
      warnings.push(problemAt(doc, rowNode, `${rowWhere} says codes="${stated}" but its axes make ${count} codes; the axes were followed`));
    }
    rows.push(row);
  });
  if (rows.length !== rowNodes.length) return undefined;

  const table: PcsTable = {
    code,
    section,
    bodySystem,
    operation,
    axisTitles: titles as [string, string, string],
    rows,
  };
  if (definition !== undefined) table.definition = definition;
  return table;
}

function readAxis(
  doc: XmlDocument,
  node: XmlNode,
  pos: number,
  where: string,
  report: (problem: CodeFileProblem) => void,
  warnings: CodeFileProblem[],
): PcsAxis | undefined {
  const title = childText(node, 'title').trim();
  if (title === '') {
    report(problemAt(doc, node, `${where}: axis ${pos} has no <title>`));
    return undefined;
  }
  const labels = children(node, 'label');
  if (labels.length === 0) {
    report(problemAt(doc, node, `${where}: axis ${pos} (${title}) has no <label>`));
    return undefined;
  }
  const values: PcsValue[] = [];
  const seen = new Set<string>();
  for (const label of labels) {
    const code = attribute(label, 'code');
    const text = textOf(label).trim();
    if (code === undefined || !VALUE_CODE.test(code)) {
      report(problemAt(doc, typeof label === 'object' ? label : node, code === undefined
        ? `${where}: a <label> of axis ${pos} (${title}) has no code attribute`
        : `${where}: axis ${pos} (${title}) has the code "${code}"; a PCS character is one of 0–9 or A–Z other than I and O`));
      return undefined;
    }
    if (text === '') {
      report(problemAt(doc, label, `${where}: label ${code} of axis ${pos} (${title}) has no text`));
      return undefined;
    }
    if (seen.has(code)) {
      report(problemAt(doc, label, `${where}: axis ${pos} (${title}) lists the code ${code} twice`));
      return undefined;
    }
    seen.add(code);
    values.push({ code, label: text });
  }
  const stated = attribute(node, 'values');
  if (stated !== undefined && Number(stated) !== values.length) {
    warnings.push(problemAt(doc, node, `${where}: axis ${pos} (${title}) says values="${stated}" but lists ${values.length} labels`));
  }
  return { pos, title, values };
}

// ---------------------------------------------------------------------------------------------------
// Lookups

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

function rowAllows(row: PcsRow, code: string, upTo: number): boolean {
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
  const picks = row.axes.map((axis, i) => axis.values.find((value) => value.code === normal[i + 3])) as [PcsValue, PcsValue, PcsValue, PcsValue];
  const characters: PcsCharacter[] = [
    { pos: 1, axisTitle: table.axisTitles[0], ...table.section },
    { pos: 2, axisTitle: table.axisTitles[1], ...table.bodySystem },
    { pos: 3, axisTitle: table.axisTitles[2], ...table.operation },
    ...row.axes.map((axis, i) => ({ pos: axis.pos, axisTitle: axis.title, code: picks[i]?.code ?? '', label: picks[i]?.label ?? '' })),
  ];
  return { code: normal, title: pcsCodeTitle(table, row, picks), table, characters };
}

// ---------------------------------------------------------------------------------------------------
// The builder

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

// ---------------------------------------------------------------------------------------------------
// Titles and the code set

const OMITTED = new Set(['None', 'No Device', 'No Qualifier']);
const LATERALITY = /^(.+), (Right|Left|Bilateral)$/;
const TWO_PARTS = /^([^,]+), ([^,]+)$/;
/** Second parts that are not a kind of the first: "Coronary Artery, One Artery", "Teeth, All", "Ribs, 1 to 2", … */
const NOT_A_KIND = /\d| and |\b(All|Multiple|Other|Single|Unilateral|Arter(y|ies)|More|more|Gestation|Fetus|Infant|Pylorus)\b/;
const DEVICE_COUNT = /^([^,]+?)(?:, ([^,]+))?, (Two|Three|Four or More)$/;
const DEVICE_FIRST: Readonly<Record<string, string>> = {
  Insertion: 'into',
  Introduction: 'into',
  Transfusion: 'into',
  Removal: 'from',
  Revision: 'in',
  Change: 'in',
};

/**
 * How CMS writes a body part in a title: "Hip Joint, Right" → "Right Hip Joint"; "Hip Joint,
 * Acetabular Surface, Right" → "Right Hip Joint, Acetabular Surface"; "Skin, Left Hand" → "Left Hand
 * Skin"; "Esophagus, Lower" → "Lower Esophagus"; "Coronary Artery, One Artery" stays.
 */
export function bodyPartInTitle(label: string): string {
  const lateral = LATERALITY.exec(label);
  if (lateral) return `${lateral[2] ?? ''} ${lateral[1] ?? ''}`;
  const parts = TWO_PARTS.exec(label);
  return parts && !NOT_A_KIND.test(parts[2] ?? '') ? `${parts[2] ?? ''} ${parts[1] ?? ''}` : label;
}

/**
 * How CMS writes a device in a title: "Synthetic Substitute, Metal" → "Metal Synthetic Substitute";
 * "Intraluminal Device, Drug-eluting, Two" → "Two Drug-eluting Intraluminal Devices".
 */
export function deviceInTitle(label: string): string {
  const counted = DEVICE_COUNT.exec(label);
  if (counted) return [counted[3], counted[2], `${counted[1] ?? ''}s`].filter((part) => part !== undefined).join(' ');
  const parts = TWO_PARTS.exec(label);
  return parts ? `${parts[2] ?? ''} ${parts[1] ?? ''}` : label;
}

function approachText(axis: PcsAxis, label: string): string {
  return axis.title === 'Approach' && !label.startsWith('Via ') ? `${label} Approach` : label;
}

/** The composed title of the code made of `table` and one value from each axis of `row` (see the module comment). */
export function pcsCodeTitle(table: PcsTable, row: PcsRow, picks: readonly [PcsValue, PcsValue, PcsValue, PcsValue]): string {
  const [, axis5, axis6] = row.axes;
  const shown = (value: PcsValue) => (OMITTED.has(value.label) ? undefined : value.label);
  const bodyPart = shown(picks[0]);
  const fifth = shown(picks[1]);
  const sixth = shown(picks[2]);
  let qualifier = shown(picks[3]);
  const operation = table.operation.label;
  const tail: string[] = [];
  let head: string;

  if (table.axisTitles[2] === 'Operation') {
    const part = bodyPart === undefined ? undefined : bodyPartInTitle(bodyPart);
    const isFunction = axis6.title.includes('Function');
    const device = sixth === undefined || isFunction ? undefined : axis6.title === 'Device' ? deviceInTitle(sixth) : sixth;
    const preposition = DEVICE_FIRST[operation];
    if (operation === 'Bypass' && part !== undefined && qualifier !== undefined) {
      head = `Bypass ${part} to ${qualifier}${device === undefined ? '' : ` with ${device}`}`;
      qualifier = undefined;
    } else if (preposition !== undefined && device !== undefined && part !== undefined) {
      head = operation === 'Change' ? `Change ${device} in ${part}` : `${operation} of ${device} ${preposition} ${part}`;
    } else if (operation === 'Irrigation' && device !== undefined && part !== undefined) {
      head = `Irrigation of ${part} using ${device}`;
    } else {
      head = part === undefined ? operation : `${operation} of ${part}`;
      if (isFunction && sixth !== undefined) head += ` ${sixth}`;
      else if (device !== undefined) head += ` with ${device}`;
    }
  } else {
    head = bodyPart === undefined ? operation : `${operation} of ${bodyPartInTitle(bodyPart)}`;
    if (sixth !== undefined) tail.push(sixth);
  }
  if (fifth !== undefined) tail.unshift(approachText(axis5, fifth));
  if (qualifier !== undefined) tail.push(qualifier);
  return tail.length === 0 ? head : `${head}, ${tail.join(', ')}`;
}

/**
 * Every valid code with its composed title, in code order: system ICD-10-PCS, every code billable,
 * kind 'code' (the tables' three-character prefixes are not listed as headers).
 */
export function toCodeSet(tables: PcsTables, options: ReadPcsOptions = {}): CodeSet {
  const entries: CodeEntry[] = [];
  const picks: [PcsValue, PcsValue, PcsValue, PcsValue] = [
    { code: '', label: '' },
    { code: '', label: '' },
    { code: '', label: '' },
    { code: '', label: '' },
  ];
  for (const table of tables.tables) {
    for (const row of table.rows) {
      const [a4, a5, a6, a7] = row.axes;
      for (const v4 of a4.values) {
        picks[0] = v4;
        for (const v5 of a5.values) {
          picks[1] = v5;
          for (const v6 of a6.values) {
            picks[2] = v6;
            for (const v7 of a7.values) {
              picks[3] = v7;
              entries.push({
                code: table.code + v4.code + v5.code + v6.code + v7.code,
                title: pcsCodeTitle(table, row, picks),
                billable: true,
                kind: 'code',
              });
            }
          }
        }
      }
    }
  }
  entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const name = options.fileName?.split(/[\\/]/).pop();
  return {
    system: 'ICD-10-PCS',
    fiscalYear: tables.fiscalYear,
    source: 'official',
    title: `ICD-10-PCS FY${tables.fiscalYear}${name === undefined ? '' : ` (${name})`}`,
    entries,
  };
}
