/**
 * Full storage in Chromium, with the origin's quota overridden (Chrome DevTools Protocol,
 * Storage.overrideQuotaForOrigin): an import says the browser's storage is full and what to do,
 * the Replace dialog closes, the packs installed before are all still there, and signing in
 * says why it failed instead of doing nothing. With the quota back, the same actions succeed.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type CDPSession } from '@playwright/test';
import { buildPack } from '../fixtures/packs.ts';
import { buildLargePack } from '../fixtures/large-pack.ts';

const STORAGE_FULL =
  "Your browser's storage for Record Room is full: remove a scenario pack you no longer need, or free space on this device, then try again.";

/** Bytes of the bundled pack files (stored, they take about 1.6 times as much). */
const bundledBytes = readdirSync('scenarios', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.pack.json'))
  .reduce((n, f) => n + statSync(join('scenarios', f)).size, 0);
/**
 * A quota with room for the bundled packs and a small pack, not for a 5,000-patient pack (about
 * 17 MB stored). It is set before the first write: Chromium keeps the space an origin has left for
 * a while, so a quota lowered later is not felt at once.
 */
const SMALL_QUOTA = 2 * bundledBytes + 1024 * 1024;
const LARGE = 5_000;

/** Overrides the origin's quota (in bytes; 1 leaves no room for any write), or gives the default back. */
async function setQuota(cdp: CDPSession, quotaSize: number | 'default') {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', quotaSize === 'default' ? { origin } : { origin, quotaSize });
}

function packFile(pack: unknown, name: string): string {
  const path = test.info().outputPath(name);
  writeFileSync(path, JSON.stringify(pack));
  return path;
}

test('an import into full storage says so, closes the Replace dialog, and keeps the installed packs', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await setQuota(cdp, SMALL_QUOTA);
  await page.goto('/');
  await page.getByLabel('Your name').fill('Jordan Lee');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenario packs' }).click();
  const installed = page.getByRole('list', { name: 'Installed scenario packs' });
  await expect(installed.getByRole('heading', { name: /Riverside General Hospital/ })).toBeVisible({ timeout: 20_000 });
  await expect(installed.getByRole('heading', { name: /Lakeside Community Health/ })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Import scenario pack').setInputFiles(packFile(buildPack(), 'classroom.pack.json'));
  await expect(page.getByText('Installed “Test Pack” from classroom.pack.json.')).toBeVisible();
  const titles = ['Lakeside Community Health', 'Riverside General Hospital', 'Test Pack'];
  const installedTitles = async () =>
    (await installed.getByRole('heading').allTextContents()).map((t) => titles.find((x) => t.includes(x)) ?? t).sort();
  expect(await installedTitles()).toEqual(titles);

  // A new pack does not fit.
  await page
    .getByLabel('Import scenario pack')
    .setInputFiles(packFile(buildLargePack(LARGE, { id: 'large-pack', title: 'Large Pack' }), 'large.pack.json'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('large.pack.json was not imported', { timeout: 30_000 });
  await expect(alert).toContainText(STORAGE_FULL);
  await expect(page.getByRole('progressbar')).toBeHidden();
  expect(await installedTitles()).toEqual(titles);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();

  // Nor does a new version of an installed pack: the Replace dialog closes, and the old version stays.
  const larger = buildLargePack(LARGE, { id: 'test-pack', title: 'Test Pack, revised' });
  larger.pack.packVersion = '2.0.0';
  await page.getByLabel('Import scenario pack').setInputFiles(packFile(larger, 'revised.pack.json'));
  const dialog = page.getByRole('dialog', { name: 'Replace “Test Pack”?' });
  await dialog.getByRole('button', { name: 'Replace pack' }).click();
  await expect(alert).toContainText(STORAGE_FULL, { timeout: 30_000 });
  await expect(dialog).toBeHidden();
  await expect(installed.getByRole('listitem').filter({ hasText: 'Test Pack' })).toContainText('version 1.0.0');
  expect(await installedTitles()).toEqual(titles);

  // After a reload, everything installed before is still there, whole.
  await page.reload();
  await expect(installed.getByRole('listitem').filter({ hasText: 'Test Pack' })).toContainText('2 patients · 2 encounters · 3 documents');
  expect(await installedTitles()).toEqual(titles);

  // With room again, the same import succeeds.
  await setQuota(cdp, 'default');
  await page
    .getByLabel('Import scenario pack')
    .setInputFiles(packFile(buildLargePack(LARGE, { id: 'large-pack', title: 'Large Pack' }), 'large.pack.json'));
  await expect(page.getByText('Installed “Large Pack” from large.pack.json.')).toBeVisible({ timeout: 30_000 });
});

test('signing in with full storage says so on the welcome screen, and Start works once there is room', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  // No room at all, from the first visit: any write is refused (the bundled packs cannot install either).
  await setQuota(cdp, 1);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Record Room' })).toBeVisible();

  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByRole('button', { name: 'Start' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('You are not signed in');
  await expect(alert).toContainText(STORAGE_FULL);
  await expect(page.getByRole('heading', { name: 'Welcome to Record Room' })).toBeVisible();

  await setQuota(cdp, 'default');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search patients' })).toBeVisible();
  await expect(page.getByRole('banner').first()).toContainText('Sam Rivera');
});
