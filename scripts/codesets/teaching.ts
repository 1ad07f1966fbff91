/**
 * The bundled teaching code sets (`public/codesets/teaching-*.json`), built from the official releases
 * around the codes the instructor notes mention, large enough that a lookup never gives an answer
 * away. Pure and deterministic: the release files' contents in, the code-set files and a report out.
 * `build-teaching.ts` reads the releases and writes the files; the tests call `buildTeachingCodeSets`
 * and compare its output with the committed files.
 *
 * - **ICD-10-CM** (the FY2021 tabular list, the only release at hand): the category of every
 *   mentioned code, the categories just before and after it in its section, and whole sections where
 *   a section is small (`SMALL_SECTION_ENTRIES`); widened one category at a time on each side until
 *   the set has `MIN_ICD10CM_ENTRIES` entries. Chapters and sections are kept, with all their notes,
 *   only where they hold a chosen category; every chosen category is kept whole.
 * - **ICD-10-PCS** (FY2025 tables): the table of every mentioned code and prefix, the tables commonly
 *   confused with it (`PCS_NEIGHBOURS`, other root operations of the same body system), and whole
 *   body systems where they are small (`SMALL_BODY_SYSTEM_CODES`). Every valid code of those tables,
 *   the tables themselves for the builder, and the definitions of their root operations.
 * - **HCPCS Level II** (2019): the mentioned codes and the ranges a coding student meets
 *   (`HCPCS_RANGES`), and every modifier; codes and modifiers discontinued before the release year
 *   are left out.
 * - **Addenda** (`./addenda.ts`): the few codes the packs need that postdate those releases, with
 *   their official titles, merged in and listed under `addenda` in the file and the report.
 * - **Fiscal-year facts** (`yearFacts`, read by src/codes/year-status.ts): the categories and tables
 *   the set holds whole; what the release itself said of the codes the addenda added or subdivided;
 *   and, for the same categories and tables, the FY2026 list of valid codes with the day each became
 *   valid (./newer-lists.ts), so the app can say what a code is in a pack's year (FY2025) instead of
 *   in the release's. The report lists the set's billable codes that the FY2026 list no longer has.
 */
import { CODESET_FORMAT, CODESET_VERSION, icd10cmCodeSetFile, type CodeSetFile, type ReleaseStatus } from '../../src/codes/codeset-file.ts';
import { formatCode, type CodeEntry, type CodeSystem } from '../../src/codes/model.ts';
import {
  describeProblem,
  indexTabular,
  parseTabularXml,
  tabularEntries,
  type TabularChapter,
  type TabularDiag,
  type TabularList,
  type TabularSection,
} from '../../src/codes/icd10cm/index.ts';
import type { SearchableEntry } from '../../src/codes/search.ts';
import type { CodeFileResult } from '../../src/codes/icd10cm/problems.ts';
import { parsePcsDefinitions, type PcsDefinitions } from '../../src/codes/icd10pcs/definitions.ts';
import { parsePcsTables, toCodeSet as pcsCodeSet, type PcsTables } from '../../src/codes/icd10pcs/tables.ts';
import { parseHcpcs, toCodeSet as hcpcsCodeSet, type HcpcsRelease } from '../../src/codes/hcpcs/hcpcs.ts';
import { mentionedCodesIn, type MentionedCodes } from './mentions.ts';
import { ADDENDA, type Addendum, type AddendumRecord } from './addenda.ts';
import { NEWER_LIST_TITLE, NEWER_LIST_YEAR, newerWithin, readMceMaster } from './newer-lists.ts';

export const ICD10CM_TITLE = 'Teaching subset of ICD-10-CM FY2021 (partial), with FY2025 addenda';
export const ICD10PCS_TITLE = 'Teaching subset of ICD-10-PCS FY2025 (partial)';
export const HCPCS_TITLE = 'Teaching subset of HCPCS Level II 2019 (partial), with 2020 addenda';

/** A teaching code-set file: a code-set file that also lists the codes merged from later CMS addenda. */
export type TeachingCodeSetFile = CodeSetFile & { addenda?: AddendumRecord[] };

/** The files written under public/codesets/, by what they hold. */
export const TEACHING_FILE_NAMES = {
  icd10cm: 'teaching-icd10cm.json',
  icd10pcs: 'teaching-icd10pcs.json',
  hcpcs: 'teaching-hcpcs.json',
  report: 'teaching-report.json',
} as const;

