import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { buildPack } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';

const dir = mkdtempSync(join(tmpdir(), 'record-room-grade-'));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const run = runCli;

describe('record-room check-keys and grade', () => {
  it('passes keys whose perfect work scores 100 % and empty work 0 %, from the pack or a key file', async () => {
    const withKeys = write('with-keys.pack.json', { ...buildPack(), tasks: TASKS, keys: KEYS });
    expect(await run('check-keys', withKeys)).toEqual({ code: 0, out: [], err: ['test-pack: 4 keys checked; all pass'] });
    const bare = write('bare.pack.json', { ...buildPack(), tasks: TASKS });
    const keyFile = write('test.key.json', { format: 'record-room-key', version: 1, packId: 'test-pack', keys: KEYS });
    expect((await run('check-keys', bare, '--key', keyFile)).code).toBe(0);
    const wrongPack = write('other.key.json', { format: 'record-room-key', version: 1, packId: 'other', keys: KEYS });
    const refused = await run('check-keys', bare, '--key', wrongPack);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([`${wrongPack}: packId: is "other" but the pack is "test-pack"`]);
  });

  it('grades exported work and prints the report as JSON', async () => {
    const pack = write('graded.pack.json', { ...buildPack(), tasks: TASKS, keys: KEYS });
    const work = write('work.json', {
      format: 'record-room-work',
      version: 1,
      packId: 'test-pack',
      trainee: { name: 'Jordan Lee', studentId: 'HIT-2041' },
      tasks: { 't-code': { kind: 'code', diagnoses: [{ code: 'J181', poa: 'Y' }], procedures: [], hcpcs: [] } },
      submitted: { 't-code': '2025-03-01T10:00:00.000Z' },
    });
    // By default the submitted tasks are graded, as the app's results screen grades them.
    const result = await run('grade', '--pack', pack, '--work', work);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out.join('\n'));
    expect(report.trainee).toEqual({ name: 'Jordan Lee', studentId: 'HIT-2041' });
    expect(report.tasks.map((t: { taskId: string }) => t.taskId)).toEqual(['t-code']);
    expect(report.overall).toEqual({ percent: report.tasks[0].percent, tasks: 1 });
    expect(report.tasks[0].percent).toBeGreaterThan(0);
    // --all grades every task with a key; untouched ones score 0.
    const all = JSON.parse((await run('grade', '--pack', pack, '--work', work, '--all')).out.join('\n'));
    expect(all.tasks.map((t: { taskId: string; percent: number }) => `${t.taskId} ${t.percent > 0 ? 'scored' : '0'}`)).toEqual([
      't-file 0',
      't-code scored',
      't-complete 0',
      't-roi 0',
    ]);
    const bad = write('bad-work.json', {
      format: 'record-room-work',
      version: 1,
      packId: 'test-pack',
      trainee: { name: 'X' },
      tasks: { 't-code': { kind: 'code', diagnoses: 'J181' } },
    });
    const refused = await run('grade', '--pack', pack, '--work', bad);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toBe(`${bad}: tasks["t-code"].diagnoses: expected a list, got text "J181"`);
  });

  it('warns on stderr about work the pack does not have, work of the wrong kind, and nothing submitted', async () => {
    const pack = write('warned.pack.json', { ...buildPack(), tasks: TASKS, keys: KEYS });
    const work = write('odd-work.json', {
      format: 'record-room-work',
      version: 2,
      packId: 'test-pack',
      trainee: { name: 'Jordan Lee' },
      tasks: { 't-gone': { kind: 'code', diagnoses: [] }, 't-file': { kind: 'code', diagnoses: [{ code: 'k35.30' }] } },
      submitted: {},
    });
    const result = await run('grade', '--pack', pack, '--work', work);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([
      `warning: ${work}: tasks["t-gone"]: is work for task "t-gone", which is not in this pack; it is not graded`,
      `warning: ${work}: tasks["t-file"].kind: is code work, but task "t-file" is a file task; it is graded as not attempted`,
      `warning: ${work}: no task was submitted, so there is nothing to grade; add --all to grade every task as it stands`,
    ]);
    expect(JSON.parse(result.out.join('\n')).tasks).toEqual([]);
  });

  it('reads a code typed as "k35.30" as the app does, and refuses one that is no code in words', async () => {
    const pack = write('codes.pack.json', { ...buildPack(), tasks: TASKS, keys: KEYS });
    const typed = write('typed-work.json', {
      format: 'record-room-work',
      version: 1,
      packId: 'test-pack',
      trainee: { name: 'Jordan Lee' },
      tasks: { 't-code': { kind: 'code', diagnoses: [{ code: 'j18.1', poa: 'Y' }] } },
      submitted: { 't-code': '2025-03-01T10:00:00.000Z' },
    });
    const report = JSON.parse((await run('grade', '--pack', pack, '--work', typed)).out.join('\n'));
    expect(report.tasks[0].items.find((i: { id: string }) => i.id === 'principal').trainee).toBe('J18.1');
    const broken = write('broken-work.json', {
      format: 'record-room-work',
      version: 1,
      packId: 'test-pack',
      trainee: { name: 'Jordan Lee' },
      tasks: { 't-code': { kind: 'code', diagnoses: [{ code: 'E11-9' }] } },
      submitted: {},
    });
    const refused = await run('grade', '--pack', pack, '--work', broken);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([
      `${broken}: tasks["t-code"].diagnoses[0].code: is not written like a code: a code is 3 to 7 letters and digits, with or without its dot (E11.9, 0DTJ4ZZ, J1885)`,
    ]);
  });

  it('accepts a work file that starts with a byte-order mark', async () => {
    const pack = write('bom.pack.json', { ...buildPack(), tasks: TASKS, keys: KEYS });
    const path = join(dir, 'bom-work.json');
    writeFileSync(
      path,
      `\uFEFF${JSON.stringify({ format: 'record-room-work', version: 2, packId: 'test-pack', trainee: { name: 'J' }, tasks: {}, submitted: {} })}`,
    );
    expect((await run('grade', '--pack', pack, '--work', path, '--all')).code).toBe(0);
  });
});
