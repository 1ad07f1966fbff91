import { describe, expect, it } from 'vitest';
import { readFhirInputs } from './read.ts';
import { ResourceIndex, referenceProblems } from './references.ts';
import { input } from './test-fixtures.ts';

const bundle = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    { fullUrl: 'urn:uuid:11111111-1111-4111-8111-111111111111', resource: { resourceType: 'Patient', id: 'p1' } },
    {
      fullUrl: 'http://example.org/fhir/Practitioner/dr1',
      resource: {
        resourceType: 'Practitioner',
        id: 'dr1',
        identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '9999990001' }],
      },
    },
    {
      fullUrl: 'http://example.org/fhir/Encounter/e1',
      resource: {
        resourceType: 'Encounter',
        id: 'e1',
        status: 'finished',
        class: { code: 'AMB' },
        contained: [{ resourceType: 'Location', id: 'room', name: 'Room 4' }],
        subject: { reference: 'urn:uuid:11111111-1111-4111-8111-111111111111' },
      },
    },
  ],
};

const read = readFhirInputs([input('b.json', bundle)]);
const index = new ResourceIndex(read.resources);
const encounter = read.resources[2]!;

const resolve = (reference: string) => index.resolve({ reference }, encounter);
const targetOf = (reference: string) => {
  const r = resolve(reference);
  return r.kind === 'resource' ? `${r.target.resource.resourceType}/${r.target.resource.id}` : r.kind;
};

describe('ResourceIndex.resolve', () => {
  it('follows urn:uuid, relative (against the entry base), absolute, versioned and conditional references', () => {
    expect(targetOf('urn:uuid:11111111-1111-4111-8111-111111111111')).toBe('Patient/p1');
    expect(targetOf('Practitioner/dr1')).toBe('Practitioner/dr1');
    expect(targetOf('http://example.org/fhir/Practitioner/dr1')).toBe('Practitioner/dr1');
    expect(targetOf('https://elsewhere.example/Practitioner/dr1/_history/3')).toBe('Practitioner/dr1');
    expect(targetOf('Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999990001')).toBe('Practitioner/dr1');
    expect(targetOf('Practitioner?identifier=http%3A%2F%2Fhl7.org%2Ffhir%2Fsid%2Fus-npi%7C9999990001')).toBe('Practitioner/dr1');
  });

  it('finds contained resources and logical references by identifier', () => {
    expect(resolve('#room')).toMatchObject({ kind: 'contained', resource: { name: 'Room 4' } });
    const logical = index.resolve(
      { type: 'Practitioner', identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '9999990001' } },
      encounter,
    );
    expect(logical).toMatchObject({ kind: 'resource', target: { resource: { id: 'dr1' } } });
  });

  it('calls a literal reference to a resource outside the input external, and a broken one broken', () => {
    expect(resolve('Patient/elsewhere')).toEqual({ kind: 'external', reference: 'Patient/elsewhere' });
    expect(resolve('urn:uuid:99999999-9999-4999-8999-999999999999')).toMatchObject({ kind: 'broken', reason: 'points to nothing' });
    expect(resolve('#nothing')).toMatchObject({ kind: 'broken' });
    expect(resolve('Patinet/p1')).toMatchObject({ kind: 'broken', reason: 'names "Patinet", which is not a FHIR R4 resource type' });
    expect(resolve('Practitioner?name=Smith')).toMatchObject({ kind: 'broken' });
    expect(resolve('not a reference')).toMatchObject({ kind: 'broken' });
    expect(index.resolve({ display: 'Dr. Who' }, encounter)).toEqual({ kind: 'none' });
  });
});

describe('referenceProblems', () => {
  it('names the path of every broken reference, and none for external ones', () => {
    const broken = {
      ...bundle,
      entry: [
        ...bundle.entry,
        {
          fullUrl: 'urn:uuid:22222222-2222-4222-8222-222222222222',
          resource: {
            resourceType: 'Condition',
            subject: { reference: 'Patient/elsewhere' },
            evidence: [{ detail: [{ reference: 'urn:uuid:00000000-0000-4000-8000-000000000000' }] }],
          },
        },
      ],
    };
    const r = readFhirInputs([input('broken.json', broken)]);
    expect(referenceProblems(new ResourceIndex(r.resources))).toEqual([
      {
        path: 'broken.json: Bundle.entry[3].resource.evidence[0].detail[0].reference',
        message: '"urn:uuid:00000000-0000-4000-8000-000000000000" points to nothing',
      },
    ]);
  });
});