/** The ICD-10-CM set has at least this many entries, headers included. */
export const MIN_ICD10CM_ENTRIES = 3000;
/**
 * A section with at most this many entries (headers and built 7th-character codes included) is taken
 * whole. Kept low on purpose: the injury and poisoning categories the notes need, with their
 * neighbours, already make the file several megabytes.
 */
export const SMALL_SECTION_ENTRIES = 100;
/** An ICD-10-PCS body system with at most this many valid codes is taken whole. */
export const SMALL_BODY_SYSTEM_CODES = 400;

/**
 * For the table of a mentioned PCS code: the tables of the same body system (and, for a few, a
 * neighbouring one) that trainees confuse with it.
 */
export const PCS_NEIGHBOURS: Readonly<Record<string, { tables: readonly string[]; why: string }>> = {
  '0UT': {
    tables: ['0UB', '0UL', '0UQ'],
    why: 'Resection (all of a body part) vs Excision (part of it); salpingectomy vs Occlusion for sterilisation; Repair',
  },
  '0KQ': {
    tables: ['0KU', '0HQ', '0WQ', '0DQ', '0UQ'],
    why: 'an obstetric perineal laceration by depth: perineum skin, muscle, female perineum region, anal sphincter, vagina and vulva; Repair vs Supplement',
  },
  '0DT': { tables: ['0DB', '0DJ'], why: 'Resection vs Excision (diagnostic biopsy, qualifier X); Inspection when nothing is taken' },
  '0DB': { tables: ['0DT', '0DJ'], why: 'Excision vs Resection; Inspection when nothing is taken' },
  '0D9': { tables: ['0DH', '0DC'], why: 'Drainage (decompression) vs Insertion of a feeding device; Extirpation of solid matter' },
  '0FT': { tables: ['0FB', '0FC', '0F9'], why: 'cholecystectomy (Resection) vs partial (Excision), stone removal (Extirpation), Drainage' },
  '027': {
    tables: ['02C', '021', '02U'],
    why: 'angioplasty and stents (Dilation) vs atherectomy (Extirpation), CABG (Bypass), Supplement',
  },
  '4A0': { tables: ['4A1'], why: 'Measurement (one reading) vs Monitoring (over time)' },
  '0SR': { tables: ['0SU', '0SW', '0SP'], why: 'joint Replacement vs Supplement (resurfacing), Revision, Removal of a prosthesis' },
  '0W3': { tables: ['0WQ', '0D5', '0DQ'], why: 'Control of bleeding vs Destruction or Repair of the bleeding site' },
  '0HQ': { tables: ['0JQ', '0HB'], why: 'laceration repair of skin vs subcutaneous tissue and fascia; Excision' },
  '302': { tables: ['3E0'], why: 'Transfusion of blood products vs Introduction of other substances' },
  '3E0': { tables: ['302'], why: 'Introduction vs Transfusion' },
};

/** HCPCS Level II ranges (inclusive) a coding student meets, with why. */
export const HCPCS_RANGES: readonly { from: string; to: string; why: string }[] = [
  { from: 'A0000', to: 'A0999', why: 'ambulance and transport' },
  { from: 'A4000', to: 'A4999', why: 'medical and surgical supplies (syringes, glucose test strips and lancets, catheters, ostomy)' },
  {
    from: 'E0100',
    to: 'E1999',
    why: 'durable medical equipment (canes, crutches, walkers, commodes, beds, oxygen, nebulisers, CPAP, glucose monitors, wheelchairs)',
  },
  {
    from: 'G0000',
    to: 'G0999',
    why: 'Medicare professional services (vaccine administration G0008–G0010, welcome and annual wellness visits, screenings)',
  },
  { from: 'H0001', to: 'H2999', why: 'behavioral health and substance-use treatment services' },
  { from: 'J0100', to: 'J3999', why: 'drugs administered other than orally (the injections in the notes and their neighbours)' },
  { from: 'J7000', to: 'J7999', why: 'infusion solutions, contraceptive systems, immunosuppressives and inhalation drugs' },
  { from: 'J8000', to: 'J8999', why: 'oral drugs (anti-emetics, chemotherapy)' },
  { from: 'L0000', to: 'L4999', why: 'orthotics: braces, splints and walking boots' },
  { from: 'P9000', to: 'P9999', why: 'blood and blood products' },
  { from: 'Q2000', to: 'Q2999', why: 'influenza vaccines and other drugs' },
];

