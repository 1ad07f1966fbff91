import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { buildPack } from '../fixtures/packs.ts';

const dir = mkdtempSync(join(tmpdir(), 'record-room-cli-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const run = runCli;

describe('record-room validate', () => {
  it('exits 0 and prints nothing for valid packs', async () => {
    const good = file('good.pack.json', JSON.stringify(buildPack()));
    expect(await run('validate', good, good)).toEqual({ code: 0, out: [], err: [] });
  });

  it('prints one "file: path: message" line per problem and exits 1', async () => {
    const pack = buildPack();
    pack.patients[1]!.mrn = '0001001';
    const bad = file('dup.pack.json', JSON.stringify(pack));
    const good = file('good2.pack.json', JSON.stringify(buildPack()));
    const result = await run('validate', good, bad);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      `${bad}: patients[1].mrn: "0001001" is already the MRN of patients[0]; each patient has one MRN of their own`,
    ]);
  });

  it.each([
    ['not JSON', 'hello', '(file): is not valid JSON'],
    ['empty', '', '(file): is empty'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), '(file): is binary data'],
    ['deeply nested', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, '(root): expected a JSON object'],
    ['a foreign format', JSON.stringify({ resourceType: 'Patient', id: 'x' }), 'resourceType: this is a FHIR'],
    ['a future version', JSON.stringify({ ...buildPack(), version: 99 }), 'version: is 99, a newer pack format'],
  ])('refuses %s with a path-bearing line, never a stack trace', async (_name, content, expected) => {
    const path = file('input.json', content);
    const result = await run('validate', path);
    expect(result.code).toBe(1);
    expect(result.out[0]).toContain(`${path}: ${expected}`);
    expect(result.out.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('reports a missing file and a folder', async () => {
    const result = await run('validate', join(dir, 'nope.json'), dir);
    expect(result.out).toEqual([`${join(dir, 'nope.json')}: (file): no such file`, `${dir}: (file): is a folder, not a pack file`]);
  });

  it('asks for a file when given none', async () => {
    const result = await run('validate');
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/name at least one pack file/);
  });
});

describe('record-room inspect', () => {
  it('prints one JSON object with the counts', async () => {
    const path = file('inspect.pack.json', JSON.stringify(buildPack()));
    const result = await run('inspect', path);
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(1);
    expect(JSON.parse(result.out[0]!)).toEqual({
      id: 'test-pack',
      title: 'Test Pack',
      patients: 2,
      encounters: 2,
      documents: { total: 3, byType: { 'discharge-summary': 1, 'emergency-note': 1, 'history-and-physical': 1 } },
      conditions: 1,
      procedures: 0,
      tasks: {},
    });
  });

  it('prints problems to stderr and exits 1 for an invalid pack', async () => {
    const path = file('broken.json', '{');
    const result = await run('inspect', path);
    expect(result.code).toBe(1);
    expect(result.err[0]).toContain(`${path}: (file): is not valid JSON`);
  });
});

describe('record-room', () => {
  it('explains an unknown command', async () => {
    const result = await run('frobnicate');
    expect(result.code).toBe(2);
    expect(result.err[0]).toContain('unknown command "frobnicate"');
  });
});
