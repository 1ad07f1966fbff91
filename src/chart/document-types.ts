/**
 * The controlled list of document types, and the chart tab (after VistA CPRS) where each is read.
 * LOINC document codes are given where the type maps to one (the FHIR document-type value set is
 * LOINC codes with scale "Doc"); they are used by FHIR export.
 */

export const CHART_TABS = [
  'Cover Sheet',
  'Problems',
  'Medications',
  'Orders',
  'Notes',
  'Consults',
  'Surgery',
  'Discharge Summaries',
  'Labs',
  'Reports',
  // Not a CPRS tab: psychotherapy notes are kept apart from the medical record (45 CFR 164.501).
  'Psychotherapy notes',
] as const;
export type ChartTab = (typeof CHART_TABS)[number];

export interface DocumentTypeInfo {
  readonly label: string;
  readonly tab: ChartTab;
  readonly loinc?: string;
}

export const DOCUMENT_TYPES = {
  'history-and-physical': { label: 'History and Physical', tab: 'Notes', loinc: '34117-2' },
  'progress-note': { label: 'Progress Note', tab: 'Notes', loinc: '11506-3' },
  'nursing-note': { label: 'Nursing Note', tab: 'Notes', loinc: '34746-8' },
  'emergency-note': { label: 'Emergency Department Note', tab: 'Notes', loinc: '34111-5' },
  'procedure-note': { label: 'Procedure Note', tab: 'Notes', loinc: '28570-0' },
  'psychotherapy-note': { label: 'Psychotherapy Note', tab: 'Psychotherapy notes' },
  consultation: { label: 'Consultation', tab: 'Consults', loinc: '11488-4' },
  'operative-report': { label: 'Operative Report', tab: 'Surgery', loinc: '11504-8' },
  'anesthesia-record': { label: 'Anesthesia Record', tab: 'Surgery' },
  'discharge-summary': { label: 'Discharge Summary', tab: 'Discharge Summaries', loinc: '18842-5' },
  'laboratory-report': { label: 'Laboratory Report', tab: 'Labs', loinc: '11502-2' },
  'pathology-report': { label: 'Pathology Report', tab: 'Reports', loinc: '11526-1' },
  'radiology-report': { label: 'Radiology Report', tab: 'Reports', loinc: '18748-4' },
  'cardiology-report': { label: 'Cardiology Report (ECG, Echo)', tab: 'Reports' },
  'outside-record': { label: 'Outside Record', tab: 'Reports' },
  correspondence: { label: 'Correspondence', tab: 'Reports' },
  'consent-form': { label: 'Consent Form', tab: 'Reports', loinc: '59284-0' },
  'advance-directive': { label: 'Advance Directive', tab: 'Reports', loinc: '42348-3' },
  'physician-orders': { label: 'Physician Orders', tab: 'Orders' },
  'authorization-form': { label: 'Authorization for Release of Information', tab: 'Reports' },
} as const satisfies Record<string, DocumentTypeInfo>;

export type DocumentTypeId = keyof typeof DOCUMENT_TYPES;

export const DOCUMENT_TYPE_IDS = Object.keys(DOCUMENT_TYPES) as [DocumentTypeId, ...DocumentTypeId[]];

export function documentTypeLabel(type: DocumentTypeId): string {
  return DOCUMENT_TYPES[type].label;
}

/** Document types read on a chart tab, in the order the list above gives them. */
export function documentTypesOnTab(tab: ChartTab): DocumentTypeId[] {
  return DOCUMENT_TYPE_IDS.filter((id) => DOCUMENT_TYPES[id].tab === tab);
}
