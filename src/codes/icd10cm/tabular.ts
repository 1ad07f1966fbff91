/**
 * The ICD-10-CM tabular list XML (`icd10cm_tabular_2025.xml` / `icd10cm-tabular-2025.xml`), exactly as
 * CMS publishes it, read into a plain tree: chapter → section → category → subcategories and codes.
 * Every instructional note stays on the node where the XML puts it; `tabular-index.ts` works out what a
 * code inherits and builds the 7-character codes. Pure: string or bytes in, data out (no Node APIs).
 *
 * The tree is plain objects and arrays (no Maps, no cycles), so it can be stored or sent as JSON.
 * Ignored on purpose: the introduction, each chapter's `sectionIndex` (the same sections follow in
 * full), and the `visualImpairment` table under H54 (a layout table, not a note).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ReadReleaseOptions } from './order-file.ts';
import { fiscalYearFromFileName, isFiscalYear } from './fiscal-year.ts';
import {
  MAX_PROBLEMS,
  capProblems,
  decodeReleaseText,
  describeForeignText,
  fail,
  lineAndColumn,
  type CodeFileProblem,
  type CodeFileResult,
} from './problems.ts';

/** The instructional-note elements of the tabular list, in the words of the XML. */
export const NOTE_KINDS = [
  'inclusionTerm',
  'includes',
  'excludes1',
  'excludes2',
  'codeFirst',
  'useAdditionalCode',
  'codeAlso',
  'notes',
  'sevenChrNote',
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** How each kind of note is headed in the printed tabular list. */
export const NOTE_KIND_LABELS: Readonly<Record<NoteKind, string>> = {
  inclusionTerm: 'Inclusion terms',
  includes: 'Includes',
  excludes1: 'Excludes1',
  excludes2: 'Excludes2',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
  codeAlso: 'Code also',
  notes: 'Notes',
  sevenChrNote: '7th character note',
};

/** One `<note>` of a note element, in document order. */
export interface InstructionalNote {
  kind: NoteKind;
  text: string;
}

/** One `<extension char="A">` of a `sevenChrDef`, with any `<note>` that follows it. */
export interface SeventhCharacter {
  character: string;
  title: string;
  notes: string[];
}

interface NoteHolder {
  title: string;
  /** The node's own notes, in document order. */
  notes: InstructionalNote[];
  /** The node's own 7th-character definition; the codes below it inherit the nearest one. */
  sevenChrDef?: SeventhCharacter[];
}

export interface TabularChapter extends NoteHolder {
  /** The chapter number as the XML gives it: "1" … "22". */
  number: string;
  sections: TabularSection[];
}

export interface TabularSection extends NoteHolder {
  /** The section's id: a code range ("A00-A09") or one category ("B10"). */
  id: string;
  categories: TabularDiag[];
}

/** A category, subcategory or code, as listed in the XML. */
export interface TabularDiag extends NoteHolder {
  /** Without the dot: "E1122". */
  code: string;
  /** As printed, with the dot: "E11.22". */
  name: string;
  /** True for the placeholder-X levels the XML marks (`<diag placeholder="true">`, e.g. H21.1X). */
  placeholder?: true;
  children: TabularDiag[];
}

export interface TabularList {
  system: 'ICD-10-CM';
  fiscalYear: number;
  /** The XML's own `<version>`, as written. */
  version?: string;
  chapters: TabularChapter[];
}

/** Larger inputs are refused before they are parsed (the FY2021 tabular XML is 9 MB). */
export const MAX_TABULAR_CHARS = 128 * 1024 * 1024;
const ROOT = 'ICD10CM.tabular';
const DIAG_NAME = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;
const KNOWN_IGNORED = new Set(['sectionIndex', 'introduction', 'visualImpairment', 'version', '?xml']);
const NOTE_KIND_SET: ReadonlySet<string> = new Set(NOTE_KINDS);

/**
 * Reads the tabular XML into a tree. Checks, in order: not binary, XML with the root
 * `<ICD10CM.tabular>`, not cut short (it must end with the closing root tag), well-formed (line and
 * column of the first error), then the tree itself (every problem, e.g. a diag without a name or
 * listed twice). The fiscal year is the caller's, else the file name's, else `<version>`'s.
 */
export function parseTabularXml(input: string | Uint8Array, options: ReadReleaseOptions = {}): CodeFileResult<TabularList> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_TABULAR_CHARS) {
    return fail({ message: `is ${(size / 1048576).toFixed(0)} MB; an ICD-10-CM tabular XML is about 10 MB, so this is not one` });
  }
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeReleaseText(input, 'the ICD-10-CM tabular XML');
    if ('problem' in decoded) return fail(decoded.problem);
    text = decoded.text;
  }

  const shape = checkShape(text);
  if (shape !== undefined) return fail(shape);

  const syntax = XMLValidator.validate(text);
  if (syntax !== true) {
    const { line, col, msg } = syntax.err;
    return fail({ line, column: col, message: `is not well-formed XML: ${msg}` });
  }

  let document: unknown;
  try {
    document = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      maxNestedTags: 200,
    }).parse(text);
  } catch (error) {
    return fail({ message: `could not be read as XML: ${error instanceof Error ? error.message : String(error)}` });
  }
  return readDocument(document, options);
}

