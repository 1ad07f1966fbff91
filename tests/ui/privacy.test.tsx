/**
 * Privacy as HIM practises it, in jsdom: psychotherapy notes on their own tab; a specially protected
 * record asks "Reason for access" before its text is on the page (the dialog keeps focus, refuses a
 * blank reason, and gives focus back); the reason goes into the access log; cancel opens and logs
 * nothing; the facility's own protected categories ask too; and an attachment in a request is
 * logged only once the trainee opens it.
 */
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { buildPack, peggyOduya } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';

const NOTE_TEXT = 'PROCESS NOTE: grief over her late husband; she cried when describing the anniversary.';

/** Peggy Oduya's chart with a psychotherapy note, a behavioral-health note, a genetic result and a signed authorization. */
function privacyPack() {
  const peggy = peggyOduya();
  const common = { encounterId: 'enc-oduya-1', authorId: 'prv-adams', status: 'final' as const, authentications: [] };
  peggy.documents = [
    ...(peggy.documents ?? []),
    {
      ...common,
      id: 'doc-oduya-ptn',
      type: 'psychotherapy-note',
      title: 'Psychotherapy Note — Session 3',
      serviceAt: '2025-01-12T15:00',
      sensitivity: ['psychotherapy-notes', 'behavioral-health'],
      text: NOTE_TEXT,
    },
    {
      ...common,
      id: 'doc-oduya-bh',
      type: 'progress-note',
      title: 'Behavioral Health Progress Note',
      serviceAt: '2025-01-12T16:00',
      sensitivity: ['behavioral-health'],
      text: 'Adjustment disorder with depressed mood; supportive therapy.',
    },
    {
      ...common,
      id: 'doc-oduya-brca',
      type: 'laboratory-report',
      title: 'Hereditary Cancer Panel',
      serviceAt: '2025-01-13T09:00',
      sensitivity: ['genetic'],
      text: 'No pathogenic variants detected.',
    },
    {
      ...common,
      id: 'doc-oduya-auth',
      type: 'authorization-form',
      title: 'Authorization to Release Records',
      serviceAt: '2025-01-30T10:00',
      text: 'I authorize Riverside Test Hospital to release my admission records to Law Office.',
    },
  ];
  peggy.results = [
    ...(peggy.results ?? []),
    {
      id: 'res-oduya-hiv',
      test: 'HIV-1/2 antigen/antibody screen',
      value: 'Nonreactive',
      collectedAt: '2025-01-13T08:00',
      status: 'final',
      sensitivity: ['hiv'],
    },
  ];
  const pack = buildPack({ patients: [peggy] });
  // This facility also protects behavioral-health records; it does not protect genetic information.
  pack.pack.facility.protectedCategories = ['behavioral-health'];
  return pack;
}

async function accessLogRows(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(screen.getByRole('link', { name: 'My access log' }));
  const log = await screen.findByRole('table', { name: 'Access log' });
  return within(log).getAllByRole('row').slice(1);
}

beforeAll(async () => {
  await import('../../src/ui/work/TaskPage.tsx');
}, 60_000);

