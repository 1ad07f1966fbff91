/** The trainee using this browser: their name labels their work and their access log. */
export interface Trainee {
  id: string;
  name: string;
  studentId?: string;
  createdAt: string;
}

export function traineeProblems(name: string, studentId: string): { name?: string; studentId?: string } {
  const problems: { name?: string; studentId?: string } = {};
  if (name.trim().length === 0) problems.name = 'Enter your name.';
  else if (name.trim().length > 100) problems.name = 'Use at most 100 characters.';
  if (studentId.trim().length > 40) problems.studentId = 'Use at most 40 characters.';
  return problems;
}

/**
 * The trainee a sign-in names, among those who have practised in this browser: the same name
 * (ignoring case and spacing) and the same student ID (or none on both). Signing in again as
 * oneself continues one's own work; anyone else starts their own.
 */
export function sameTrainee(known: readonly Trainee[], name: string, studentId: string): Trainee | undefined {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return known.find((t) => norm(t.name) === norm(name) && (t.studentId ?? '') === studentId.trim());
}

/** The list of trainees with `trainee` in it, once, most recent first. */
export function withTrainee(known: readonly Trainee[], trainee: Trainee): Trainee[] {
  return [trainee, ...known.filter((t) => t.id !== trainee.id)].slice(0, 50);
}
