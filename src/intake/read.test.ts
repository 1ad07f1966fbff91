import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_PROBLEMS, readBytes, readJson, readText, type FileKind, type IntakeResult } from './read.ts';

/**
 * A toy file kind at format version 3. Version 1 called the name "title"; version 2 added "colour"
 * (version-1 files get red); version 3 is the current one.
 */
const Toy = z.strictObject({
  format: z.literal('toy'),
  version: z.literal(3),
  name: z.string().min(1),
  colour: z.enum(['red', 'blue']),
  counts: z.array(z.number().int()).default([]),
});
type Toy = z.infer<typeof Toy>;

const TOY: FileKind<Toy> = {
  format: 'toy',
  noun: 'toy file',
  currentVersion: 3,
  maxBytes: 1024 * 1024,
  migrations: [
    {
      from: 1,
      name: 'rename-title-to-name',
      describe: 'version 2 calls the title "name"',
      migrate: ({ title, ...rest }) => ({ ...rest, name: title }),
    },
    {
      from: 2,
      name: 'add-colour',
      describe: 'version 3 gives every toy a colour: earlier toys were red',
      migrate: (file) => ({ ...file, colour: 'red' }),
    },
  ],
  schema: Toy,
  check: (toy) => toy.counts.flatMap((n, i) => (n < 0 ? [{ path: `counts[${i}]`, message: `is ${n}; a count cannot be negative` }] : [])),
  foreign: (json) =>
    typeof json['resourceType'] === 'string' && !('format' in json)
      ? { path: 'resourceType', message: 'this is FHIR, not a toy file' }
      : undefined,
};

const toy = (extra: Record<string, unknown> = {}) => ({ format: 'toy', version: 3, name: 'Bear', colour: 'blue', ...extra });