describe('specially protected records', () => {
  it('keeps psychotherapy notes on their own tab, apart from the Notes tab', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [privacyPack()], hash: '#/chart/test-pack/pt-oduya/notes' });
    const notes = await screen.findByRole('table', { name: 'Notes documents' });
    expect(within(notes).queryByRole('button', { name: 'Psychotherapy Note — Session 3' })).toBeNull();
    expect(within(notes).getByRole('button', { name: 'Behavioral Health Progress Note' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Psychotherapy notes' }));
    const psychotherapy = await screen.findByRole('table', { name: 'Psychotherapy notes documents' });
    expect(within(psychotherapy).getByRole('button', { name: 'Psychotherapy Note — Session 3' })).toBeInTheDocument();
    expect(screen.getByText(/kept apart from the rest of the medical record \(45 CFR 164\.501\)/)).toBeInTheDocument();
  });

  it('asks for a reason before a psychotherapy note opens; cancel leaves it closed, logs nothing and gives focus back', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, packs: [privacyPack()], hash: '#/chart/test-pack/pt-oduya/psychotherapy' });
    const title = await screen.findByRole('button', { name: 'Psychotherapy Note — Session 3' });
    await user.click(title);

    const dialog = await screen.findByRole('dialog', { name: 'Reason for access' });
    expect(dialog).toHaveTextContent(
      'Psychotherapy Note — Session 3 is specially protected: Psychotherapy notes (45 CFR 164.508(a)(2)); Behavioral health.',
    );
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveFocus();
    expect(document.body).not.toHaveTextContent('grief over her late husband');
    expect(screen.queryByRole('article', { name: 'Psychotherapy Note — Session 3' })).toBeNull();

    // Focus stays in the dialog, both ways round.
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Open record' })).toHaveFocus();
    await user.tab();
    expect(reason).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Open record' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Reason for access' })).toBeNull();
    expect(title).toHaveFocus();
    expect(screen.getByText(/^Not opened\./)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('grief over her late husband');

    // Escape cancels too.
    await user.click(screen.getByRole('button', { name: 'Give a reason to open it' }));
    await screen.findByRole('dialog', { name: 'Reason for access' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Reason for access' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Give a reason to open it' })).toHaveFocus();

    expect((await db.accessLog.toArray()).map((e) => e.action)).toEqual(['open-chart']);
  });

  it('refuses a blank reason, opens the note with a reason, and logs the reason with the opening', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [privacyPack()], hash: '#/chart/test-pack/pt-oduya/psychotherapy' });
    await user.click(await screen.findByRole('button', { name: 'Psychotherapy Note — Session 3' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reason for access' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });

    await user.type(reason, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Open record' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Give the reason you need this record.');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveFocus();
    expect(document.body).not.toHaveTextContent('grief over her late husband');

    await user.clear(reason);
    await user.type(reason, 'Release of information:  patient’s attorney request{Enter}');
    const note = await screen.findByRole('article', { name: 'Psychotherapy Note — Session 3' });
    expect(within(note).getByLabelText('Document text')).toHaveTextContent(NOTE_TEXT);
    expect(note).toHaveTextContent('Opened for: Release of information: patient’s attorney request');
    expect(screen.queryByRole('dialog')).toBeNull();

    const rows = await accessLogRows(user);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(
        /Opened protected recordODUYA, Margaret Ann0001001Psychotherapy Note: Psychotherapy Note — Session 3 \(01\/12\/2025\)Release of information: patient’s attorney request$/,
      ),
      expect.stringMatching(/Opened chartODUYA, Margaret Ann0001001Chart$/),
    ]);
  });

  it('asks for what the facility protects (behavioral health here), and opens what it does not (genetic here) freely', async () => {
    const { user, db } = await renderApp({ trainee: JordanLee, packs: [privacyPack()], hash: '#/chart/test-pack/pt-oduya/notes' });
    await user.click(await screen.findByRole('button', { name: 'Behavioral Health Progress Note' }));
    expect(await screen.findByRole('dialog', { name: 'Reason for access' })).toHaveTextContent('specially protected: Behavioral health.');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('tab', { name: 'Labs' }));
    await user.click(await screen.findByRole('button', { name: 'Hereditary Cancer Panel' }));
    expect(await screen.findByRole('article', { name: 'Hereditary Cancer Panel' })).toHaveTextContent('No pathogenic variants detected.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await db.accessLog.toArray()).map((e) => [e.action, e.documentId])).toEqual([
      ['open-chart', undefined],
      ['open-document', 'doc-oduya-brca'],
    ]);
  });

  it('hides an HIV result’s value on the Labs tab and the cover sheet until a reason is given, and logs the reason', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [privacyPack()], hash: '#/chart/test-pack/pt-oduya/cover' });
    const recent = await screen.findByRole('region', { name: 'Recent lab results' });
    expect(recent).toHaveTextContent('HIV-1/2 antigen/antibody screen: protected');
    expect(recent).not.toHaveTextContent('Nonreactive');
    await user.click(screen.getByRole('tab', { name: 'Labs' }));
    const labs = await screen.findByRole('table', { name: 'Laboratory results' });
    const row = within(labs).getByRole('row', { name: /HIV-1\/2/ });
    expect(row).toHaveTextContent('Protected');
    expect(row).not.toHaveTextContent('Nonreactive');
    await user.click(screen.getByRole('button', { name: 'Give a reason to view protected results' }));
    const dialog = screen.getByRole('dialog', { name: 'Reason for access' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Coding the January stay');
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('table', { name: 'Laboratory results' })).getByRole('row', { name: /HIV-1\/2/ })).toHaveTextContent(
      'Nonreactive',
    );
    const rows = await accessLogRows(user);
    expect(rows.some((r) => /Protected laboratory results: HIV-1\/2.*Coding the January stay/.test(r.textContent ?? ''))).toBe(true);
  });

  it('logs a request’s attached authorization only once the trainee opens it', async () => {
    const tasks = TASKS.map((t) => (t.id === 't-roi' ? { ...t, request: { ...t.request, authorizationDocumentId: 'doc-oduya-auth' } } : t));
    const { user, db } = await renderApp({
      trainee: JordanLee,
      packs: [{ ...privacyPack(), tasks, keys: KEYS }],
      hash: '#/task/test-pack/t-roi',
    });
    await screen.findByLabelText('Request letter');
    const attachment = screen.getByRole('button', { name: 'Attached: Authorization to Release Records' });
    expect(attachment).toHaveAttribute('aria-expanded', 'false');

    // The trainee reads a document of the chart first: by the time it is shown and logged, a closed
    // attachment that counted as opened would have been logged too.
    const find = screen.getByRole('group', { name: '1. Find the patient' });
    await user.type(within(find).getByRole('searchbox', { name: 'Find patient' }), '0001001');
    await user.click(within(find).getByRole('button', { name: /Select ODUYA/ }));
    await user.click(within(screen.getByRole('table', { name: 'Documents in the chart' })).getByRole('button', { name: 'Admission H&P' }));
    await screen.findByRole('article', { name: 'Admission H&P' });
    expect(document.body).not.toHaveTextContent('I authorize Riverside Test Hospital');
    expect((await db.accessLog.toArray()).map((e) => e.what)).toEqual(['History and Physical: Admission H&P (01/10/2025)']);

    await user.click(attachment);
    expect(attachment).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('article', { name: 'Authorization to Release Records' })).toHaveTextContent(
      'I authorize Riverside Test Hospital',
    );
    expect((await db.accessLog.toArray()).map((e) => e.what)).toEqual([
      'History and Physical: Admission H&P (01/10/2025)',
      'Authorization for Release of Information: Authorization to Release Records (01/30/2025)',
    ]);
  });
});
