import { Suspense, lazy, useEffect } from 'react';
import { selectEncoderOpen, selectRoute, selectTrainee, useAppStore } from '../store/store.ts';
import { WelcomePage } from './welcome/WelcomePage.tsx';
import { LibraryPage } from './library/LibraryPage.tsx';
import { PatientListPage } from './patients/PatientListPage.tsx';
import { ChartPage } from './chart/ChartPage.tsx';
import { AccessLogPage } from './log/AccessLogPage.tsx';
import { NavLink } from './common/NavLink.tsx';
import { PageBoundary } from './common/PageBoundary.tsx';
import { formatHash, type Route } from '../store/route.ts';

/** The work queues, with the task model, grader and work records behind them, load on first use. */
const QueuesPage = lazy(() => import('./work/QueuesPage.tsx').then((m) => ({ default: m.QueuesPage })));
const TaskPage = lazy(() => import('./work/TaskPage.tsx').then((m) => ({ default: m.TaskPage })));
const ResultsPage = lazy(() => import('./work/ResultsPage.tsx').then((m) => ({ default: m.ResultsPage })));

/** The encoder and the code sets behind it load only when first opened. */
const EncoderPanel = lazy(() => import('./encoder/EncoderPanel.tsx').then((m) => ({ default: m.EncoderPanel })));

/** What each page shows, for the message when it cannot be shown. */
const PAGE_WORDS: Record<Route['page'], string> = {
  patients: 'the patient list',
  library: 'the scenario packs',
  log: 'your access log',
  chart: 'this chart',
  queue: 'the work queue',
  task: 'this task',
  results: 'your results',
};

export function App() {
  const trainee = useAppStore(selectTrainee);
  const sessionLoaded = useAppStore((s) => s.sessionLoaded);
  const route = useAppStore(selectRoute);
  const encoderOpen = useAppStore(selectEncoderOpen);

  useEffect(() => {
    const { loadSession, seedBundledPacks, syncFromLocation } = useAppStore.getState();
    void loadSession();
    void seedBundledPacks();
    window.addEventListener('popstate', syncFromLocation);
    window.addEventListener('hashchange', syncFromLocation);
    return () => {
      window.removeEventListener('popstate', syncFromLocation);
      window.removeEventListener('hashchange', syncFromLocation);
    };
  }, []);

  if (!sessionLoaded)
    return (
      <p className="loading" role="status">
        Opening Record Room…
      </p>
    );
  if (!trainee) return <WelcomePage />;

  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="#/patients">
          Record Room
        </a>
        <nav aria-label="Main">
          <NavLink to={{ page: 'patients' }} current={route.page === 'patients' || route.page === 'chart'}>
            Patients
          </NavLink>
          <NavLink to={{ page: 'queue', queue: 'filing' }} current={route.page === 'queue' || route.page === 'task'}>
            Work queues
          </NavLink>
          <NavLink to={{ page: 'results' }} current={route.page === 'results'}>
            Results
          </NavLink>
          <NavLink to={{ page: 'library' }} current={route.page === 'library'}>
            Scenario packs
          </NavLink>
          <NavLink to={{ page: 'log' }} current={route.page === 'log'}>
            My access log
          </NavLink>
        </nav>
        <button
          type="button"
          className="encoder-toggle"
          aria-expanded={encoderOpen}
          onClick={() => useAppStore.getState().setEncoderOpen(!encoderOpen)}
        >
          Encoder
        </button>
        <div className="trainee">
          <p>
            Trainee: <strong>{trainee.name}</strong>
            {trainee.studentId ? <span className="muted"> ({trainee.studentId})</span> : null}
          </p>
          <button type="button" className="link-button" onClick={() => void useAppStore.getState().signOut('switch')}>
            Switch trainee
          </button>
          <button type="button" className="link-button" onClick={() => void useAppStore.getState().signOut('signed-out')}>
            Sign out
          </button>
        </div>
      </header>
      <div className="app-body">
        <main className="app-main">
          <PageBoundary what={PAGE_WORDS[route.page]} resetKey={formatHash(route)}>
            {route.page === 'patients' && <PatientListPage />}
            {route.page === 'library' && <LibraryPage />}
            {route.page === 'log' && <AccessLogPage />}
            {route.page === 'chart' && <ChartPage route={route} />}
            <Suspense
              fallback={
                <p role="status" className="page">
                  Opening the work queues…
                </p>
              }
            >
              {route.page === 'queue' && <QueuesPage queue={route.queue} />}
              {route.page === 'task' && <TaskPage key={`${route.packId}/${route.taskId}`} packId={route.packId} taskId={route.taskId} />}
              {route.page === 'results' && <ResultsPage packId={route.packId} />}
            </Suspense>
          </PageBoundary>
        </main>
        {encoderOpen && (
          <PageBoundary what="the encoder" resetKey="encoder">
            <Suspense
              fallback={
                <aside className="encoder" aria-label="Encoder">
                  <p role="status">Opening the encoder…</p>
                </aside>
              }
            >
              <EncoderPanel />
            </Suspense>
          </PageBoundary>
        )}
      </div>
    </div>
  );
}
