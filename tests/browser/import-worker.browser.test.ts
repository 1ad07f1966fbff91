/**
 * The import worker in Chromium (Vitest browser mode, Vite's dev server): a scenario pack and an
 * official code-set release are read and checked in a real Worker, through the same protocol the
 * in-process fallback speaks, with the same results.
 */
import { describe, expect, it } from 'vitest';
import { buildPack, packBytes } from '../fixtures/packs.ts';
import { buildLargePack } from '../fixtures/large-pack.ts';
import { freshDatabase, rowsOf } from '../helpers/db.ts';
import { ORDER_LINES, TABULAR_XML, orderFile } from '../../src/codes/icd10cm/test-fixtures.ts';
import { checkPack } from '../../src/store/import-client.ts';
import { keepOfficialRelease, loadOfficialRelease } from '../../src/store/code-sets.ts';
import { bestCodeSet } from '../../src/storage/code-sets.ts';
import type { ImportProgress } from '../../src/store/import-protocol.ts';

const NOW = '2025-03-01T10:00:00.000Z';
const file = (content: BlobPart, name: string) => new File([content], name);

describe('the import worker', () => {
  it('runs in a real Worker, reporting each step, and gives the rows the pipeline gives', async () => {
    expect(typeof Worker).toBe('function');
    const pack = buildLargePack(300);
    const steps: ImportProgress['step'][] = [];
    const checked = await checkPack(
      { fileName: 'big.pack.json', source: file(packBytes(pack) as BlobPart, 'big.pack.json'), packSource: 'imported', now: NOW },
      (p) => steps.push(p.step),
    );
    expect(steps).toEqual(['reading', 'checking', 'preparing']);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const expected = rowsOf(pack);
    expect(checked.rows).toEqual({ ...expected, pack: { ...expected.pack, fileName: 'big.pack.json' } });
  });

  it('hands fetched bytes over to the worker and answers problems with their paths', async () => {
    const bad = buildPack();
    bad.patients[1]!.mrn = '0001001';
    const bytes = packBytes(bad);
    const checked = await checkPack({ fileName: 'bad.pack.json', source: bytes, packSource: 'bundled', now: NOW });
    // The buffer was transferred, not copied.
    expect(bytes.byteLength).toBe(0);
    expect(checked).toEqual({
      ok: false,
      problems: [{ path: 'patients[1].mrn', message: expect.stringContaining('is already the MRN of patients[0]') }],
    });
  });

  it('reads an official ICD-10-CM release and stores it in the database the page uses', async () => {
    freshDatabase();
    const result = await loadOfficialRelease([
      file(orderFile(ORDER_LINES), 'icd10cm-order-2021.txt'),
      file(TABULAR_XML, 'icd10cm-tabular-2021.xml'),
    ]);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.summary.system).toBe('ICD-10-CM');
    // Written by the worker's own connection, read here by the page's.
    const stored = await bestCodeSet('ICD-10-CM');
    expect(stored?.title).toBe(result.title);
    expect(stored?.entries.map((e) => e.code)).toContain('E1122');
  });

  it('holds a release of another year than the one being coded in the worker, and stores it only when told to', async () => {
    freshDatabase();
    const files = [file(orderFile(ORDER_LINES), 'icd10cm-order-2021.txt')];
    const read = await loadOfficialRelease(files, { expectFiscalYear: 2025 });
    if (read.ok || !read.otherYear) throw new Error('a FY2021 release for an FY2025 pack was not held');
    expect(read.otherYear).toMatchObject({ fiscalYear: 2021, title: 'ICD-10-CM FY2021 (official CMS release)' });
    expect(await bestCodeSet('ICD-10-CM')).toBeUndefined();
    const kept = await keepOfficialRelease(read.otherYear.held, true);
    expect(kept.ok).toBe(true);
    expect((await bestCodeSet('ICD-10-CM'))?.fiscalYear).toBe(2021);
    // Once stored (or let go) it is no longer held.
    expect(await keepOfficialRelease(read.otherYear.held, true)).toEqual({
      ok: false,
      problems: ['The release is no longer at hand: choose its files again.'],
    });
  });

  it('stores nothing when the files are no release', async () => {
    freshDatabase();
    const result = await loadOfficialRelease([file('hello', 'notes.txt')]);
    expect(result.ok).toBe(false);
    expect(await bestCodeSet('ICD-10-CM')).toBeUndefined();
  });
});
