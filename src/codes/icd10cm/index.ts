/** The official ICD-10-CM release: order file, tabular XML and the zips CMS distributes. Pure. */
export { fiscalYearFromFileName } from './fiscal-year.ts';
export { parseOrderFile, readOrderLines, type OrderFileLine, type ReadReleaseOptions } from './order-file.ts';
export { describeProblem, type CodeFileProblem, type CodeFileResult } from './problems.ts';
export {
  NOTE_KINDS,
  NOTE_KIND_LABELS,
  parseTabularXml,
  type InstructionalNote,
  type NoteKind,
  type SeventhCharacter,
  type TabularChapter,
  type TabularDiag,
  type TabularList,
  type TabularSection,
} from './tabular.ts';
export {
  ancestorsOf,
  indexTabular,
  lookupTabular,
  notesFor,
  notesOfKind,
  sevenCharacterCode,
  seventhCharacterRestriction,
  tabularEntries,
  type AppliedNote,
  type CodeNotes,
  type NoteSource,
  type SeventhCharacterDefinition,
  type SeventhCharacterRestriction,
  type TabularCode,
  type TabularIndex,
  type TabularLevel,
} from './tabular-index.ts';
export { isOrderFileName, isTabularFileName, readIcd10cmFile, readIcd10cmZip, type Icd10cmRelease } from './zip.ts';
