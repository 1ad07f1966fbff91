/**
 * A table whose rows can number in the hundreds of thousands: only the rows in view (and a few
 * either side) are in the DOM. The table is a CSS grid inside its own scroll box (`.table-scroll`),
 * which the app's shell gives a definite height at every window size, so the virtualiser always
 * has a viewport to measure. Short lists (up to `VIRTUAL_FROM` rows) are rendered whole, so that
 * find-in-page, printing and screen readers see every row when that costs nothing.
 *
 * Rows are positioned absolutely; screen readers get the real row count and each row's index
 * through `aria-rowcount` and `aria-rowindex`.
 */
import { useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** Lists longer than this are virtual. */
export const VIRTUAL_FROM = 100;

export interface VirtualTableProps {
  /** The table's accessible name. */
  label: string;
  /** CSS grid template of the columns, shared by the header and every row. */
  columns: string;
  /** The header cells (`<th>`). */
  head: ReactNode;
  count: number;
  rowKey: (index: number) => string;
  /** The cells (`<td>`) of row `index`. */
  row: (index: number) => ReactNode;
  /** A row's height in pixels; with `wrap`, only the first estimate before the row is measured. */
  rowHeight: number;
  /** Cells wrap onto more lines, and each row is measured once rendered. */
  wrap?: boolean;
  testId?: string;
  /** Extra class names of the table (beside `grid-table`). */
  className?: string;
  rowClassName?: (index: number) => string | undefined;
  /** An accessible name for row `index`, when its cells alone do not say which it is. */
  rowLabel?: (index: number) => string;
}

export function VirtualTable({
  label,
  columns,
  head,
  count,
  rowKey,
  row,
  rowHeight,
  wrap = false,
  testId,
  className,
  rowClassName,
  rowLabel,
}: VirtualTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = count > VIRTUAL_FROM;
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: rowKey,
  });
  const items = virtual
    ? virtualizer.getVirtualItems()
    : Array.from({ length: count }, (_, index) => ({ index, start: 0, key: rowKey(index) }));

  return (
    // Focusable, so the list scrolls from the keyboard too (arrow keys, Page Down) without a pointer.
    <div ref={scrollRef} className="table-scroll" data-testid={testId} tabIndex={0} role="region" aria-label={`${label}, scrollable`}>
      <table
        className={['grid-table', wrap ? 'wrap' : '', virtual ? 'virtual' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-label={label}
        aria-rowcount={count + 1}
      >
        <thead>
          <tr style={{ gridTemplateColumns: columns }} aria-rowindex={1}>
            {head}
          </tr>
        </thead>
        <tbody style={virtual ? { height: virtualizer.getTotalSize() } : undefined}>
          {items.map((item) => (
            <tr
              key={item.key}
              data-index={item.index}
              ref={virtual && wrap ? virtualizer.measureElement : undefined}
              aria-rowindex={item.index + 2}
              className={rowClassName?.(item.index)}
              aria-label={rowLabel?.(item.index)}
              style={{
                gridTemplateColumns: columns,
                ...(virtual ? { transform: `translateY(${item.start}px)` } : {}),
                ...(wrap ? {} : { height: rowHeight }),
              }}
            >
              {row(item.index)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
