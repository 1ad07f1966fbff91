/**
 * A chart document opened from a work queue: shown as in the chart, written to the access log, and
 * behind a reason for access when it is specially protected (`OpenedDocument`). Render it only once
 * the trainee has opened the document: rendering it is what logs it.
 */
import type { DocumentRow } from '../../packs/normalise.ts';
import type { ChartData } from '../../storage/charts.ts';
import { OpenedDocument } from '../chart/OpenedDocument.tsx';

export function ViewedDocument({ chart, doc }: { chart: ChartData; doc: DocumentRow }) {
  return <OpenedDocument chart={chart} doc={doc} />;
}
