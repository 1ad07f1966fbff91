import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { JordanLee, renderApp } from '../helpers/app.tsx';
import { buildPack } from '../fixtures/packs.ts';
import { listCodeSets, storeCodeSet } from '../../src/storage/code-sets.ts';
import type { CodeSetFile } from '../../src/codes/codeset-file.ts';
import { ORDER_LINES, orderFile } from '../../src/codes/icd10cm/test-fixtures.ts';

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

/**
 * A teaching set as the generator writes them, with fiscal-year facts: category E87 from the FY2021
 * release, and the FY2026 list of its valid codes with the day each became valid.
 */
const teachingWithFacts: CodeSetFile = {
  ...teachingCm,
  version: 2,
  title: 'Teaching subset of ICD-10-CM FY2021 (partial), with fiscal-year facts',
  entries: [
    { code: 'E87', title: 'Other disorders of fluid, electrolyte and acid-base balance', billable: false, kind: 'header' },
    { code: 'E872', title: 'Acidosis', billable: true, kind: 'code' },
    { code: 'E876', title: 'Hypokalemia', billable: true, kind: 'code' },
  ],
  yearFacts: {
    scope: ['E87'],
    releaseStatus: {},
    newer: {
      fiscalYear: 2026,
      title: 'FY2026 code list (CMS MS-DRG v43.1 Medicare Code Editor)',
      validSince: { '2015-10-01': ['E876'], '2022-10-01': ['E8720', 'E8721', 'E8722', 'E8729'] },
    },
  },
};

async function openEncoder(options: { set?: CodeSetFile; packs?: unknown[] } = {}) {
  const set = options.set ?? teachingCm;
  const view = await renderApp({ trainee: JordanLee, ...(options.packs ? { packs: options.packs } : {}) });
  await storeCodeSet(set, '2025-03-01T10:00:00.000Z');
  await view.user.click(await screen.findByRole('button', { name: 'Encoder' }));
  // The panel replaces its loading placeholder once its chunk is in: find it after that.
  await screen.findByText(set.title, {}, { timeout: 10_000 });
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
        'I50.99 is not in Teaching subset of ICD-10-CM FY2021 (partial), which holds only the categories around the bundled scenarios: load the official release to check it.',
      ),
    ).toBeInTheDocument();
    // With no pack installed, the checks are for the newest year the set covers, and say so.
    expect(within(encoder).getByLabelText('Year checked')).toHaveTextContent(
      'Codes are checked for FY2021, the newest year the code lists cover (no pack is open).',
    );
  });

  it("checks codes for the pack's fiscal year: E87.2 is a header in FY2025, though the FY2021 release had it billable", async () => {
    const { user, encoder } = await openEncoder({ set: teachingWithFacts, packs: [buildPack()] });
    expect(within(encoder).getByLabelText('Year checked')).toHaveTextContent(
      'Codes are checked for FY2025, the year Test Pack is coded to. No FY2025 list is at hand: codes are checked against the FY2026 code list, which dates when each code became valid',
    );
    await user.type(within(encoder).getByRole('searchbox', { name: 'Search codes' }), 'acidosis');
    const hit = within(within(encoder).getByRole('list', { name: 'Codes found' })).getByRole('button', { name: /^E87\.2Acidosis/ });
    expect(hit).toHaveTextContent('Header');
    await user.click(hit);
    const detail = within(encoder).getByRole('region', { name: 'E87.2 Acidosis' });
    expect(detail).toHaveTextContent(
      'E87.2 is a header (not billable) since FY2023: code to one of the codes below it valid in FY2025: E87.20, E87.21, E87.22 and E87.29 (by the FY2026 code list).',
    );
    expect(detail).not.toHaveTextContent('valid and billable in FY2021');
    const input = within(encoder).getByRole('textbox', { name: 'Code to check' });
    await user.type(input, 'E87.6');
    expect(
      within(encoder).getByText('E87.6 is valid and billable in FY2025 (valid since FY2016, by the FY2026 code list).'),
    ).toBeInTheDocument();
  });

  it('warns before a release of another year than the pack replaces anything, and loads it only when asked', async () => {
    const { user, encoder } = await openEncoder({ packs: [buildPack()] });
    const release = new File([orderFile(ORDER_LINES)], 'icd10cm-order-2021.txt', { type: 'text/plain' });
    const officialSets = async () => (await listCodeSets()).filter((row) => row.source === 'official');

    // Cancelled: nothing is stored.
    await user.click(within(encoder).getByRole('button', { name: 'Load official code set' }));
    let dialog = screen.getByRole('dialog', { name: 'Load the official ICD-10-CM code set' });
    await user.upload(within(dialog).getByLabelText('Choose release files'), release);
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    const warning = await within(dialog).findByRole('alert', {}, { timeout: 10_000 });
    expect(warning).toHaveTextContent(
      'This release is FY2021, but the year Test Pack is coded to is FY2025. Nothing has been loaded or replaced yet.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await officialSets()).toEqual([]);

    // Confirmed: stored, and the encoder says its checks are still for FY2025.
    await user.click(within(encoder).getByRole('button', { name: 'Load official code set' }));
    dialog = screen.getByRole('dialog', { name: 'Load the official ICD-10-CM code set' });
    await user.upload(within(dialog).getByLabelText('Choose release files'), release);
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Load FY2021 anyway' }, { timeout: 10_000 }));
    expect(await within(dialog).findByText(/^Loaded ICD-10-CM FY2021 \(official CMS release\)/, {}, { timeout: 10_000 })).toHaveRole(
      'status',
    );
    expect((await officialSets()).map((row) => row.fiscalYear)).toEqual([2021]);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await within(encoder).findByText('ICD-10-CM FY2021 (official CMS release)');
    expect(within(encoder).getByLabelText('Year checked')).toHaveTextContent(
      'Codes are checked for FY2025, the year Test Pack is coded to. No FY2025 list is at hand: codes are checked against ICD-10-CM FY2021 (official CMS release) (older)',
    );
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
