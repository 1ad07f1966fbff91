import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentReference, Encounter, Patient } from 'fhir/r4';
import { exportCollectionBundle, exportDocumentBundle, uuidFrom } from '../../src/fhir/export.ts';
import { importFhir } from '../../src/fhir/import.ts';
import { readPackText } from '../../src/packs/read.ts';
import type { Pack } from '../../src/packs/format.ts';
import { chartCounts, validationErrors } from './helpers.ts';

const now = '2025-03-01T12:00:00Z';
const root = join(import.meta.dirname, '..', '..', 'scenarios');

function bundled(path: string): Pack {
  const read = readPackText(readFileSync(join(root, path), 'utf8'));
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return read.pack;
}

function reimport(bundle: unknown): Pack {
  const result = importFhir([{ name: 'export.json', text: JSON.stringify(bundle) }]);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.pack;
}

describe.each([['riverside/riverside-general.pack.json'], ['lakeside/lakeside-community.pack.json']])(
  'FHIR export of the bundled pack %s',
  (path) => {
    const pack = bundled(path);

    it('writes a collection Bundle that validates against R4 and imports back with the same counts', () => {
      const result = exportCollectionBundle(pack, { now, offset: '-05:00' });
      if (!result.ok) throw new Error('export failed');
      expect(result.bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: now });
      expect(validationErrors(result.bundle)).toEqual([]);
      expect(result.report.notExported).toHaveProperty('orders');
      const back = reimport(result.bundle);
      expect(chartCounts(back)).toEqual(chartCounts(pack));
    });

    it('writes each chart as a document Bundle that validates and imports back with the same counts', () => {
      for (const patient of pack.patients) {
        const result = exportDocumentBundle(pack, patient.mrn, { now });
        if (!result.ok) throw new Error('export failed');
        expect(result.bundle.entry?.[0]?.resource?.resourceType).toBe('Composition');
        expect(validationErrors(result.bundle)).toEqual([]);
        const back = reimport(result.bundle);
        const one = { ...pack, patients: [patient] };
        expect(chartCounts(back)).toEqual(chartCounts(one));
      }
    });
  },
);

describe('FHIR export details', () => {
  const pack = bundled('riverside/riverside-general.pack.json');
  const patient = pack.patients[0]!;
  const result = exportCollectionBundle(pack, { now, mrns: [patient.mrn], offset: '-05:00' });
  if (!result.ok) throw new Error('export failed');
  const resources = result.bundle.entry!.map((e) => e.resource!);

  it('exports only the patients named, with MRN and account numbers as identifiers and zoned times', () => {
    const patients = resources.filter((r): r is Patient => r.resourceType === 'Patient');
    expect(patients).toHaveLength(1);
    expect(patients[0]!.identifier?.[0]).toMatchObject({ value: patient.mrn, type: { coding: [{ code: 'MR' }] } });
    const encounter = resources.find((r): r is Encounter => r.resourceType === 'Encounter')!;
    expect(encounter.identifier?.[0]?.value).toBe(patient.encounters[0]!.accountNumber);
    expect(encounter.period?.start).toBe(`${patient.encounters[0]!.admittedAt}:00-05:00`);
  });

  it('carries each note as base64 plain text with its LOINC type, and keeps unsigned notes unsigned', () => {
    const docs = resources.filter((r): r is DocumentReference => r.resourceType === 'DocumentReference');
    expect(docs).toHaveLength(patient.documents.length);
    const first = docs[0]!;
    const text = new TextDecoder().decode(Uint8Array.from(atob(first.content[0]!.attachment.data!), (c) => c.charCodeAt(0)));
    expect(text).toBe(patient.documents[0]!.text);
    const back = reimport(result.bundle).patients[0]!;
    expect(back.documents.map((d) => d.authentications.length > 0)).toEqual(
      patient.documents.map((d) => d.authentications.some((a) => a.role !== 'cosigner')),
    );
  });

  it('refuses an unknown MRN and a document Bundle of several charts with plain problems', () => {
    expect(exportCollectionBundle(pack, { now, mrns: ['nope'] })).toEqual({
      ok: false,
      problems: [{ path: 'mrn', message: `"nope" is not the MRN of any patient in pack "${pack.pack.id}"` }],
    });
    expect(exportDocumentBundle(pack, undefined, { now })).toMatchObject({ ok: false, problems: [{ path: 'patients' }] });
  });

  it('makes deterministic version-8 UUIDs', () => {
    expect(uuidFrom('a')).toBe(uuidFrom('a'));
    expect(uuidFrom('a')).not.toBe(uuidFrom('b'));
    expect(uuidFrom('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
