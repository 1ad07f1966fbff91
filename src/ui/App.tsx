import { useEffect } from 'react';
import { selectRoute, selectTrainee, useAppStore } from '../store/store.ts';
import { WelcomePage } from './welcome/WelcomePage.tsx';
import { LibraryPage } from './library/LibraryPage.tsx';
import { PatientListPage } from './patients/PatientListPage.tsx';
import { ChartPage } from './chart/ChartPage.tsx';
import { AccessLogPage } from './log/AccessLogPage.tsx';
import { NavLink } from './common/NavLink.tsx';

export function App() {
  const trainee = useAppStore(selectTrainee);
  const sessionLoaded = useAppStore((s) => s.sessionLoaded);
  const route = useAppStore(selectRoute);

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

  if (!sessionLoaded) return <p className="loading" role="status">Opening Record Room…</p>;
  if (!trainee) return <WelcomePage />;

  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="#/patients">Record Room</a>
        <nav aria-label="Main">
          <NavLink to={{ page: 'patients' }} current={route.page === 'patients' || route.page === 'chart'}>Patients</NavLink>
          <NavLink to={{ page: 'library' }} current={route.page === 'library'}>Scenario packs</NavLink>
          <NavLink to={{ page: 'log' }} current={route.page === 'log'}>My access log</NavLink>
        </nav>
        <p className="trainee">
          Trainee: <strong>{trainee.name}</strong>
          {trainee.studentId ? <span className="muted"> ({trainee.studentId})</span> : null}
        </p>
      </header>
      <main className="app-main">
        {route.page === 'patients' && <PatientListPage />}
        {route.page === 'library' && <LibraryPage />}
        {route.page === 'log' && <AccessLogPage />}
        {route.page === 'chart' && <ChartPage route={route} />}
      </main>
    </div>
  );
}
