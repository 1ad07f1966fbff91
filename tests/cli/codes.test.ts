import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { sharedData } from '../helpers/shared-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'record-room-codes-'));

const run = runCli;

const order = sharedData('icd10cm/icd10cm-order-Jan-2021.txt');
const tabular = sharedData('icd10cm/icd10cm_tabular_2021.xml');
const pcs = sharedData('icd10pcs/icd10pcs_tables_2025.xml');
const hcpcs = sharedData('hcpcs/HCPC2019_CONTR_ANWEB.txt');

describe.skipIf(!order.available || !tabular.available)('record-room codes with the ICD-10-CM FY2021 release', () => {
  const out = join(dir, 'icd10cm-2021.json');

  it('imports the order file and the tabular list, printing the summary line last', async () => {
    const result = await run('codes', 'import', tabular.path, order.path, '--out', out);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out.at(-1)!)).toEqual({ system: 'ICD-10-CM', fiscalYear: 2021, entries: 95_358, billable: 72_621 });
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file).toMatchObject({ format: 'record-room-codeset', version: 2, system: 'ICD-10-CM', source: 'official' });
  }, 60_000);

  it('searches by words and by code, one result per line with the dotted code first', async () => {
    const words = await run('codes', 'search', out, 'type', '2', 'dm', 'with', 'ckd', '--limit', '1');
    expect(words).toEqual({ code: 0, out: ['E11.22 Type 2 diabetes mellitus with diabetic chronic kidney disease'], err: [] });
    const code = await run('codes', 'search', out, 'i50.2', '--limit', '3');
    expect(code.out).toEqual([
      'I50.2 Systolic (congestive) heart failure',
      'I50.20 Unspecified systolic (congestive) heart failure',
      'I50.21 Acute systolic (congestive) heart failure',
    ]);
  }, 60_000);
});

describe.skipIf(!pcs.available || !hcpcs.available)('record-room codes with ICD-10-PCS FY2025 and HCPCS 2019', () => {
  it('imports the PCS tables: 78,948 valid codes', async () => {
    const result = await run('codes', 'import', pcs.path, '--out', join(dir, 'pcs.json'));
    expect(JSON.parse(result.out.at(-1)!)).toEqual({ system: 'ICD-10-PCS', fiscalYear: 2025, entries: 78_948, billable: 78_948 });
    const search = await run('codes', 'search', join(dir, 'pcs.json'), 'resection gallbladder endoscopic', '--limit', '1');
    expect(search.out).toEqual(['0FT44ZZ Resection of Gallbladder, Percutaneous Endoscopic Approach']);
  }, 60_000);

  it('imports HCPCS: 6,440 codes and 360 modifiers', async () => {
    const result = await run('codes', 'import', hcpcs.path, '--out', join(dir, 'hcpcs.json'));
    expect(JSON.parse(result.out.at(-1)!)).toEqual({ system: 'HCPCS', fiscalYear: 2019, entries: 6_800, billable: 6_440 });
    expect((await run('codes', 'search', join(dir, 'hcpcs.json'), 'J1885')).out).toEqual([
      'J1885 Injection, ketorolac tromethamine, per 15 mg',
    ]);
  }, 60_000);
});

describe('record-room codes errors', () => {
  it('refuses a file that is no release, and a missing --out, with plain lines', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, '{"hello": "world"}\n');
    const refused = await run('codes', 'import', path, '--out', join(dir, 'x.json'));
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toMatch(/^notes\.txt: .*JSON/);
    const usage = await run('codes', 'import', path);
    expect(usage.code).toBe(2);
    expect(usage.err[0]).toContain('--out <codeset.json> is required');
  });

  it('refuses to search a file that is not a code set', async () => {
    const path = join(dir, 'pack.json');
    writeFileSync(path, '{"format": "record-room-pack"}');
    const result = await run('codes', 'search', path, 'diabetes');
    expect(result).toEqual({
      code: 1,
      out: [],
      err: [`${path}: is not a Record Room code-set file (format must be "record-room-codeset"); make one with record-room codes import`],
    });
  });
});
