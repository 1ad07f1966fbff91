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
 * The code lives in four modules, re-exported here so that importers need only this one:
 * - ./tables-parse.ts: the types and `parsePcsTables`;
 * - ./tables-lookup.ts: `pcsTableFor`, `isValidPcsCode`, `countPcsCodes`, `describePcsCode`;
 * - ./tables-builder.ts: `pcsChoices`, the builder's next choices;
 * - ./tables-titles.ts: composed titles (`pcsCodeTitle`, described there) and `toCodeSet`.
 */
export {
  PCS_TABLES_FILE,
  parsePcsTables,
  type PcsAxis,
  type PcsRow,
  type PcsTable,
  type PcsTables,
  type PcsValue,
  type ReadPcsOptions,
} from './tables-parse.ts';
export {
  countPcsCodes,
  describePcsCode,
  isValidPcsCode,
  pcsTableFor,
  type PcsCharacter,
  type PcsCodeDescription,
} from './tables-lookup.ts';
export { pcsChoices, type PcsChoices, type PcsNextAxis, type PcsOption } from './tables-builder.ts';
export { bodyPartInTitle, deviceInTitle, pcsCodeTitle, toCodeSet } from './tables-titles.ts';
