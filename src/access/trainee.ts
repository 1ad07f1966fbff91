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
