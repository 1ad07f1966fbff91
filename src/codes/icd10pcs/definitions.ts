/**
 * The ICD-10-PCS definitions (`icd10pcs_definitions_2025.xml`), exactly as CMS publishes them. Pure.
 *
 * Per section, per axis, a list of terms: for the root operation (axis 3, "Operation" or "Type") each
 * term has its definition, often an explanation, and examples (`<includes>`: "Coronary artery bypass,
 * colostomy formation"); for approaches the definition; for the body part key (axis 4) the anatomical
 * terms a body part value includes ("1st Toe, Left/Right" includes "Hallux"); for the device and
 * substance keys the products a value includes. One term may cover several values (several `<title>`s).
 * The file ends with the device aggregation table (a specific device → the general value it is coded
 * to, for which operations and body systems).
 */
import type { CodeFileProblem, CodeFileResult } from '../icd10cm/problems.ts';
import { fail } from '../icd10cm/problems.ts';
import type { PcsValue } from './tables.ts';
import { isZip, parseZipMember } from './unzip.ts';
import { attribute, childNodes, childText, childTexts, children, first, isNode, problemAt, readReleaseXml, textOf } from './xml.ts';

export interface PcsDefinitionTerm {
  /** The value or values the term is about, as the tables label them ("Bypass"; "1st Toe, Left", "1st Toe, Right"). */
  titles: string[];
  definition?: string;
  explanation?: string;
  /** Examples of a root operation; anatomical terms a body part includes; products a device or substance includes. */
  includes: string[];
}

export interface PcsDefinitionAxis {
  pos: number;
  /** "Operation", "Type", "Body Part", "Approach", "Device", "Substance", … */
  title: string;
  terms: PcsDefinitionTerm[];
}

export interface PcsDefinitionSection {
  /** The section character: "0" Medical and Surgical, "B" Imaging, "X" New Technology, … */
  code: string;
  title: string;
  axes: PcsDefinitionAxis[];
}

export interface PcsDeviceAggregate {
  /** The specific device, e.g. "Cardiac Lead, Pacemaker". */
  device: string;
  /** The operation it applies to, or "All applicable". */
  operation: string;
  bodySystems: string[];
  /** The general device value it is coded to, e.g. M "Cardiac Lead". */
  parent: PcsValue;
}

export interface PcsDefinitions {
  fiscalYear: number;
  title: string;
  sections: PcsDefinitionSection[];
  deviceAggregation: PcsDeviceAggregate[];
}

const EXPECTED = 'the ICD-10-PCS definitions XML (icd10pcs_definitions_YYYY.xml)';
const ROOT = 'ICD10PCS.definitions';
/** How CMS names the definitions file: icd10pcs_definitions_2025.xml. */
export const PCS_DEFINITIONS_FILE = /^icd10pcs_definitions.*\.xml$/i;

/** The definitions file (or the zip CMS distributes it in) → its sections, axes and terms, or every problem found. */
export function parsePcsDefinitions(input: string | Uint8Array): CodeFileResult<PcsDefinitions> {
  if (typeof input !== 'string' && isZip(input)) {
    return parseZipMember(input, PCS_DEFINITIONS_FILE, 'ICD-10-PCS definitions file (icd10pcs_definitions_YYYY.xml)', (member) =>
      parsePcsDefinitions(member.bytes),
    );
  }
  const read = readReleaseXml(input, ROOT, EXPECTED);
  if ('problem' in read) return fail(read.problem);
  const { doc, fiscalYear } = read;

  const problems: CodeFileProblem[] = [];
  const sections: PcsDefinitionSection[] = [];
  for (const sectionNode of children(doc.root, 'section')) {
    const code = attribute(sectionNode, 'code');
    if (!isNode(sectionNode) || code === undefined) {
      problems.push(problemAt(doc, sectionNode, '<section> has no code attribute'));
      continue;
    }
    const axes: PcsDefinitionAxis[] = [];
    for (const axisNode of childNodes(sectionNode, 'axis')) {
      const pos = Number(attribute(axisNode, 'pos'));
      if (!Number.isInteger(pos) || pos < 1 || pos > 7) {
        problems.push(problemAt(doc, axisNode, `section ${code}: <axis> has no pos attribute from 1 to 7`));
        continue;
      }
      const terms = childNodes(axisNode, 'terms').map((termNode) => {
        const term: PcsDefinitionTerm = {
          titles: childTexts(termNode, 'title')
            .map((title) => title.trim())
            .filter((title) => title !== ''),
          includes: childTexts(termNode, 'includes')
            .map((text) => text.trim())
            .filter((text) => text !== ''),
        };
        const definition = childText(termNode, 'definition').trim();
        const explanation = childText(termNode, 'explanation').trim();
        if (definition !== '') term.definition = definition;
        if (explanation !== '') term.explanation = explanation;
        if (term.titles.length === 0)
          problems.push(problemAt(doc, termNode, `section ${code}, axis ${pos}: a <terms> entry has no <title>`));
        return term;
      });
      axes.push({ pos, title: childText(axisNode, 'title').trim(), terms });
    }
    sections.push({ code, title: childText(sectionNode, 'title').trim(), axes });
  }
  if (sections.length === 0) problems.push({ message: `<${ROOT}> holds no <section> elements` });

  const deviceAggregation: PcsDeviceAggregate[] = [];
  const aggregation = first(doc.root, 'deviceAggregation');
  if (isNode(aggregation)) {
    for (const node of childNodes(aggregation, 'aggregate')) {
      const parentNode = first(node, 'parent');
      const parentCode = attribute(parentNode, 'value');
      if (parentCode === undefined) {
        problems.push(problemAt(doc, node, `the device aggregate "${childText(node, 'device')}" has no <parent value="…">`));
        continue;
      }
      deviceAggregation.push({
        device: childText(node, 'device').trim(),
        operation: childText(node, 'operation').trim(),
        bodySystems: childTexts(node, 'bodySys').map((text) => text.trim()),
        parent: { code: parentCode, label: textOf(parentNode).trim() },
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { fiscalYear, title: childText(doc.root, 'title').trim(), sections, deviceAggregation }, warnings: [] };
}

/**
 * The definitions entry for a value of an axis in a section, found by its label (any case): e.g.
 * `pcsDefinition(defs, '0', 3, 'Resection')` → "Cutting out or off, without replacement, all of a body part".
 */
export function pcsDefinition(definitions: PcsDefinitions, sectionCode: string, pos: number, label: string): PcsDefinitionTerm | undefined {
  const wanted = label.trim().toLowerCase();
  const axis = definitions.sections.find((section) => section.code === sectionCode)?.axes.find((candidate) => candidate.pos === pos);
  return axis?.terms.find((term) => term.titles.some((title) => title.toLowerCase() === wanted));
}

/** The root operation's (or, in sections B–H, the type's) definition, explanation and examples. */
export function rootOperationDefinition(
  definitions: PcsDefinitions,
  sectionCode: string,
  operation: string,
): PcsDefinitionTerm | undefined {
  return pcsDefinition(definitions, sectionCode, 3, operation);
}
