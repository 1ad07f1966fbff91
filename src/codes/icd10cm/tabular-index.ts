/**
 * Lookups over a parsed tabular list: every code by its code, the 7-character codes built from the
 * 7th-character definitions, and every instructional note that applies to a code. Pure.
 *
 * 7-character codes: the XML does not list them. A code takes a 7th character when it is a leaf (no
 * codes below it) and it or an ancestor (category, subcategory, section or chapter) has a
 * `sevenChrDef`; the nearest definition wins (S72.47 has its own, overriding S72's). The leaf is then a
 * header, and each of its 7-character codes is billable. Codes shorter than six characters are padded
 * with the placeholder X first, as the order file does: S72.001 + A → S72.001A, T36.0X1 + A →
 * T36.0X1A, O31.00 + 1 → O31.00X1, S06.0 would give S06.0XXA. The built title is the leaf's title,
 * a comma and a space, and the 7th character's title (which is how the order file words them).
 * A note worded like S06's ("7th characters D and S do not apply to codes in category S06 with 6th
 * character 7 … or 8 …") withholds those 7th characters from the codes it names, as the order file does.
 */
import type { CodeEntry } from '../model.ts';
import { normaliseCode } from '../model.ts';
import type { InstructionalNote, NoteKind, SeventhCharacter, TabularChapter, TabularDiag, TabularList, TabularSection } from './tabular.ts';

export type TabularLevel = 'chapter' | 'section' | 'category' | 'subcategory' | 'code';

/** Where a note comes from. `id` is the chapter number, the section's range or the code with its dot. */
export interface NoteSource {
  level: TabularLevel;
  id: string;
  title: string;
}

/** A 7th-character definition, with the node that holds it. */
export interface SeventhCharacterDefinition {
  source: NoteSource;
  characters: readonly SeventhCharacter[];
}

/** One code of the tabular list, listed in the XML or built from a 7th character. */
export interface TabularCode {
  /** Without the dot: "S72001A". */
  code: string;
  title: string;
  /** A leaf that takes no 7th character, or a built 7-character code. */
  billable: boolean;
  /** The diag as listed; undefined for a code built from a 7th character. */
  diag: TabularDiag | undefined;
  /** The code above (undefined for a category). */
  parent: TabularCode | undefined;
  section: TabularSection;
  chapter: TabularChapter;
  /** For a leaf that takes a 7th character, and for the codes built from it: the definition that applies. */
  seventhCharacters?: SeventhCharacterDefinition;
  /** For a built 7-character code: its 7th character. */
  seventhCharacter?: SeventhCharacter;
}

export interface TabularIndex {
  list: TabularList;
  /** Every code in tabular order (headers, billable codes and built 7-character codes). */
  codes: ReadonlyMap<string, TabularCode>;
  /** Problems found while building 7-character codes (none in an official release). */
  warnings: readonly string[];
}

/** A note that applies to a code, with where it comes from. */
export interface AppliedNote extends InstructionalNote {
  source: NoteSource;
}

export interface CodeNotes {
  code: string;
  title: string;
  billable: boolean;
  /**
   * Every instructional note that applies: the code's own first, then its parent's, and so on up through
   * the category, the section and the chapter; in document order within each.
   */
  notes: AppliedNote[];
  /** The 7th characters that apply (the nearest `sevenChrDef`), for codes that take or carry one. */
  seventhCharacters?: SeventhCharacterDefinition;
  /** For a built 7-character code: the 7th character it carries. */
  seventhCharacter?: SeventhCharacter;
}

/** "S72001" + "A" → "S72001A"; "O3100" + "1" → "O3100X1"; "T360X1" + "A" → "T360X1A". */
export function sevenCharacterCode(code: string, character: string): string {
  return `${code.padEnd(6, 'X')}${character}`;
}

/** The `NoteSource` of a chapter, a section or a diag. */
export function chapterSource(chapter: TabularChapter): NoteSource {
  return { level: 'chapter', id: chapter.number, title: chapter.title };
}

export function sectionSource(section: TabularSection): NoteSource {
  return { level: 'section', id: section.id, title: section.title };
}

function diagSource(diag: TabularDiag, self: boolean): NoteSource {
  const level: TabularLevel = diag.code.length === 3 ? 'category' : self ? 'code' : 'subcategory';
  return { level, id: diag.name, title: diag.title };
}

