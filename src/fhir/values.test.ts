import { describe, expect, it } from 'vitest';
import { cleanName, decodeBase64, encodeBase64, localDateTime, localDateTimeOnClockOf, withoutSemanticTag } from './values.ts';
import { xhtmlToText } from './narrative.ts';
import { identifierMaker } from './identifiers.ts';
import { readFhirInputs } from './read.ts';
import { input } from './test-fixtures.ts';

describe('values', () => {
  it("removes Synthea's numeric name suffixes, and nothing else", () => {
    expect(cleanName('Jacinto644')).toBe('Jacinto');
    expect(cleanName('Mary-Ann12')).toBe('Mary-Ann');
    expect(cleanName("O'Hara37")).toBe("O'Hara");
    expect(cleanName('Louis XIV')).toBe('Louis XIV');
    expect(cleanName('1234')).toBe('1234');
  });

  it('reads FHIR dates and times as local chart times, dropping the zone', () => {
    expect(localDateTime('2019-03-01T08:00:17-05:00')).toBe('2019-03-01T08:00');
    expect(localDateTime('2019-03-01T08:00:17.123Z')).toBe('2019-03-01T08:00');
    expect(localDateTime('2019-03-01')).toBe('2019-03-01T00:00');
    expect(localDateTime('2019-03')).toBe('2019-03-01T00:00');
    expect(localDateTime('2019-02-30')).toBeUndefined();
    expect(localDateTime(20190301)).toBeUndefined();
    expect(localDateTimeOnClockOf('2022-11-06T01:07:06-05:00', '2022-11-06T01:52:06-04:00')).toBe('2022-11-06T02:07');
  });

  it('strips SNOMED CT semantic tags from displays', () => {
    expect(withoutSemanticTag('Sepsis (disorder)')).toBe('Sepsis');
    expect(withoutSemanticTag('Hypertension')).toBe('Hypertension');
  });

  it('round-trips UTF-8 text through base64', () => {
    const text = 'Núñez — 5 mg ✓';
    expect(new TextDecoder().decode(decodeBase64(encodeBase64(text)))).toBe(text);
  });
});

describe('xhtmlToText', () => {
  it('keeps words, lines and table cells, and drops every tag and script', () => {
    const div =
      '<div xmlns="http://www.w3.org/1999/xhtml"><h2>Vitals</h2><table><tr><th>Test</th><th>Value</th></tr>' +
      '<tr><td>BP</td><td>120/80 &amp; stable</td></tr></table><p>Seen&nbsp;by <i>Dr.</i> Adams<script>x()</script></p></div>';
    expect(xhtmlToText(div)).toBe('Vitals\n\nTest | Value\nBP | 120/80 & stable\n\nSeen by Dr. Adams');
  });
});

describe('identifierMaker', () => {
  it('numbers a prefix-digits-suffix format from 1 with the full width', () => {
    const maker = identifierMaker('^TH\\d{8}$');
    expect('make' in maker && [maker.make(1), maker.make(42)]).toEqual(['TH10000001', 'TH10000042']);
    expect(identifierMaker('^(A|B)\\d+$')).toHaveProperty('problem');
  });
});

describe('readFhirInputs', () => {
  it('reads single resources, nested Bundles and NDJSON, and lists JSON that is not FHIR', () => {
    const nested = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: { resourceType: 'Patient', id: 'a' } }] } },
        { request: { method: 'DELETE', url: 'Patient/b' } },
      ],
    };
    const result = readFhirInputs([
      input('one.json', { resourceType: 'Patient', id: 'x' }),
      input('nested.json', nested),
      input('export.ndjson', `${JSON.stringify({ resourceType: 'Patient', id: 'y' })}\n\n${JSON.stringify({ eventId: 'kickoff' })}\n`),
      input('package.json', { name: 'hl7.fhir.r4.examples' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.resources.map((r) => r.at)).toEqual([
      'one.json: Patient',
      'nested.json: Bundle.entry[0].resource.entry[0].resource',
      'export.ndjson:1: Patient',
    ]);
    expect(result.notFhir).toEqual(['export.ndjson:3', 'package.json']);
    expect(result.emptyEntries).toBe(1);
    expect(result.bundles).toEqual({ collection: 1, searchset: 1 });
  });
});
