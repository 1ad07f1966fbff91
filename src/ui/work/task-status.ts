/** Where a task stands for the trainee, for the worklists and the task header. */
import type { TaskWork } from '../../tasks/work.ts';
import { isUntouched } from '../../tasks/work.ts';

export type TaskStatus = 'not-started' | 'in-progress' | 'submitted';
export const STATUS_LABELS: Record<TaskStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  submitted: 'Submitted',
};

export function taskStatus(work: TaskWork | undefined, submitted: boolean): TaskStatus {
  if (submitted) return 'submitted';
  return isUntouched(work) ? 'not-started' : 'in-progress';
}
