/**
 * Perfect work derived from an answer key, by the key's kind: what `record-room check-keys` grades
 * to prove a key can reach 100 %. Pure.
 */
import { kindOf, type AnyKey, type AnyTask } from '../tasks/registry.ts';
import type { TaskWork, Work } from '../tasks/work.ts';
import { emptyWork } from '../tasks/work.ts';
import type { Pack, TaskKey } from '../packs/format.ts';

export function perfectWork(key: AnyKey, task: AnyTask): TaskWork {
  return kindOf(key.kind).perfectWork(key, task);
}

/** Perfect work for every keyed task of a pack. */
export function perfectPackWork(pack: Pack, keys: readonly TaskKey[], trainee: Work['trainee'] = { name: 'answer key' }): Work {
  const tasks = new Map(pack.tasks.map((t) => [t.id, t]));
  const work = emptyWork(pack.pack.id, trainee);
  for (const k of keys) {
    const task = tasks.get(k.taskId);
    if (task && task.kind === k.key.kind) work.tasks[k.taskId] = perfectWork(k.key, task);
  }
  return work;
}
