import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../tests/helpers/shared-data.ts';
import { describeProblem, type CodeFileProblem, type CodeFileResult } from './problems.ts';
import { ORDER_LINES, TABULAR_XML, orderFile } from './test-fixtures.ts';
import { isOrderFileName, isTabularFileName, readIcd10cmFile, readIcd10cmZip, type Icd10cmRelease } from './zip.ts';

function parsed(result: CodeFileResult<Icd10cmRelease>): Icd10cmRelease {
  if (!result.ok) throw new Error(`expected the zip to read: ${result.problems.map((p) => describeProblem(p)).join('; ')}`);
  return result.value;
}

function problems(result: CodeFileResult<Icd10cmRelease>): readonly CodeFileProblem[] {
  if (result.ok) throw new Error('expected problems, but the zip was read');
  return result.problems;
}

const ORDER = strToU8(orderFile(ORDER_LINES));
const TABULAR = strToU8(TABULAR_XML);

describe('readIcd10cmZip', () => {
  it('finds the order file and the tabular XML by name, in any folder, skipping addenda and other files', () => {
    const zip = zipSync({
      'Code Descriptions/icd10cm-order-2021.txt': ORDER,
      'Code Descriptions/icd10cm-order-addenda-2021.txt': strToU8('not read'),
      'Code Descriptions/icd10cm-codes-2021.txt': strToU8('A000    Cholera due to Vibrio cholerae 01, biovar cholerae\r\n'),
      'Code Descriptions/README.txt': strToU8('read me'),
      'Table and Index/icd10cm_tabular_2021.xml': TABULAR,
      'Table and Index/icd10cm_index_2021.xml': strToU8('<ICD10CM.index/>'),
      '__MACOSX/Code Descriptions/._icd10cm-order-2021.txt': new Uint8Array([0, 5, 22, 7]),
    });
    const release = parsed(readIcd10cmZip(zip, { fileName: '2021-code-descriptions-tabular-order.zip' }));
    expect(release.sources).toEqual({
      orderFile: 'Code Descriptions/icd10cm-order-2021.txt',
      tabular: 'Table and Index/icd10cm_tabular_2021.xml',
    });
    expect(release.orderFile?.entries).toHaveLength(6);
    expect(release.orderFile).toMatchObject({ fiscalYear: 2021, title: 'ICD-10-CM FY2021 (icd10cm-order-2021.txt)' });
    expect(release.tabular?.chapters).toHaveLength(2);
  });

  it('reads a zip holding only one of them, stored or deflated', () => {
    expect(parsed(readIcd10cmZip(zipSync({ 'icd10cm-order-2021.txt': ORDER }, { level: 0 }))).tabular).toBeUndefined();
    expect(parsed(readIcd10cmZip(zipSync({ 'icd10cm-tabular-2021.xml': TABULAR }, { level: 9 }))).orderFile).toBeUndefined();
  });

  it('takes the fiscal year from the caller, the member name, then the zip name', () => {
    const unnamed = zipSync({ 'icd10cm-order.txt': ORDER });
    expect(parsed(readIcd10cmZip(unnamed, { fileName: 'April-1-2023-Code-Descriptions-in-Tabular-Order.zip' })).orderFile?.fiscalYear).toBe(
      2023,
    );
    expect(parsed(readIcd10cmZip(zipSync({ 'icd10cm-order-2025.txt': ORDER }), { fileName: '2024.zip' })).orderFile?.fiscalYear).toBe(2025);
    expect(parsed(readIcd10cmZip(zipSync({ 'icd10cm-order-2025.txt': ORDER }), { fiscalYear: 2026 })).orderFile?.fiscalYear).toBe(2026);
    expect(problems(readIcd10cmZip(unnamed))).toEqual([
      { file: 'icd10cm-order.txt', message: expect.stringMatching(/^cannot tell the fiscal year/) },
    ]);
  });

  it('names the member and the line of a problem inside it', () => {
    const broken = orderFile([...ORDER_LINES.slice(0, 2), `${(ORDER_LINES[2] ?? '').slice(0, 14)}x${(ORDER_LINES[2] ?? '').slice(15)}`]);
    const found = problems(readIcd10cmZip(zipSync({ 'FY2021/icd10cm-order-2021.txt': strToU8(broken) })));
    expect(found).toEqual([
      { file: 'FY2021/icd10cm-order-2021.txt', line: 3, message: expect.stringMatching(/^the billable flag in column 15 is "x"/) },
    ]);
    expect(describeProblem(found[0] ?? { message: '' }, 'release.zip')).toMatch(
      /^FY2021\/icd10cm-order-2021.txt line 3: the billable flag/,
    );
    const cutXml = problems(readIcd10cmZip(zipSync({ 'icd10cm_tabular_2021.xml': TABULAR.subarray(0, 2000) })));
    expect(cutXml).toEqual([
      {
        file: 'icd10cm_tabular_2021.xml',
        line: expect.any(Number),
        column: expect.any(Number),
        message: expect.stringMatching(/truncated/),
      },
    ]);
  });

  it('says what the zip holds when it has neither file', () => {
    expect(
      problems(readIcd10cmZip(zipSync({ 'icd10pcs_tables_2025.xml': strToU8('<ICD10PCS.tabular/>'), 'notes/readme.txt': strToU8('hi') }))),
    ).toEqual([
      {
        message:
          'holds neither an ICD-10-CM order file (icd10cm-order-*.txt) nor the tabular XML (icd10cm-tabular-*.xml); it holds icd10pcs_tables_2025.xml, notes/readme.txt',
      },
    ]);
    expect(problems(readIcd10cmZip(zipSync({})))).toEqual([{ message: expect.stringMatching(/: it is empty$/) }]);
  });

  it('refuses a zip with two order files', () => {
    expect(problems(readIcd10cmZip(zipSync({ 'icd10cm-order-2020.txt': ORDER, 'icd10cm-order-2021.txt': ORDER })))).toEqual([
      {
        message: 'holds 2 order files (icd10cm-order-2020.txt, icd10cm-order-2021.txt); extract the one you want and import it on its own',
      },
    ]);
  });

  it('refuses a truncated zip and what is not a zip, in plain words', () => {
    const zip = zipSync({ 'icd10cm-order-2021.txt': ORDER });
    expect(problems(readIcd10cmZip(zip.subarray(0, zip.length - 30)))).toEqual([
      { message: expect.stringMatching(/^could not be unzipped: .*\. Is the download complete\?$/) },
    ]);
    expect(problems(readIcd10cmZip(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))).toEqual([
      { message: 'is not a zip archive: it is a PNG image' },
    ]);
    expect(problems(readIcd10cmZip(ORDER))).toEqual([
      { message: 'is not a zip archive (it is text; import it as an order file or tabular XML)' },
    ]);
  });
});

