import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeValue, formatPath, problemsFromZod } from './problems.ts';

/** The problems of a value under a schema, as the pipeline prints them: "path: message". */
function problems(schema: z.ZodType, value: unknown, reportInput = true): string[] {
  const result = schema.safeParse(value, { reportInput });
  expect(result.success).toBe(false);
  return result.success ? [] : problemsFromZod(result.error.issues).map((p) => `${p.path}: ${p.message}`);
}

const Key = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit');
const A100K = 'a'.repeat(100_000);

describe('formatPath', () => {
  it('writes fields, indexes and quoted keys', () => {
    expect(formatPath(['patients', 2, 'name', 'family'])).toBe('patients[2].name.family');
    expect(formatPath(['tasks', 't-code', 'diagnoses', 0])).toBe('tasks["t-code"].diagnoses[0]');
    expect(formatPath([])).toBe('(root)');
  });

  it('shows a key of up to 64 characters whole, and a longer one by its first 40 and its length', () => {
    const id64 = `t${'x'.repeat(63)}`;
    expect(formatPath(['tasks', id64])).toBe(`tasks.${id64}`);
    expect(formatPath(['tasks', A100K])).toBe(`tasks["${'a'.repeat(40)}…" (100,000 characters)]`);
    expect(formatPath(['tasks', `${'é'.repeat(70)} x`])).toBe(`tasks["${'é'.repeat(40)}…" (72 characters)]`);
  });

  it('never splits a character in two when it shortens a key', () => {
    const emoji = `${'a'.repeat(39)}${'😀'.repeat(40)}`;
    expect(formatPath([emoji])).toBe(`["${'a'.repeat(39)}…" (119 characters)]`);
  });

  it('shows a very deep path by its first and last levels', () => {
    const path = ['root', ...Array.from({ length: 10_000 }, () => 0), 'code'];
    const shown = formatPath(path);
    expect(shown).toBe(`root${'[0]'.repeat(11)}…(9,978 more levels)…${'[0]'.repeat(11)}.code`);
  });
});

describe('describeValue', () => {
  it('says what a value is in a few words', () => {
    expect(describeValue('J181')).toBe('text "J181"');
    expect(describeValue('')).toBe('empty text');
    expect(describeValue(19480229)).toBe('the number 19480229');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(false)).toBe('false');
    expect(describeValue(Number.NaN)).toBe('NaN (not a number)');
  });

  it('never says "undefined"', () => {
    expect(describeValue(undefined)).toBe('nothing');
  });

  it('never prints a huge value: text, lists, numbers, maps and keys are all described in under 100 characters', () => {
    const huge: unknown[] = [
      A100K,
      '\u0000'.repeat(100_000),
      '😀'.repeat(50_000),
      Array.from({ length: 1_000_000 }),
      10n ** 5_000n,
      -(10n ** 5_000n),
      Number.MAX_VALUE,
      new Map([[A100K, A100K]]),
      new Set([A100K]),
      { [A100K]: A100K },
      Symbol(A100K),
      () => A100K,
      new Date(8.64e15),
    ];
    for (const value of huge) expect(describeValue(value).length).toBeLessThan(100);
    expect(describeValue(A100K)).toBe(`text "${'a'.repeat(37)}…" (100,000 characters)`);
    expect(describeValue(10n ** 5_000n)).toBe('a whole number of 5,001 digits');
  });
});