/** The release files' contents. */
export interface TeachingSources {
  /** The instructor notes, docs/content/*.md, in name order. */
  documents: readonly { name: string; text: string }[];
  icd10cmTabular: { name: string; bytes: Uint8Array };
  pcsTables: { name: string; bytes: Uint8Array };
  pcsDefinitions: { name: string; bytes: Uint8Array };
  hcpcs: { name: string; bytes: Uint8Array };
  /** The FY2026 lists of valid codes (MCE masters), for the fiscal-year facts. */
  icd10cmNewer: { name: string; bytes: Uint8Array };
  pcsNewer: { name: string; bytes: Uint8Array };
}

export interface TeachingReport {
  /** Mentioned codes the release does not have (added after it), as printed (with the dot for ICD-10-CM). */
  missingFromRelease: Record<CodeSystem, string[]>;
  /** Codes merged from later CMS addenda (scripts/codesets/addenda.ts), as printed. */
  addenda: Record<CodeSystem, AddendumRecord[]>;
  /** Mentioned codes that are in neither the release nor the addenda: the set cannot look them up. */
  missingFromSet: Record<CodeSystem, string[]>;
  /** The ICD-10-CM categories in the set, in tabular order. */
  categories: string[];
  /** The ICD-10-PCS tables in the set, in code order. */
  pcsTables: string[];
  /** The HCPCS ranges in the set (besides the mentioned codes and the modifiers). */
  hcpcsRanges: { from: string; to: string; why: string }[];
  counts: {
    mentioned: Record<CodeSystem, number>;
    entries: Record<CodeSystem, number>;
    billable: Record<CodeSystem, number>;
    icd10cmHeaders: number;
    hcpcsModifiers: number;
    /** HCPCS codes and modifiers in the file but discontinued before its year, left out. */
    hcpcsDiscontinued: number;
  };
  /** The release files each set was built from. */
  sources: Record<CodeSystem, string[]>;
  /** The newer list in the sets' fiscal-year facts, and the billable codes of the sets it no longer has (deleted, or headers since). */
  newerList: {
    title: string;
    fiscalYear: number;
    codes: Record<'ICD-10-CM' | 'ICD-10-PCS', number>;
    notInNewer: Record<'ICD-10-CM' | 'ICD-10-PCS', string[]>;
  };
}

export interface TeachingBuild {
  icd10cm: TeachingCodeSetFile;
  icd10pcs: CodeSetFile;
  hcpcs: TeachingCodeSetFile;
  report: TeachingReport;
  /** The codes the instructor notes mention. */
  mentioned: MentionedCodes;
}

function valueOf<T>(result: CodeFileResult<T>, name: string): T {
  if (!result.ok)
    throw new Error(`${name} could not be read:\n${result.problems.map((problem) => `  ${describeProblem(problem, name)}`).join('\n')}`);
  return result.value;
}

// ---------------------------------------------------------------------------------------------------
// ICD-10-CM

interface CategoryPlace {
  chapter: TabularChapter;
  section: TabularSection;
  /** Position among the section's categories. */
  at: number;
}

/** The categories (3 characters) to include, in tabular order. */
export function chooseIcd10cmCategories(list: TabularList, mentioned: readonly string[]): string[] {
  const index = indexTabular(list);
  const entriesOf = new Map<string, number>();
  for (const code of index.codes.keys()) entriesOf.set(code.slice(0, 3), (entriesOf.get(code.slice(0, 3)) ?? 0) + 1);
  const places = new Map<string, CategoryPlace>();
  const order: string[] = [];
  for (const chapter of list.chapters) {
    for (const section of chapter.sections) {
      section.categories.forEach((category, at) => {
        places.set(category.code, { chapter, section, at });
        order.push(category.code);
      });
    }
  }

  const seeds = [...new Set(mentioned.map((code) => code.slice(0, 3)))].filter((category) => places.has(category));
  const chosen = new Set<string>();
  const sectionEntries = (section: TabularSection) =>
    section.categories.reduce((sum, category) => sum + (entriesOf.get(category.code) ?? 0), 0);
  const addAround = (category: string, reach: number) => {
    const place = places.get(category);
    if (!place) return;
    const { categories } = place.section;
    if (sectionEntries(place.section) <= SMALL_SECTION_ENTRIES) {
      for (const whole of categories) chosen.add(whole.code);
      return;
    }
    for (let at = Math.max(0, place.at - reach); at <= Math.min(categories.length - 1, place.at + reach); at += 1) {
      const neighbour = categories[at];
      if (neighbour) chosen.add(neighbour.code);
    }
  };
  const total = () => [...chosen].reduce((sum, category) => sum + (entriesOf.get(category) ?? 0), 0);
  for (let reach = 1; reach === 1 || total() < MIN_ICD10CM_ENTRIES; reach += 1) {
    const before = chosen.size;
    for (const seed of seeds) addAround(seed, reach);
    if (reach > 1 && chosen.size === before) break;
  }
  return order.filter((category) => chosen.has(category));
}

