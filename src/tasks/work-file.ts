/**
 * The work file (`work.json`, format `record-room-work`) and work loaded from IndexedDB, read
 * through the one intake (src/intake/read.ts): detect → migrate → validate → check. Migrations are
 * append-only and named; frozen fixtures of every earlier version are read by
 * tests/intake/versions.test.ts. Pure.
 */
import { readBytes, readJson, type FileKind, type IntakeResult, type JsonObject, type Migration } from '../intake/read.ts';
import { formatPath, type Problem } from '../intake/problems.ts';
import { WORK_FORMAT, WORK_VERSION, Work } from './work.ts';

/** Finished work for a whole pack is about 10 KB; a work file is refused well before it could make a huge report. */
export const MAX_WORK_BYTES = 1024 * 1024;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version 1 → 2: a request's free-text "logPurpose" becomes the purpose of a structured accounting entry. */
const accountingEntry: Migration = {
  from: 1,
  name: 'structured-accounting-entry',
  describe:
    "version 2 logs a disclosure as an accounting entry (date, recipient, description, purpose); version 1's logPurpose becomes its purpose",
  migrate: (file) => {
    if (!isObject(file['tasks'])) return file;
    const tasks: JsonObject = {};
    for (const [id, task] of Object.entries(file['tasks'])) {
      if (isObject(task) && task['kind'] === 'retrieve' && 'logPurpose' in task) {
        const { logPurpose, ...rest } = task;
        tasks[id] = typeof logPurpose === 'string' && logPurpose.trim() ? { ...rest, disclosure: { purpose: logPurpose.trim() } } : rest;
      } else tasks[id] = task;
    }
    return { ...file, tasks };
  },
};

/** Version 2 → 3: work gains the earlier attempts of tasks practised again; version 2 work has none. */
const earlierAttempts: Migration = {
  from: 2,
  name: 'earlier-attempts',
  describe: 'version 3 keeps the earlier submitted attempts of a task practised again; version 2 work has none',
  migrate: (file) => ({ ...file, attempts: {} }),
};

export const WORK_MIGRATIONS: readonly Migration[] = [accountingEntry, earlierAttempts];

export const WORK_FILE: FileKind<Work> = {
  format: WORK_FORMAT,
  noun: 'work file',
  currentVersion: WORK_VERSION,
  maxBytes: MAX_WORK_BYTES,
  migrations: WORK_MIGRATIONS,
  schema: Work,
};

export const readWorkBytes = (bytes: Uint8Array): IntakeResult<Work> => readBytes(WORK_FILE, bytes);
export const readWorkJson = (json: unknown): IntakeResult<Work> => readJson(WORK_FILE, json);

/** The problems of a work file that does not fit its pack: the CLI says these as warnings. */
export function workAgainstPack(work: Work, tasks: readonly { id: string; kind: string }[]): Problem[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const problems: Problem[] = [];
  for (const [id, taskWork] of Object.entries(work.tasks)) {
    const task = byId.get(id);
    if (!task)
      problems.push({ path: formatPath(['tasks', id]), message: `is work for task "${id}", which is not in this pack; it is not graded` });
    else if (task.kind !== taskWork.kind)
      problems.push({
        path: formatPath(['tasks', id, 'kind']),
        message: `is ${taskWork.kind} work, but task "${id}" is a ${task.kind} task; it is graded as not attempted`,
      });
  }
  for (const id of Object.keys(work.submitted))
    if (!byId.has(id))
      problems.push({ path: formatPath(['submitted', id]), message: `marks task "${id}" submitted, but it is not in this pack` });
  return problems;
}
