import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { formatNameLastFirst } from '../../chart/format.ts';
import { useChart } from '../../storage/hooks.ts';
import { CHART_TAB_SLUGS, type ChartTabSlug, type Route } from '../../store/route.ts';
import { useAppStore } from '../../store/store.ts';
import { NavLink } from '../common/NavLink.tsx';
import { PatientBanner } from './PatientBanner.tsx';
import { CoverSheet } from './CoverSheet.tsx';
import { DocumentsTab } from './DocumentsTab.tsx';
import { EncountersTab, MedicationsTab, OrdersTab, ProblemsTab } from './ListTabs.tsx';
import { LabsTab } from './LabsTab.tsx';
import { VitalsTab } from './VitalsTab.tsx';
import { FhirExportButtons } from './FhirExportButtons.tsx';
import { DemographicsTab } from './DemographicsTab.tsx';

type ChartRoute = Extract<Route, { page: 'chart' }>;
const TABS = Object.keys(CHART_TAB_SLUGS) as ChartTabSlug[];

export function ChartPage({ route }: { route: ChartRoute }) {
  const chart = useChart(route.packId, route.patientId);
  const tabRefs = useRef(new Map<ChartTabSlug, HTMLButtonElement>());

  // Every chart opened goes into the access log. A document is logged by the viewer that shows it
  // (OpenedDocument), once it really opens; a layout effect runs before the viewer's, so the log says
  // "opened chart" before "opened document" even when a reload opens both at once.
  const patient = chart?.patient;
  useLayoutEffect(() => {
    if (!patient) return;
    void useAppStore.getState().logAccess({
      action: 'open-chart',
      packId: patient.packId,
      patientId: patient.id,
      mrn: patient.mrn,
      patientName: formatNameLastFirst(patient.name),
      what: 'Chart',
    });
  }, [patient]);

  if (chart === undefined) return <p role="status">Opening chart…</p>;
  if (chart === null) {
    return (
      <section className="page">
        <h1>Chart not found</h1>
        <p>This patient is not in any installed scenario pack. It may have been removed.</p>
        <NavLink to={{ page: 'patients' }}>Back to the patient list</NavLink>
      </section>
    );
  }

  const selectTab = (tab: ChartTabSlug) =>
    useAppStore.getState().navigate({ page: 'chart', packId: route.packId, patientId: route.patientId, tab });
  const onTabKey = (event: KeyboardEvent) => {
    const i = TABS.indexOf(route.tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(i - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    selectTab(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <section className="chart" aria-label={`Chart of ${formatNameLastFirst(chart.patient.name)}`}>
      <PatientBanner chart={chart} />
      <FhirExportButtons chart={chart} />
      <div role="tablist" aria-label="Chart tabs" className="tabs" onKeyDown={onTabKey}>
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              if (el) tabRefs.current.set(tab, el);
              else tabRefs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={route.tab === tab}
            aria-controls="chart-panel"
            tabIndex={route.tab === tab ? 0 : -1}
            onClick={() => selectTab(tab)}
          >
            {CHART_TAB_SLUGS[tab]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="chart-panel" aria-labelledby={`tab-${route.tab}`} className="tab-panel" tabIndex={0}>
        {route.tab === 'cover' && <CoverSheet chart={chart} />}
        {route.tab === 'problems' && <ProblemsTab chart={chart} />}
        {route.tab === 'meds' && <MedicationsTab chart={chart} />}
        {route.tab === 'orders' && <OrdersTab chart={chart} route={route} />}
        {route.tab === 'labs' && <LabsTab chart={chart} route={route} />}
        {route.tab === 'vitals' && <VitalsTab chart={chart} />}
        {route.tab === 'encounters' && <EncountersTab chart={chart} />}
        {route.tab === 'demographics' && <DemographicsTab chart={chart} />}
        {(route.tab === 'notes' ||
          route.tab === 'consults' ||
          route.tab === 'surgery' ||
          route.tab === 'discharge' ||
          route.tab === 'reports' ||
          route.tab === 'psychotherapy') && <DocumentsTab chart={chart} route={route} />}
      </div>
    </section>
  );
}
