/** Filing and the misfile hunt, graded as an experienced HIM instructor would grade them (HIM-TASKS 2.4). */
import { describe, expect, it } from 'vitest';
import type { PackInput } from '../../packs/format.ts';
import { readPackJson } from '../../packs/read.ts';
import { gradingPack, itemOf, on, taskReport, workFrom, type BareCommand } from '../../../tests/helpers/grading.ts';
import { buildPack } from '../../../tests/fixtures/packs.ts';
import { KEYS, TASKS } from '../../../tests/fixtures/tasks.ts';

const policy = { source: 'facility' as const, cite: 'Indexing policy', text: 'Match two identifiers before filing.' };
const audit = {
  id: 't-audit',
  kind: 'file',
  title: 'Audit the chart',
  instructions: 'Find misfiled documents.',
  rhitDomain: 'data-content',
  difficulty: 'medium',
  estimatedMinutes: 10,
  auditPatientIds: ['pt-nunez', 'pt-oduya'],
};
/** The fixture pack with a chart audit: the ED note in Nunez's chart belongs to Oduya. */
function auditPack(
  misfiles: Record<string, unknown>[] = [{ documentId: 'doc-nunez-ed', toPatientId: 'pt-oduya', critical: true, rule: policy }],
) {
  return gradingPack({
    tasks: [...TASKS, audit] as unknown as PackInput['tasks'],
    keys: [...KEYS, { taskId: 't-audit', key: { kind: 'file', misfiles } }] as unknown as PackInput['keys'],
  });
}
const onAudit = (commands: BareCommand[]) => on('t-audit', commands);
const onFile = (commands: BareCommand[]) => on('t-file', commands);

describe('filing loose documents', () => {
  const { pack, keys } = gradingPack();

  it('makes filing into another patient\u2019s chart a critical error that scores nothing, citing two identifiers', () => {
    const r = taskReport(
      pack,
      keys,
      workFrom(pack, onFile([{ type: 'file/index', looseDocumentId: 'loose-1', patientId: 'pt-nunez' }])),
      't-file',
    );
    expect(r.percent).toBe(0);
    expect(r.items[0]?.critical).toBe(true);
    expect(r.items[0]?.explanation).toContain('Filed into the wrong chart');
    expect(r.items[0]?.explanation).toContain('NPSG.01.01.01');
  });

  it('gives the right patient half and explains what else to check', () => {
    const r = taskReport(
      pack,
      keys,
      workFrom(pack, onFile([{ type: 'file/index', looseDocumentId: 'loose-1', patientId: 'pt-oduya' }])),
      't-file',
    );
    expect(itemOf(r, 'file:loose-1')).toMatchObject({ earned: 0.5, status: 'partial' });
    expect(itemOf(r, 'file:loose-1')?.explanation).toContain('Right patient; check the encounter');
  });

  it('gives half credit for holding a document that should go back to the sender who misdirected it', () => {
    const returnKey = [
      {
        taskId: 't-file',
        key: {
          kind: 'file' as const,
          misfiles: [],
          documents: [
            {
              looseDocumentId: 'loose-1',
              action: 'return' as const,
              rule: policy,
              weight: 1,
              critical: false,
              optional: false,
              alternateEncounterIds: [],
              alternateDocumentTypes: [],
            },
          ],
        },
      },
    ];
    const held = taskReport(pack, returnKey, workFrom(pack, onFile([{ type: 'file/hold', looseDocumentId: 'loose-1' }])), 't-file');
    expect(held.percent).toBe(50);
    expect(itemOf(held, 'file:loose-1')?.explanation).toContain('Holding it kept it out of every chart, which was safe');
    const filed = taskReport(
      pack,
      returnKey,
      workFrom(pack, onFile([{ type: 'file/index', looseDocumentId: 'loose-1', patientId: 'pt-oduya' }])),
      't-file',
    );
    expect(filed.criticalErrors).toHaveLength(1);
  });

  it('refuses to index a loose document the task does not give', () => {
    expect(() => workFrom(pack, onFile([{ type: 'file/hold', looseDocumentId: 'loose-9' }]))).toThrow(
      'not one this task gives you to index',
    );
  });
});

describe('the misfile hunt', () => {
  it('finds the planted misfile and its destination', () => {
    const { pack, keys } = auditPack();
    const r = taskReport(
      pack,
      keys,
      workFrom(pack, onAudit([{ type: 'file/flag-misfile', documentId: 'doc-nunez-ed', toPatientId: 'pt-oduya' }])),
      't-audit',
    );
    expect(r.percent).toBe(100);
  });

  it('makes flagging a correctly filed document and naming another patient\u2019s chart a critical error', () => {
    const { pack, keys } = auditPack();
    const r = taskReport(
      pack,
      keys,
      workFrom(
        pack,
        onAudit([
          { type: 'file/flag-misfile', documentId: 'doc-nunez-ed', toPatientId: 'pt-oduya' },
          { type: 'file/flag-misfile', documentId: 'doc-oduya-hp', toPatientId: 'pt-nunez' },
        ]),
      ),
      't-audit',
    );
    const extra = itemOf(r, 'misfile:doc-oduya-hp')!;
    expect(extra).toMatchObject({ status: 'extra', critical: true });
    expect(extra.explanation).toContain("would put one patient's health information into another's");
    expect(r.capped).toBe(true);
  });

  it('costs a flag without a destination on a correct document only an extra\u2019s share', () => {
    const { pack, keys } = auditPack();
    const r = taskReport(
      pack,
      keys,
      workFrom(
        pack,
        onAudit([
          { type: 'file/flag-misfile', documentId: 'doc-nunez-ed', toPatientId: 'pt-oduya' },
          { type: 'file/flag-misfile', documentId: 'doc-oduya-hp' },
        ]),
      ),
      't-audit',
    );
    expect(r.criticalErrors).toHaveLength(0);
    expect(r.percent).toBe(75);
  });

  it('is refused by the pack checks when the key grades a document outside the audited charts', () => {
    const read = readPackJson({
      ...buildPack(),
      tasks: [{ ...audit, auditPatientIds: ['pt-oduya'] }],
      keys: [
        { taskId: 't-audit', key: { kind: 'file', misfiles: [{ documentId: 'doc-nunez-ed', toPatientId: 'pt-oduya', rule: policy }] } },
      ],
    });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toContainEqual({
        path: 'keys[0].key.misfiles[0].documentId',
        message: 'is in the chart of patient "pt-nunez", which task "t-audit" does not audit (add it to the task\'s auditPatientIds)',
      });
    }
    const same = readPackJson({
      ...buildPack(),
      tasks: [audit],
      keys: [
        { taskId: 't-audit', key: { kind: 'file', misfiles: [{ documentId: 'doc-nunez-ed', toPatientId: 'pt-nunez', rule: policy }] } },
      ],
    });
    expect(same.ok).toBe(false);
    if (!same.ok)
      expect(same.problems).toEqual([
        {
          path: 'keys[0].key.misfiles[0].toPatientId',
          message: 'is the chart the document is already in: a misfile moves to another chart',
        },
      ]);
  });

  it('is refused by the pack checks when the key grades a loose document the task does not show', () => {
    const read = readPackJson({ ...buildPack(), tasks: [{ ...TASKS[0], looseDocumentIds: [] }], keys: [KEYS[0]] });
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems[0]).toEqual({
        path: 'keys[0].key.documents[0].looseDocumentId',
        message: 'grades loose document "loose-1", which task "t-file" does not show (add it to the task\'s looseDocumentIds)',
      });
  });
});
