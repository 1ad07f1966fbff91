import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { buildPack } from '../fixtures/packs.ts';

describe('finding a patient and reading the chart', () => {
  it('finds a patient by a previous name and opens the chart with the banner', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [buildPack()] });
    await user.type(await screen.findByRole('searchbox', { name: 'Search patients' }), 'carter');
    const table = screen.getByRole('table', { name: 'Patients' });
    const row = (await within(table).findByRole('link', { name: 'ODUYA, Margaret Ann' })).closest('tr')!;
    expect(row).toHaveTextContent('matched previous name');
    expect(row).toHaveTextContent('0001001');
    expect(row).toHaveTextContent('02/29/1948');
    await user.click(within(row).getByRole('link', { name: 'ODUYA, Margaret Ann' }));

    const banner = await screen.findByRole('region', { name: 'Patient banner' });
    expect(within(banner).getByRole('heading', { name: 'ODUYA, Margaret Ann' })).toBeInTheDocument();
    expect(banner).toHaveTextContent('MRN0001001');
    expect(within(banner).getByRole('list', { name: 'Allergies' })).toHaveTextContent('Penicillin (Hives)');
    expect(within(banner).getByRole('list', { name: 'Alerts' })).toHaveTextContent('Fall risk');
    expect(screen.getByRole('tab', { name: 'Cover Sheet' })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows a document with its type, author, dates and signature status', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [buildPack()], hash: '#/chart/test-pack/pt-oduya/cover' });
    await user.click(await screen.findByRole('tab', { name: 'Discharge Summaries' }));
    await user.click(screen.getByRole('button', { name: 'Discharge Summary' }));
    const doc = await screen.findByRole('article', { name: 'Discharge Summary' });
    expect(doc).toHaveTextContent('TypeDischarge Summary');
    expect(doc).toHaveTextContent('AuthorHelen Adams, MD');
    expect(doc).toHaveTextContent('Date of service01/14/2025 11:00');
    expect(doc).toHaveTextContent('Written01/14/2025 15:00');
    expect(doc).toHaveTextContent('Signature statusUnsigned');
    expect(within(doc).getByLabelText('Document text')).toHaveTextContent('DISCHARGE DIAGNOSIS: Right lower lobe pneumonia.');

    await user.click(screen.getByRole('tab', { name: 'Notes' }));
    await user.click(screen.getByRole('button', { name: 'Admission H&P' }));
    expect(
      within(await screen.findByRole('list', { name: 'Signatures' })).getByText('Signed by Helen Adams, MD on 01/10/2025 17:05'),
    ).toBeInTheDocument();
  });

  it('says NKA only when allergies were assessed', async () => {
    const pack = buildPack();
    pack.patients[1]!.allergyAssessment = 'no-known-allergies';
    await renderApp({ trainee: JordanLee, packs: [pack], hash: '#/chart/test-pack/pt-nunez/cover' });
    const banner = await screen.findByRole('region', { name: 'Patient banner' });
    expect(banner).toHaveTextContent('AllergiesNo known allergies (NKA)');
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [buildPack()], hash: '#/chart/test-pack/pt-oduya/cover' });
    (await screen.findByRole('tab', { name: 'Cover Sheet' })).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Problems' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Problems' })).toHaveFocus();
    expect(screen.getByRole('table', { name: 'Problem list' })).toHaveTextContent('Chronic obstructive pulmonary disease');
    // Left from the first tab wraps round to the last; End and Home go to the ends.
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.at(-1)).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Cover Sheet' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'Encounters' }));
    expect(screen.getByRole('table', { name: 'Encounters' })).toHaveTextContent('RG25000001');
  });

  it('records each chart and document opened in the trainee access log', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [buildPack()], hash: '#/chart/test-pack/pt-oduya/discharge' });
    await user.click(await screen.findByRole('button', { name: 'Discharge Summary' }));
    await screen.findByRole('article', { name: 'Discharge Summary' });
    await user.click(screen.getByRole('link', { name: 'My access log' }));
    const log = await screen.findByRole('table', { name: 'Access log' });
    const rows = within(log)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      expect.stringMatching(/Opened documentODUYA, Margaret Ann0001001Discharge Summary: Discharge Summary \(01\/14\/2025\)$/),
      expect.stringMatching(/Opened chartODUYA, Margaret Ann0001001Chart$/),
    ]);
  });

  it('shows markup in scenario text as text, never as HTML', async () => {
    const pack = buildPack();
    pack.patients[0]!.name.family = '<img src=x onerror="window.__xss=1">';
    pack.patients[0]!.documents![1]!.text = '<script>window.__xss = 2</script><b>bold?</b>';
    const { user, container } = await renderApp({ trainee: JordanLee, packs: [pack], hash: '#/chart/test-pack/pt-oduya/discharge' });
    await user.click(await screen.findByRole('button', { name: 'Discharge Summary' }));
    expect(await screen.findByLabelText('Document text')).toHaveTextContent('<script>window.__xss = 2</script><b>bold?</b>');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('<IMG SRC=X ONERROR="WINDOW.__XSS=1">, Margaret Ann');
    expect(container.querySelector('img, script, b')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