describe('problemsFromZod: every issue zod 4 raises, in plain words at the offending value', () => {
  it('invalid_type: "is required" for a missing value, what was expected and what came otherwise', () => {
    const schema = z.object({ name: z.object({ family: z.string() }), count: z.number().int(), tags: z.array(z.string()) });
    expect(problems(schema, { name: {}, count: 1.5, tags: 'x' })).toEqual([
      'name.family: is required',
      'count: expected a whole number, got the number 1.5',
      'tags: expected a list, got text "x"',
    ]);
    expect(problems(z.strictObject({ a: z.never().optional() }), { a: 1 })).toEqual(['a: is not allowed here']);
  });

  it('invalid_value: the allowed values, or "is required"', () => {
    const schema = z.object({ class: z.enum(['inpatient', 'outpatient', 'emergency']), format: z.literal('toy') });
    expect(problems(schema, { class: 'ambulatory', format: 'pack' })).toEqual([
      'class: must be one of "inpatient", "outpatient", "emergency"; got text "ambulatory"',
      'format: must be "toy", got text "pack"',
    ]);
    expect(problems(schema, {})).toEqual(['class: is required', 'format: is required']);
    const many = z.enum(Array.from({ length: 30 }, (_, i) => `v${i}`) as [string, ...string[]]);
    expect(problems(many, 'x')).toEqual([
      '(root): must be one of "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11" (or one of 18 more); got text "x"',
    ]);
  });

  it('invalid_union: the types allowed, the discriminator that matched nothing, or the branch that got furthest', () => {
    const value = z.object({ value: z.union([z.number(), z.string().max(5)]) });
    expect(problems(value, { value: true })).toEqual(['value: expected a number or text, got true']);
    expect(problems(value, { value: 'far too long' })).toEqual(['value: is 12 characters long; the limit is 5']);
    expect(problems(value, {})).toEqual(['value: is required']);

    const work = z.object({
      tasks: z.array(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('file') }),
          z.object({ kind: z.literal('code'), codes: z.array(z.string()) }),
        ]),
      ),
    });
    expect(problems(work, { tasks: [{ kind: 'filing' }, {}, { kind: 'code', codes: [1] }] })).toEqual([
      'tasks[0].kind: must be one of "file", "code"; got text "filing"',
      'tasks[1].kind: is required',
      'tasks[2].codes[0]: expected text, got the number 1',
    ]);

    const shapes = z.union([z.object({ k: z.literal('a') }), z.object({ k: z.literal('b'), v: z.number() })]);
    expect(problems(shapes, { k: 'b', v: 'x' })).toEqual(['v: expected a number, got text "x"']);
    const exactlyOne = z.xor([z.object({ x: z.number() }), z.object({ y: z.number() })]);
    expect(problems(exactlyOne, { x: 1, y: 2 })).toEqual([
      '(root): matches more than one of the forms allowed here; it must match exactly one',
    ]);
  });

  it('invalid_key: the path ends at the key, abbreviated when it is long, and says what a key must be', () => {
    const work = z.object({ tasks: z.record(Key, z.number()) });
    expect(problems(work, { tasks: { 'bad key': 1 } })).toEqual([
      'tasks["bad key"]: is not an allowed key: must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit',
    ]);
    const [huge] = problems(work, { tasks: { [A100K]: 1 } });
    expect(huge).toBe(
      `tasks["${'a'.repeat(40)}…" (100,000 characters)]: is not an allowed key: must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
    expect(problems(z.record(z.string().max(3), z.number()), { abcdef: 1 })).toEqual([
      'abcdef: is not an allowed key: is 6 characters long; the limit is 3',
    ]);
    const objectKeys = z.map(z.object({ id: z.string() }), z.number());
    expect(problems(objectKeys, new Map([[{ id: 5 }, 1]]))).toEqual(['[a key]: is not an allowed key: id: expected text']);
  });

  it("invalid_element: a map value whose key no path can name is shown by the key's place", () => {
    const lookup = z.object({ lookup: z.map(z.object({ id: z.string() }), z.number()) });
    expect(
      problems(lookup, {
        lookup: new Map<object, unknown>([
          [{ id: 'a' }, 1],
          [{ id: 'b' }, 'two'],
        ]),
      }),
    ).toEqual(['lookup[key 2]: expected a number, got text "two"']);
    // A map with text keys names the key in the path, as a record does.
    expect(problems(z.map(z.string(), z.number()), new Map([['ab', 'x']]))).toEqual(['ab: expected a number, got text "x"']);
  });

  it('unrecognized_keys: one problem per unknown field, long names abbreviated', () => {
    expect(problems(z.strictObject({ a: z.number() }), { a: 1, dob: 2, [A100K]: 3 })).toEqual([
      'dob: is not a field of this object (check the spelling)',
      `["${'a'.repeat(40)}…" (100,000 characters)]: is not a field of this object (check the spelling)`,
    ]);
  });

  it('too_big and too_small: sizes and bounds in words', () => {
    const schema = z.object({
      title: z.string().max(3),
      name: z.string().min(1),
      code: z.string().length(3),
      items: z.array(z.number()).min(2).max(3),
      weight: z.number().max(500),
      age: z.number().gt(0),
    });
    expect(problems(schema, { title: 'abcdef', name: '', code: 'ab', items: [1], weight: 900, age: 0 })).toEqual([
      'title: is 6 characters long; the limit is 3',
      'name: must not be empty',
      'code: must be exactly 3 characters long; it is 2 characters long',
      'items: needs at least 2 items; it has 1',
      'weight: must be at most 500; got the number 900',
      'age: must be more than 0; got the number 0',
    ]);
    expect(problems(schema.shape.items, [1, 2, 3, 4])).toEqual(['(root): has 4 items; the limit is 3']);
  });

  it("invalid_format: zod's wording in plain words, a schema's own message as it is", () => {
    const schema = z.object({
      email: z.email(),
      when: z.iso.datetime(),
      plain: z.string().regex(/^a+$/),
      version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version written like 1.0.0'),
      prefix: z.string().startsWith('RG'),
    });
    expect(problems(schema, { email: 'x', when: 'today', plain: 'b', version: 'one', prefix: 'AB1' })).toEqual([
      'email: must be an email address; got text "x"',
      'when: must be a date and time written like 2025-03-01T14:30:00Z; got text "today"',
      'plain: is not written in the expected form (the pattern /^a+$/); got text "b"',
      'version: must be a version written like 1.0.0',
      'prefix: must start with "RG"; got text "AB1"',
    ]);
  });

  it('not_multiple_of and custom', () => {
    expect(problems(z.object({ step: z.number().multipleOf(5) }), { step: 7 })).toEqual([
      'step: must be a multiple of 5; got the number 7',
    ]);
    expect(problems(z.object({ n: z.number().refine((v) => v > 10) }), { n: 7 })).toEqual(['n: is not valid here']);
    expect(problems(z.object({ n: z.number().refine((v) => v > 10, 'must be more than 10') }), { n: 7 })).toEqual([
      'n: must be more than 10',
    ]);
    const refined = z
      .object({ n: z.number() })
      .superRefine((_v, ctx) => ctx.addIssue({ code: 'custom', message: 'Invalid input: is odd', path: ['n'] }));
    expect(problems(refined, { n: 7 })).toEqual(['n: is odd']);
  });

  it('never says "undefined", and never prints a huge value, with or without reportInput', () => {
    const schema = z.strictObject({
      a: z.string(),
      b: z.enum(['x', 'y']),
      c: z.union([z.number(), z.string()]),
      d: z.discriminatedUnion('kind', [z.object({ kind: z.literal('k') })]),
      e: z.record(Key, z.number()),
      f: z.number(),
      g: z.string().max(3),
    });
    const inputs = [
      {},
      { a: A100K.length, b: A100K, c: [A100K], d: { kind: A100K }, e: { [A100K]: A100K }, f: A100K, g: A100K, [A100K]: 1 },
    ];
    for (const input of inputs) {
      for (const reportInput of [true, false]) {
        const lines = problems(schema, input, reportInput);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) {
          expect(line).not.toMatch(/undefined/);
          expect(line.length).toBeLessThan(250);
        }
      }
    }
    expect(problems(schema, {}, false)).toContain('a: is required');
  });
});
