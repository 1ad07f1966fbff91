/**
 * The Vitals tab: vital signs listed apart from laboratory results, each with a readable unit at
 * the precision it is charted with, a blood pressure as one reading; Labs and the cover sheet's
 * recent lab results leave them out.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { buildPack } from '../fixtures/packs.ts';

const taken = '2025-01-10T08:30';
const vital = (id: string, test: string, value: number, unit: string, more: object = {}) => ({
  id,
  encounterId: 'enc-oduya-1',
  category: 'vital-signs' as const,
  test,
  value,
  unit,
  collectedAt: taken,
  status: 'final' as const,
  ...more,
});

function packWithVitals() {
  const pack = buildPack();
  pack.patients[0]!.results!.push(
    vital('res-oduya-temp', 'Oral temperature', 38.44, 'Cel', { flag: 'H' }),
    vital('res-oduya-sbp', 'Systolic blood pressure', 121.4, 'mm[Hg]', { panel: 'Blood pressure' }),
    vital('res-oduya-dbp', 'Diastolic blood pressure', 79.6, 'mm[Hg]', { panel: 'Blood pressure' }),
    vital('res-oduya-pulse', 'Heart rate', 96.2, '/min'),
    vital('res-oduya-spo2', 'Oxygen saturation by pulse oximetry', 91.6, '%'),
    vital('res-oduya-weight', 'Body weight', 70.24, 'kg'),
    vital('res-oduya-bmi', 'Body mass index', 24.349, 'kg/m2'),
  );
  return pack;
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('the Vitals tab', () => {
  it('lists vital signs with readable units and charted precision, a blood pressure as one reading', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [packWithVitals()], hash: '#/chart/test-pack/pt-oduya/cover' });
    await user.click(await screen.findByRole('tab', { name: 'Vitals' }));
    expect(screen.getByRole('tab', { name: 'Vitals' })).toHaveAttribute('aria-selected', 'true');
    const table = screen.getByRole('table', { name: 'Vital signs' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Taken', 'Vital sign', 'Value', 'Flag']);
    expect(rowsOf(table)).toEqual([
      ['01/10/2025 08:30', 'Oral temperature', '38.4 °C', 'H'],
      ['01/10/2025 08:30', 'Heart rate', '96 /min', ''],
      ['01/10/2025 08:30', 'Blood pressure', '121/80 mmHg', ''],
      ['01/10/2025 08:30', 'Oxygen saturation by pulse oximetry', '92 %', ''],
      ['01/10/2025 08:30', 'Body weight', '70.2 kg', ''],
      ['01/10/2025 08:30', 'Body mass index', '24.3 kg/m²', ''],
    ]);
    expect(within(table).getByTitle('High')).toHaveTextContent('H');
  });

  it('keeps vital signs off the Labs tab and the cover sheet’s recent lab results', async () => {
    const { user } = await renderApp({ trainee: JordanLee, packs: [packWithVitals()], hash: '#/chart/test-pack/pt-oduya/cover' });
    const recent = await screen.findByRole('region', { name: 'Recent lab results' });
    expect(recent).toHaveTextContent('WBC');
    expect(recent).not.toHaveTextContent(/temperature|blood pressure|Body weight/i);

    await user.click(screen.getByRole('tab', { name: 'Labs' }));
    const labs = screen.getByRole('table', { name: 'Laboratory results' });
    expect(labs).toHaveTextContent('WBC');
    expect(labs).toHaveTextContent('K/µL');
    expect(labs).not.toHaveTextContent(/temperature|blood pressure|Heart rate|Body weight|Body mass index/i);
  });

  it('says so when no vital signs are charted', async () => {
    await renderApp({ trainee: JordanLee, packs: [buildPack()], hash: '#/chart/test-pack/pt-oduya/vitals' });
    expect(await screen.findByText('No vital signs recorded.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Vital signs' })).not.toBeInTheDocument();
  });
});
