import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { sharedData } from '../helpers/shared-data.ts';
import { synthetic, uuid } from '../../src/fhir/test-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'record-room-fhir-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const bulk = sharedData('synthea-bulk');
const noStackTrace = (lines: string[]) => lines.every((l) => !/\n\s+at |Error:/.test(l));

describe('record-room import-fhir', () => {
  it('writes a valid pack and prints counts, the unmapped report and a JSON summary line last', async () => {
    const input = file('kris.json', JSON.stringify(synthetic()));
    const out = join(dir, 'kris.pack.json');
    const result = await runCli(
      'import-fhir',
      input,
      '--out',
      out,
      '--pack-id',
      'kris',
      '--title',
      'Kris chart',
      '--discharge-summaries',
      '--hide-source-codes',
    );
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe(`Read 1 file; wrote ${out} (pack "kris").`);
    expect(result.out).toContain('Discharge summaries generated (marked as generated, unsigned): 1.');
    expect(result.out).toContain('Unmapped: none.');
    expect(JSON.parse(result.out.at(-1)!)).toEqual({
      id: 'kris',
      patients: 1,
      encounters: 2,
      conditions: 1,
      procedures: 1,
      documents: 2,
      unmapped: {},
      notFhir: 0,
    });
    expect(await runCli('validate', out)).toEqual({ code: 0, out: [], err: [] });
    const inspect = await runCli('inspect', out);
    expect(JSON.parse(inspect.out[0]!)).toMatchObject({
      id: 'kris',
      title: 'Kris chart',
      patients: 1,
      encounters: 2,
      conditions: 1,
      procedures: 1,
      documents: { total: 2 },
    });
  });

  it('refuses broken input with path-bearing lines on stderr and exit 1, never a stack trace', async () => {
    const bundle = synthetic() as { entry: { resource: Record<string, unknown> }[] };
    bundle.entry[4]!.resource['subject'] = { reference: `urn:uuid:${uuid(77)}` };
    const dangling = file('dangling.json', JSON.stringify(bundle));
    const notJson = file('notes.json', '{"resourceType": "Patient",');
    const unknown = file('unknown.json', JSON.stringify({ resourceType: 'Pateint', id: 'x' }));
    const result = await runCli('import-fhir', dangling, notJson, unknown, '--out', join(dir, 'never.json'));
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([
      'notes.json: is not valid JSON: it ends before the data is complete (is it truncated?)',
      'unknown.json: resourceType: "Pateint" is not a FHIR R4 resource type',
    ]);
    expect(noStackTrace(result.err)).toBe(true);
    const alone = await runCli('import-fhir', dangling, '--out', join(dir, 'never.json'));
    expect(alone.err).toEqual([`dangling.json: Bundle.entry[4].resource.subject.reference: "urn:uuid:${uuid(77)}" points to nothing`]);
  });

  it('says how it was used wrongly with exit 2, and names a missing file with exit 1', async () => {
    expect((await runCli('import-fhir', file('x.json', '{}'))).code).toBe(2);
    expect((await runCli('import-fhir', '--out', join(dir, 'y.json'))).code).toBe(2);
    expect((await runCli('import-fhir', file('z.json', '{}'), '--out', join(dir, 'z.pack.json'), '--pack-id', 'bad id')).code).toBe(2);
    const missing = await runCli('import-fhir', join(dir, 'nope.json'), '--out', join(dir, 'n.json'));
    expect(missing).toEqual({ code: 1, out: [], err: [`${join(dir, 'nope.json')}: (file): no such file or folder`] });
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    expect((await runCli('import-fhir', empty, '--out', join(dir, 'e.json'))).err).toEqual([
      `${empty}: the folder has no .json or .ndjson files`,
    ]);
  });

  it.skipIf(!bulk.available)(
    'imports a bulk export folder, listing its log lines as not FHIR',
    async () => {
      const out = join(dir, 'bulk.pack.json');
      const result = await runCli('import-fhir', bulk.path, '--out', out);
      expect(result.code).toBe(0);
      expect(result.out).toContain('Not FHIR (skipped): log.ndjson:1, log.ndjson:2, log.ndjson:3, log.ndjson:4.');
      expect(result.out).toContain('Unmapped, by resource type: Device 16, Location 5, Organization 4.');
      expect(JSON.parse(result.out.at(-1)!)).toMatchObject({
        patients: 13,
        encounters: 1_215,
        conditions: 555,
        procedures: 2_056,
        documents: 1_215,
        notFhir: 4,
      });
    },
    60_000,
  );
});

describe('record-room export-fhir', () => {
  const pack = join(dir, 'export-source.pack.json');

  it('writes a collection Bundle, or one chart as a document Bundle', async () => {
    await runCli('import-fhir', file('source.json', JSON.stringify(synthetic())), '--out', pack);
    const out = join(dir, 'bundle.json');
    const collection = await runCli('export-fhir', pack, '--out', out);
    expect(collection.code).toBe(0);
    expect(JSON.parse(collection.out[0]!)).toMatchObject({
      type: 'collection',
      patients: 1,
      resources: { Patient: 1, Encounter: 2, Condition: 1 },
    });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const document = await runCli('export-fhir', pack, '--patient', '1000001', '--document', '--offset', '-05:00', '--out', out);
    expect(JSON.parse(document.out[0]!)).toMatchObject({ type: 'document', patients: 1 });
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle.entry[0].resource.resourceType).toBe('Composition');
  });

  it('refuses an unknown MRN, an invalid pack and wrong usage with plain lines', async () => {
    const unknown = await runCli('export-fhir', pack, '--patient', '42', '--out', join(dir, 'b.json'));
    expect(unknown).toEqual({ code: 1, out: [], err: [`${pack}: mrn: "42" is not the MRN of any patient in pack "fhir-import"`] });
    const notPack = await runCli(
      'export-fhir',
      file('fhir.json', JSON.stringify({ resourceType: 'Patient' })),
      '--out',
      join(dir, 'b.json'),
    );
    expect(notPack.code).toBe(1);
    expect(notPack.err[0]).toContain('resourceType: this is a FHIR');
    expect((await runCli('export-fhir', pack)).code).toBe(2);
    expect((await runCli('export-fhir', pack, '--out', join(dir, 'b.json'), '--offset', 'EST')).code).toBe(2);
  });
});
