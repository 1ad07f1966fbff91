/**
 * The ICD-10-PCS index (`icd10pcs_index_2025.xml`), exactly as CMS publishes it, and a lookup by
 * words. Pure.
 *
 * Under each letter, main terms ("Appendectomy") with nested subterms (`<term level="1">`, level 2, …).
 * A term leads to one of: a whole code (`<code>0DTJ4ZZ</code>`); the first characters of codes, to be
 * completed in the tables (`<codes>0DTJ</codes>`, or a table as `<tab>0QB</tab>`); a "see" reference to
 * another main term, perhaps with characters (`<see>Resection, Uterus<codes>0UT9</codes></see>`); or a
 * "use" reference naming the table value to code a term as ("Abdominal esophagus" → use "Esophagus,
 * Lower"). A `<term>` with no title only adds one more reference to its parent (Abdominoplasty → see
 * Alteration, Repair, Supplement of the Abdominal Wall), so here it becomes one more of the parent's
 * `targets`.
 */
import type { CodeFileProblem, CodeFileResult } from '../icd10cm/problems.ts';
import { MAX_PROBLEMS, capProblems, fail } from '../icd10cm/problems.ts';
import { isZip, parseZipMember } from './unzip.ts';
import {
  childNodes,
  childText,
  children,
  first,
  isNode,
  problemAt,
  readReleaseXml,
  textOf,
  type XmlDocument,
  type XmlNode,
} from './xml.ts';

export type PcsIndexTarget =
  /** A whole 7-character code. */
  | { kind: 'code'; code: string }
  /** The first 3–6 characters of codes: open the builder there. */
  | { kind: 'prefix'; prefix: string }
  /** "See" another main term (and subterm, after a comma), perhaps with the characters it leads to. */
  | { kind: 'see'; text: string; prefix?: string }
  /** "Use" this table value (body part key, device key, substance key), perhaps in the table given. */
  | { kind: 'use'; text: string; prefix?: string };

export interface PcsIndexTerm {
  title: string;
  targets: PcsIndexTarget[];
  /** Subterms, in the index's order. */
  terms: PcsIndexTerm[];
}

export interface PcsIndex {
  fiscalYear: number;
  title: string;
  /** Main terms in the index's (alphabetical) order. */
  terms: PcsIndexTerm[];
}

const EXPECTED = 'the ICD-10-PCS index XML (icd10pcs_index_YYYY.xml)';
const ROOT = 'ICD10PCS.index';
const CODE = /^[0-9A-HJ-NP-Z]{7}$/;
const PREFIX = /^[0-9A-HJ-NP-Z]{3,6}$/;
/** How CMS names the index file: icd10pcs_index_2025.xml. */
export const PCS_INDEX_FILE = /^icd10pcs_index.*\.xml$/i;

