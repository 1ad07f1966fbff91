/**
 * Hostile and broken packs, generated: a few thousand seeded mutations of the bundled packs and the
 * test fixture go through the pack pipeline. None may throw, every problem names where it is and
 * says what is wrong in words, no case takes over a second, and every mutation that must be refused
 * (an unknown field, a repeated id, another format or version) is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackJson } from '../../src/packs/read.ts';
import { buildPack } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function prng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
}

/** Every place in a value: the container and the key or index there. */
function places(value: Json, out: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = []) {
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push({ parent: value, key: i });
      places(v, out);
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value, key: k });
      places(v, out);
    }
  return out;
}

const HOSTILE: Json[] = [
  null,
  0,
  -1,
  1e308,
  true,
  '',
  ' ',
  'constructor',
  '__proto__',
  'toString',
  'x'.repeat(100_000),
  '<script>alert(1)</script>',
  [],
  {},
  [[[[[[[[[[[]]]]]]]]]]],
  '2025-02-30',
  '9999-99-99T99:99',
];

type Mutation = { name: string; mustRefuse: boolean; apply: (pack: { [key: string]: Json }, rand: () => number) => boolean };

const pick = <T>(list: readonly T[], rand: () => number): T => list[Math.floor(rand() * list.length)]!;

const MUTATIONS: Mutation[] = [
  {
    name: 'a value replaced by a hostile one',
    mustRefuse: false,
    apply: (pack, rand) => {
      const at = pick(places(pack), rand);
      (at.parent as Record<string | number, Json>)[at.key] = pick(HOSTILE, rand);
      return true;
    },
  },
  {
    name: 'a field removed',
    mustRefuse: false,
    apply: (pack, rand) => {
      const fields = places(pack).filter((p) => !Array.isArray(p.parent));
      const at = pick(fields, rand);
      delete (at.parent as Record<string, Json>)[at.key as string];
      return true;
    },
  },
  {
    name: 'a list shortened',
    mustRefuse: false,
    apply: (pack, rand) => {
      const lists = places(pack)
        .map((p) => (p.parent as Record<string | number, Json>)[p.key])
        .filter((v): v is Json[] => Array.isArray(v) && v.length > 0);
      if (!lists.length) return false;
      const list = pick(lists, rand);
      list.splice(Math.floor(rand() * list.length), 1);
      return true;
    },
  },
  {
    name: 'an unknown field added',
    mustRefuse: true,
    apply: (pack, rand) => {
      const objects = [
        pack,
        ...places(pack)
          .map((p) => (p.parent as Record<string | number, Json>)[p.key])
          .filter((v): v is { [key: string]: Json } => !!v && typeof v === 'object' && !Array.isArray(v)),
      ];
      pick(objects, rand)['zzUnknownField'] = 1;
      return true;
    },
  },
  {
    name: 'an element with an id repeated',
    mustRefuse: true,
    apply: (pack, rand) => {
      const lists = places(pack)
        .map((p) => (p.parent as Record<string | number, Json>)[p.key])
        .filter(
          (v): v is Json[] =>
            Array.isArray(v) &&
            v.some((e) => !!e && typeof e === 'object' && !Array.isArray(e) && typeof (e as Record<string, Json>)['id'] === 'string'),
        );
      if (!lists.length) return false;
      const list = pick(lists, rand);
      const withId = list.filter(
        (e) => !!e && typeof e === 'object' && !Array.isArray(e) && typeof (e as Record<string, Json>)['id'] === 'string',
      );
      list.push(structuredClone(pick(withId, rand)));
      return true;
    },
  },
  {
    name: 'another format or version',
    mustRefuse: true,
    apply: (pack, rand) => {
      if (rand() < 0.5) pack['format'] = pick(['record-room-work', 'Bundle', '', 'record-room-pack '], rand);
      else pack['version'] = pick([0, 99, 2.5, -1, '2'], rand);
      return true;
    },
  },
];

const bundled = ['scenarios/riverside/riverside-general.pack.json', 'scenarios/lakeside/lakeside-community.pack.json'].map(
  (path) => [path, JSON.parse(readFileSync(path, 'utf8')) as Json] as const,
);
const fixture = JSON.parse(JSON.stringify({ ...buildPack(), tasks: TASKS, keys: KEYS })) as Json;

function fuzz(base: Json, cases: number, seed: number) {
  const rand = prng(seed);
  let slowest = 0;
  let refused = 0;
  for (let n = 0; n < cases; n++) {
    const pack = structuredClone(base) as { [key: string]: Json };
    const mutation = pick(MUTATIONS, rand);
    if (!mutation.apply(pack, rand)) continue;
    const started = performance.now();
    let result: ReturnType<typeof readPackJson>;
    try {
      result = readPackJson(pack);
    } catch (error) {
      throw new Error(`case ${n} (${mutation.name}) threw: ${error instanceof Error ? error.stack : String(error)}`);
    }
    slowest = Math.max(slowest, performance.now() - started);
    if (mutation.mustRefuse) expect(result.ok, `case ${n}: ${mutation.name} must be refused`).toBe(false);
    if (!result.ok) {
      refused++;
      expect(result.problems.length).toBeGreaterThan(0);
      for (const p of result.problems) {
        expect(p.path.length, `case ${n}: a path`).toBeGreaterThan(0);
        expect(p.path.length, `case ${n}: a short path`).toBeLessThan(300);
        expect(p.message.trim().length, `case ${n}: a message`).toBeGreaterThan(0);
        expect(p.message, `case ${n}: ${p.path}`).not.toMatch(/undefined|\[object Object\]|NaN/);
      }
    }
  }
  return { slowest, refused };
}

describe('the pack pipeline under a few thousand mutations', () => {
  it.each(bundled)(
    '%s: 700 mutations, none throws, every problem has a path, none takes over a second',
    (_path, base) => {
      const { slowest, refused } = fuzz(base, 700, 1_204);
      expect(slowest).toBeLessThan(1_000);
      expect(refused).toBeGreaterThan(300);
    },
    120_000,
  );

  it('the test fixture: 2,000 mutations', () => {
    const { slowest, refused } = fuzz(fixture, 2_000, 2_026);
    expect(slowest).toBeLessThan(1_000);
    expect(refused).toBeGreaterThan(1_000);
  }, 60_000);

  it('refuses a pattern that backtracks catastrophically at once, before any MRN is matched with it', () => {
    const pack = buildPack();
    const hostile = {
      ...pack,
      pack: { ...pack.pack, facility: { ...pack.pack.facility, mrnFormat: { pattern: '^(\\d+)+$', description: 'digits' } } },
      patients: pack.patients.map((p, i) => (i === 0 ? { ...p, mrn: `${'1'.repeat(38)}x` } : p)),
    };
    const started = performance.now();
    const result = readPackJson(hostile);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toEqual({ path: 'pack.facility.mrnFormat.pattern', message: expect.stringContaining('repeats a group') });
  });
});
