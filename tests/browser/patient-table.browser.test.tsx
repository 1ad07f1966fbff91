/** Virtualisation needs real layout: this runs in Chromium (Vitest browser mode), on real IndexedDB. */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PatientTable, type PatientListRow } from '../../src/ui/patients/PatientTable.tsx';
import type { PatientRow } from '../../src/packs/normalise.ts';
// The app's stylesheet makes the table's container the scroll box that the virtualiser measures.
import '../../src/ui/app.css';

function syntheticRows(count: number): PatientListRow[] {
  return Array.from({ length: count }, (_, i) => {
    const patient: PatientRow = {
      packId: 'bulk',
      id: `p${i}`,
      mrn: String(i).padStart(7, '0'),
      name: { family: `Family${String(i).padStart(6, '0')}`, given: ['Pat'] },
      previousNames: [],
      aliases: [],
      birthDate: '1960-01-01',
      sex: 'female',
      identifiers: [],
      alerts: [],
      accountNumbers: [],
      allergySummary: [],
    };
    return { patient, facility: 'Bulk Hospital', matchedOn: [] };
  });
}

describe('patient table in Chromium', () => {
  it('renders only the visible rows of 100,000 patients and scrolls to the last', async () => {
    render(
      <div style={{ height: 600, display: 'flex', flexDirection: 'column' }}>
        <PatientTable rows={syntheticRows(100_000)} />
      </div>,
    );
    const table = screen.getByRole('table', { name: 'Patients' });
    expect(table).toHaveAttribute('aria-rowcount', '100001');
    expect(await within(table).findByRole('link', { name: 'FAMILY000000, Pat' })).toBeVisible();
    const rendered = () => table.querySelectorAll('tbody tr').length;
    expect(rendered()).toBeLessThan(60);

    const scroller = screen.getByTestId('patient-scroll');
    scroller.scrollTop = scroller.scrollHeight;
    expect(await within(table).findByRole('link', { name: 'FAMILY099999, Pat' })).toBeInTheDocument();
    expect(rendered()).toBeLessThan(60);
  });

  it('sorts by a column when its header is pressed', async () => {
    render(
      <div style={{ height: 400, display: 'flex', flexDirection: 'column' }}>
        <PatientTable rows={syntheticRows(500)} />
      </div>,
    );
    screen.getByRole('button', { name: 'MRN' }).click();
    screen.getByRole('button', { name: /MRN/ }).click();
    expect(await screen.findByRole('link', { name: 'FAMILY000499, Pat' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /MRN/ })).toHaveAttribute('aria-sort', 'descending');
  });
});
