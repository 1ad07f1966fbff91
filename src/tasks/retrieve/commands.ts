/** The release-of-information commands, each a pure handler over the task's work. */
import type { CommandHandler } from '../kind.ts';
import type { DisclosureEntry, RetrieveCommand, RetrieveTask, RetrieveWork } from './schema.ts';

type Handlers = {
  readonly [N in RetrieveCommand['type']]: CommandHandler<RetrieveTask, RetrieveWork, Extract<RetrieveCommand, { type: N }>>;
};

const toggle = <T>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** Keeps only the fields with something in them, trimmed. */
function cleanEntry(entry: DisclosureEntry): DisclosureEntry {
  const out: DisclosureEntry = {};
  if (entry.date) out.date = entry.date;
  for (const field of ['recipient', 'description', 'purpose'] as const) {
    const value = entry[field]?.trim();
    if (value) out[field] = value;
  }
  return out;
}

export const retrieveCommands: Handlers = {
  'retrieve/select-patient': (work, c) => ({ ...work, patientId: c.patientId }),
  'retrieve/decide': (work, c) => ({ ...work, decision: c.decision }),
  'retrieve/toggle-defect': (work, c) => ({ ...work, defects: toggle(work.defects, c.element) }),
  'retrieve/toggle-document': (work, c) => ({ ...work, release: toggle(work.release, c.documentId) }),
  'retrieve/log-purpose': (work, c) => ({ ...work, disclosure: cleanEntry({ ...work.disclosure, purpose: c.purpose.slice(0, 200) }) }),
  'retrieve/log-disclosure': (work, c) => ({ ...work, disclosure: cleanEntry(c.entry) }),
  'retrieve/clear-log': (work) => {
    const { disclosure: _removed, ...rest } = work;
    return rest;
  },
};
