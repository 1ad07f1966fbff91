/**
 * Reading the ICD-10-PCS tables file (`icd10pcs_tables_2025.xml`, or the zip CMS distributes it in):
 * the tables' types and `parsePcsTables`. What a table and a row are is described in ./tables.ts.
 * Pure: takes a string or bytes, returns data.
 */
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
    return parseZipMember(input, PCS_TABLES_FILE, 'ICD-10-PCS tables file (icd10pcs_tables_YYYY.xml)', (member) =>
      parsePcsTables(member.bytes, { fileName: member.name }),
    );
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
      report(
        problemAt(
          doc,
          typeof label === 'object' ? label : node,
          code === undefined
            ? `${where}: a <label> of axis ${pos} (${title}) has no code attribute`
            : `${where}: axis ${pos} (${title}) has the code "${code}"; a PCS character is one of 0–9 or A–Z other than I and O`,
        ),
      );
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
