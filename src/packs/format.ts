/**
 * The scenario-pack file format. One JSON file per pack, `*.pack.json`.
 *
 * `PackFileV1` is the schema of the current version; older versions are migrated to it by
 * ./migrations.ts before validation. The JSON Schema in scenarios/pack.schema.json is generated
 * from it (`npm run schema`), and a test fails when the two drift apart.
 */
import { z } from 'zod';
import { Id, LooseDocument, Patient, Provider } from '../chart/model.ts';
import { AnswerKey, Task } from '../tasks/model.ts';
import { Facility } from '../chart/facility.ts';

export { IdentifierFormat, CompletionRules, Facility } from '../chart/facility.ts';

export const PACK_FORMAT = 'record-room-pack';
export const CURRENT_PACK_VERSION = 3;
export const KEY_FORMAT = 'record-room-key';

const shortText = z.string().trim().min(1).max(200);

export const PackMeta = z.strictObject({
  id: Id,
  title: shortText,
  description: z.string().trim().min(1).max(4_000),
  author: shortText,
  licence: shortText,
  /** The pack's own version, semantic-versioning style: "1.2.0". */
  packVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version written like 1.0.0'),
  /** The ICD-10 fiscal year the pack's coding is written against (FY runs 1 October – 30 September). */
  codeSetYear: z.number().int().min(2016).max(2100),
  facility: Facility,
});

/** Format version 1: charts only. Kept so its fixtures can be read by tests of the migration. */
export const PackFileV1 = z.strictObject({
  $schema: z.string().max(500).optional(),
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  pack: PackMeta,
  providers: z.array(Provider).max(5_000),
  patients: z.array(Patient).max(200_000),
  looseDocuments: z.array(LooseDocument).max(10_000).default([]),
});

/** An answer key for one task, in a pack or in a key file. */
export const TaskKey = z.strictObject({
  taskId: Id,
  key: AnswerKey,
});

/**
 * Format version 2: charts and the HIM tasks on them. Keys may sit in the pack or in a separate
 * key file (`record-room-key`) with the same pack id, so a pack can be handed out without them.
 */
export const PackFileV2 = z.strictObject({
  $schema: z.string().max(500).optional(),
  format: z.literal(PACK_FORMAT),
  version: z.literal(2),
  pack: PackMeta,
  providers: z.array(Provider).max(5_000),
  patients: z.array(Patient).max(200_000),
  looseDocuments: z.array(LooseDocument).max(10_000).default([]),
  tasks: z.array(Task).max(2_000).default([]),
  keys: z.array(TaskKey).max(2_000).default([]),
});

/**
 * Format version 3: the description speaks to trainees (the facility, its patients and tasks, the
 * skills practised); what an instructor needs to know (the planted defects, where the keys are, how
 * to discuss the cases) moves to `instructorNotes`, shown only in instructor tools and docs.
 */
export const PackMetaV3 = PackMeta.extend({
  /** For instructors only: never shown to trainees (and left out of packs handed out to them). */
  instructorNotes: z.string().trim().min(1).max(8_000).optional(),
});

export const PackFileV3 = PackFileV2.extend({
  version: z.literal(3),
  pack: PackMetaV3,
});

/** A key file: the answer keys of a pack, kept apart from it. */
export const KeyFile = z.strictObject({
  $schema: z.string().max(500).optional(),
  format: z.literal(KEY_FORMAT),
  version: z.literal(1),
  packId: Id,
  keys: z.array(TaskKey).max(2_000),
});

export type PackMeta = z.infer<typeof PackMetaV3>;
/** The schema of the current version. */
export const PackFile = PackFileV3;
/** A pack of the current version, validated, with defaults filled in. */
export type Pack = z.infer<typeof PackFileV3>;
/** A pack as an author writes it (defaults may be left out). */
export type PackInput = z.input<typeof PackFileV3>;
export type TaskKey = z.infer<typeof TaskKey>;
export type KeyFile = z.infer<typeof KeyFile>;
