/**
 * Perfect work derived from an answer key: what `record-room check-keys` grades to prove a key
 * can reach 100 %. Pure.
 */
import type { AnswerKey } from '../tasks/model.ts';
import type { TaskWork } from '../tasks/work.ts';

export function perfectWork(key: AnswerKey): TaskWork {
  switch (key.kind) {
    case 'file':
      return {
        kind: 'file',
        documents: Object.fromEntries(key.documents.map((d) => [d.looseDocumentId, {
          action: d.action,
          ...(d.patientId ? { patientId: d.patientId } : {}),
          ...(d.encounterId ? { encounterId: d.encounterId } : {}),
          ...(d.documentType ? { documentType: d.documentType } : {}),
          ...(d.documentDate ? { documentDate: d.documentDate } : {}),
        }])),
        misfiles: Object.fromEntries(key.misfiles.map((m) => [m.documentId, m.toPatientId ? { toPatientId: m.toPatientId } : {}])),
      };
    case 'retrieve':
      return {
        kind: 'retrieve', patientId: key.patientId, decision: key.decision.value, defects: key.defects.map((d) => d.element),
        release: key.decision.value === 'release' ? key.release.map((r) => r.documentId) : [],
        ...(key.logPurpose ? { logPurpose: key.logPurpose.value } : {}),
      };
    case 'complete':
      return {
        kind: 'complete', recordComplete: key.recordComplete.value,
        deficiencies: key.deficiencies.map((d) => ({ ...(d.documentId ? { documentId: d.documentId } : {}), type: d.type, providerId: d.responsibleProviderId })),
      };
    case 'code': {
      const principalFirst = [...key.procedures].sort((a, b) => Number(b.principal) - Number(a.principal));
      return {
        kind: 'code',
        diagnoses: [
          { code: key.principal.code, ...(key.principalPoa ? { poa: key.principalPoa } : {}) },
          ...key.secondary.filter((s) => s.required).map((s) => ({ code: s.code, ...(s.poa ? { poa: s.poa } : {}) })),
        ],
        procedures: principalFirst.map((p) => ({ code: p.code })),
        hcpcs: key.hcpcs.map((h) => ({ code: h.code, modifiers: [...h.modifiers], units: h.units })),
      };
    }
  }
}
