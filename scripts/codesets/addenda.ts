/**
 * Codes the bundled packs need that are newer than the releases available offline (FY2021 ICD-10-CM,
 * 2019 HCPCS; see docs/decisions/0006). Each is copied by hand from the CMS addenda of the year it
 * took effect, with its official title, and merged into the teaching sets by ./teaching.ts. The
 * merged codes are listed in the code-set file (`addenda`) and in the teaching report, so nobody
 * mistakes them for part of the older release.
 *
 * Keep this list small: a code belongs here only when a pack's key or instructor notes use it and no
 * available release has it. Loading the official release for the pack's year makes it unnecessary.
 */
import type { CodeSystem } from '../../src/codes/model.ts';

export interface Addendum {
  system: Extract<CodeSystem, 'ICD-10-CM' | 'HCPCS'>;
  /** Without the dot: "E66811". */
  code: string;
  /** The official long title, as the addenda print it. */
  title: string;
  /** ICD-10-CM: a subcategory that only holds other codes; HCPCS: always a code. */
  kind: 'code' | 'header';
  /** ICD-10-CM: the fiscal year it took effect (1 October of the year before). HCPCS: the calendar year. */
  effectiveYear: number;
  /** The first day it may be reported. */
  effectiveDate: string;
  source: 'CMS addenda';
  /** Where CMS published it. */
  publication: string;
  /** Why a bundled pack needs it. */
  why: string;
}

const FY2025_CM = 'FY2025 ICD-10-CM tabular addenda (CMS/NCHS, effective 1 October 2024)';

export const ADDENDA: readonly Addendum[] = [
  {
    system: 'ICD-10-CM',
    code: 'E6681',
    title: 'Obesity class',
    kind: 'header',
    effectiveYear: 2025,
    effectiveDate: '2024-10-01',
    source: 'CMS addenda',
    publication: FY2025_CM,
    why: 'the subcategory of the obesity-class codes; with it E66.8 is subdivided and is no longer billable',
  },
  {
    system: 'ICD-10-CM',
    code: 'E66811',
    title: 'Obesity, class 1',
    kind: 'code',
    effectiveYear: 2025,
    effectiveDate: '2024-10-01',
    source: 'CMS addenda',
    publication: FY2025_CM,
    why: 'riverside-general rg-code-07 (Allen) and the Fairbanks pre-operative visit',
  },
  {
    system: 'ICD-10-CM',
    code: 'E66812',
    title: 'Obesity, class 2',
    kind: 'code',
    effectiveYear: 2025,
    effectiveDate: '2024-10-01',
    source: 'CMS addenda',
    publication: FY2025_CM,
    why: 'riverside-general rg-code-05 (Marsh)',
  },
  {
    system: 'ICD-10-CM',
    code: 'E66813',
    title: 'Obesity, class 3',
    kind: 'code',
    effectiveYear: 2025,
    effectiveDate: '2024-10-01',
    source: 'CMS addenda',
    publication: FY2025_CM,
    why: 'the Russo emergency visit in the riverside-general notes',
  },
  {
    system: 'ICD-10-CM',
    code: 'E6689',
    title: 'Other obesity not elsewhere classified',
    kind: 'code',
    effectiveYear: 2025,
    effectiveDate: '2024-10-01',
    source: 'CMS addenda',
    publication: FY2025_CM,
    why: 'the rest of the subdivided E66.8, so the subcategory is complete as in FY2025',
  },
  {
    system: 'HCPCS',
    code: 'G2086',
    kind: 'code',
    effectiveYear: 2020,
    effectiveDate: '2020-01-01',
    source: 'CMS addenda',
    publication: 'HCPCS Level II 2020 annual update (CMS, effective 1 January 2020)',
    title:
      'Office-based treatment for opioid use disorder, including development of the treatment plan, care coordination, individual therapy and group therapy and counseling; at least 70 minutes in the first calendar month',
    why: 'the office-based OUD bundle the lakeside-community notes discuss for the Voss clinic visit',
  },
];

/** How an addendum is recorded in a code-set file and the teaching report (codes printed with the dot). */
export interface AddendumRecord {
  code: string;
  title: string;
  kind: Addendum['kind'];
  effective: string;
  source: Addendum['source'];
  publication: string;
}