/** Refuses what is plainly not the tabular XML, and a file cut short, before the XML is parsed. */
function checkShape(text: string): CodeFileProblem | undefined {
  const foreign = describeForeignText(text);
  if (foreign === 'empty') return { message: 'is empty' };
  if (foreign === undefined || !foreign.startsWith('XML')) {
    return { line: 1, message: `is not the ICD-10-CM tabular XML: the file is ${foreign ?? 'not XML (it does not start with "<")'}` };
  }
  if (foreign !== `XML with root element <${ROOT}>`) {
    const index = /<ICD10CM\.index|<ICD10CM\.eindex/.test(text.slice(0, 4096))
      ? ' (it looks like the ICD-10-CM index, not the tabular list)'
      : '';
    return { line: 1, message: `is not the ICD-10-CM tabular XML: the file is ${foreign}, not <${ROOT}>${index}` };
  }
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(`</${ROOT}>`)) {
    const { line, column } = lineAndColumn(text, trimmed.length);
    return {
      line,
      column,
      message: `ends before its closing </${ROOT}>: the file is truncated (was the download or copy complete?)`,
    };
  }
  return undefined;
}

// --- Walking fast-xml-parser's ordered output: [{ tag: children[], ':@': attributes }, { '#text': '…' }] ---

interface XmlElement {
  tag: string;
  attributes: Record<string, unknown>;
  children: unknown[];
}

function asElement(node: unknown): XmlElement | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === ':@' || key === '#text') continue;
    const children = record[key];
    const attributes = record[':@'];
    return {
      tag: key,
      children: Array.isArray(children) ? children : [],
      attributes: typeof attributes === 'object' && attributes !== null ? (attributes as Record<string, unknown>) : {},
    };
  }
  return undefined;
}

function elements(children: readonly unknown[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of children) {
    const element = asElement(child);
    if (element) out.push(element);
  }
  return out;
}

/** The element's text, its text children joined by spaces, with numeric character references decoded. */
function textOf(element: XmlElement): string {
  let text = '';
  for (const child of element.children) {
    if (typeof child !== 'object' || child === null) continue;
    const value = (child as Record<string, unknown>)['#text'];
    if (typeof value === 'string' || typeof value === 'number') text = text === '' ? String(value) : `${text} ${String(value)}`;
  }
  text = text.trim();
  return text.includes('&#') ? decodeCharacterReferences(text) : text;
}

