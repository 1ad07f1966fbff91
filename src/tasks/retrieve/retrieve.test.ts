/** Release of information, graded as an experienced HIM instructor would grade it (HIM-TASKS 2.8–2.11). */
import { describe, expect, it } from 'vitest';
import type { PackInput, TaskKey } from '../../packs/format.ts';
import { CRITICAL_CAP } from '../../grading/grade.ts';
import { gradingPack, itemOf, on, taskReport, workFrom, type BareCommand } from '../../../tests/helpers/grading.ts';
import { KEYS, TASKS } from '../../../tests/fixtures/tasks.ts';
import { RetrieveKey } from './schema.ts';

const cfr = (cite: string) => ({ source: 'CFR' as const, cite, text: `The rule of ${cite}.` });
const roi = (commands: BareCommand[]) => on('t-roi', commands);
const patient = { type: 'retrieve/select-patient', patientId: 'pt-oduya' } as const;
const release = { type: 'retrieve/decide', decision: 'release' } as const;
const send = (documentId: string) => ({ type: 'retrieve/toggle-document', documentId }) as const;

/** The fixture pack with the request's type and the ROI key changed. */
function withRequest(type: string, keyOver: Record<string, unknown> = {}) {
  const tasks = TASKS.map((t) => (t.id === 't-roi' ? { ...t, request: { ...t.request, type } } : t)) as unknown as PackInput['tasks'];
  const base = KEYS.find((k) => k.taskId === 't-roi')!.key as Record<string, unknown>;
  const { logPurpose: _legacy, ...rest } = base;
  const key: TaskKey = { taskId: 't-roi', key: RetrieveKey.parse({ ...rest, ...keyOver }) };
  const { pack } = gradingPack({ tasks });
  return { pack, keys: [key] };
}

describe('release of information: decisions', () => {
  it('gives a wholly wrong decision (a valid request denied, nothing sent) nothing through its empty parts', () => {
    const { pack, keys } = withRequest('attorney-authorization');
    const r = taskReport(pack, keys, workFrom(pack, roi([patient, { type: 'retrieve/decide', decision: 'deny' }])), 't-roi');
    expect(r.percent).toBe(0);
    expect(itemOf(r, 'gate:Defects')?.explanation).toContain('the valid request was denied');
  });

  it('matches the patient first, citing two identifiers (TJC NPSG.01.01.01), not 164.514(h)', () => {
    const { pack, keys } = gradingPack();
    const r = taskReport(pack, keys, workFrom(pack, roi([{ type: 'retrieve/select-patient', patientId: 'pt-nunez' }])), 't-roi');
    expect(r.percent).toBe(0);
    expect(itemOf(r, 'patient')?.explanation).toContain('The Joint Commission NPSG.01.01.01');
    expect(itemOf(r, 'patient')?.explanation).not.toContain('164.514(h)');
  });

  it('names authorization defects in words, never by id', () => {
    const { pack, keys } = gradingPack();
    const r = taskReport(
      pack,
      keys,
      workFrom(pack, roi([patient, { type: 'retrieve/toggle-defect', element: 'conditioning-statement' }])),
      't-roi',
    );
    expect(itemOf(r, 'defect:conditioning-statement')?.label).toBe(
      'Authorization defect: Statement on conditioning of treatment or payment',
    );
  });
});