/** The index file (or the zip CMS distributes it in) → its main terms and subterms, or every problem found. */
export function parsePcsIndex(input: string | Uint8Array): CodeFileResult<PcsIndex> {
  if (typeof input !== 'string' && isZip(input)) {
    return parseZipMember(input, PCS_INDEX_FILE, 'ICD-10-PCS index file (icd10pcs_index_YYYY.xml)', (member) =>
      parsePcsIndex(member.bytes),
    );
  }
  const read = readReleaseXml(input, ROOT, EXPECTED);
  if ('problem' in read) return fail(read.problem);
  const { doc, fiscalYear } = read;

  const problems: CodeFileProblem[] = [];
  let problemCount = 0;
  const report = (problem: CodeFileProblem) => {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const terms: PcsIndexTerm[] = [];
  for (const letter of childNodes(doc.root, 'letter')) {
    for (const node of children(letter, 'mainTerm')) {
      const term = isNode(node) ? readTerm(doc, node, [], report) : undefined;
      if (term === undefined || term.title === '') {
        report(problemAt(doc, node, `a <mainTerm> under letter "${childText(letter, 'title')}" has no <title>`));
        continue;
      }
      terms.push(term);
    }
  }
  if (terms.length === 0) report({ message: `<${ROOT}> holds no <letter> with a <mainTerm>` });
  if (problemCount > 0) return { ok: false, problems: capProblems(problems, problemCount) };
  return { ok: true, value: { fiscalYear, title: childText(doc.root, 'title').trim(), terms }, warnings: [] };
}

function readTerm(doc: XmlDocument, node: XmlNode, path: string[], report: (problem: CodeFileProblem) => void): PcsIndexTerm {
  const title = childText(node, 'title').trim();
  const here = [...path, title === '' ? '(untitled)' : title].join(' > ');
  const targets: PcsIndexTarget[] = [];
  for (const code of children(node, 'code')) {
    const text = textOf(code).trim();
    if (CODE.test(text)) targets.push({ kind: 'code', code: text });
    else report(problemAt(doc, node, `"${here}": <code>${text}</code> is not a 7-character ICD-10-PCS code`));
  }
  for (const name of ['codes', 'tab']) {
    for (const element of children(node, name)) {
      const text = textOf(element).trim();
      if (PREFIX.test(text)) targets.push({ kind: 'prefix', prefix: text });
      else report(problemAt(doc, node, `"${here}": <${name}>${text}</${name}> is not the first 3 to 6 characters of ICD-10-PCS codes`));
    }
  }
  for (const kind of ['see', 'use'] as const) {
    for (const element of children(node, kind)) {
      const text = textOf(element).trim();
      const target: { kind: 'see' | 'use'; text: string; prefix?: string } = { kind, text };
      if (isNode(element)) {
        const prefix = textOf(first(element, 'codes') ?? first(element, 'tab')).trim();
        if (prefix !== '') {
          if (PREFIX.test(prefix) || CODE.test(prefix)) target.prefix = prefix;
          else
            report(
              problemAt(
                doc,
                element,
                `"${here}": the ${kind} reference "${text}" gives "${prefix}", which is not the start of an ICD-10-PCS code`,
              ),
            );
        }
      }
      if (text === '') report(problemAt(doc, node, `"${here}": a <${kind}> reference is empty`));
      else targets.push(target);
    }
  }
  const terms: PcsIndexTerm[] = [];
  for (const child of childNodes(node, 'term')) {
    const sub = readTerm(doc, child, [...path, title], report);
    if (sub.title === '') {
      // An untitled term is one more reference of its parent.
      targets.push(...sub.targets);
      terms.push(...sub.terms);
    } else {
      terms.push(sub);
    }
  }
  return { title, targets, terms };
}

// ---------------------------------------------------------------------------------------------------
// Lookup by words

export interface PcsIndexHit {
  /** Main term, then subterms, down to the term that matched: ["Appendectomy", "Laparoscopic"]. */
  path: string[];
  term: PcsIndexTerm;
}

interface FlatTerm {
  path: string[];
  term: PcsIndexTerm;
  /** The words of each level of the path, lower case, accents and punctuation removed. */
  words: string[][];
  order: number;
}

const flattened = new WeakMap<PcsIndex, FlatTerm[]>();

function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

function flatten(index: PcsIndex): FlatTerm[] {
  const cached = flattened.get(index);
  if (cached !== undefined) return cached;
  const flat: FlatTerm[] = [];
  const visit = (term: PcsIndexTerm, path: string[], words: string[][]) => {
    const here = [...path, term.title];
    const hereWords = [...words, wordsOf(term.title)];
    flat.push({ path: here, term, words: hereWords, order: flat.length });
    for (const sub of term.terms) visit(sub, here, hereWords);
  };
  for (const term of index.terms) visit(term, [], []);
  flattened.set(index, flat);
  return flat;
}

/**
 * The index terms whose main term and subterms together hold every word of the query (each query word
 * begins a word of the path, in any order: "append lapar" finds Appendectomy > Laparoscopic). Best
 * first: a main term that is exactly the query; then the fewest levels; then the most query words in
 * the main term; then the index's order.
 */
export function searchPcsIndex(index: PcsIndex, query: string, limit = 20): PcsIndexHit[] {
  const wanted = wordsOf(query);
  if (wanted.length === 0) return [];
  const exact = wanted.join(' ');
  const scored: { flat: FlatTerm; exact: boolean; inMain: number }[] = [];
  for (const flat of flatten(index)) {
    let inMain = 0;
    let all = true;
    for (const word of wanted) {
      const levels = flat.words;
      let found = -1;
      for (let level = 0; level < levels.length && found === -1; level += 1) {
        if ((levels[level] ?? []).some((candidate) => candidate.startsWith(word))) found = level;
      }
      if (found === -1) {
        all = false;
        break;
      }
      if (found === 0) inMain += 1;
    }
    if (!all) continue;
    scored.push({ flat, exact: flat.path.length === 1 && (flat.words[0] ?? []).join(' ') === exact, inMain });
  }
  scored.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) || a.flat.path.length - b.flat.path.length || b.inMain - a.inMain || a.flat.order - b.flat.order,
  );
  return scored.slice(0, limit).map(({ flat }) => ({ path: flat.path, term: flat.term }));
}