function decodeCharacterReferences(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|\d+);/gi, (whole, ref: string) => {
    const point = ref[0] === 'x' || ref[0] === 'X' ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
    return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

// --- Building the tree ---

class TreeReader {
  readonly problems: CodeFileProblem[] = [];
  problemCount = 0;
  readonly ignored = new Map<string, number>();
  readonly seen = new Map<string, string>();

  report(message: string): void {
    this.problemCount += 1;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ message });
  }

  /** Counts an element this reader skips, unless it is one it skips on purpose. */
  ignore(parent: string, tag: string): void {
    if (KNOWN_IGNORED.has(tag)) return;
    const key = `<${tag}> element|<${parent}>`;
    this.ignored.set(key, (this.ignored.get(key) ?? 0) + 1);
  }

  /**
   * Reads the name, desc, note elements and sevenChrDef of a node; returns the other child elements.
   * `where` names the node in problems, given its name once it is known.
   */
  readHolder(
    element: XmlElement,
    where: (name: string | undefined) => string,
  ): { holder: Omit<NoteHolder, 'title'>; rest: XmlElement[]; name?: string; desc?: string } {
    const notes: InstructionalNote[] = [];
    const rest: XmlElement[] = [];
    const definitions: XmlElement[] = [];
    let name: string | undefined;
    let desc: string | undefined;
    for (const child of elements(element.children)) {
      if (child.tag === 'name') name = textOf(child);
      else if (child.tag === 'desc') desc = textOf(child);
      else if (NOTE_KIND_SET.has(child.tag)) {
        const kind = child.tag as NoteKind;
        for (const note of elements(child.children)) {
          if (note.tag !== 'note') {
            this.ignore(child.tag, note.tag);
            continue;
          }
          const text = textOf(note);
          if (text !== '') notes.push({ kind, text });
        }
      } else if (child.tag === 'sevenChrDef') definitions.push(child);
      else rest.push(child);
    }
    if (definitions.length > 1) this.report(`${where(name)} has ${definitions.length} <sevenChrDef> elements; a node has at most one`);
    const sevenChrDef = definitions[0] && this.readSevenChrDef(definitions[0], where(name));
    const holder: Omit<NoteHolder, 'title'> = sevenChrDef === undefined ? { notes } : { notes, sevenChrDef };
    return { holder, rest, ...(name === undefined ? {} : { name }), ...(desc === undefined ? {} : { desc }) };
  }

  readSevenChrDef(element: XmlElement, where: string): SeventhCharacter[] {
    const characters: SeventhCharacter[] = [];
    for (const child of elements(element.children)) {
      if (child.tag === 'extension') {
        const character = child.attributes['char'];
        const title = textOf(child);
        if (typeof character !== 'string' || !/^[0-9A-Z]$/.test(character)) {
          this.report(`${where}: a 7th-character <extension> has char="${String(character ?? '')}"; it must be one letter or digit`);
        } else if (characters.some((existing) => existing.character === character)) {
          this.report(`${where}: the 7th character ${character} is defined twice`);
        } else if (title === '') {
          this.report(`${where}: the 7th character ${character} has no title`);
        } else characters.push({ character, title, notes: [] });
      } else if (child.tag === 'note') {
        const text = textOf(child);
        const last = characters[characters.length - 1];
        if (text !== '' && last) last.notes.push(text);
      } else this.ignore('sevenChrDef', child.tag);
    }
    if (characters.length === 0) this.report(`${where} has a <sevenChrDef> with no 7th characters`);
    return characters;
  }

  readChapter(element: XmlElement, position: number): TabularChapter {
    const { holder, rest, name, desc } = this.readHolder(element, (known) => `chapter ${known ?? `#${position}`}`);
    const number = name ?? '';
    if (number === '') this.report(`chapter #${position} has no <name> (its number)`);
    if (desc === undefined || desc === '') this.report(`chapter ${number || `#${position}`} has no <desc> (its title)`);
    const chapter: TabularChapter = { number, title: desc ?? '', ...holder, sections: [] };
    for (const child of rest) {
      if (child.tag === 'section') chapter.sections.push(this.readSection(child, chapter));
      else this.ignore('chapter', child.tag);
    }
    if (chapter.sections.length === 0) this.report(`chapter ${number} has no sections`);
    return chapter;
  }

  readSection(element: XmlElement, chapter: TabularChapter): TabularSection {
    const idAttribute = element.attributes['id'];
    const id = typeof idAttribute === 'string' ? idAttribute.trim() : '';
    const label = () => `section ${id || `#${chapter.sections.length + 1}`} (chapter ${chapter.number})`;
    const { holder, rest, desc } = this.readHolder(element, label);
    if (id === '') this.report(`${label()} has no id attribute (its code range)`);
    if (desc === undefined || desc === '') this.report(`${label()} has no <desc> (its title)`);
    const section: TabularSection = { id, title: desc ?? '', ...holder, categories: [] };
    for (const child of rest) {
      if (child.tag === 'diag') {
        const diag = this.readDiag(child, undefined, () => `${label()}, after ${section.categories.at(-1)?.name ?? 'its start'}`);
        if (diag) section.categories.push(diag);
      } else this.ignore('section', child.tag);
    }
    return section;
  }

  readDiag(element: XmlElement, parent: TabularDiag | undefined, context: () => string): TabularDiag | undefined {
    const { holder, rest, name, desc } = this.readHolder(element, (known) => (known ? `diag ${known}` : `a <diag> in ${context()}`));
    if (name === undefined || name === '') {
      this.report(`a <diag> in ${context()} has no <name> (its code)`);
      return undefined;
    }
    const label = `diag ${name}`;
    if (!DIAG_NAME.test(name)) {
      this.report(`${label}: "${name}" is not an ICD-10-CM code (such as E11.22)`);
      return undefined;
    }
    const code = name.replace('.', '');
    // A child is longer than its parent and in the same category. (Not always an extension of the
    // parent: the official FY2021 list has H54.512A under H54.511.)
    if (parent === undefined ? code.length !== 3 : !(code.length > parent.code.length && code.startsWith(parent.code.slice(0, 3)))) {
      this.report(
        parent === undefined
          ? `${label} is listed directly under ${context().replace(/, after .*$/, '')}, where only 3-character categories belong`
          : `${label} is listed under ${parent.name}, but it is not a longer code of the same category`,
      );
    }
    const earlier = this.seen.get(code);
    if (earlier !== undefined) this.report(`${label} is listed twice (also under ${earlier})`);
    else this.seen.set(code, parent?.name ?? context().replace(/, after .*$/, ''));
    if (desc === undefined || desc === '') this.report(`${label} has no <desc> (its title)`);
    const diag: TabularDiag = { code, name, title: desc ?? '', ...holder, children: [] };
    if (element.attributes['placeholder'] === 'true') diag.placeholder = true;
    for (const child of rest) {
      if (child.tag === 'diag') {
        const sub = this.readDiag(child, diag, () => `${name}`);
        if (sub) diag.children.push(sub);
      } else this.ignore('diag', child.tag);
    }
    return diag;
  }
}

function readDocument(document: unknown, options: ReadReleaseOptions): CodeFileResult<TabularList> {
  const root = Array.isArray(document) ? elements(document).find((element) => element.tag === ROOT) : undefined;
  if (!root) return fail({ message: `has no <${ROOT}> element` });
  const reader = new TreeReader();
  const chapters: TabularChapter[] = [];
  let version: string | undefined;
  for (const child of elements(root.children)) {
    if (child.tag === 'chapter') chapters.push(reader.readChapter(child, chapters.length + 1));
    else if (child.tag === 'version') version = textOf(child);
    else reader.ignore(ROOT, child.tag);
  }
  if (chapters.length === 0) reader.report(`has no <chapter> elements: it is not a full tabular list`);

  const fiscalYear = tabularFiscalYear(options, version);
  if (typeof fiscalYear !== 'number') reader.report(fiscalYear);
  if (reader.problemCount > 0 || typeof fiscalYear !== 'number') return fail(...capProblems(reader.problems, reader.problemCount));

  const warnings: CodeFileProblem[] = [...reader.ignored].map(([where, count]) => ({
    message: `ignored ${count} ${where.replace('element|', count === 1 ? 'element in ' : 'elements in ')} that this reader does not know`,
  }));
  if (options.fiscalYear === undefined && version !== undefined) {
    const named = options.fileName === undefined ? undefined : fiscalYearFromFileName(options.fileName);
    if (named !== undefined && String(named) !== version) {
      warnings.push({ message: `the file name says FY${named} but the XML's <version> says ${version}; FY${named} was used` });
    }
  }
  const list: TabularList = { system: 'ICD-10-CM', fiscalYear, chapters };
  if (version !== undefined) list.version = version;
  return { ok: true, value: list, warnings };
}

/** The caller's fiscal year, else the file name's, else the XML's `<version>`. */
function tabularFiscalYear(options: ReadReleaseOptions, version: string | undefined): number | string {
  if (options.fiscalYear !== undefined) {
    return isFiscalYear(options.fiscalYear)
      ? options.fiscalYear
      : `fiscal year ${options.fiscalYear} is not a plausible ICD-10-CM fiscal year (a year such as 2025)`;
  }
  const named = options.fileName === undefined ? undefined : fiscalYearFromFileName(options.fileName);
  if (named !== undefined) return named;
  const fromVersion = version !== undefined && /^\d{4}$/.test(version) ? Number(version) : undefined;
  if (fromVersion !== undefined && isFiscalYear(fromVersion)) return fromVersion;
  return "cannot tell the fiscal year: neither the file name nor the XML's <version> gives it; give the fiscal year";
}
