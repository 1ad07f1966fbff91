/**
 * What a task kind's pure functions are given: the pack seen as charts (never storage rows), names
 * for the things an explanation talks about, the facility's rules, and a code-validity lookup.
 */
import type { ClinicalDocument, LooseDocument, Patient, Provider } from '../../chart/model.ts';
import { formatProviderName } from '../../chart/format.ts';
import type { Facility } from '../../chart/facility.ts';

/** The parts of a pack that tasks refer to. */
export interface PackView {
  readonly facility: Facility;
  readonly providers: readonly Provider[];
  readonly patients: readonly Patient[];
  readonly looseDocuments: readonly LooseDocument[];
}

import type { CodeValidity } from '../../codes/validity.ts';
export type { CodeSystem } from '../../codes/model.ts';
export type { CodeValidity };

/** When nothing is injected, the grader knows only what a code's shape says (see code/validity.ts). */
export const noValidity: CodeValidity = () => 'unknown';

/** Names and facts for the things items talk about, looked up by id. Built once per pack. */
export class PackFacts {
  private readonly patients = new Map<string, Patient>();
  private readonly documents = new Map<string, { document: ClinicalDocument; patientId: string }>();
  private readonly orders = new Map<string, { text: string; at: string; patientId: string; authenticated: boolean }>();
  private readonly loose = new Map<string, LooseDocument>();
  private readonly providers = new Map<string, Provider>();
  private readonly encounters = new Map<string, { label: string; patientId: string }>();
  readonly facility: Facility;

  constructor(pack: PackView) {
    this.facility = pack.facility;
    for (const p of pack.patients) {
      this.patients.set(p.id, p);
      for (const d of p.documents) this.documents.set(d.id, { document: d, patientId: p.id });
      for (const o of p.orders)
        this.orders.set(o.id, { text: o.text, at: o.orderedAt, patientId: p.id, authenticated: o.authenticatedAt !== undefined });
      for (const e of p.encounters)
        this.encounters.set(e.id, { label: `${e.class} ${e.admittedAt.slice(0, 10)} (${e.accountNumber})`, patientId: p.id });
    }
    for (const d of pack.looseDocuments) this.loose.set(d.id, d);
    for (const p of pack.providers) this.providers.set(p.id, p);
  }

  /** "ODUYA, Grace (MRN 0048213)". */
  patient = (id: string | undefined): string => {
    if (!id) return 'no patient';
    const p = this.patients.get(id);
    return p ? `${p.name.family.toUpperCase()}, ${p.name.given.join(' ')} (MRN ${p.mrn})` : id;
  };
  /** "Discharge Summary (2025-01-14)", or an order in words. */
  document = (id: string | undefined): string => {
    if (!id) return 'a missing document';
    const d = this.documents.get(id);
    if (d) return `${d.document.title} (${d.document.serviceAt.slice(0, 10)})`;
    const o = this.orders.get(id);
    return o ? `order "${o.text.slice(0, 60)}" (${o.at.slice(0, 10)})` : id;
  };
  looseDocument = (id: string): string => {
    const d = this.loose.get(id);
    return d ? `${d.title}, ${d.source}` : id;
  };
  provider = (id: string | undefined): string => {
    if (!id) return 'no provider';
    const p = this.providers.get(id);
    return p ? formatProviderName(p) : id;
  };
  encounter = (id: string | undefined): string => (id ? (this.encounters.get(id)?.label ?? id) : 'no encounter');
  /** The patient whose chart holds a document or order. */
  ownerOf = (documentId: string): string | undefined => this.documents.get(documentId)?.patientId ?? this.orders.get(documentId)?.patientId;
  documentRecord = (documentId: string): ClinicalDocument | undefined => this.documents.get(documentId)?.document;
  /** Verbal and telephone orders that were authenticated (late or not). */
  orderAuthenticated = (id: string | undefined): boolean => id !== undefined && this.orders.get(id)?.authenticated === true;
  isOrder = (id: string | undefined): boolean => id !== undefined && this.orders.has(id);
}

/** What a scorer is given besides the task, its key and the trainee's work. */
export interface GradeContext {
  readonly facts: PackFacts;
  readonly validity: CodeValidity;
}
