/**
 * The importer against real FHIR from ../shared/data: Synthea's transaction Bundles, a Synthea bulk
 * export folder (with its log.ndjson) and the official R4 examples. Each folder is read and
 * imported once (beforeAll); the tests then check counts against the source, counted here
 * independently of the importer, and round trips through export.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCollectionBundle, exportDocumentBundle } from '../../src/fhir/export.ts';
import { importFhir, type ImportReport } from '../../src/fhir/import.ts';
import type { FhirInput } from '../../src/fhir/read.ts';
import type { Pack } from '../../src/packs/format.ts';
import { formatProviderName } from '../../src/chart/format.ts';
import { isVitalSign, vitalSignRows } from '../../src/chart/vitals.ts';
import { GENERATED_SUMMARY_TITLE } from '../../src/fhir/discharge-summary.ts';
import { sharedData } from '../helpers/shared-data.ts';
import { chartCounts, readFolder, sourceCounts, validationErrors } from './helpers.ts';

const now = '2025-03-01T12:00:00Z';
const r4 = sharedData('synthea-r4');
const bulk = sharedData('synthea-bulk');
const examples = sharedData('fhir-r4-examples');

function imported(inputs: readonly FhirInput[], options = {}): { pack: Pack; report: ImportReport } {
  const result = importFhir(inputs, options);
  if (!result.ok)
    throw new Error(
      result.problems
        .slice(0, 10)
        .map((p) => `${p.path}: ${p.message}`)
        .join('\n'),
    );
  return result;
}

function reimport(bundle: unknown): Pack {
  return imported([{ name: 'export.json', text: JSON.stringify(bundle) }]).pack;
}

/** The source's counts of what the issue asks to keep. */
function expected(inputs: readonly FhirInput[]) {
  const counts = sourceCounts(inputs);
  return {
    patients: counts['Patient'] ?? 0,
    encounters: counts['Encounter'] ?? 0,
    conditions: counts['Condition'] ?? 0,
    procedures: counts['Procedure'] ?? 0,
  };
}

const withoutDocuments = ({ documents: _d, ...rest }: ReturnType<typeof chartCounts>) => rest;

/**
 * Every discharged inpatient stay has a generated summary that lists something the source recorded
 * (a diagnosis, a procedure or a medication), or is counted in the warning that says none was composed.
 */
function expectSummariesWithContent(pack: Pack, report: ImportReport) {
  const stays = pack.patients.flatMap((p) => p.encounters).filter((e) => e.class === 'inpatient' && e.dischargedAt);
  const summaries = pack.patients.flatMap((p) => p.documents).filter((d) => d.title === GENERATED_SUMMARY_TITLE);
  expect(summaries.length).toBeGreaterThan(0);
  expect(report.created.generatedDischargeSummaries).toBe(summaries.length);
  for (const summary of summaries) {
    const listed = summary.text.split('\n').filter((line) => line.startsWith('  - '));
    expect(listed.length, summary.id).toBeGreaterThan(0);
    expect(summary.text).toMatch(/^DISCHARGE DISPOSITION: \S/m);
  }
  const skipped = report.warnings.find((w) => w.includes('no discharge summary was composed'));
  const skippedCount = skipped === undefined ? 0 : Number(/^(\d+) time/.exec(skipped)?.[1]);
  expect(summaries.length + skippedCount).toBe(stays.length);
}

/** Vital-sign values in the source, counted from the files: each vital-signs Observation's value and its components' values. */
function sourceVitalSignValues(inputs: readonly FhirInput[]): number {
  let n = 0;
  const hasValue = (o: Record<string, unknown>) => Object.keys(o).some((k) => k.startsWith('value'));
  for (const { text } of inputs) {
    const bundle = JSON.parse(text) as { entry?: { resource: Record<string, unknown> }[] };
    for (const { resource } of bundle.entry ?? []) {
      if (resource['resourceType'] !== 'Observation') continue;
      const categories = (resource['category'] as { coding?: { code?: string }[] }[] | undefined) ?? [];
      if (!categories.some((c) => c.coding?.some((coding) => coding.code === 'vital-signs'))) continue;
      if (hasValue(resource)) n++;
      n += ((resource['component'] as Record<string, unknown>[] | undefined) ?? []).filter(hasValue).length;
    }
  }
  return n;
}