/** The tabular list with only the chosen categories, and the chapters and sections that hold them (with all their notes). */
export function pruneTabular(list: TabularList, categories: readonly string[]): TabularList {
  const keep = new Set(categories);
  const chapters: TabularChapter[] = [];
  for (const chapter of list.chapters) {
    const sections: TabularSection[] = [];
    for (const section of chapter.sections) {
      const kept = section.categories.filter((category) => keep.has(category.code));
      if (kept.length > 0) sections.push({ ...section, categories: kept });
    }
    if (sections.length > 0) chapters.push({ ...chapter, sections });
  }
  const pruned: TabularList = { system: list.system, fiscalYear: list.fiscalYear, chapters };
  if (list.version !== undefined) pruned.version = list.version;
  return pruned;
}

// ---------------------------------------------------------------------------------------------------
// ICD-10-PCS

/** The tables to include, in code order. */
export function choosePcsTables(tables: PcsTables, codes: readonly string[], prefixes: readonly string[]): string[] {
  const known = new Set(tables.tables.map((table) => table.code));
  const codesOf = new Map<string, number>();
  for (const table of tables.tables) {
    const count = table.rows.reduce((sum, row) => sum + row.axes.reduce((product, axis) => product * axis.values.length, 1), 0);
    codesOf.set(table.code.slice(0, 2), (codesOf.get(table.code.slice(0, 2)) ?? 0) + count);
  }
  const seeds = [...new Set([...codes, ...prefixes].map((code) => code.slice(0, 3)))].filter((table) => known.has(table));
  const chosen = new Set<string>();
  for (const seed of seeds) {
    chosen.add(seed);
    for (const neighbour of PCS_NEIGHBOURS[seed]?.tables ?? []) if (known.has(neighbour)) chosen.add(neighbour);
    const bodySystem = seed.slice(0, 2);
    if ((codesOf.get(bodySystem) ?? Infinity) <= SMALL_BODY_SYSTEM_CODES) {
      for (const table of tables.tables) if (table.code.startsWith(bodySystem)) chosen.add(table.code);
    }
  }
  return [...chosen].sort();
}

/** The definitions of the chosen tables' root operations (axis 3) only, per section. */
export function pruneDefinitions(definitions: PcsDefinitions, tables: PcsTables): PcsDefinitions {
  const operations = new Map<string, Set<string>>();
  for (const table of tables.tables) {
    let set = operations.get(table.section.code);
    if (!set) operations.set(table.section.code, (set = new Set()));
    set.add(table.operation.label.toLowerCase());
  }
  const sections: PcsDefinitions['sections'] = [];
  for (const section of definitions.sections) {
    const wanted = operations.get(section.code);
    if (!wanted) continue;
    const axes = section.axes
      .filter((axis) => axis.pos === 3)
      .map((axis) => ({ ...axis, terms: axis.terms.filter((term) => term.titles.some((title) => wanted.has(title.toLowerCase()))) }))
      .filter((axis) => axis.terms.length > 0);
    if (axes.length > 0) sections.push({ ...section, axes });
  }
  return { fiscalYear: definitions.fiscalYear, title: definitions.title, sections, deviceAggregation: [] };
}

// ---------------------------------------------------------------------------------------------------
// HCPCS

const inRange = (code: string, from: string, to: string) => code.length === from.length && code >= from && code <= to;

/** Discontinued before the release's year: a termination date before 1 January of it. */
function discontinued(record: { terminationDate?: string }, year: number): boolean {
  return record.terminationDate !== undefined && record.terminationDate < `${year}-01-01`;
}

// ---------------------------------------------------------------------------------------------------
// Addenda

