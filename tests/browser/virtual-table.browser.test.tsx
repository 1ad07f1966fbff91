/** The shared virtual table, in Chromium: rows that wrap are measured, short lists are whole. */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VIRTUAL_FROM, VirtualTable } from '../../src/ui/common/VirtualTable.tsx';
import '../../src/ui/app.css';

/** Every seventh row's note is long enough to wrap onto several lines. */
const note = (i: number) => (i % 7 === 0 ? `Note ${i}: ${'a long remark that wraps '.repeat(12)}` : `Note ${i}`);

function Log({ count }: { count: number }) {
  return (
    <div style={{ height: 500, width: 700, display: 'flex', flexDirection: 'column' }}>
      <VirtualTable
        label="Entries"
        testId="entries-scroll"
        wrap
        columns="6rem 1fr"
        rowHeight={34}
        count={count}
        rowKey={(i) => String(i)}
        head={
          <>
            <th>Entry</th>
            <th>Note</th>
          </>
        }
        row={(i) => (
          <>
            <td>Entry {i}</td>
            <td>{note(i)}</td>
          </>
        )}
      />
    </div>
  );
}

describe('virtual table in Chromium', () => {
  it('keeps a screen of wrapped rows in the DOM, none overlapping, down to the last of 10,000', async () => {
    render(<Log count={10_000} />);
    const table = screen.getByRole('table', { name: 'Entries' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(await within(table).findByRole('cell', { name: 'Entry 0' })).toBeVisible();
    const rows = () => [...table.querySelectorAll('tbody tr')];
    expect(rows().length).toBeLessThan(60);

    const scroller = screen.getByTestId('entries-scroll');
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (const top of [5_000, 50_000]) {
      scroller.scrollTop = top;
      await frames();
      expect(rows().length).toBeLessThan(60);
    }
    // Rows measured on the way grow the list, so the end moves a little: scroll on, as a reader would.
    for (let tries = 0; tries < 20 && !within(table).queryByRole('cell', { name: 'Entry 9999' }); tries++) {
      scroller.scrollTop = scroller.scrollHeight;
      await frames();
    }
    expect(within(table).getByRole('cell', { name: 'Entry 9999' })).toBeInTheDocument();
    expect(rows().length).toBeLessThan(60);
    // Measured rows sit one below the other: a wrapped note never covers the next row.
    const boxes = rows()
      .map((r) => r.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
  });

  it(`renders a list of up to ${VIRTUAL_FROM} rows whole, for find-in-page and printing`, () => {
    render(<Log count={VIRTUAL_FROM} />);
    const table = screen.getByRole('table', { name: 'Entries' });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(VIRTUAL_FROM);
    expect(within(table).getByRole('cell', { name: `Entry ${VIRTUAL_FROM - 1}` })).toBeInTheDocument();
  });
});