describe('readIcd10cmFile tells the zip, the tabular XML and the order file apart', () => {
  it.each([
    ['a zip', zipSync({ 'icd10cm-order-2021.txt': ORDER }), 'release.zip', { orderFile: 'icd10cm-order-2021.txt' }],
    ['the order file', ORDER, 'icd10cm-order-2021.txt', { orderFile: 'icd10cm-order-2021.txt' }],
    ['the tabular XML', strToU8(`\uFEFF${TABULAR_XML}`), 'icd10cm_tabular_2021.xml', { tabular: 'icd10cm_tabular_2021.xml' }],
  ])('%s', (_what, bytes, fileName, sources) => {
    expect(parsed(readIcd10cmFile(bytes, { fileName })).sources).toEqual(sources);
  });

  it('passes on the problems of a foreign file', () => {
    expect(problems(readIcd10cmFile(strToU8('{"a": 1}'), { fiscalYear: 2021 }))).toEqual([
      { line: 1, message: 'is not an ICD-10-CM order file: the file is JSON' },
    ]);
  });
});

it.each([
  ['icd10cm-order-2025.txt', true, false],
  ['icd10cm_order_2019.txt', true, false],
  ['Code Descriptions/icd10cm-order-Jan-2021.txt', true, false],
  ['icd10cm-order-addenda-2025.txt', false, false],
  ['icd10cm-codes-2025.txt', false, false],
  ['icd10cm-tabular-2025.xml', false, true],
  ['icd10cm_tabular_2021.xml', false, true],
  ['icd10cm-tabular-addenda-2025.xml', false, false],
  ['icd10cm-index-2025.xml', false, false],
  ['__MACOSX/._icd10cm-order-2025.txt', false, false],
])('%s: order file %s, tabular %s', (name, order, tabular) => {
  expect(isOrderFileName(name)).toBe(order);
  expect(isTabularFileName(name)).toBe(tabular);
});

const orderRelease = sharedData('icd10cm/icd10cm-order-Jan-2021.txt');
const tabularRelease = sharedData('icd10cm/icd10cm_tabular_2021.xml');

describe.skipIf(!orderRelease.available || !tabularRelease.available)('the official FY2021 release in a zip', () => {
  it('reads both files out of one zip', () => {
    const zip = zipSync(
      {
        'Code Descriptions/icd10cm-order-Jan-2021.txt': readFileSync(orderRelease.path),
        'Table and Index/icd10cm_tabular_2021.xml': readFileSync(tabularRelease.path),
      },
      { level: 1 },
    );
    const release = parsed(readIcd10cmZip(zip, { fileName: '2021-code-descriptions-tabular-order.zip' }));
    expect(release.orderFile?.entries).toHaveLength(95_358);
    expect(release.orderFile?.entries.filter((entry) => entry.billable)).toHaveLength(72_621);
    expect(release.orderFile?.fiscalYear).toBe(2021);
    expect(release.tabular?.chapters).toHaveLength(22);
    expect(release.tabular?.fiscalYear).toBe(2021);
  });
});
