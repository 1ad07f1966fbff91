/** The deficiency-analysis commands, each a pure handler over the task's work. */
import type { CommandHandler } from '../kind.ts';
import type { CompleteCommand, CompleteTask, CompleteWork, FlaggedDeficiency } from './schema.ts';

type Handlers = {
  readonly [N in CompleteCommand['type']]: CommandHandler<CompleteTask, CompleteWork, Extract<CompleteCommand, { type: N }>>;
};

export const completeCommands: Handlers = {
  'complete/add-deficiency': (work, c) => {
    const item: FlaggedDeficiency = { type: c.deficiency, providerId: c.providerId };
    if (c.documentId) item.documentId = c.documentId;
    if (work.deficiencies.some((d) => d.type === item.type && d.documentId === item.documentId && d.providerId === item.providerId)) {
      return 'that deficiency is already on the list';
    }
    return { ...work, deficiencies: [...work.deficiencies, item] };
  },
  'complete/remove-deficiency': (work, c) => {
    if (!Number.isInteger(c.index) || c.index < 0 || c.index >= work.deficiencies.length)
      return `there is no deficiency ${c.index + 1} on the list`;
    return { ...work, deficiencies: work.deficiencies.filter((_, i) => i !== c.index) };
  },
  'complete/declare': (work, c) => ({ ...work, recordComplete: c.complete }),
};
