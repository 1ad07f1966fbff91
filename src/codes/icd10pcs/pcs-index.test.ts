import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../tests/helpers/shared-data.ts';
import type { CodeFileResult } from '../icd10cm/problems.ts';
import { parsePcsIndex, searchPcsIndex, type PcsIndex, type PcsIndexTerm } from './pcs-index.ts';
import { isValidPcsCode, parsePcsTables, pcsChoices, type PcsTables } from './tables.ts';

function valueOf<T>(result: CodeFileResult<T>): T {
  if (!result.ok) throw new Error(`expected the file to be read, got: ${JSON.stringify(result.problems)}`);
  return result.value;
}

const indexFile = sharedData('icd10pcs/icd10pcs_index_2025.xml');
const tablesFile = sharedData('icd10pcs/icd10pcs_tables_2025.xml');

function* walk(terms: PcsIndexTerm[], path: string[] = []): Generator<{ path: string[]; term: PcsIndexTerm }> {
  for (const term of terms) {
    const here = [...path, term.title];
    yield { path: here, term };
    yield* walk(term.terms, here);
  }
}

describe.skipIf(!indexFile.available || !tablesFile.available)('the FY2025 ICD-10-PCS index', () => {
  let index: PcsIndex;
  let tables: PcsTables;
  beforeAll(() => {
    index = valueOf(parsePcsIndex(readFileSync(indexFile.path)));
    tables = valueOf(parsePcsTables(readFileSync(tablesFile.path)));
  });

  it('has 3,215 main terms and 18,986 titled subterms', () => {
    expect(index.fiscalYear).toBe(2025);
    expect(index.terms).toHaveLength(3215);
    expect([...walk(index.terms)]).toHaveLength(3215 + 18_986);
    expect(index.terms[0]?.title).toBe('3f (Aortic) Bioprosthesis valve');
  });

  it('turns untitled subterms into more references of their main term', () => {
    const appendectomy = index.terms.find((term) => term.title === 'Appendectomy');
    expect(appendectomy).toEqual({
      title: 'Appendectomy',
      targets: [
        { kind: 'see', text: 'Excision, Appendix', prefix: '0DBJ' },
        { kind: 'see', text: 'Resection, Appendix', prefix: '0DTJ' },
      ],
      terms: [],
    });
    expect(index.terms.find((term) => term.title === 'Abductor hallucis muscle')?.targets).toEqual([
      { kind: 'use', text: 'Foot Muscle, Right' },
      { kind: 'use', text: 'Foot Muscle, Left' },
    ]);
  });

  it('keeps nested subterms with their codes', () => {
    const flap = index.terms.find((term) => term.title === 'Deep Inferior Epigastric Artery Perforator Flap');
    expect(flap?.terms.map((term) => term.title)).toEqual(['Replacement', 'Transfer']);
    expect(flap?.terms[0]?.terms).toEqual([
      { title: 'Bilateral', targets: [{ kind: 'code', code: '0HRV077' }], terms: [] },
      { title: 'Left', targets: [{ kind: 'code', code: '0HRU077' }], terms: [] },
      { title: 'Right', targets: [{ kind: 'code', code: '0HRT077' }], terms: [] },
    ]);
  });

  it('leads to codes and table prefixes that the tables allow (CMS left two DownStream codes in the index)', () => {
    const invalidCodes: string[] = [];
    let prefixes = 0;
    for (const { term } of walk(index.terms)) {
      for (const target of term.targets) {
        if (target.kind === 'code' && !isValidPcsCode(tables, target.code)) invalidCodes.push(target.code);
        const prefix = target.kind === 'code' ? undefined : target.prefix;
        if (prefix !== undefined) {
          prefixes += 1;
          expect(pcsChoices(tables, prefix).valid, prefix).toBe(true);
        }
      }
    }
    expect(prefixes).toBe(13_567);
    expect(invalidCodes).toEqual(['5A0512C', '5A0522C']);
  });

  it('finds terms by words in any order, main terms first', () => {
    expect(searchPcsIndex(index, 'appendectomy')[0]?.path).toEqual(['Appendectomy']);
    expect(searchPcsIndex(index, 'Cholecystectomy', 1)[0]?.term.targets).toContainEqual({
      kind: 'see',
      text: 'Resection, Gallbladder',
      prefix: '0FT4',
    });
    const appendix = searchPcsIndex(index, 'appendix resection');
    expect(appendix.map((hit) => hit.path)).toContainEqual(['Resection', 'Appendix']);
    expect(appendix.find((hit) => hit.path.join(' > ') === 'Resection > Appendix')?.term.targets).toEqual([
      { kind: 'prefix', prefix: '0DTJ' },
    ]);
    expect(searchPcsIndex(index, 'hip replacement', 3).map((hit) => hit.path)).toEqual([
      ['Replacement, hip'],
      ['Replacement, hip', 'Partial or total'],
      ['Replacement, hip', 'Resurfacing only'],
    ]);
    expect(searchPcsIndex(index, 'zzzz nothing')).toEqual([]);
    expect(searchPcsIndex(index, '  ')).toEqual([]);
  });
});

describe('reading an index file', () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<ICD10PCS.index>
  <version>2025</version>
  <title>2025 ICD-10-PCS Index</title>
  <letter>
    <title>A</title>
    <mainTerm>
      <title>Abdominohysterectomy</title>
      <see>Resection, Uterus<codes>0UT9</codes></see>
    </mainTerm>
    <mainTerm>
      <title>Abortion</title>
      <term level="1">
        <title>Abortifacient</title>
        <code>10A07ZX</code>
      </term>
    </mainTerm>
  </letter>
</ICD10PCS.index>
`;

  it('reads see references with their codes, and subterm codes, with CRLF or LF', () => {
    const index = valueOf(parsePcsIndex(xml));
    expect(valueOf(parsePcsIndex(xml.replace(/\n/g, '\r\n')))).toEqual(index);
    expect(index.terms).toEqual([
      { title: 'Abdominohysterectomy', targets: [{ kind: 'see', text: 'Resection, Uterus', prefix: '0UT9' }], terms: [] },
      { title: 'Abortion', targets: [], terms: [{ title: 'Abortifacient', targets: [{ kind: 'code', code: '10A07ZX' }], terms: [] }] },
    ]);
    expect(searchPcsIndex(index, 'abortifacient abortion').map((hit) => hit.path)).toEqual([['Abortion', 'Abortifacient']]);
  });

  it('names a code that is not a PCS code, with its term and line', () => {
    const result = parsePcsIndex(xml.replace('10A07ZX', '10A07Z'));
    expect(!result.ok && result.problems).toEqual([
      { line: 13, message: '"Abortion > Abortifacient": <code>10A07Z</code> is not a 7-character ICD-10-PCS code' },
    ]);
  });

  it('names a truncated file', () => {
    const result = parsePcsIndex(xml.slice(0, xml.indexOf('</letter>')));
    expect(!result.ok && result.problems[0]?.message).toMatch(
      /^the file ends at line 17 while <letter> inside <ICD10PCS\.index> is still open: it looks truncated/,
    );
  });
});