describe.skipIf(!r4.available)('Synthea R4 transaction Bundles (../shared/data/synthea-r4)', () => {
  let inputs: FhirInput[];
  let all: { pack: Pack; report: ImportReport };
  beforeAll(() => {
    inputs = readFolder(r4.path);
    all = imported(inputs, { composeDischargeSummaries: true });
  });

  it('imports every Bundle on its own with the source counts of patients, encounters, conditions and procedures', () => {
    expect(inputs).toHaveLength(12);
    for (const input of inputs) {
      const { pack } = imported([input]);
      expect(withoutDocuments(chartCounts(pack)), input.name).toEqual(expected([input]));
    }
  });

  it('imports all twelve together, counting Claims, EOBs and other billing or care-plan resources as unmapped', () => {
    expect(withoutDocuments(chartCounts(all.pack))).toEqual(expected(inputs));
    expect(all.report.unmapped).toMatchObject({ Claim: 275, ExplanationOfBenefit: 236, CarePlan: 26, Goal: 16, ImagingStudy: 9 });
    expect(all.report.created.results).toBeGreaterThanOrEqual(sourceCounts(inputs)['Observation'] ?? 0);
    // Synthea writes no discharge summaries: every discharged inpatient stay the source says something about gets a generated one.
    expectSummariesWithContent(all.pack, all.report);
  });

  it('charts vital signs apart from laboratory results, each value with a readable unit at its precision', () => {
    const results = all.pack.patients.flatMap((p) => p.results);
    const vitals = results.filter(isVitalSign);
    expect(vitals).toHaveLength(sourceVitalSignValues(inputs));
    const rows = all.pack.patients.flatMap((p) => vitalSignRows(p.results));
    // Every blood pressure Observation (systolic and diastolic components) is one reading.
    const pressures = rows.filter((r) => r.name === 'Blood pressure');
    expect(pressures).toHaveLength(72);
    expect(pressures.every((r) => /^\d+\/\d+ mmHg$/.test(r.value))).toBe(true);
    const valueOf = (name: string) => rows.filter((r) => r.name === name).map((r) => r.value);
    expect(valueOf('Oral temperature').every((v) => /^\d+\.\d °C$/.test(v))).toBe(true);
    expect(valueOf('Body Weight').every((v) => /^\d+\.\d kg$/.test(v))).toBe(true);
    expect(valueOf('Body Mass Index').every((v) => /^\d+\.\d kg\/m²$/.test(v))).toBe(true);
    expect(valueOf('Pain severity - 0-10 verbal numeric rating [Score] - Reported').every((v) => /^\d+$/.test(v))).toBe(true);
    // No UCUM code is left for a reader, and no laboratory result is taken for a vital sign.
    expect(rows.some((r) => /Cel|mm\[Hg\]|kg\/m2|\{score\}/.test(r.value))).toBe(false);
    expect(results.filter((r) => !isVitalSign(r)).some((r) => /Blood Pressure|Body Weight|Body Height|temperature/i.test(r.test))).toBe(
      false,
    );
  });

  it('names providers who have no recorded credentials by title and name, never "Not recorded"', () => {
    for (const provider of all.pack.providers) expect(formatProviderName(provider)).not.toMatch(/Not recorded|, $|undefined/);
    const summaries = all.pack.patients.flatMap((p) => p.documents).filter((d) => d.title === GENERATED_SUMMARY_TITLE);
    expect(summaries.every((d) => /^Attending: (Dr\. )?\S.*[^,]$/m.test(d.text) && !d.text.includes('Not recorded,'))).toBe(true);
  });

  it('cleans Synthea name suffixes from every patient and provider', () => {
    const names = [...all.pack.patients.map((p) => p.name), ...all.pack.providers.map((p) => p.name)];
    for (const name of names) expect([name.family, ...name.given].join(' ')).not.toMatch(/\p{L}\d/u);
  });

  it('exports a collection Bundle that validates against R4 and imports back with the same counts', () => {
    const result = exportCollectionBundle(all.pack, { now });
    if (!result.ok) throw new Error('export failed');
    expect(validationErrors(result.bundle)).toEqual([]);
    expect(chartCounts(reimport(result.bundle))).toEqual(chartCounts(all.pack));
  });

  it('exports each chart as a document Bundle that validates and imports back with the same counts', () => {
    for (const patient of all.pack.patients) {
      const result = exportDocumentBundle(all.pack, patient.mrn, { now });
      if (!result.ok) throw new Error('export failed');
      expect(validationErrors(result.bundle)).toEqual([]);
      expect(chartCounts(reimport(result.bundle))).toEqual(chartCounts({ ...all.pack, patients: [patient] }));
    }
  });
});

