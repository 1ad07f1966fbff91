/**
 * Reading the three ICD-10-PCS XML files (tables, index, definitions): bytes → text → a checked XML
 * tree, with problems that name the line. Pure: no Node APIs.
 *
 * fast-xml-parser builds the tree. It does not notice a file cut short, so its validator runs first;
 * a file that ends with elements still open is named as truncated rather than reported in the
 * validator's words. Every element becomes an array (`isArray`), tag values stay strings (so the code
 * "0016070" is not read as a number), and each element records where it starts, so a problem found
 * while walking the tree can still name its line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describeForeignText, sniffBinary, type CodeFileProblem } from '../icd10cm/problems.ts';

/** Larger inputs are refused before they are parsed (the FY2025 tables file is 3 MB, the index 2.5 MB). */
export const MAX_PCS_XML_CHARS = 64 * 1024 * 1024;

/** One parsed element: child elements by name (always arrays), attributes as `@name`, text as `#text`. */
export type XmlNode = { readonly [key: string]: unknown };

const META = XMLParser.getMetaDataSymbol() as symbol;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** A parsed file: its root element and a way to turn an element into its line for messages. */
export interface XmlDocument {
  root: XmlNode;
  /** The 1-based line an element starts on, when the parser recorded it. */
  lineOf(node: unknown): number | undefined;
}

/**
 * Bytes or text → the root element named `rootName`, or one problem saying plainly why not:
 * binary data, a zip, not UTF-8, not XML, truncated, malformed (with line and column), or another
 * kind of XML file (naming its root element).
 */
export function readXml(
  input: string | Uint8Array,
  rootName: string,
  expected: string,
): { doc: XmlDocument } | { problem: CodeFileProblem } {
  const read = readXmlDocument(input, rootName, expected);
  return 'root' in read ? { doc: read } : { problem: read };
}

