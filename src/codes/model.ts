/**
 * Code sets: the official CMS releases (ICD-10-CM, ICD-10-PCS, HCPCS Level II) and the bundled
 * teaching subset, in one shape that search, validity checks and grading read. Pure.
 */
export type CodeSystem = 'ICD-10-CM' | 'ICD-10-PCS' | 'HCPCS';

/** One line of a code set. Codes are kept without the dot ("E1122"); `formatCode` adds it. */
export interface CodeEntry {
  code: string;
  /** The long description, exactly as the release gives it. */
  title: string;
  shortTitle?: string;
  /**
   * ICD-10-CM: valid for HIPAA-covered transactions (the order file's flag; headers are not).
   * ICD-10-PCS: every 7-character code. HCPCS: every code (modifiers are not codes).
   */
  billable: boolean;
  kind: 'code' | 'header' | 'modifier';
}

export interface CodeSetMeta {
  system: CodeSystem;
  /** Federal fiscal year the release is effective for (1 October of the year before). HCPCS: calendar year. */
  fiscalYear: number;
  source: 'official' | 'teaching';
  title: string;
}

export interface CodeSet extends CodeSetMeta {
  entries: CodeEntry[];
}

/** "E1122" → "E11.22" for ICD-10-CM (a dot after the third character); other systems unchanged. */
export function formatCode(system: CodeSystem, code: string): string {
  return system === 'ICD-10-CM' && code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

/** "e11.22 " → "E1122" */
export function normaliseCode(input: string): string {
  return input.trim().toUpperCase().replace(/[.\s]/g, '');
}
