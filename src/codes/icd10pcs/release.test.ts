import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../tests/helpers/shared-data.ts';
import { parsePcsRelease } from './release.ts';
import { countPcsCodes } from './tables.ts';

const tablesFile = sharedData('icd10pcs/icd10pcs_tables_2025.xml');
const indexFile = sharedData('icd10pcs/icd10pcs_index_2025.xml');
const definitionsFile = sharedData('icd10pcs/icd10pcs_definitions_2025.xml');

describe.skipIf(!tablesFile.available || !indexFile.available || !definitionsFile.available)('the ICD-10-PCS release zip', () => {
  it('reads tables, index and definitions from the zip CMS distributes, skipping the rest', () => {
    const zip = zipSync({
      '2025 Code Tables and Index/icd10pcs_tables_2025.xml': readFileSync(tablesFile.path),
      '2025 Code Tables and Index/icd10pcs_index_2025.xml': readFileSync(indexFile.path),
      '2025 Code Tables and Index/icd10pcs_definitions_2025.xml': readFileSync(definitionsFile.path),
      '2025 Code Tables and Index/icd10pcs_tables.xsd': strToU8('<xs:schema/>'),
      '2025 Code Tables and Index/pcs_2025.pdf': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]),
    });
    const result = parsePcsRelease(zip);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const release = result.value;
    expect(countPcsCodes(release.tables)).toBe(78_948);
    expect(release.index?.terms).toHaveLength(3215);
    expect(release.definitions?.sections).toHaveLength(16);
    expect(release.files).toEqual({
      tables: '2025 Code Tables and Index/icd10pcs_tables_2025.xml',
      index: '2025 Code Tables and Index/icd10pcs_index_2025.xml',
      definitions: '2025 Code Tables and Index/icd10pcs_definitions_2025.xml',
    });
  });
});

const tables = (year: number) =>
  strToU8(`<ICD10PCS.tabular><version>${year}</version><title>${year} ICD-10-PCS Tables</title>
<pcsTable>
<axis pos="1" values="1"><title>Section</title><label code="0">Medical and Surgical</label></axis>
<axis pos="2" values="1"><title>Body System</title><label code="D">Gastrointestinal System</label></axis>
<axis pos="3" values="1"><title>Operation</title><label code="T">Resection</label></axis>
<pcsRow codes="1">
<axis pos="4" values="1"><title>Body Part</title><label code="J">Appendix</label></axis>
<axis pos="5" values="1"><title>Approach</title><label code="4">Percutaneous Endoscopic</label></axis>
<axis pos="6" values="1"><title>Device</title><label code="Z">No Device</label></axis>
<axis pos="7" values="1"><title>Qualifier</title><label code="Z">No Qualifier</label></axis>
</pcsRow>
</pcsTable>
</ICD10PCS.tabular>`);
const index = (year: number) =>
  strToU8(
    `<ICD10PCS.index><version>${year}</version><title>Index</title><letter><title>A</title><mainTerm><title>Appendectomy</title><see>Resection, Appendix<codes>0DTJ</codes></see></mainTerm></letter></ICD10PCS.index>`,
  );

describe('reading a release zip', () => {
  it('reads a zip with only the tables', () => {
    const result = parsePcsRelease(zipSync({ 'icd10pcs_tables_2026.xml': tables(2026) }));
    expect(result.ok && result.value.files).toEqual({ tables: 'icd10pcs_tables_2026.xml' });
    expect(result.ok && result.value.index).toBeUndefined();
  });

  it('refuses files from different years', () => {
    const result = parsePcsRelease(zipSync({ 'icd10pcs_tables_2025.xml': tables(2025), 'icd10pcs_index_2024.xml': index(2024) }));
    expect(!result.ok && result.problems).toEqual([
      {
        message:
          "icd10pcs_index_2024.xml is for FY2024 but icd10pcs_tables_2025.xml is for FY2025; a release's files must be for the same year",
      },
    ]);
  });

  it('says which member a problem is in', () => {
    const result = parsePcsRelease(
      zipSync({ 'icd10pcs_tables_2025.xml': tables(2025), 'icd10pcs_index_2025.xml': index(2025).subarray(0, 60) }),
    );
    expect(!result.ok && result.problems).toEqual([
      {
        line: 1,
        message: expect.stringMatching(
          /^the file ends in the middle of a tag at line 1: it looks truncated .*\(in icd10pcs_index_2025\.xml of the zip\)$/,
        ),
      },
    ]);
  });

  it('refuses a zip without tables, and two tables files', () => {
    const none = parsePcsRelease(zipSync({ 'icd10pcs_index_2025.xml': index(2025) }));
    expect(!none.ok && none.problems[0]?.message).toBe(
      'this zip holds no ICD-10-PCS tables file (icd10pcs_tables_YYYY.xml); it holds icd10pcs_index_2025.xml',
    );
    const two = parsePcsRelease(zipSync({ 'icd10pcs_tables_2025.xml': tables(2025), 'old/icd10pcs_tables_2024.xml': tables(2024) }));
    expect(!two.ok && two.problems[0]?.message).toMatch(
      /^this zip holds more than one file that could be tables \(icd10pcs_tables_2025\.xml, old\/icd10pcs_tables_2024\.xml\)/,
    );
  });

  it('refuses bytes that are not a zip', () => {
    const result = parsePcsRelease(tables(2025));
    expect(!result.ok && result.problems[0]?.message).toMatch(/^this is not a zip/);
  });
});
