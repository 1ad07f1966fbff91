/**
 * Pack checks an author's mistakes must meet: every reference a key makes resolves, to the right
 * patient; care is dated within the patient's life; a version-1 pack does not lose what it carries.
 * Each is a problem with its path.
 */
import { describe, expect, it } from 'vitest';
import { readPackJson } from '../../src/packs/read.ts';
import { buildPack, peggyOduya, joseNunez } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';

function problems(pack: unknown) {
  const read = readPackJson(pack);
  return read.ok ? [] : read.problems;
}
const keyed = (change: (keys: typeof KEYS) => unknown) => ({ ...buildPack(), tasks: TASKS, keys: change(structuredClone(KEYS)) });

describe('pack checks', () => {
  it('checks alternate encounters: one that does not exist, or is a document, is a problem', () => {
    const found = problems(
      keyed((keys) => {
        (keys[0]!.key as { documents: Record<string, unknown>[] }).documents[0]!['alternateEncounterIds'] = ['enc-none', 'doc-oduya-hp'];
        return keys;
      }),
    );
    expect(found).toEqual([
      { path: 'keys[0].key.documents[0].alternateEncounterIds[0]', message: 'refers to encounter "enc-none", which is not in this pack' },
      {
        path: 'keys[0].key.documents[0].alternateEncounterIds[1]',
        message: 'refers to encounter "doc-oduya-hp", which is not in this pack',
      },
    ]);
  });

  it("refuses a key that names another patient's document or encounter", () => {
    expect(
      problems(
        keyed((keys) => {
          (keys[2]!.key as { deficiencies: Record<string, unknown>[] }).deficiencies[0]!['documentId'] = 'doc-nunez-ed';
          return keys;
        }),
      ),
    ).toEqual([
      {
        path: 'keys[2].key.deficiencies[0].documentId',
        message:
          'refers to document "doc-nunez-ed" in the chart of patient "pt-nunez", not of patient "pt-oduya": a deficiency is found in the record being analysed',
      },
    ]);
    expect(
      problems(
        keyed((keys) => {
          (keys[3]!.key as { release: Record<string, unknown>[] }).release[0]!['documentId'] = 'doc-nunez-ed';
          return keys;
        }),
      ),
    ).toEqual([
      {
        path: 'keys[3].key.release[0].documentId',
        message:
          'refers to document "doc-nunez-ed" in the chart of patient "pt-nunez", not of patient "pt-oduya": a request is answered from the chart of the patient it is about',
      },
    ]);
    expect(
      problems(
        keyed((keys) => {
          (keys[0]!.key as { documents: Record<string, unknown>[] }).documents[0]!['encounterId'] = 'enc-nunez-1';
          return keys;
        }),
      ),
    ).toEqual([
      {
        path: 'keys[0].key.documents[0].encounterId',
        message: 'refers to encounter "enc-nunez-1", which belongs to patient "pt-nunez", not "pt-oduya"',
      },
    ]);
  });

  it('refuses care dated before birth or after death', () => {
    const oduya = { ...peggyOduya(), deceasedAt: '2025-01-20T03:00' };
    oduya.orders = [
      {
        id: 'ord-late',
        category: 'medication',
        text: 'Ceftriaxone',
        orderedAt: '2025-02-01T10:00',
        orderedById: 'prv-adams',
        status: 'active',
        mode: 'written',
      },
    ];
    oduya.medications = [{ id: 'med-early', name: 'Aspirin', status: 'active', start: '1940-01-01T00:00' }];
    oduya.problems = [{ id: 'prb-early', description: 'COPD', status: 'active', onset: '1940-05-01' }];
    const found = problems({ ...buildPack({ patients: [oduya, joseNunez()] }) });
    expect(found).toEqual(
      expect.arrayContaining([
        { path: 'patients[0].orders[0].orderedAt', message: "(2025-02-01T10:00) is after the patient's death (2025-01-20T03:00)" },
        { path: 'patients[0].medications[0].start', message: "(1940-01-01T00:00) is before the patient's date of birth (1948-02-29)" },
        { path: 'patients[0].problems[0].onset', message: "(1940-05-01) is before the patient's date of birth (1948-02-29)" },
      ]),
    );
  });

  it('refuses a version-1 pack that carries tasks, instead of dropping them', () => {
    expect(problems({ ...buildPack(), version: 1, tasks: TASKS })).toEqual([
      {
        path: 'tasks',
        message: 'is not part of pack format version 1: tasks and keys came with version 2, so set "version": 2 to keep them',
      },
    ]);
  });
});
