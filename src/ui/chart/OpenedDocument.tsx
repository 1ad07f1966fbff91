/**
 * A chart document as the trainee opens it, in the chart or from a work queue. It is written to the
 * access log because it is shown, so only what the trainee really opened is logged. A specially
 * protected record (psychotherapy notes, 42 CFR Part 2, HIV, or a category the pack's facility
 * protects: `access/protected.ts`) first asks "Reason for access"; its text is not on the page until
 * a reason is given, and the access is logged with that reason. Cancel leaves it closed, unlogged.
 * Each opening asks again: the reason belongs to this look at the record, not to the session.
 */
import { useEffect, useId, useState } from 'react';
import type { AccessEntry } from '../../access/log.ts';
import { describeProtections, protectionsOf } from '../../access/protected.ts';
import type { Sensitivity } from '../../chart/model.ts';
import { documentTypeLabel } from '../../chart/document-types.ts';
import { formatDate, formatDateTime, formatNameLastFirst } from '../../chart/format.ts';
import type { DocumentRow, PatientRow } from '../../packs/normalise.ts';
import type { ChartData } from '../../storage/charts.ts';
import { useInstalledPacks } from '../../storage/hooks.ts';
import { useAppStore } from '../../store/store.ts';
import { ReasonForAccessDialog } from '../common/ReasonForAccessDialog.tsx';
import { DocumentViewer } from './DocumentViewer.tsx';

/** The categories the pack's facility protects beyond the three protected everywhere; undefined while loading. */
export function useFacilityProtections(packId: string): readonly Sensitivity[] | undefined {
  const packs = useInstalledPacks();
  if (packs === undefined) return undefined;
  return packs.find((p) => p.id === packId)?.meta.facility.protectedCategories ?? [];
}

/** The access-log fields that say which document of whose chart: "Discharge Summary: Discharge Summary (01/14/2025)". */
export function documentAccess(patient: PatientRow, doc: DocumentRow): Omit<AccessEntry, 'traineeId' | 'traineeName' | 'at' | 'action'> {
  return {
    packId: patient.packId,
    patientId: patient.id,
    mrn: patient.mrn,
    patientName: formatNameLastFirst(patient.name),
    documentId: doc.id,
    what: `${documentTypeLabel(doc.type)}: ${doc.title} (${formatDate(doc.serviceAt)})`,
  };
}

export function OpenedDocument({ chart, doc }: { chart: ChartData; doc: DocumentRow }) {
  const facilityProtections = useFacilityProtections(chart.patient.packId);
  if (facilityProtections === undefined) return <p role="status">Opening…</p>;
  const protections = protectionsOf(doc, facilityProtections);
  return protections.length === 0 ? (
    <OpenDocument chart={chart} doc={doc} />
  ) : (
    // Keyed: another document is another opening, and asks again.
    <ProtectedDocument key={doc.id} chart={chart} doc={doc} protections={protections} />
  );
}

/** An ordinary document: shown, and logged as opened. */
function OpenDocument({ chart, doc }: { chart: ChartData; doc: DocumentRow }) {
  // The patient row and the document are stable while shown (a work queue builds its chart anew on each render).
  const { patient } = chart;
  useEffect(() => {
    void useAppStore.getState().logAccess({ action: 'open-document', ...documentAccess(patient, doc) });
  }, [patient, doc]);
  return <DocumentViewer chart={chart} doc={doc} />;
}

/** A protected document: closed until the trainee gives a reason, which is logged with the opening. */
function ProtectedDocument({ chart, doc, protections }: { chart: ChartData; doc: DocumentRow; protections: Sensitivity[] }) {
  const [state, setState] = useState<{ step: 'asking' } | { step: 'closed' } | { step: 'open'; reason: string }>({ step: 'asking' });
  const described = describeProtections(protections);
  const titleId = useId();

  if (state.step === 'open') return <DocumentViewer chart={chart} doc={doc} reason={state.reason} />;
  return (
    <section className="protected-record" aria-labelledby={titleId}>
      <h2 id={titleId}>{doc.title}</h2>
      <p className="muted small">
        {documentTypeLabel(doc.type)} · {formatDateTime(doc.serviceAt)}
      </p>
      <p className="sensitive">Specially protected: {described}</p>
      <p>
        {state.step === 'closed' ? 'Not opened. ' : ''}This record opens only once you give the reason you need it. The reason goes into
        your access log.
      </p>
      <button type="button" onClick={() => setState({ step: 'asking' })}>
        Give a reason to open it
      </button>
      {state.step === 'asking' && (
        <ReasonForAccessDialog
          access="open"
          record={doc.title}
          protections={described}
          onCancel={() => setState({ step: 'closed' })}
          onConfirm={(reason) => {
            void useAppStore.getState().logAccess({ action: 'break-the-glass', ...documentAccess(chart.patient, doc), reason });
            setState({ step: 'open', reason });
          }}
        />
      )}
    </section>
  );
}