function addendumRecord(addendum: Addendum): AddendumRecord {
  return {
    code: formatCode(addendum.system, addendum.code),
    title: addendum.title,
    kind: addendum.kind,
    effective:
      addendum.system === 'ICD-10-CM'
        ? `FY${addendum.effectiveYear} (${addendum.effectiveDate})`
        : `${addendum.effectiveYear} (${addendum.effectiveDate})`,
    source: addendum.source,
    publication: addendum.publication,
  };
}

/**
 * The tabular list with the ICD-10-CM addenda codes placed under the longest code each extends
 * ("E66811" under "E6681", which is itself placed under "E668"), in code order among their siblings.
 * A code that gains children becomes a header, as it is in the year of the addenda. Only the path to
 * each new code is copied; the release's own objects are not changed.
 */
export function withIcd10cmAddenda(list: TabularList, addenda: readonly Addendum[]): TabularList {
  let chapters = list.chapters;
  const ordered = addenda
    .filter((a) => a.system === 'ICD-10-CM')
    .sort((a, b) => a.code.length - b.code.length || (a.code < b.code ? -1 : 1));
  for (const addendum of ordered) {
    const category = addendum.code.slice(0, 3);
    const diag: TabularDiag = {
      code: addendum.code,
      name: formatCode('ICD-10-CM', addendum.code),
      title: addendum.title,
      notes: [],
      children: [],
    };
    const insert = (parent: TabularDiag): TabularDiag => {
      const next = parent.children.find((child) => addendum.code.startsWith(child.code));
      if (next) return { ...parent, children: parent.children.map((child) => (child === next ? insert(child) : child)) };
      if (parent.children.some((child) => child.code === addendum.code))
        throw new Error(`${diag.name} is already in the release: remove it from the addenda`);
      return { ...parent, children: [...parent.children, diag].sort((a, b) => (a.code < b.code ? -1 : 1)) };
    };
    let placed = false;
    chapters = chapters.map((chapter) => ({
      ...chapter,
      sections: chapter.sections.map((section) => ({
        ...section,
        categories: section.categories.map((c) => {
          if (c.code !== category) return c;
          placed = true;
          return insert(c);
        }),
      })),
    }));
    if (!placed) throw new Error(`${diag.name}: category ${category} is not in the release, so the addendum has nowhere to go`);
  }
  return { ...list, chapters };
}

