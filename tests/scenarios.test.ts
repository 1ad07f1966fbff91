/** Every bundled pack under scenarios/ is valid, and the published JSON Schema is current. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackBytes } from '../src/packs/read.ts';
import { packJsonSchemaText } from '../src/packs/json-schema.ts';
import { summarisePack } from '../src/packs/summary.ts';
import type { Pack } from '../src/packs/format.ts';

const root = join(import.meta.dirname, '..', 'scenarios');

function packFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return packFiles(path);
    return name.endsWith('.pack.json') ? [path] : [];
  });
}

const files = packFiles(root);
const packs: Pack[] = [];

describe('bundled scenario packs', () => {
  it.each(files.map((f) => [relative(root, f), f]))('%s is valid', (_name, file) => {
    const result = readPackBytes(readFileSync(file));
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
    if (result.ok) packs.push(result.pack);
  });

  it('together hold at least 25 patients, 60 encounters of every class and 200 documents of 12 types', () => {
    const summaries = files.map((f) => {
      const result = readPackBytes(readFileSync(f));
      if (!result.ok) throw new Error(`${f} is invalid`);
      return summarisePack(result.pack);
    });
    expect(summaries.length).toBeGreaterThanOrEqual(2);
    const sum = (pick: (s: (typeof summaries)[number]) => number) => summaries.reduce((n, s) => n + pick(s), 0);
    expect(sum((s) => s.patients)).toBeGreaterThanOrEqual(25);
    expect(sum((s) => s.encounters)).toBeGreaterThanOrEqual(60);
    for (const cls of ['inpatient', 'outpatient', 'emergency']) expect(sum((s) => s.encountersByClass[cls] ?? 0)).toBeGreaterThan(0);
    expect(sum((s) => s.documents.total)).toBeGreaterThanOrEqual(200);
    const types = new Set(summaries.flatMap((s) => Object.keys(s.documents.byType)));
    expect(types.size).toBeGreaterThanOrEqual(12);
  });

  it('have unique pack ids', () => {
    const ids = files.map((f) => JSON.parse(readFileSync(f, 'utf8')).pack.id as string);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('scenarios/pack.schema.json', () => {
  it('is generated from the current zod schema (run npm run schema)', () => {
    expect(readFileSync(join(root, 'pack.schema.json'), 'utf8')).toBe(packJsonSchemaText());
  });
});
