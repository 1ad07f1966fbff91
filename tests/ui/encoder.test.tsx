import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { storeCodeSet } from '../../src/storage/code-sets.ts';
import type { CodeSetFile } from '../../src/codes/codeset-file.ts';

const teachingCm: CodeSetFile = {
  format: 'record-room-codeset',
  version: 1,
  system: 'ICD-10-CM',
  fiscalYear: 2021,
  source: 'teaching',
  title: 'Teaching subset of ICD-10-CM FY2021 (partial)',
  entries: [
    { code: 'I50', title: 'Heart failure', billable: false, kind: 'header' },
    { code: 'I509', title: 'Heart failure, unspecified', billable: true, kind: 'code', inclusionTerms: ['Congestive heart failure NOS'] },
    { code: 'I5023', title: 'Acute on chronic systolic (congestive) heart failure', billable: true, kind: 'code' },
  ],
};

async function openEncoder() {
  const view = await renderApp({ trainee: JordanLee });
  await storeCodeSet(teachingCm, '2025-03-01T10:00:00.000Z');
  await view.user.click(await screen.findByRole('button', { name: 'Encoder' }));
  // The panel replaces its loading placeholder once its chunk is in: find it after that.
  await screen.findByText('Teaching subset of ICD-10-CM FY2021 (partial)', {}, { timeout: 10_000 });
  const encoder = screen.getByRole('complementary', { name: 'Encoder' });
  return { ...view, encoder };
}

// Vitest transforms the encoder's lazy chunk (parsers, XML and zip libraries) on first import: do it once, up front.
beforeAll(async () => {
  await import('../../src/ui/encoder/EncoderPanel.tsx');
}, 60_000);

describe('encoder', () => {
  it('says a teaching set is partial and offers the official release', async () => {
    const { encoder } = await openEncoder();
    expect(encoder).toHaveTextContent('Partial: a teaching subset around the bundled scenarios');
    expect(within(encoder).getByRole('button', { name: 'Load official code set' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Encoder' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('finds codes by abbreviation, marks billable codes, and shows why an inclusion term matched', async () => {
    const { user, encoder } = await openEncoder();
    await user.type(within(encoder).getByRole('searchbox', { name: 'Search codes' }), 'CHF');
    const hits = within(encoder).getByRole('list', { name: 'Codes found' });
    const first = within(hits).getAllByRole('button')[0]!;
    expect(first).toHaveTextContent('I50.9Heart failure, unspecified');
    expect(first).toHaveTextContent('Billable');
    await user.clear(within(encoder).getByRole('searchbox', { name: 'Search codes' }));
    await user.type(within(encoder).getByRole('searchbox', { name: 'Search codes' }), 'congestive heart failure nos');
    expect(within(encoder).getByRole('list', { name: 'Codes found' })).toHaveTextContent('(includes: Congestive heart failure NOS)');
  });

  it('checks a code: billable, a header, or not a code', async () => {
    const { user, encoder } = await openEncoder();
    const input = within(encoder).getByRole('textbox', { name: 'Code to check' });
    await user.type(input, 'i50.23');
    expect(within(encoder).getByText('I50.23 is valid and billable in FY2021.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'I50');
    expect(within(encoder).getByText(/I50 is a header in FY2021, not billable/)).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'I50.99');
    expect(
      within(encoder).getByText(
        'I50.99 is not a valid code in Teaching subset of ICD-10-CM FY2021 (partial). The teaching set is partial: load the official release to be sure.',
      ),
    ).toBeInTheDocument();
  });

  it('closes with Escape and the close button', async () => {
    const { user } = await openEncoder();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Encoder' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Encoder' }));
    await user.click(await screen.findByRole('button', { name: 'Close encoder' }));
    expect(screen.queryByRole('complementary', { name: 'Encoder' })).not.toBeInTheDocument();
  });
});