function readXmlDocument(input: string | Uint8Array, rootName: string, expected: string): XmlDocument | CodeFileProblem {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_PCS_XML_CHARS) {
    return { message: `this file is ${Math.round(size / 1e6)} million characters long; ${expected} is far smaller` };
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const binary = sniffBinary(input);
    if (binary !== undefined) return { message: `this is ${binary}, not ${expected}` };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { message: `this is not UTF-8 text, so it is not ${expected}` };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const start = text.trimStart();
  if (!start.startsWith('<')) {
    const kind = describeForeignText(text);
    return { line: 1, message: kind === undefined ? `this is not XML, so it is not ${expected}` : `this is ${kind}, not ${expected}` };
  }

  const checked = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (checked !== true) return syntaxProblem(text, checked.err, expected);

  let tree: unknown;
  try {
    tree = parser.parse(text);
  } catch (error) {
    // The validator passed, so this should not happen; say so in words rather than with a stack.
    return { message: `the XML could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const top = isNode(tree) ? Object.keys(tree).filter((key) => !key.startsWith('?')) : [];
  const rootKey = top[0];
  if (rootKey === undefined) return { message: `the file holds no XML element, so it is not ${expected}` };
  if (rootKey !== rootName) {
    return { line: 1, message: `this is XML with root element <${rootKey}>, not ${expected} (its root element is <${rootName}>)` };
  }
  const root = first(tree as XmlNode, rootName);
  if (!isNode(root)) return { message: `<${rootName}> is empty, so there is nothing to read` };
  let lineStarts: number[] | undefined;
  return {
    root,
    lineOf(node) {
      if (!isNode(node)) return undefined;
      const meta = (node as Record<symbol, unknown>)[META];
      const index = isNode(meta) && typeof meta['startIndex'] === 'number' ? meta['startIndex'] : undefined;
      if (index === undefined) return undefined;
      lineStarts ??= startsOfLines(text);
      return lineAt(lineStarts, index);
    },
  };
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line holding the character at `offset`, by binary search over the lines' starts. */
function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

function syntaxProblem(text: string, err: { code: string; msg: string; line: number; col?: number }, expected: string): CodeFileProblem {
  // The validator's word for "elements still open at the end of the file" is `Invalid '[ "a", "b" ]' found.`
  const unclosed =
    err.code === 'InvalidXml' && err.msg.startsWith("Invalid '[") ? [...err.msg.matchAll(/"([^"]+)"/g)].map((m) => m[1]) : [];
  const lastLine = text.trimEnd().split('\n').length;
  if (unclosed.length > 0) {
    const open = unclosed
      .slice(-3)
      .reverse()
      .map((name) => `<${name ?? ''}>`)
      .join(' inside ');
    return {
      line: lastLine,
      message: `the file ends at line ${lastLine} while ${open} is still open: it looks truncated (cut off before the end), so it is not a complete copy of ${expected}`,
    };
  }
  // A file cut off inside a tag ("<label cod") ends with a '<' that no '>' follows.
  const trimmed = text.trimEnd();
  if (trimmed.lastIndexOf('<') > trimmed.lastIndexOf('>')) {
    return {
      line: lastLine,
      message: `the file ends in the middle of a tag at line ${lastLine}: it looks truncated (cut off before the end), so it is not a complete copy of ${expected}`,
    };
  }
  if (err.code === 'InvalidXml' && /start tag expected/i.test(err.msg)) {
    return { line: lastLine, message: `the file holds no complete XML element, so it is not ${expected}` };
  }
  const problem: CodeFileProblem = { line: err.line, message: `the XML is malformed: ${err.msg.replace(/\s+/g, ' ').trim()}` };
  if (typeof err.col === 'number') problem.column = err.col;
  return problem;
}

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The child elements called `name` (an element with neither attributes nor children is a string). */
export function children(node: XmlNode, name: string): unknown[] {
  const value = node[name];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** The child elements called `name` that have attributes or children of their own. */
export function childNodes(node: XmlNode, name: string): XmlNode[] {
  return children(node, name).filter(isNode);
}

export function first(node: XmlNode, name: string): unknown {
  return children(node, name)[0];
}

/** The text of an element (a string, or the `#text` of an element with attributes or children). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isNode(value)) {
    const text = value['#text'];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/** The text of the first child called `name`, or '' when there is none. */
export function childText(node: XmlNode, name: string): string {
  return textOf(first(node, name));
}

/** The texts of every child called `name`. */
export function childTexts(node: XmlNode, name: string): string[] {
  return children(node, name).map(textOf);
}

export function attribute(value: unknown, name: string): string | undefined {
  if (!isNode(value)) return undefined;
  const attr = value[`@${name}`];
  return typeof attr === 'string' ? attr : undefined;
}

/** The release year from `<version>2025</version>`, or a problem. */
export function releaseYear(doc: XmlDocument, rootName: string): number | CodeFileProblem {
  const version = childText(doc.root, 'version').trim();
  const year = Number(version);
  if (/^\d{4}$/.test(version) && year >= 2013 && year <= 2099) return year;
  const line = doc.lineOf(doc.root);
  const problem: CodeFileProblem = {
    message:
      version === ''
        ? `<${rootName}> has no <version> element giving the fiscal year`
        : `<version> is "${version}", not a fiscal year such as 2025`,
  };
  if (line !== undefined) problem.line = line;
  return problem;
}

/** A problem at an element, with its line when known. */
/** Reads a release's XML and its `<version>` year in one step: the opening every PCS parser shares. */
export function readReleaseXml(
  input: string | Uint8Array,
  rootName: string,
  expected: string,
): { doc: XmlDocument; fiscalYear: number } | { problem: CodeFileProblem } {
  const read = readXml(input, rootName, expected);
  if ('problem' in read) return read;
  const fiscalYear = releaseYear(read.doc, rootName);
  return typeof fiscalYear === 'number' ? { doc: read.doc, fiscalYear } : { problem: fiscalYear };
}

export function problemAt(doc: XmlDocument, node: unknown, message: string): CodeFileProblem {
  const line = doc.lineOf(node);
  return line === undefined ? { message } : { line, message };
}