describe('release of information: what was released', () => {
  it('caps the task at 40 % when a specially protected record goes out, even with everything else right', () => {
    const { pack, keys } = gradingPack();
    const r = taskReport(
      pack,
      keys,
      workFrom(
        pack,
        roi([patient, release, send('doc-oduya-hp'), send('doc-oduya-ds'), { type: 'retrieve/log-purpose', purpose: 'litigation' }]),
      ),
      't-roi',
    );
    expect(r.capped).toBe(true);
    expect(r.score).toBe(CRITICAL_CAP);
    expect(r.criticalErrors[0]?.explanation).toContain('specially protected');
    expect(r.criticalErrors[0]?.explanation).toContain('caps the task at 40 %');
  });

  it("makes releasing another patient's record critical, and says whose it is", () => {
    const { pack, keys } = gradingPack();
    const r = taskReport(pack, keys, workFrom(pack, roi([patient, release, send('doc-oduya-hp'), send('doc-nunez-ed')])), 't-roi');
    const extra = itemOf(r, 'release:doc-nunez-ed')!;
    expect(extra).toMatchObject({ status: 'extra', critical: true });
    expect(extra.explanation).toContain("This is another patient's record (NÚÑEZ, José (MRN 0001002))");
    expect(r.capped).toBe(true);
  });

  it('calls an extra document outside what the authorization covers, not "minimum necessary", under an authorization', () => {
    const { pack, keys } = withRequest('attorney-authorization', { withhold: [] });
    const r = taskReport(pack, keys, workFrom(pack, roi([patient, release, send('doc-oduya-hp'), send('doc-oduya-ds')])), 't-roi');
    const extra = itemOf(r, 'release:doc-oduya-ds')!;
    expect(extra.explanation).toContain('outside what the authorization covers');
    expect(extra.explanation).not.toContain('minimum necessary');
  });

  it('applies "minimum necessary" where it applies: a payer’s request', () => {
    const { pack, keys } = withRequest('insurer', { withhold: [] });
    const r = taskReport(pack, keys, workFrom(pack, roi([patient, release, send('doc-oduya-hp'), send('doc-oduya-ds')])), 't-roi');
    expect(itemOf(r, 'release:doc-oduya-ds')?.explanation).toContain('minimum necessary');
  });

  it('never lets the treatment wording say "minimum necessary" for continuing care', () => {
    const { pack, keys } = withRequest('continuing-care', { withhold: [] });
    const r = taskReport(pack, keys, workFrom(pack, roi([patient, release, send('doc-oduya-hp'), send('doc-oduya-ds')])), 't-roi');
    expect(itemOf(r, 'release:doc-oduya-ds')?.explanation).toBe(
      'This document is outside what the request for continuing care covers. Rule (45 CFR 164.506(c)(2)): PHI may be disclosed for the treatment activities of another provider; the minimum-necessary standard does not apply to disclosures for treatment.',
    );
  });
});

describe('release of information: the accounting of disclosures', () => {
  const accountable = {
    accountable: true,
    date: '2025-02-03',
    recipientTerms: ['Law'],
    purposeTerms: ['litigation', 'lawsuit'],
    rule: cfr('45 CFR 164.528(b)(2)'),
  };

  it('takes points for logging a disclosure that is exempt from the accounting (under an authorization)', () => {
    const { pack, keys } = withRequest('attorney-authorization', {
      accounting: { accountable: false, rule: cfr('45 CFR 164.528(a)(1)(iv)') },
    });
    const logged = taskReport(
      pack,
      keys,
      workFrom(pack, roi([patient, release, send('doc-oduya-hp'), { type: 'retrieve/log-disclosure', entry: { purpose: 'litigation' } }])),
      't-roi',
    );
    expect(itemOf(logged, 'accounting')?.status).toBe('extra');
    expect(itemOf(logged, 'accounting')?.explanation).toContain('exempt from the accounting of disclosures');
    const notLogged = taskReport(pack, keys, workFrom(pack, roi([patient, release, send('doc-oduya-hp')])), 't-roi');
    expect(notLogged.percent).toBe(100);
  });

  it('grades an accountable entry on its content: date, recipient, description and purpose (164.528(b)(2))', () => {
    const { pack, keys } = withRequest('subpoena', { accounting: accountable });
    const full = { date: '2025-02-03', recipient: 'Law Office of R. Diaz', description: 'Admission H&P', purpose: 'pending lawsuit' };
    const right = taskReport(
      pack,
      keys,
      workFrom(pack, roi([patient, release, send('doc-oduya-hp'), { type: 'retrieve/log-disclosure', entry: full }])),
      't-roi',
    );
    expect(right.percent).toBe(100);
    const half = taskReport(
      pack,
      keys,
      workFrom(
        pack,
        roi([
          patient,
          release,
          send('doc-oduya-hp'),
          { type: 'retrieve/log-disclosure', entry: { ...full, date: '2025-03-01', purpose: 'records' } },
        ]),
      ),
      't-roi',
    );
    expect(itemOf(half, 'accounting')).toMatchObject({ status: 'partial', earned: 0.5 });
    expect(itemOf(half, 'accounting')?.explanation).toContain('the date (2025-02-03) and the purpose (litigation)');
    const none = taskReport(pack, keys, workFrom(pack, roi([patient, release, send('doc-oduya-hp')])), 't-roi');
    expect(itemOf(none, 'accounting')?.status).toBe('missing');
  });

  it('reads an earlier key that only said "log it" as an accountable disclosure with any purpose', () => {
    const { pack, keys } = gradingPack();
    const r = taskReport(
      pack,
      keys,
      workFrom(
        pack,
        roi([
          patient,
          release,
          send('doc-oduya-hp'),
          {
            type: 'retrieve/log-disclosure',
            entry: { date: '2025-02-03', recipient: 'Law Office', description: 'H&P', purpose: 'litigation' },
          },
        ]),
      ),
      't-roi',
    );
    expect(r.percent).toBe(100);
  });
});
