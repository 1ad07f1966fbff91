/** Words for rule sources and shared codes, as an HIM department says them. Pure. */
import type { RuleRef } from './schema.ts';

const SOURCE_WORDS: Record<RuleRef['source'], string> = {
  OGCR: 'ICD-10-CM Official Guidelines',
  UHDDS: 'UHDDS',
  CFR: '',
  CoP: 'CMS Conditions of Participation',
  TJC: 'The Joint Commission',
  facility: 'Facility policy',
  'state-law': 'State law',
  other: '',
};

/** "45 CFR 164.506(c)(2)", "ICD-10-CM Official Guidelines I.C.4.a", "Facility policy: Riverside indexing policy". */
export function ruleLabel(rule: Pick<RuleRef, 'source' | 'cite'>): string {
  const words = SOURCE_WORDS[rule.source];
  if (!words || rule.cite.includes(rule.source) || rule.cite.startsWith(words)) return rule.cite;
  return rule.source === 'facility' || rule.source === 'state-law' ? `${words}: ${rule.cite}` : `${words} ${rule.cite}`;
}

/** The rule for identifying a patient before anything is filed or released (TJC NPSG.01.01.01). */
export const PATIENT_IDENTIFICATION_RULE: RuleRef = {
  source: 'TJC',
  cite: 'NPSG.01.01.01',
  text: 'Use at least two patient identifiers (such as name and date of birth, or MRN) to match a document or request to the right patient; facility policy says which identifiers count.',
};
