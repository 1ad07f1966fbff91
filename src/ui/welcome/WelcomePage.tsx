import { useState, type FormEvent } from 'react';
import { traineeProblems } from '../../access/trainee.ts';
import { useAppStore } from '../../store/store.ts';
import { useKnownTrainees } from '../../storage/hooks.ts';

export function WelcomePage() {
  const [name, setName] = useState('');
  const [studentId, setStudentId] = useState('');
  const [problems, setProblems] = useState<{ name?: string; studentId?: string }>({});
  const [starting, setStarting] = useState(false);
  // Why signing in (or reading who was signed in) failed: storage full or refused.
  const sessionProblem = useAppStore((s) => s.sessionProblem);
  const signedOut = useAppStore((s) => s.signedOut);
  const known = useKnownTrainees() ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (starting) return;
    const found = traineeProblems(name, studentId);
    setProblems(found);
    if (found.name || found.studentId) return;
    setStarting(true);
    try {
      await useAppStore.getState().startSession(name, studentId);
    } finally {
      setStarting(false);
    }
  };

  return (
    <main className="welcome">
      <h1>Welcome to Record Room</h1>
      <p>
        A practice health-information department: search the master patient index, read charts as in a hospital EHR, and work the HIM
        queues. All patients are synthetic. Everything you do stays in this browser.
      </p>
      {signedOut === 'signed-out' && (
        <p role="status" className="notice">
          You have signed out. Your work is saved in this browser: sign in with the same name to continue it.
        </p>
      )}
      {known.length > 0 && (
        <section aria-labelledby="known-title" className="known-trainees">
          <h2 id="known-title">{signedOut === 'switch' ? 'Who is practising?' : 'Practised here before?'}</h2>
          <ul>
            {known.map((t, i) => (
              <li key={t.id}>
                <button
                  type="button"
                  autoFocus={signedOut === 'switch' && i === 0}
                  onClick={() => void useAppStore.getState().continueAs(t.id)}
                >
                  Continue as {t.name}
                  {t.studentId ? ` (${t.studentId})` : ''}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted small">Or start as someone new below. Each trainee's work and access log are kept apart.</p>
        </section>
      )}
      <form onSubmit={submit} noValidate aria-label="Start practising">
        <label htmlFor="trainee-name">Your name</label>
        <input
          id="trainee-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
          autoFocus={signedOut !== 'switch'}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={problems.name ? 'trainee-name-problem' : undefined}
        />
        {problems.name && (
          <p id="trainee-name-problem" className="field-problem">
            {problems.name}
          </p>
        )}
        <label htmlFor="trainee-student-id">
          Student ID <span className="muted">(optional)</span>
        </label>
        <input
          id="trainee-student-id"
          value={studentId}
          onChange={(e) => setStudentId(e.target.value)}
          aria-invalid={problems.studentId ? true : undefined}
          aria-describedby={problems.studentId ? 'trainee-id-problem' : undefined}
        />
        {problems.studentId && (
          <p id="trainee-id-problem" className="field-problem">
            {problems.studentId}
          </p>
        )}
        <p className="muted small">Your name labels your work and your access log, as a login would in a real EHR.</p>
        {sessionProblem && (
          <div role="alert" className="problem-box">
            <h2>You are not signed in</h2>
            <p>{sessionProblem}</p>
          </div>
        )}
        <button type="submit" className="primary" aria-disabled={starting || undefined}>
          {starting ? 'Starting…' : 'Start'}
        </button>
      </form>
    </main>
  );
}
