import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../tests/helpers/shared-data.ts';
import type { CodeFileResult } from '../icd10cm/problems.ts';
import { parsePcsDefinitions, pcsDefinition, rootOperationDefinition, type PcsDefinitions } from './definitions.ts';

function valueOf<T>(result: CodeFileResult<T>): T {
  if (!result.ok) throw new Error(`expected the file to be read, got: ${JSON.stringify(result.problems)}`);
  return result.value;
}

const definitionsFile = sharedData('icd10pcs/icd10pcs_definitions_2025.xml');

describe.skipIf(!definitionsFile.available)('the FY2025 ICD-10-PCS definitions', () => {
  let definitions: PcsDefinitions;
  beforeAll(() => {
    definitions = valueOf(parsePcsDefinitions(readFileSync(definitionsFile.path)));
  });

  it('has the 16 sections, 930 terms and 60 device aggregates', () => {
    expect(definitions.fiscalYear).toBe(2025);
    expect(definitions.sections.map((section) => section.code).join('')).toBe('0123456789BCFGHX');
    expect(definitions.sections.flatMap((section) => section.axes).flatMap((axis) => axis.terms)).toHaveLength(930);
    expect(definitions.deviceAggregation).toHaveLength(60);
  });

  it('gives each Medical and Surgical root operation its definition, explanation and examples', () => {
    const medical = definitions.sections[0];
    expect(medical?.axes.find((axis) => axis.pos === 3)?.terms).toHaveLength(31);
    expect(rootOperationDefinition(definitions, '0', 'Bypass')).toEqual({
      titles: ['Bypass'],
      definition: 'Altering the route of passage of the contents of a tubular body part',
      explanation:
        'Rerouting contents of a body part to a downstream area of the normal route, to a similar route and body part, or to an abnormal route and dissimilar body part. Includes one or more anastomoses, with or without the use of a device',
      includes: ['Coronary artery bypass, colostomy formation'],
    });
    expect(rootOperationDefinition(definitions, '0', 'resection')).toEqual({
      titles: ['Resection'],
      definition: 'Cutting out or off, without replacement, all of a body part',
      includes: ['Total nephrectomy, total lobectomy of lung'],
    });
    expect(rootOperationDefinition(definitions, '0', 'Levitation')).toBeUndefined();
  });

  it('defines types in the ancillary sections and approaches per section', () => {
    expect(rootOperationDefinition(definitions, 'B', 'Plain Radiography')?.definition).toBe(
      'Planar display of an image developed from the capture of external ionizing radiation on photographic or photoconductive plate',
    );
    expect(pcsDefinition(definitions, '0', 5, 'Percutaneous Endoscopic')?.definition).toMatch(
      /^Entry, by puncture or minor incision, of instrumentation/,
    );
  });

  it('keeps the body part key, one entry for several values', () => {
    expect(pcsDefinition(definitions, '0', 4, '1st Toe, Right')).toEqual({
      titles: ['1st Toe, Left', '1st Toe, Right'],
      includes: ['Hallux'],
    });
  });

  it('reads the device aggregation table', () => {
    expect(definitions.deviceAggregation).toContainEqual({
      device: 'Cardiac Lead, Pacemaker',
      operation: 'Insertion',
      bodySystems: ['Heart and Great Vessels'],
      parent: { code: 'M', label: 'Cardiac Lead' },
    });
  });
});

describe('reading a definitions file', () => {
  it('reads a small file, CRLF or LF', () => {
    const xml = `<ICD10PCS.definitions>
  <version>2025</version>
  <title>2025 ICD-10-PCS Definitions</title>
  <section code="0">
    <title>Medical and Surgical</title>
    <axis pos="3">
      <title>Operation</title>
      <terms>
        <title>Alteration</title>
        <definition>Modifying the anatomic structure of a body part without affecting the function of the body part</definition>
        <explanation>Principal purpose is to improve appearance</explanation>
        <includes>Face lift, breast augmentation</includes>
      </terms>
    </axis>
  </section>
</ICD10PCS.definitions>`;
    const lf = valueOf(parsePcsDefinitions(xml));
    expect(valueOf(parsePcsDefinitions(xml.replace(/\n/g, ' \r\n')))).toEqual(lf);
    expect(rootOperationDefinition(lf, '0', 'Alteration')?.includes).toEqual(['Face lift, breast augmentation']);
    expect(lf.deviceAggregation).toEqual([]);
  });

  it('refuses the tables file, naming what it is', () => {
    const result = parsePcsDefinitions('<ICD10PCS.tabular><version>2025</version></ICD10PCS.tabular>');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(
      /^this is XML with root element <ICD10PCS\.tabular>, not the ICD-10-PCS definitions XML/,
    );
  });

  it('names a truncated file', () => {
    const result = parsePcsDefinitions('<ICD10PCS.definitions>\n<version>2025</version>\n<section code="0">\n<title>Medical');
    expect(!result.ok && result.problems).toEqual([
      {
        line: 4,
        message: expect.stringMatching(
          /^the file ends at line 4 while <title> inside <section> inside <ICD10PCS\.definitions> is still open: it looks truncated/,
        ),
      },
    ]);
  });
});
