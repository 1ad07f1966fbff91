/**
 * The bundled packs are generated, never hand-edited: each authoring script, run now, reproduces its
 * committed pack byte for byte. Each script runs in its own Node process (the scripts validate, check
 * and exit) and writes into a temporary directory with `--out`, so the committed files are never
 * touched. The two run in parallel; each takes about a second.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT_DIR = mkdtempSync(join(tmpdir(), 'record-room-reproduce-'));

const PACKS = [
  { script: 'scripts/authoring/riverside-general.ts', pack: 'scenarios/riverside/riverside-general.pack.json' },
  { script: 'scripts/authoring/lakeside-community.ts', pack: 'scenarios/lakeside/lakeside-community.pack.json' },
] as const;

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs an authoring script with tsx's loader in a child Node process. */
function run(script: string, out: string): Promise<Run> {
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--out', out], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The first line where two texts differ, to say where a pack drifted from its script. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) return `line ${i + 1}: committed ${JSON.stringify(left[i]?.slice(0, 160))}, generated ${JSON.stringify(right[i]?.slice(0, 160))}`;
  }
  return 'no line differs (line endings or a trailing byte)';
}

// Started once, together, when the file is collected; each test awaits its own run.
const runs = new Map(PACKS.map(({ script }, i) => [script, run(script, join(OUT_DIR, `pack-${i}.json`))]));

afterAll(() => rmSync(OUT_DIR, { recursive: true, force: true }));

describe('the authoring scripts reproduce the committed packs', () => {
  it.each(PACKS.map((p, i) => [p.script, p.pack, i] as const))('%s writes %s byte for byte', { timeout: 120_000 }, async (script, pack, i) => {
    const result = await runs.get(script)!;
    expect(result.code, `${script} failed:\n${result.stderr || result.stdout}`).toBe(0);
    const generated = readFileSync(join(OUT_DIR, `pack-${i}.json`));
    const committed = readFileSync(join(ROOT, pack));
    const same = generated.equals(committed);
    expect(same, same ? '' : `${pack} is not what ${script} writes (${firstDifference(committed.toString('utf8'), generated.toString('utf8'))}): run npx tsx ${script}`).toBe(true);
  });

  it('refuses --out without a file name', { timeout: 60_000 }, async () => {
    const result = await run(PACKS[0].script, '--out');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage:');
  });
});
