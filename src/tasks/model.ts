/**
 * HIM tasks and their answer keys, as packs carry them (pack format version 2): the unions of every
 * registered kind's schemas. A task says what the trainee must do on which chart objects; its key
 * says what a correct answer is, item by item, each item with the rule it rests on. Pure.
 *
 * Each kind's own schemas live in its folder (src/tasks/<kind>/schema.ts); they are re-exported
 * here for the code that reads tasks of every kind.
 */
import { z } from 'zod';
import { TASK_KINDS, TASK_KIND_IDS, type AnyKey, type AnyTask, type TaskKind } from './registry.ts';

type DiscriminatedOptions = Parameters<typeof z.discriminatedUnion>[1];
const options = <S extends 'task' | 'key' | 'work'>(schema: S) =>
  TASK_KIND_IDS.map((k) => TASK_KINDS[k].schemas[schema]) as unknown as DiscriminatedOptions;

/** Any task, told apart by `kind`. */
export const Task = z.discriminatedUnion('kind', options('task')) as unknown as z.ZodType<AnyTask>;
/** Any answer key, told apart by `kind`. */
export const AnswerKey = z.discriminatedUnion('kind', options('key')) as unknown as z.ZodType<AnyKey>;

export type Task = AnyTask;
export type AnswerKey = AnyKey;
export type { TaskKind };
export { TASK_KIND_IDS };

export { RHIT_DOMAINS, RhitDomain, RuleRef } from './common/schema.ts';
export { FileTask, FileKey } from './file/schema.ts';
export { RetrieveTask, RetrieveKey, RequestType, AuthorizationElement } from './retrieve/schema.ts';
export { CompleteTask, CompleteKey, DeficiencyType } from './complete/schema.ts';
export { CodeTask, CodeKey, CodeSystemId, Poa } from './code/schema.ts';