/** The HCPCS entries with the addenda codes placed in code order among the codes (before the modifiers). */
function withHcpcsAddenda(entries: readonly SearchableEntry[], addenda: readonly Addendum[]): SearchableEntry[] {
  const out = [...entries];
  for (const addendum of addenda.filter((a) => a.system === 'HCPCS')) {
    if (out.some((entry) => entry.kind === 'code' && entry.code === addendum.code))
      throw new Error(`${addendum.code} is already in the release: remove it from the addenda`);
    const at = out.findIndex((entry) => entry.kind !== 'code' || entry.code > addendum.code);
    out.splice(at === -1 ? out.length : at, 0, { code: addendum.code, title: addendum.title, billable: true, kind: 'code' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Fiscal-year facts

/**
 * What the release itself said of the set's codes where the entries say otherwise: the codes the
 * addenda merged in were not in it (`absent`), and a code they subdivided (E66.8) was billable.
 */
function releaseStatusOf(entries: readonly CodeEntry[], release: ReadonlyMap<string, CodeEntry>): Record<string, ReleaseStatus> {
  const status: Record<string, ReleaseStatus> = {};
  for (const entry of entries) {
    const own = release.get(entry.code);
    if (!own) status[entry.code] = 'absent';
    else if (own.billable !== entry.billable) status[entry.code] = own.billable ? 'billable' : 'header';
  }
  return status;
}

function countCodes(file: CodeSetFile): number {
  return Object.values(file.yearFacts?.newer?.validSince ?? {}).reduce((sum, codes) => sum + codes.length, 0);
}

/** The set's billable codes that the newer list does not have: deleted since, or headers now. */
function notInNewer(file: CodeSetFile): string[] {
  const valid = new Set(Object.values(file.yearFacts?.newer?.validSince ?? {}).flat());
  return file.entries.filter((entry) => entry.billable && !valid.has(entry.code)).map((entry) => entry.code);
}

// ---------------------------------------------------------------------------------------------------
// The whole build

function summary(entries: readonly CodeEntry[]) {
  return { entries: entries.length, billable: entries.reduce((sum, entry) => sum + (entry.billable ? 1 : 0), 0) };
}

export function buildTeachingCodeSets(sources: TeachingSources): TeachingBuild {
  const mentioned = mentionedCodesIn(sources.documents.map((document) => document.text));

  // ICD-10-CM
  const tabular = valueOf(
    parseTabularXml(sources.icd10cmTabular.bytes, { fileName: sources.icd10cmTabular.name }),
    sources.icd10cmTabular.name,
  );
  const fullIndex = indexTabular(tabular);
  const missingCm = mentioned['ICD-10-CM'].filter((code) => !fullIndex.codes.has(code));
  const withAddenda = withIcd10cmAddenda(tabular, ADDENDA);
  const categories = chooseIcd10cmCategories(withAddenda, mentioned['ICD-10-CM']);
  const cmAddenda = ADDENDA.filter((a) => a.system === 'ICD-10-CM').map(addendumRecord);
  const cmFile = icd10cmCodeSetFile(pruneTabular(withAddenda, categories), 'teaching', ICD10CM_TITLE);
  const cmValid = readMceMaster(new TextDecoder().decode(sources.icd10cmNewer.bytes), sources.icd10cmNewer.name);
  const icd10cm: TeachingCodeSetFile = {
    ...cmFile,
    addenda: cmAddenda,
    yearFacts: {
      scope: categories,
      releaseStatus: releaseStatusOf(cmFile.entries, new Map(tabularEntries(fullIndex).map((entry) => [entry.code, entry]))),
      newer: newerWithin(cmValid, categories),
    },
  };
  const cmInSet = new Set(icd10cm.entries.map((entry) => entry.code));

  // ICD-10-PCS
  const allTables = valueOf(parsePcsTables(sources.pcsTables.bytes, { fileName: sources.pcsTables.name }), sources.pcsTables.name);
  const definitions = valueOf(parsePcsDefinitions(sources.pcsDefinitions.bytes), sources.pcsDefinitions.name);
  const tableCodes = choosePcsTables(allTables, mentioned['ICD-10-PCS'], mentioned.pcsPrefixes);
  const chosenTables = new Set(tableCodes);
  const tables: PcsTables = {
    ...allTables,
    title: `${allTables.title} (teaching subset)`,
    tables: allTables.tables.filter((table) => chosenTables.has(table.code)),
  };
  const pcsSet = pcsCodeSet(tables);
  const pcsValid = readMceMaster(new TextDecoder().decode(sources.pcsNewer.bytes), sources.pcsNewer.name);
  const icd10pcs: CodeSetFile = {
    format: CODESET_FORMAT,
    version: CODESET_VERSION,
    system: 'ICD-10-PCS',
    fiscalYear: tables.fiscalYear,
    source: 'teaching',
    title: ICD10PCS_TITLE,
    entries: pcsSet.entries,
    pcsTables: tables,
    pcsDefinitions: pruneDefinitions(definitions, tables),
    yearFacts: { scope: tableCodes, releaseStatus: {}, newer: newerWithin(pcsValid, tableCodes) },
  };
  const pcsKnown = new Set(pcsSet.entries.map((entry) => entry.code));
  const allPcsTables = new Set(allTables.tables.map((table) => table.code));
  const missingPcs = [
    ...mentioned['ICD-10-PCS'].filter((code) => !pcsKnown.has(code)),
    ...mentioned.pcsPrefixes.filter((prefix) => !allPcsTables.has(prefix.slice(0, 3))),
  ];

  // HCPCS
  const release: HcpcsRelease = valueOf(parseHcpcs(sources.hcpcs.bytes, { fileName: sources.hcpcs.name }), sources.hcpcs.name);
  const mentionedHcpcs = new Set(mentioned.HCPCS);
  const current = (record: { terminationDate?: string }) => !discontinued(record, release.year);
  const keptCodes = new Set(
    release.codes
      .filter(
        (record) =>
          current(record) && (mentionedHcpcs.has(record.code) || HCPCS_RANGES.some((range) => inRange(record.code, range.from, range.to))),
      )
      .map((record) => record.code),
  );
  const keptModifiers = new Set(release.modifiers.filter(current).map((record) => record.code));
  const hcpcsAll = hcpcsCodeSet(release);
  const hcpcsEntries = withHcpcsAddenda(
    hcpcsAll.entries.filter((entry) => (entry.kind === 'modifier' ? keptModifiers : keptCodes).has(entry.code)),
    ADDENDA,
  );
  const hcpcsAddenda = ADDENDA.filter((a) => a.system === 'HCPCS').map(addendumRecord);
  const hcpcs: TeachingCodeSetFile = {
    format: CODESET_FORMAT,
    version: CODESET_VERSION,
    system: 'HCPCS',
    fiscalYear: release.year,
    source: 'teaching',
    title: HCPCS_TITLE,
    entries: hcpcsEntries,
    addenda: hcpcsAddenda,
    // The ranges leave codes out, so the set is complete nowhere; the addenda codes were not in the release.
    yearFacts: { scope: [], releaseStatus: Object.fromEntries(ADDENDA.filter((a) => a.system === 'HCPCS').map((a) => [a.code, 'absent'])) },
  };
  const hcpcsInFile = new Set(release.codes.map((record) => record.code));
  const missingHcpcs = mentioned.HCPCS.filter((code) => !hcpcsInFile.has(code) || !keptCodes.has(code));
  const hcpcsInSet = new Set(hcpcsEntries.filter((entry) => entry.kind === 'code').map((entry) => entry.code));

  const cm = summary(icd10cm.entries);
  const pcs = summary(icd10pcs.entries);
  const hc = summary(hcpcs.entries.filter((entry) => entry.kind === 'code'));
  const report: TeachingReport = {
    missingFromRelease: {
      'ICD-10-CM': missingCm.map((code) => formatCode('ICD-10-CM', code)).sort(),
      'ICD-10-PCS': missingPcs.sort(),
      HCPCS: missingHcpcs.sort(),
    },
    addenda: { 'ICD-10-CM': cmAddenda, 'ICD-10-PCS': [], HCPCS: hcpcsAddenda },
    missingFromSet: {
      'ICD-10-CM': mentioned['ICD-10-CM']
        .filter((code) => !cmInSet.has(code))
        .map((code) => formatCode('ICD-10-CM', code))
        .sort(),
      'ICD-10-PCS': missingPcs.sort(),
      HCPCS: mentioned.HCPCS.filter((code) => !hcpcsInSet.has(code)).sort(),
    },
    categories,
    pcsTables: tableCodes,
    hcpcsRanges: HCPCS_RANGES.map((range) => ({ ...range })),
    counts: {
      mentioned: {
        'ICD-10-CM': mentioned['ICD-10-CM'].length,
        'ICD-10-PCS': mentioned['ICD-10-PCS'].length + mentioned.pcsPrefixes.length,
        HCPCS: mentioned.HCPCS.length,
      },
      entries: { 'ICD-10-CM': cm.entries, 'ICD-10-PCS': pcs.entries, HCPCS: hc.entries },
      billable: { 'ICD-10-CM': cm.billable, 'ICD-10-PCS': pcs.billable, HCPCS: hc.billable },
      icd10cmHeaders: cm.entries - cm.billable,
      hcpcsModifiers: hcpcs.entries.length - hc.entries,
      hcpcsDiscontinued: [...release.codes, ...release.modifiers].filter((record) => !current(record)).length,
    },
    sources: {
      'ICD-10-CM': [sources.icd10cmTabular.name],
      'ICD-10-PCS': [sources.pcsTables.name, sources.pcsDefinitions.name],
      HCPCS: [sources.hcpcs.name],
    },
    newerList: {
      title: NEWER_LIST_TITLE,
      fiscalYear: NEWER_LIST_YEAR,
      codes: { 'ICD-10-CM': countCodes(icd10cm), 'ICD-10-PCS': countCodes(icd10pcs) },
      notInNewer: {
        'ICD-10-CM': notInNewer(icd10cm).map((code) => formatCode('ICD-10-CM', code)),
        'ICD-10-PCS': notInNewer(icd10pcs),
      },
    },
  };
  return { icd10cm, icd10pcs, hcpcs, report, mentioned };
}

/** The files' contents, by file name: compact JSON, one line, ending with a line break. */
export function serialiseTeachingCodeSets(build: TeachingBuild): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;
  return {
    [TEACHING_FILE_NAMES.icd10cm]: json(build.icd10cm),
    [TEACHING_FILE_NAMES.icd10pcs]: json(build.icd10pcs),
    [TEACHING_FILE_NAMES.hcpcs]: json(build.hcpcs),
    [TEACHING_FILE_NAMES.report]: json(build.report),
  };
}