function problemsOf<T>(result: IntakeResult<T>): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('the shared intake', () => {
  it('reads a current file as it is, with defaults filled and no migratedFrom', () => {
    const result = readText(TOY, JSON.stringify(toy()));
    expect(result).toEqual({ ok: true, value: { ...toy(), counts: [] } });
  });

  it('accepts a UTF-8 byte-order mark in bytes and in text', () => {
    const text = JSON.stringify(toy());
    expect(readBytes(TOY, new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)])).ok).toBe(true);
    expect(readText(TOY, `\uFEFF${text}`).ok).toBe(true);
    expect(problemsOf(readText(TOY, '\uFEFF  '))).toEqual(['(file): is empty']);
  });

  it('refuses bytes and text over the size limit before parsing, saying the size in MB', () => {
    const big = `${JSON.stringify(toy()).slice(0, -1)}, "padding": "${'x'.repeat(1.5 * 1024 * 1024)}"}`;
    expect(problemsOf(readBytes(TOY, encode(big)))).toEqual(['(file): is 1.5 MB; a toy file may be at most 1.0 MB']);
    expect(problemsOf(readText(TOY, big))).toEqual(['(file): is 1.5 MB; a toy file may be at most 1.0 MB']);
  });

  it('refuses binary data, other encodings, empty files, truncated and broken JSON with one problem each', () => {
    expect(problemsOf(readBytes(TOY, new Uint8Array([0x7b, 0, 0x7d])))).toEqual(['(file): is binary data, not a JSON text file']);
    expect(problemsOf(readBytes(TOY, new Uint8Array([0x7b, 0xe9, 0x7d])))).toEqual([
      '(file): is not UTF-8 text (is it a binary file or a different encoding?)',
    ]);
    expect(problemsOf(readBytes(TOY, new Uint8Array()))).toEqual(['(file): is empty']);
    expect(problemsOf(readText(TOY, '{"format": "toy", "version": 3, "na'))).toEqual([
      '(file): is not valid JSON: it ends before the data is complete (is the file truncated?)',
    ]);
    expect(problemsOf(readText(TOY, '{"format": "toy",\n  "version": 3,,\n}'))).toEqual([
      expect.stringMatching(/^\(file\): is not valid JSON: .* at line 2, column \d+$/),
    ]);
  });

  it('refuses non-objects, a missing or other format and a bad version, each with its path', () => {
    expect(problemsOf(readJson(TOY, 'toy'))).toEqual(['(root): expected a JSON object with "format": "toy", got text "toy"']);
    expect(problemsOf(readJson(TOY, null))).toEqual(['(root): expected a JSON object with "format": "toy", got null']);
    expect(problemsOf(readJson(TOY, { name: 'Bear' }))).toEqual([
      'format: is missing: this is not a Record Room toy file (expected "format": "toy")',
    ]);
    expect(problemsOf(readJson(TOY, toy({ format: 'record-room-pack' })))).toEqual([
      'format: must be "toy", got text "record-room-pack": this is not a Record Room toy file',
    ]);
    expect(problemsOf(readJson(TOY, { resourceType: 'Patient' }))).toEqual(['resourceType: this is FHIR, not a toy file']);
    for (const version of [0, 2.5, '3', null, undefined]) {
      expect(problemsOf(readJson(TOY, toy({ version })))).toEqual([
        expect.stringMatching(/^version: must be a whole number from 1 to 3, got /),
      ]);
    }
  });

  it('refuses a newer version than it reads, telling the reader to update Record Room', () => {
    expect(problemsOf(readJson(TOY, toy({ version: 4 })))).toEqual([
      'version: is 4, a newer toy file format than this Record Room reads (up to 3); update Record Room to open it',
    ]);
  });

  it('upgrades an old file through every named migration in order, and says where it came from', () => {
    const fromOne = readJson(TOY, { format: 'toy', version: 1, title: 'Bear' });
    expect(fromOne).toEqual({ ok: true, value: { format: 'toy', version: 3, name: 'Bear', colour: 'red', counts: [] }, migratedFrom: 1 });
    const fromTwo = readJson(TOY, { format: 'toy', version: 2, name: 'Bear', counts: [2] });
    expect(fromTwo).toEqual({ ok: true, value: { format: 'toy', version: 3, name: 'Bear', colour: 'red', counts: [2] }, migratedFrom: 2 });
    expect(TOY.migrations.map((m) => `${m.from}:${m.name}`)).toEqual(['1:rename-title-to-name', '2:add-colour']);
  });

  it('validates the migrated file, so problems the migrations leave are still found', () => {
    expect(problemsOf(readJson(TOY, { format: 'toy', version: 1 }))).toEqual(['name: is required']);
  });

  it('says when a migration is missing or fails, instead of throwing', () => {
    const gap: FileKind<Toy> = { ...TOY, migrations: [TOY.migrations[0]!] };
    expect(problemsOf(readJson(gap, { format: 'toy', version: 1, title: 'Bear' }))).toEqual([
      'version: cannot be upgraded: no migration from toy file format version 2',
    ]);
    const broken: FileKind<Toy> = {
      ...TOY,
      migrations: [
        {
          ...TOY.migrations[0]!,
          migrate: () => {
            throw new Error('no title');
          },
        },
        TOY.migrations[1]!,
      ],
    };
    expect(problemsOf(readJson(broken, { format: 'toy', version: 1 }))).toEqual([
      'version: cannot be upgraded: migration "rename-title-to-name" (version 1 to 2) failed: no title',
    ]);
  });

  it("runs the kind's check after validation", () => {
    expect(problemsOf(readJson(TOY, toy({ counts: [1, -2] })))).toEqual(['counts[1]: is -2; a count cannot be negative']);
    const faulty: FileKind<Toy> = {
      ...TOY,
      check: () => {
        throw new Error('oops');
      },
    };
    expect(problemsOf(readJson(faulty, toy()))[0]).toMatch(/^\(file\): could not be checked \(oops\)/);
  });

  it(`lists at most ${MAX_PROBLEMS} problems and says how many more there were`, () => {
    const counts = Array.from({ length: 250 }, (_, i) => -i - 1);
    const fromCheck = problemsOf(readJson(TOY, toy({ counts })));
    expect(fromCheck).toHaveLength(MAX_PROBLEMS + 1);
    expect(fromCheck.at(-1)).toBe('(file): has 50 more problems not listed here');
    const fromSchema = problemsOf(readJson(TOY, toy({ counts: counts.map((n) => n + 0.5) })));
    expect(fromSchema).toHaveLength(MAX_PROBLEMS + 1);
    expect(fromSchema[0]).toBe('counts[0]: expected a whole number, got the number -0.5');
    expect(fromSchema.at(-1)).toBe('(file): has 50 more problems not listed here');
  });

  it('survives deeply nested input without a stack overflow escaping', () => {
    expect(problemsOf(readText(TOY, `${'['.repeat(100_000)}${']'.repeat(100_000)}`))).toEqual([
      '(root): expected a JSON object with "format": "toy", got a list of 1',
    ]);
    expect(problemsOf(readText(TOY, JSON.stringify(toy()).replace('"Bear"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)))).toEqual([
      'name: expected text, got a list of 1',
    ]);

    // A recursive schema walks the nesting, so a deep enough file runs out of stack inside zod.
    interface Node {
      children: Node[];
    }
    const NodeSchema: z.ZodType<Node> = z.lazy(() => z.strictObject({ children: z.array(NodeSchema) }));
    const Tree = z.strictObject({ format: z.literal('tree'), version: z.literal(1), root: NodeSchema });
    const TREE: FileKind<z.infer<typeof Tree>> = {
      format: 'tree',
      noun: 'tree file',
      currentVersion: 1,
      maxBytes: 16 * 1024 * 1024,
      migrations: [],
      schema: Tree,
    };
    const depth = 200_000;
    const deep = `{"format":"tree","version":1,"root":${'{"children":['.repeat(depth)}${']}'.repeat(depth)}}`;
    expect(problemsOf(readText(TREE, deep))).toEqual([
      '(file): is nested too deeply to read (thousands of lists or objects inside one another)',
    ]);
    expect(readText(TREE, '{"format":"tree","version":1,"root":{"children":[{"children":[]}]}}').ok).toBe(true);
  });

  it('says "must be the whole number 1" for a kind that has only version 1', () => {
    const one: FileKind<Toy> = { ...TOY, currentVersion: 1, migrations: [] };
    expect(problemsOf(readJson(one, toy({ version: 'one' })))).toEqual(['version: must be the whole number 1, got text "one"']);
  });
});
