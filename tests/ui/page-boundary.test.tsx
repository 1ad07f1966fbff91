import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PageBoundary } from '../../src/ui/common/PageBoundary.tsx';

function Broken(): never {
  throw new Error('task.request is undefined');
}

describe('a page that cannot be shown', () => {
  it('says so in words where the page was, keeps what is around it, and recovers on another page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <>
        <nav aria-label="Main">menu</nav>
        <PageBoundary what="this task" resetKey="#/task/p/t">
          <Broken />
        </PageBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Record Room could not show this task');
    expect(screen.getByRole('alert')).toHaveTextContent('task.request is undefined');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    rerender(
      <>
        <nav aria-label="Main">menu</nav>
        <PageBoundary what="the patient list" resetKey="#/patients">
          <p>Patients</p>
        </PageBoundary>
      </>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Patients')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
