/**
 * The HIM work queues in jsdom: worklists, each kind of work through the controls a trainee uses,
 * work saved at every action and all there after a reload, submission locking a task, and the
 * results screen teaching with the grader's report.
 */
import { workItemOf } from '../fixtures/work-items.ts';
import { act, cleanup, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { buildPack } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';
import { useAppStore } from '../../src/store/store.ts';
import { storeCodeSet } from '../../src/storage/code-sets.ts';
import { grade } from '../../src/grading/grade.ts';
import { readPackJson } from '../../src/packs/read.ts';
import type { RecordRoomDb } from '../../src/storage/db.ts';

const pack = { ...buildPack(), tasks: TASKS, keys: KEYS };

async function savedWork(db: RecordRoomDb) {
  await act(() => useAppStore.getState().flushWork());
  return (await db.work.get(['test-pack', JordanLee.id]))!;
}

// Vitest transforms the lazy chunks (work pages, encoder, code sets) on first import: do it once, up front.
beforeAll(async () => {
  await Promise.all([
    import('../../src/ui/work/TaskPage.tsx'),
    import('../../src/ui/work/CodingWork.tsx'),
    import('../../src/ui/encoder/EncoderPanel.tsx'),
  ]);
}, 60_000);

describe('HIM work queues', () => {
  it('lists each queue’s tasks with their status, and arrow keys move between queues', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [pack], hash: '#/queues/filing' });
    const filing = await screen.findByRole('table', { name: 'Filing worklist' });
    // A queue lists work items (what, from whom, when), not the author's teaching title.
    const row = within(filing)
      .getByRole('link', { name: workItemOf(pack, 'File the fax') })
      .closest('tr')!;
    expect(filing).not.toHaveTextContent('File the fax');
    expect(row).toHaveTextContent('Loose documents');
    expect(row).toHaveTextContent('easy');
    expect(row).toHaveTextContent('Not started');
    expect(screen.getByRole('tab', { name: /^Filing/ })).toHaveAttribute('aria-selected', 'true');
    screen.getByRole('tab', { name: /^Filing/ }).focus();
    await user.keyboard('{ArrowRight}');
    const requests = await screen.findByRole('table', { name: 'Requests worklist' });
    expect(requests).toHaveTextContent('Attorney with authorization request');
    expect(requests).not.toHaveTextContent('Attorney request');
    expect(screen.getByRole('tab', { name: /^Requests/ })).toHaveFocus();
    await user.click(screen.getByRole('tab', { name: /^Coding/ }));
    const coding = await screen.findByRole('table', { name: 'Coding worklist' });
    expect(within(coding).getByRole('link', { name: workItemOf(pack, 'Code the stay') })).toBeInTheDocument();
    expect(coding).not.toHaveTextContent('Code the stay');
  });

  it('files a loose document by identifiers, saves every action, and keeps it all after a reload', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, packs: [pack], hash: '#/task/test-pack/t-file' });
    const card = await screen.findByRole('article', { name: 'Consult letter' });
    expect(within(card).getByLabelText('Text of Consult letter')).toBeInTheDocument();
    await user.click(within(card).getByRole('radio', { name: 'File to a chart' }));
    await user.type(within(card).getByRole('searchbox', { name: 'Find patient' }), '02/29/1948');
    await user.click(within(card).getByRole('button', { name: /Select ODUYA, Margaret Ann/ }));
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Encounter' }), 'enc-oduya-1');
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Document type' }), 'consultation');
    expect((await savedWork(db)).work.tasks['t-file']).toEqual({
      kind: 'file',
      misfiles: {},
      documents: { 'loose-1': { action: 'file', patientId: 'pt-oduya', encounterId: 'enc-oduya-1', documentType: 'consultation' } },
    });
    expect((await savedWork(db)).commands).toBe(3);

    // Reload: a new app on the same database.
    cleanup();
    useAppStore.setState({ works: new Map() });
    const { render } = await import('@testing-library/react');
    const { App } = await import('../../src/ui/App.tsx');
    render(<App />);
    const again = await screen.findByRole('article', { name: 'Consult letter' });
    expect(within(again).getByLabelText('Filing of Consult letter')).toHaveTextContent(
      'Filed to ODUYA, Margaret Ann · MRN 0001001 · DOB 02/29/1948 · Inpatient 01/10/2025–01/14/2025 · RG25000001 · Consultation',
    );
    expect(screen.getByText(/All changes saved \(3 actions on this task\)/)).toBeInTheDocument();
  });

  it('holds a document that cannot be matched, and clears it again', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, packs: [pack], hash: '#/task/test-pack/t-file' });
    const card = await screen.findByRole('article', { name: 'Consult letter' });
    await user.click(within(card).getByRole('radio', { name: /^Hold/ }));
    expect(within(card).getByLabelText('Filing of Consult letter')).toHaveTextContent('Held for identity review');
    expect((await savedWork(db)).work.tasks['t-file']).toMatchObject({ documents: { 'loose-1': { action: 'hold' } } });
    await user.click(within(card).getByRole('button', { name: 'Clear indexing' }));
    expect(within(card).getByLabelText('Filing of Consult letter')).toHaveTextContent('Not yet indexed.');
  });

  it('answers a request: patient, authorization defects, decision, documents, disclosure log; submitting locks it', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, packs: [pack], hash: '#/task/test-pack/t-roi' });
    expect(await screen.findByLabelText('Request letter')).toHaveTextContent('Records of Margaret Oduya DOB 02/29/1948');
    const find = screen.getByRole('group', { name: '1. Find the patient' });
    await user.type(within(find).getByRole('searchbox', { name: 'Find patient' }), '0001001');
    await user.click(within(find).getByRole('button', { name: /Select ODUYA/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Expiration date or event' }));
    await user.click(screen.getByRole('radio', { name: 'Release' }));
    const docs = screen.getByRole('table', { name: 'Documents in the chart' });
    await user.click(within(docs).getByRole('checkbox', { name: 'Release Admission H&P (01/10/2025)' }));
    await user.click(within(docs).getByRole('button', { name: 'Admission H&P' }));
    expect(await screen.findByRole('article', { name: 'Admission H&P' })).toBeInTheDocument();
    const log = screen.getByRole('group', { name: '5. Log the disclosure' });
    expect(within(log).getByRole('textbox', { name: 'Recipient' })).toHaveValue('Law Office');
    await user.type(within(log).getByLabelText('Date of disclosure'), '2025-02-03');
    await user.type(within(log).getByRole('textbox', { name: 'Purpose of disclosure' }), 'litigation');
    await user.click(within(log).getByRole('button', { name: 'Log disclosure' }));
    expect(await screen.findByLabelText('Disclosure log entry')).toHaveTextContent(
      'Logged: 2025-02-03 · Law Office · Admission H&P (01/10/2025) · litigation',
    );
    expect((await savedWork(db)).work.tasks['t-roi']).toEqual({
      kind: 'retrieve',
      patientId: 'pt-oduya',
      defects: ['expiration'],
      decision: 'release',
      release: ['doc-oduya-hp'],
      disclosure: { date: '2025-02-03', recipient: 'Law Office', description: 'Admission H&P (01/10/2025)', purpose: 'litigation' },
    });
    // Opening a document from a queue is an access like any other.
    expect((await db.accessLog.toArray()).map((e) => e.what)).toContain('History and Physical: Admission H&P (01/10/2025)');

    await user.click(screen.getByRole('button', { name: 'Submit task' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Submit this task?' })).getByRole('button', { name: 'Submit for grading' }));
    expect(await screen.findByText('This task was handed in and can no longer change.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Deny' })).toBeDisabled();
    expect(within(docs).getByRole('checkbox', { name: 'Release Admission H&P (01/10/2025)' })).toBeDisabled();
    expect(useAppStore.getState().dispatch('test-pack', { type: 'retrieve/decide', taskId: 't-roi', decision: 'deny' })).toBe(
      'this task has been submitted and can no longer change',
    );
    expect((await savedWork(db)).work.submitted['t-roi']).toBeDefined();
  });

  it('records deficiencies against the responsible provider and declares the record', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, packs: [pack], hash: '#/task/test-pack/t-complete' });
    const contents = await screen.findByRole('table', { name: 'Documents of the encounter' });
    expect(within(contents).getByRole('button', { name: 'Discharge Summary' }).closest('tr')).toHaveTextContent('Unsigned');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Document or order' }), 'doc-oduya-ds');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deficiency' }), 'missing-signature');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Responsible provider' }), 'prv-baker');
    await user.click(screen.getByRole('button', { name: 'Add deficiency' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Document or order' }), 'doc-oduya-ds');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deficiency' }), 'missing-signature');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Responsible provider' }), 'prv-adams');
    await user.click(screen.getByRole('button', { name: 'Add deficiency' }));
    await user.click(screen.getByRole('button', { name: 'Remove deficiency 1' }));
    await user.click(screen.getByRole('radio', { name: /^Incomplete/ }));
    const list = screen.getByRole('table', { name: 'Deficiencies recorded' });
    expect(within(list).getAllByRole('row')).toHaveLength(2);
    expect(list).toHaveTextContent('Discharge Summary (01/14/2025 11:00)Signature missingHelen Adams, MD');
    expect((await savedWork(db)).work.tasks['t-complete']).toEqual({
      kind: 'complete',
      deficiencies: [{ documentId: 'doc-oduya-ds', type: 'missing-signature', providerId: 'prv-adams' }],
      recordComplete: false,
    });
  });

  it('checks each code against the code set as it is typed, keeps the sequence, and takes codes from the encoder', async () => {
    const entries = [
      { code: 'J18', title: 'Pneumonia, unspecified organism', billable: false, kind: 'header' as const },
      { code: 'J181', title: 'Lobar pneumonia, unspecified organism', billable: true, kind: 'code' as const },
      { code: 'J449', title: 'Chronic obstructive pulmonary disease, unspecified', billable: true, kind: 'code' as const },
    ];
    const { user, db } = await renderApp({ trainee: JordanLee, packs: [pack], hash: '#/queues/coding' });
    await storeCodeSet(
      {
        format: 'record-room-codeset',
        version: 1,
        system: 'ICD-10-CM',
        fiscalYear: 2025,
        source: 'official',
        title: 'ICD-10-CM FY2025 (official CMS release)',
        entries,
      },
      '2025-03-01T00:00:00Z',
    );
    await storeCodeSet(
      {
        format: 'record-room-codeset',
        version: 1,
        system: 'ICD-10-PCS',
        fiscalYear: 2025,
        source: 'official',
        title: 'ICD-10-PCS FY2025',
        entries: [
          {
            code: '0BJ08ZZ',
            title: 'Inspection of Tracheobronchial Tree, Via Natural or Artificial Opening Endoscopic',
            billable: true,
            kind: 'code',
          },
        ],
      },
      '2025-03-01T00:00:00Z',
    );
    await user.click(await screen.findByRole('link', { name: workItemOf(pack, 'Code the stay') }));
    const diagnoses = await screen.findByRole('region', { name: 'Diagnoses (ICD-10-CM)' }, { timeout: 5_000 });
    const field = within(diagnoses).getByRole('textbox', { name: 'Diagnosis code' });
    await user.type(field, 'j18');
    expect(await within(diagnoses).findByRole('status')).toHaveTextContent('J18 is a header in FY2025, not billable');
    await user.clear(field);
    await user.type(field, 'J44.9');
    expect(within(diagnoses).getByRole('status')).toHaveTextContent(
      'J44.9 is valid and billable in FY2025. Chronic obstructive pulmonary disease, unspecified',
    );
    await user.click(within(diagnoses).getByRole('button', { name: 'Add diagnosis' }));
    await user.type(field, 'J18.1{Enter}');
    await user.click(within(diagnoses).getByRole('button', { name: 'Move J18.1 up' }));
    await user.selectOptions(within(diagnoses).getByRole('combobox', { name: 'POA for J18.1' }), 'Y');
    const rows = within(diagnoses).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('PrincipalJ18.1Lobar pneumonia, unspecified organism');
    expect(rows[2]).toHaveTextContent('2J44.9');

    // The encoder beside the work adds the code it shows.
    await user.click(screen.getByRole('button', { name: 'Open the encoder' }));
    // The panel replaces its loading placeholder once its chunk is in: find it after that.
    await screen.findByRole('tablist', { name: 'Code systems' }, { timeout: 10_000 });
    const encoder = screen.getByRole('complementary', { name: 'Encoder' });
    await user.click(within(encoder).getByRole('tab', { name: 'ICD-10-PCS' }));
    await user.type(await within(encoder).findByRole('textbox', { name: 'Code to check' }), '0BJ08ZZ');
    await user.click(await within(encoder).findByRole('button', { name: 'Add 0BJ08ZZ as a procedure' }));
    expect(within(screen.getByRole('region', { name: 'Procedures (ICD-10-PCS)' })).getAllByRole('row')[1]).toHaveTextContent(
      'Principal0BJ08ZZInspection of Tracheobronchial Tree',
    );
    expect((await savedWork(db)).work.tasks['t-code']).toEqual({
      kind: 'code',
      diagnoses: [{ code: 'J181', poa: 'Y' }, { code: 'J449' }],
      procedures: [{ code: '0BJ08ZZ' }],
      hcpcs: [],
    });
  }, 30_000);

  it('grades submitted tasks on the results screen: score, what the trainee did, the key, why, and the rule', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [pack], hash: '#/task/test-pack/t-complete' });
    await user.click(await screen.findByRole('radio', { name: /^Complete/ }));
    await user.click(screen.getByRole('button', { name: 'Submit task' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Submit this task?' })).getByRole('button', { name: 'Submit for grading' }));
    await user.click(await screen.findByRole('link', { name: 'See your results' }));

    expect(await screen.findByRole('heading', { name: 'Results: Test Pack' })).toBeInTheDocument();
    const work = useAppStore.getState().works.get('test-pack')!.work;
    const read = readPackJson(pack);
    if (!read.ok) throw new Error('fixture');
    const expected = grade(read.pack, read.pack.keys, work, { onlySubmitted: true });
    expect(screen.getByLabelText(/^Overall score/)).toHaveTextContent(`${expected.overall.percent}%`);
    const result = screen.getByRole('article', { name: /Analyse the record/ });
    const missed = within(result)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Discharge Summary'))!;
    expect(missed).toHaveTextContent('Missed');
    expect(missed).toHaveTextContent('Rule (CMS Conditions of Participation 42 CFR 482.24(c)(1)): Entries must be authenticated.');
    expect(screen.getByRole('button', { name: 'Print results' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export work (work.json)' })).toBeInTheDocument();
  });
});
