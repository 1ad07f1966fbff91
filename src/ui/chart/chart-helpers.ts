import type { ChartData } from '../../storage/charts.ts';
import type { ClinicalRow, EncounterRow } from '../../packs/normalise.ts';
import { formatDate, formatProviderName } from '../../chart/format.ts';

export function providerName(chart: ChartData, id: string | undefined): string {
  if (!id) return '';
  const p = chart.providers.get(id);
  return p ? formatProviderName(p) : id;
}

type Kind = ClinicalRow['kind'];
type ItemOf<K extends Kind> = Extract<ClinicalRow, { kind: K }>['item'];

export function itemsOf<K extends Kind>(chart: ChartData, kind: K): ItemOf<K>[] {
  return chart.clinical.filter((c): c is Extract<ClinicalRow, { kind: K }> => c.kind === kind).map((c) => c.item as ItemOf<K>);
}

const CLASS_LABELS = { inpatient: 'Inpatient', outpatient: 'Outpatient', emergency: 'Emergency' } as const;

export function encounterLabel(encounter: EncounterRow | undefined): string {
  if (!encounter) return '';
  const dates =
    encounter.dischargedAt && encounter.dischargedAt.slice(0, 10) !== encounter.admittedAt.slice(0, 10)
      ? `${formatDate(encounter.admittedAt)}–${formatDate(encounter.dischargedAt)}`
      : formatDate(encounter.admittedAt);
  return `${CLASS_LABELS[encounter.class]} ${dates} · ${encounter.accountNumber}`;
}

export function classLabel(c: EncounterRow['class']): string {
  return CLASS_LABELS[c];
}

export function newestFirst<T>(items: readonly T[], at: (item: T) => string): T[] {
  return [...items].sort((a, b) => at(b).localeCompare(at(a)));
}
