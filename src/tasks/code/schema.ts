/**
 * Coding an encounter from its documentation (HIM-TASKS 2.15–2.17): ICD-10-CM diagnoses in
 * sequence with POA, ICD-10-PCS procedures with the principal first, HCPCS Level II lines with
 * modifiers and units. Pure.
 */
import { z } from 'zod';
import { Id } from '../../chart/model.ts';
import { KeyItemBase, RuleRef, TaskBase } from '../common/schema.ts';

export const CodeSystemId = z.enum(['ICD-10-CM', 'ICD-10-PCS', 'HCPCS']);

export const CodeTask = z.strictObject({
  ...TaskBase,
  kind: z.literal('code'),
  patientId: Id,
  encounterId: Id,
  systems: z.array(CodeSystemId).min(1).max(3),
});

export const Poa = z.enum(['Y', 'N', 'U', 'W', 'exempt']);

const keyCode = z.string().regex(/^[A-Z0-9]{3,7}$/, 'must be a code without the dot, such as E1122');

const KeyCode = z.strictObject({
  ...KeyItemBase,
  code: keyCode,
  /** Codes that are equally right (guidelines allowing a choice). */
  alternates: z.array(keyCode).max(10).default([]),
});

export const CodeKey = z.strictObject({
  kind: z.literal('code'),
  /** Principal (inpatient) or first-listed (outpatient) diagnosis. */
  principal: KeyCode,
  secondary: z
    .array(
      KeyCode.extend({
        poa: Poa.optional(),
        /** `false`: documented but not required (coded or not, it counts nothing). */
        required: z.boolean().default(true),
        /**
         * The code is an MCC or CC for this stay (MS-DRG): missing it changes the DRG. Give such
         * codes a larger `weight` too; the report says when one was missed.
         */
        severity: z.enum(['mcc', 'cc']).optional(),
      }),
    )
    .max(50)
    .default([]),
  /** Principal POA, for inpatients. */
  principalPoa: Poa.optional(),
  procedures: z
    .array(KeyCode.extend({ principal: z.boolean().default(false) }))
    .max(30)
    .default([]),
  hcpcs: z
    .array(
      KeyCode.extend({
        modifiers: z
          .array(z.string().regex(/^[A-Z0-9]{2}$/))
          .max(4)
          .default([]),
        /**
         * Units of service on the claim line: the dose given divided by the dose in the code's
         * descriptor, rounded up (ketorolac 30 mg under J1885 "per 15 mg" is 2 units). Default 1.
         */
        units: z.number().int().min(1).max(9_999).default(1),
      }),
    )
    .max(30)
    .default([]),
  /** Codes trainees often add that the documentation does not support, with the reason. */
  notCodeable: z
    .array(z.strictObject({ code: keyCode, rule: RuleRef }))
    .max(30)
    .default([]),
});

/** A code as a coder types it: "k35.30", " E11.9 " — upper-cased, dots and spaces removed. */
export const normaliseCode = (input: string): string => input.trim().toUpperCase().replace(/[.\s]/g, '');

/** A code in the work record: letters and digits only, as normaliseCode leaves it. */
export const WorkCode = z.preprocess(
  (v) => (typeof v === 'string' ? normaliseCode(v) : v),
  z
    .string()
    .regex(
      /^[A-Z0-9]{1,7}$/,
      'is not written like a code: a code is 3 to 7 letters and digits, with or without its dot (E11.9, 0DTJ4ZZ, J1885)',
    ),
);
export const Modifier = z.preprocess(
  (v) => (typeof v === 'string' ? normaliseCode(v) : v),
  z.string().regex(/^[A-Z0-9]{2}$/, 'is not a modifier: a HCPCS modifier is two letters or digits (RT, 59)'),
);

export const CodeWork = z.strictObject({
  kind: z.literal('code'),
  /** Diagnoses in sequence: the first is the principal (or first-listed). */
  diagnoses: z
    .array(z.strictObject({ code: WorkCode, poa: Poa.optional() }))
    .max(100)
    .default([]),
  /** Procedures in sequence: the first is the principal procedure. */
  procedures: z
    .array(z.strictObject({ code: WorkCode }))
    .max(100)
    .default([]),
  /** HCPCS Level II lines: code, modifiers and units of service (default 1). */
  hcpcs: z
    .array(
      z.strictObject({
        code: WorkCode,
        modifiers: z.array(Modifier).max(4).default([]),
        units: z.number().int().min(1).max(9_999).default(1),
      }),
    )
    .max(100)
    .default([]),
});

export type CodeSystemId = z.infer<typeof CodeSystemId>;
export type CodeTask = z.infer<typeof CodeTask>;
export type CodeKey = z.infer<typeof CodeKey>;
export type CodeWork = z.infer<typeof CodeWork>;
export type Poa = z.infer<typeof Poa>;

export type CodeList = 'diagnoses' | 'procedures' | 'hcpcs';
export type CodeCommand =
  | { type: 'code/add-diagnosis'; taskId: string; code: string; poa?: Poa }
  | { type: 'code/set-poa'; taskId: string; index: number; poa: Poa }
  | { type: 'code/add-procedure'; taskId: string; code: string }
  | { type: 'code/add-hcpcs'; taskId: string; code: string; modifiers?: string[]; units?: number }
  | { type: 'code/set-hcpcs-units'; taskId: string; index: number; units: number }
  | { type: 'code/remove'; taskId: string; list: CodeList; index: number }
  | { type: 'code/move'; taskId: string; list: CodeList; from: number; to: number };
