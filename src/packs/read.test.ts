import { describe, expect, it } from 'vitest';
import { buildPack, joseNunez, packBytes, peggyOduya } from '../../tests/fixtures/packs.ts';
import { readPackBytes, readPackJson, readPackText } from './read.ts';

function problemsOf(result: ReturnType<typeof readPackJson>) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('readPack', () => {
  it('accepts a valid pack and fills defaults', () => {
    const result = readPackJson(buildPack());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.patients).toHaveLength(2);
    expect(result.pack.pack.facility.completion.historyAndPhysicalHoursAfterAdmission).toBe(24);
    expect(result.pack.patients[1]?.previousNames).toEqual([]);
  });

  it('refuses text that is not JSON, saying where', () => {
    expect(problemsOf(readPackText('{"format": "record-room-pack",\n  "version": 1 oops}'))).toEqual([
      expect.stringMatching(/^\(file\): is not valid JSON: .* at line 2, column \d+$/),
    ]);
  });

  it('says a truncated file is truncated', () => {
    const text = JSON.stringify(buildPack());
    expect(problemsOf(readPackText(text.slice(0, text.length / 2)))).toEqual([
      '(file): is not valid JSON: it ends before the data is complete (is the file truncated?)',
    ]);
  });

  it('refuses an empty file and binary data', () => {
    expect(problemsOf(readPackText('  \n'))).toEqual(['(file): is empty']);
    expect(problemsOf(readPackBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff])))).toEqual([
      '(file): is binary data, not a JSON text file',
    ]);
    expect(problemsOf(readPackBytes(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])))).toEqual([
      '(file): is not UTF-8 text (is it a binary file or a different encoding?)',
    ]);
  });

  it('refuses foreign formats and future versions with the reason', () => {
    expect(problemsOf(readPackJson([1, 2]))).toEqual(['(root): expected a JSON object with "format": "record-room-pack", got a list of 2']);
    expect(problemsOf(readPackJson({ resourceType: 'Bundle', type: 'transaction' }))[0]).toMatch(
      /^resourceType: this is a FHIR text "Bundle" resource/,
    );
    expect(problemsOf(readPackJson({ hello: 'world' }))).toEqual([
      'format: is missing: this is not a Record Room scenario pack (expected "format": "record-room-pack")',
    ]);
    expect(problemsOf(readPackJson({ ...buildPack(), version: 7 }))).toEqual([
      'version: is 7, a newer pack format than this Record Room reads (up to 3); update Record Room to open it',
    ]);
    expect(problemsOf(readPackJson({ ...buildPack(), version: '1' }))).toEqual([
      'version: must be a whole number from 1 to 3, got text "1"',
    ]);
  });

  it('reports every missing field and wrong type at once, each with its path', () => {
    const pack = buildPack();
    const patient = { ...peggyOduya(), birthDate: 19480229, sex: undefined } as unknown as ReturnType<typeof peggyOduya>;
    delete (patient.name as { family?: string }).family;
    const problems = problemsOf(readPackJson({ ...pack, patients: [patient], providers: 'none' }));
    expect(problems).toEqual(
      expect.arrayContaining([
        'providers: expected a list, got text "none"',
        'patients[0].name.family: is required',
        'patients[0].birthDate: expected text, got the number 19480229',
        'patients[0].sex: is required',
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('names misspelt fields and values outside a list', () => {
    const patient = { ...joseNunez(), dob: '1990-07-04' };
    const pack = buildPack({ patients: [patient] });
    const problems = problemsOf(readPackJson(pack));
    expect(problems).toContain('patients[0].dob: is not a field of this object (check the spelling)');
    const wrongClass = buildPack();
    (wrongClass.patients[1]!.encounters![0] as { class: string }).class = 'ambulatory';
    expect(problemsOf(readPackJson(wrongClass))).toEqual([
      'patients[1].encounters[0].class: must be one of "inpatient", "outpatient", "emergency"; got text "ambulatory"',
    ]);
  });

  it('rejects impossible dates and a 10 MB document text with a plain message', () => {
    const pack = buildPack();
    pack.patients[0]!.birthDate = '1949-02-29';
    pack.patients[1]!.documents![0]!.text = 'x'.repeat(10 * 1024 * 1024);
    expect(problemsOf(readPackJson(pack))).toEqual([
      'patients[0].birthDate: is not a real calendar date',
      'patients[1].documents[0].text: is 10,485,760 characters long; the limit is 200,000',
    ]);
  });

  it('finds duplicate MRNs, account numbers and ids', () => {
    const pack = buildPack();
    pack.patients[1]!.mrn = '0001001';
    pack.patients[1]!.encounters![0]!.accountNumber = 'RG25000001';
    pack.patients[1]!.documents![0]!.id = 'doc-oduya-hp';
    expect(problemsOf(readPackJson(pack))).toEqual([
      'patients[1].mrn: "0001001" is already the MRN of patients[0]; each patient has one MRN of their own',
      'patients[1].encounters[0].accountNumber: "RG25000001" is already the account number of patients[0].encounters[0]; each encounter has its own',
      'patients[1].documents[0].id: "doc-oduya-hp" is already the id of patients[0].documents[0]; ids must be unique in a pack',
    ]);
  });

  it('finds dangling references, including an encounter of another patient', () => {
    const pack = buildPack();
    pack.patients[0]!.encounters![0]!.attendingId = 'prv-nobody';
    pack.patients[1]!.documents![0]!.encounterId = 'enc-oduya-1';
    pack.patients[1]!.documents![0]!.authentications![0]!.providerId = 'prv-ghost';
    expect(problemsOf(readPackJson(pack))).toEqual([
      'patients[0].encounters[0].attendingId: refers to provider "prv-nobody", who is not in providers',
      'patients[1].documents[0].encounterId: refers to encounter "enc-oduya-1", which belongs to patients[0] (MRN 0001001), not to this patient',
      'patients[1].documents[0].authentications[0].providerId: refers to provider "prv-ghost", who is not in providers',
    ]);
  });

  it('finds dates out of order and identifiers outside the facility format', () => {
    const pack = buildPack();
    const stay = pack.patients[0]!.encounters![0]!;
    stay.dischargedAt = '2025-01-09T10:00';
    pack.patients[0]!.documents![0]!.authentications![0]!.at = '2025-01-10T16:30';
    pack.patients[1]!.mrn = 'A-12';
    pack.patients[1]!.encounters![0]!.admittedAt = '1989-01-01T00:00';
    expect(problemsOf(readPackJson(pack))).toEqual([
      'patients[1].mrn: "A-12" does not follow the facility\'s MRN format (7 digits)',
      'patients[0].encounters[0].dischargedAt: (2025-01-09T10:00) is before the admission (2025-01-10T14:20)',
      'patients[0].documents[0].authentications[0].at: (2025-01-10T16:30) is before the document was written (2025-01-10T17:00)',
      "patients[1].encounters[0].admittedAt: (1989-01-01T00:00) is before the patient's date of birth (1990-07-04)",
    ]);
  });

  it('keeps markup in names and notes as plain data', () => {
    const pack = buildPack();
    pack.patients[0]!.name.family = '<img src=x onerror=alert(1)>';
    pack.patients[0]!.documents![0]!.text = '<script>alert("xss")</script>';
    const result = readPackJson(pack);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.patients[0]?.documents[0]?.text).toBe('<script>alert("xss")</script>');
  });

  it('survives deeply nested input without a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(problemsOf(readPackText(deep))[0]).toMatch(/^\(root\): expected a JSON object/);
    const nestedField = `{"format":"record-room-pack","version":1,"pack":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect(problemsOf(readPackText(nestedField))).toContain('pack: expected an object, got a list of 1');
  });

  it('lists at most 200 problems and says how many more there were', () => {
    const patients = Array.from({ length: 300 }, (_, i) => ({ ...joseNunez(), id: `pt-${i}`, mrn: `${i}`.padStart(7, '0'), sex: 'robot' }));
    const problems = problemsOf(readPackJson(buildPack({ patients: patients as never })));
    expect(problems).toHaveLength(201);
    expect(problems.at(-1)).toMatch(/^\(file\): has \d+ more problems not listed here$/);
  });

  it('reads bytes the same way as text', () => {
    const result = readPackBytes(packBytes(buildPack()));
    expect(result.ok).toBe(true);
  });
});
