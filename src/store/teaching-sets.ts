/** The bundled teaching code sets, one file per system under public/codesets/. */
import type { CodeSystem } from '../codes/model.ts';

export const TEACHING_FILES: Record<CodeSystem, string> = {
  'ICD-10-CM': 'codesets/teaching-icd10cm.json',
  'ICD-10-PCS': 'codesets/teaching-icd10pcs.json',
  HCPCS: 'codesets/teaching-hcpcs.json',
};