export function indexTabular(list: TabularList): TabularIndex {
  const codes = new Map<string, TabularCode>();
  const warnings: string[] = [];

  const visit = (
    diag: TabularDiag,
    parent: TabularCode | undefined,
    section: TabularSection,
    chapter: TabularChapter,
    inherited: SeventhCharacterDefinition | undefined,
    inheritedRestrictions: readonly SeventhCharacterRestriction[],
  ) => {
    const seventh: SeventhCharacterDefinition | undefined = diag.sevenChrDef
      ? { source: diagSource(diag, false), characters: diag.sevenChrDef }
      : inherited;
    const restriction = diag.notes.map(seventhCharacterRestriction).find((found) => found !== undefined);
    const restrictions = restriction ? [...inheritedRestrictions, restriction] : inheritedRestrictions;
    const isLeaf = diag.children.length === 0;
    const takesSeventh = isLeaf && seventh !== undefined;
    const entry: TabularCode = { code: diag.code, title: diag.title, billable: isLeaf && !takesSeventh, diag, parent, section, chapter };
    if (takesSeventh) entry.seventhCharacters = seventh;
    codes.set(diag.code, entry);
    for (const child of diag.children) visit(child, entry, section, chapter, seventh, restrictions);
    if (!takesSeventh) return;
    if (diag.code.length > 6) {
      warnings.push(`${diag.name} already has 7 characters, so its 7th-character definition was not applied`);
      entry.billable = true;
      return;
    }
    const sixth = diag.code.padEnd(6, 'X')[5] ?? '';
    for (const character of seventh.characters) {
      if (restrictions.some((rule) => rule.sixthCharacters.includes(sixth) && rule.characters.includes(character.character))) continue;
      const code = sevenCharacterCode(diag.code, character.character);
      if (codes.has(code)) {
        warnings.push(`${code} (built from ${diag.name} and 7th character ${character.character}) is also listed in the XML`);
        continue;
      }
      codes.set(code, {
        code,
        title: `${diag.title}, ${character.title}`,
        billable: true,
        diag: undefined,
        parent: entry,
        section,
        chapter,
        seventhCharacters: seventh,
        seventhCharacter: character,
      });
    }
  };

  for (const chapter of list.chapters) {
    const chapterSeventh = chapter.sevenChrDef ? { source: chapterSource(chapter), characters: chapter.sevenChrDef } : undefined;
    for (const section of chapter.sections) {
      const sectionSeventh = section.sevenChrDef ? { source: sectionSource(section), characters: section.sevenChrDef } : chapterSeventh;
      for (const category of section.categories) visit(category, undefined, section, chapter, sectionSeventh, []);
    }
  }
  return { list, codes, warnings };
}

/**
 * A note that withholds 7th characters from some codes, e.g. S06: "7th characters D and S do not apply
 * to codes in category S06 with 6th character 7 - death due to brain injury prior to regaining
 * consciousness, or 8 - death due to other cause prior to regaining consciousness."
 */
export interface SeventhCharacterRestriction {
  /** The 7th characters withheld: ["D", "S"]. */
  characters: string[];
  /** From the codes below the note whose 6th character is one of these: ["7", "8"]. */
  sixthCharacters: string[];
}

const RESTRICTION =
  /^7th characters? (.+?) (?:do|does) not apply to (?:codes|any code) in (?:category|subcategory) [A-Z0-9.]+ with 6th characters? (.+)$/i;

/** Reads the rule out of a note worded like S06's, or undefined. */
export function seventhCharacterRestriction(note: InstructionalNote): SeventhCharacterRestriction | undefined {
  const match = RESTRICTION.exec(note.text);
  if (!match) return undefined;
  const characters = (match[1] ?? '').split(/\s*(?:,|\band\b|\bor\b)\s*/).filter((part) => /^[0-9A-Z]$/.test(part));
  const sixthCharacters = [
    ...(match[2] ?? '').matchAll(/(?:^|,\s*(?:or\s+|and\s+)?|\s(?:or|and)\s+)([0-9A-Z])(?=\s*(?:-|–|,|$|\s+or\b|\s+and\b))/g),
  ].map((found) => found[1] ?? '');
  return characters.length > 0 && sixthCharacters.length > 0 ? { characters, sixthCharacters } : undefined;
}

/** A code as anyone types it ("s72.001a", "S72001A ") → its entry, or undefined. */
export function lookupTabular(index: TabularIndex, code: string): TabularCode | undefined {
  return index.codes.get(normaliseCode(code));
}

/** The codes above a code, nearest first (parent, …, category). */
export function ancestorsOf(entry: TabularCode): TabularCode[] {
  const out: TabularCode[] = [];
  for (let at = entry.parent; at; at = at.parent) out.push(at);
  return out;
}

/**
 * Every instructional note that applies to a code, inherited from its subcategories, category, section
 * and chapter, each labelled with where it comes from; undefined for a code not in the tabular list.
 */
export function notesFor(index: TabularIndex, code: string): CodeNotes | undefined {
  const entry = lookupTabular(index, code);
  if (!entry) return undefined;
  const notes: AppliedNote[] = [];
  const add = (own: readonly InstructionalNote[], source: NoteSource) => {
    for (const note of own) notes.push({ kind: note.kind, text: note.text, source });
  };
  for (let at: TabularCode | undefined = entry; at; at = at.parent) {
    if (at.diag) add(at.diag.notes, diagSource(at.diag, at === entry));
  }
  add(entry.section.notes, sectionSource(entry.section));
  add(entry.chapter.notes, chapterSource(entry.chapter));

  const result: CodeNotes = { code: entry.code, title: entry.title, billable: entry.billable, notes };
  if (entry.seventhCharacters) result.seventhCharacters = entry.seventhCharacters;
  if (entry.seventhCharacter) result.seventhCharacter = entry.seventhCharacter;
  return result;
}

/** The notes of one kind, e.g. every Excludes1 note that applies. */
export function notesOfKind(notes: CodeNotes, kind: NoteKind): AppliedNote[] {
  return notes.notes.filter((note) => note.kind === kind);
}

/**
 * The tabular list as code-set entries, in tabular order: every listed code (billable when it is a leaf
 * that takes no 7th character, a header otherwise) and every built 7-character code (billable).
 */
export function tabularEntries(index: TabularIndex): CodeEntry[] {
  const entries: CodeEntry[] = [];
  for (const entry of index.codes.values()) {
    entries.push({ code: entry.code, title: entry.title, billable: entry.billable, kind: entry.billable ? 'code' : 'header' });
  }
  return entries;
}