describe.skipIf(!bulk.available)('a Synthea bulk export folder (../shared/data/synthea-bulk)', () => {
  let inputs: FhirInput[];
  let result: { pack: Pack; report: ImportReport };
  beforeAll(() => {
    inputs = readFolder(bulk.path);
    result = imported(inputs);
  });

  it('imports the whole folder, reporting the export log lines as not FHIR', () => {
    expect(result.report.notFhir).toEqual(['log.ndjson:1', 'log.ndjson:2', 'log.ndjson:3', 'log.ndjson:4']);
    expect(withoutDocuments(chartCounts(result.pack))).toEqual(expected(inputs));
    expect(chartCounts(result.pack)).toMatchObject({ patients: 13, encounters: 1_215 });
    expect(result.report.unmapped).toMatchObject({ Device: 16 });
    const read = Object.values(result.report.resources).reduce((a, b) => a + b, 0);
    const accounted = [...Object.values(result.report.mapped), ...Object.values(result.report.unmapped)].reduce((a, b) => a + b, 0);
    expect(accounted).toBe(read);
  });

  it('makes every DocumentReference a document whose text is the decoded note', () => {
    const notes = inputs
      .find((i) => i.name.startsWith('DocumentReference'))!
      .text.split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    const documents = new Map(result.pack.patients.flatMap((p) => p.documents).map((d) => [d.origin?.id, d]));
    expect(notes).toHaveLength(1_215);
    for (const note of notes) {
      const doc = documents.get(note.id);
      expect(doc, note.id).toBeDefined();
      const decoded = new TextDecoder().decode(Uint8Array.from(atob(note.content[0].attachment.data), (c) => c.charCodeAt(0)));
      expect(doc!.text).toBe(decoded.replace(/\r\n?/g, '\n').trim());
    }
  });

  it('resolves the conditional Practitioner references: no encounter needed an Unknown provider', () => {
    expect(result.report.unknownProvider).toBe(false);
    expect(result.pack.providers.every((p) => p.specialty !== 'Not recorded')).toBe(true);
  });

  it('hides source codes and composes marked discharge summaries when asked', () => {
    const prepared = imported(inputs, { hideSourceCodes: true, composeDischargeSummaries: true });
    const charts = prepared.pack.patients;
    expect(
      charts.flatMap((p) => [...p.problems, ...p.procedures]).every((item) => item.code === undefined && item.origin !== undefined),
    ).toBe(true);
    const generated = charts.flatMap((p) => p.documents).filter((d) => d.type === 'discharge-summary');
    expect(
      generated.every((d) => d.title.includes('generated') && d.text.startsWith('GENERATED DOCUMENT') && d.authentications.length === 0),
    ).toBe(true);
    expectSummariesWithContent(prepared.pack, prepared.report);
    // The bulk export has no Observations, so no chart has vital signs.
    expect(charts.some((p) => p.results.some(isVitalSign))).toBe(false);
    // It imports the whole folder a second time: on a busy machine that takes more than the default 5 s.
  }, 60_000);

  it('round-trips through a collection Bundle that validates, keeping the counts', () => {
    const exported = exportCollectionBundle(result.pack, { now });
    if (!exported.ok) throw new Error('export failed');
    expect(validationErrors(exported.bundle)).toEqual([]);
    expect(chartCounts(reimport(exported.bundle))).toEqual(chartCounts(result.pack));
  });

  it('round-trips one chart through a document Bundle that validates, keeping the counts', () => {
    const patient = result.pack.patients[0]!;
    const exported = exportDocumentBundle(result.pack, patient.mrn, { now });
    if (!exported.ok) throw new Error('export failed');
    expect(validationErrors(exported.bundle)).toEqual([]);
    expect(chartCounts(reimport(exported.bundle))).toEqual(chartCounts({ ...result.pack, patients: [patient] }));
  });
});

describe.skipIf(!examples.available)('the official R4 examples (../shared/data/fhir-r4-examples)', () => {
  let inputs: FhirInput[];
  let together: { pack: Pack; report: ImportReport };
  beforeAll(() => {
    inputs = readFolder(examples.path);
    together = imported(inputs);
  });

  it('imports every file on its own; the package manifest is reported as not FHIR', () => {
    for (const input of inputs) {
      const result = importFhir([input]);
      expect(result.ok, `${input.name}: ${result.ok ? '' : JSON.stringify(result.problems)}`).toBe(true);
    }
    expect(together.report.notFhir).toEqual(['package.json']);
  });

  it('imports them together: every resource is mapped or counted as unmapped', () => {
    const counts = sourceCounts(inputs);
    const read = Object.values(together.report.resources).reduce((a, b) => a + b, 0);
    const accounted = [...Object.values(together.report.mapped), ...Object.values(together.report.unmapped)].reduce((a, b) => a + b, 0);
    expect(accounted).toBe(read);
    // Practitioner/example is in Bundle-father.json and in Practitioner-example.json with other content: the first is kept.
    expect(read).toBe(Object.values(counts).reduce((a, b) => a + b, 0) - 1);
    expect(together.report.mapped).toMatchObject({ Patient: counts['Patient'], Composition: 1 });
  });

  it("turns the document Bundle's Composition sections into one plain-text discharge summary", () => {
    const father = inputs.find((i) => i.name === 'Bundle-father.json')!;
    const { pack } = imported([father]);
    const [doc] = pack.patients[0]!.documents;
    expect(doc).toMatchObject({ type: 'discharge-summary', title: 'Discharge Summary', serviceAt: '2013-02-01T12:30' });
    expect(doc!.text).toContain('REASON FOR ADMISSION');
    expect(doc!.text).toContain('Acute Asthmatic attack. Was wheezing for days prior to admission.');
    expect(doc!.text).toContain('Doxycycline | Hives');
    expect(doc!.text).not.toMatch(/<[a-z/]/i);
    expect(pack.patients[0]!.name).toEqual({ family: 'Everywoman', given: ['Eve'] });
  });

  it("exports the examples' charts as Bundles that validate", () => {
    const exported = exportCollectionBundle(together.pack, { now });
    if (!exported.ok) throw new Error('export failed');
    expect(validationErrors(exported.bundle)).toEqual([]);
    expect(chartCounts(reimport(exported.bundle))).toEqual(chartCounts(together.pack));
  });
});
