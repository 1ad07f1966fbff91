/**
 * What a FHIR import is given and gives back: its options, its report and its result. Re-exported
 * by ../import.ts.
 */
import type { Facility, Pack } from '../../packs/format.ts';
import type { Problem as PathProblem } from '../../intake/problems.ts';

export interface FhirImportOptions {
  readonly packId?: string;
  readonly title?: string;
  readonly description?: string;
  readonly author?: string;
  readonly licence?: string;
  readonly codeSetYear?: number;
  /** The facility whose MRN and account-number formats the new identifiers follow. */
  readonly facility?: Facility;
  /** Keep SNOMED CT and other source codes off problems and procedures, so encounters can be coded. */
  readonly hideSourceCodes?: boolean;
  /** Compose a discharge summary, marked as generated, for each inpatient stay that has none. */
  readonly composeDischargeSummaries?: boolean;
}

/** What an import read, made and left out. `resources[type] = mapped[type] + unmapped[type]`. */
export interface ImportReport {
  readonly files: number;
  /** Resources read, by type (Bundles themselves are not counted). */
  readonly resources: Record<string, number>;
  readonly mapped: Record<string, number>;
  /** Resources the chart model cannot hold, or that could not be placed (see `warnings`). */
  readonly unmapped: Record<string, number>;
  /** JSON that is no FHIR resource, as `file` or `file:line`. */
  readonly notFhir: string[];
  readonly warnings: string[];
  /** What the pack holds. */
  readonly created: {
    readonly providers: number;
    readonly patients: number;
    readonly encounters: number;
    readonly documents: number;
    readonly conditions: number;
    readonly procedures: number;
    readonly medications: number;
    readonly allergies: number;
    readonly results: number;
    readonly immunizations: number;
    readonly generatedDischargeSummaries: number;
  };
  /** True when an "Unknown provider" was added for care that named no practitioner. */
  readonly unknownProvider: boolean;
}

export type FhirImportResult =
  | { readonly ok: true; readonly pack: Pack; readonly report: ImportReport }
  | { readonly ok: false; readonly problems: readonly PathProblem[]; readonly notFhir: readonly string[] };
