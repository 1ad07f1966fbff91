/**
 * Hostile packs in Chromium: a pattern built to backtrack catastrophically, with a 40-digit MRN, is
 * refused at once with a problem that says why, and nothing is installed.
 */
import { expect, test } from '@playwright/test';
import { buildPack } from '../fixtures/packs.ts';

test('a pack whose MRN pattern would freeze the page is refused fast, with the reason', async ({ page }) => {
  const pack = buildPack();
  const hostile = {
    ...pack,
    pack: {
      ...pack.pack,
      id: 'hostile-regex',
      facility: { ...pack.pack.facility, mrnFormat: { pattern: '^(\\d+)+$', description: 'digits' } },
    },
    patients: pack.patients.map((p, i) => (i === 0 ? { ...p, mrn: `${'1'.repeat(40)}x` } : p)),
  };
  await page.goto('/');
  await page.getByLabel('Your name').fill('Jordan Lee');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenario packs' }).click();
  const started = Date.now();
  await page
    .getByLabel('Import scenario pack')
    .setInputFiles({ name: 'hostile.pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  const problems = page.getByRole('list', { name: /Problems/ });
  await expect(problems.getByRole('listitem').filter({ hasText: 'pack.facility.mrnFormat.pattern' })).toContainText('repeats a group', {
    timeout: 5_000,
  });
  expect(Date.now() - started).toBeLessThan(5_000);
  await expect(page.getByRole('list', { name: 'Installed scenario packs' }).getByRole('heading', { name: /Hostile/ })).toHaveCount(0);
});
