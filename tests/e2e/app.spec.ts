/**
 * End to end, in headless Chromium against the built app, from an empty browser profile: the
 * bundled packs are installed, a pack file is imported, a patient is found by a previous name,
 * the chart and a discharge summary are opened, the page is reloaded, and the access log lists
 * what was opened.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildPack } from '../fixtures/packs.ts';

async function startAs(page: Page, name: string) {
  await page.goto('/');
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search patients' })).toBeVisible();
}

function packFile(pack: unknown, name: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) };
}

test('a trainee imports a pack, finds a patient by a previous name, reads a discharge summary, and the log survives a reload', async ({
  page,
}) => {
  await startAs(page, 'Jordan Lee');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenario packs' }).click();
  const installed = page.getByRole('list', { name: 'Installed scenario packs' });
  await expect(installed.getByRole('heading', { name: /Riverside General Hospital/ })).toBeVisible({ timeout: 20_000 });
  await expect(installed.getByRole('heading', { name: /Lakeside Community Health/ })).toBeVisible({ timeout: 20_000 });

  await page.getByLabel('Import scenario pack').setInputFiles(packFile(buildPack(), 'classroom.pack.json'));
  await expect(page.getByText('Installed “Test Pack” from classroom.pack.json.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('searchbox', { name: 'Search patients' }).fill('Carter Margaret');
  const patients = page.getByRole('table', { name: 'Patients' });
  const row = patients.getByRole('row').filter({ hasText: '0001001' });
  await expect(row).toContainText('matched previous name');
  await row.getByRole('link', { name: 'ODUYA, Margaret Ann' }).click();

  const banner = page.getByRole('region', { name: 'Patient banner' });
  await expect(banner.getByRole('heading', { name: 'ODUYA, Margaret Ann' })).toBeVisible();
  await page.getByRole('tab', { name: 'Discharge Summaries' }).click();
  await page.getByRole('button', { name: 'Discharge Summary' }).click();
  const doc = page.getByRole('article', { name: 'Discharge Summary' });
  await expect(doc).toContainText('Signature statusUnsigned');
  await expect(doc.getByLabel('Document text')).toContainText('DISCHARGE DIAGNOSIS: Right lower lobe pneumonia.');

  await page.reload();
  await expect(page.getByRole('article', { name: 'Discharge Summary' })).toBeVisible();
  await expect(page.getByRole('banner').first()).toContainText('Jordan Lee');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My access log' }).click();
  const log = page.getByRole('table', { name: 'Access log' });
  await expect(log.getByRole('row').filter({ hasText: 'Opened document' }).first()).toContainText(
    'Discharge Summary: Discharge Summary (01/14/2025)',
  );
  await expect(log.getByRole('row').filter({ hasText: 'Opened chart' }).first()).toContainText('ODUYA, Margaret Ann');
  await page.screenshot({ path: 'test-results/e2e-access-log.png', fullPage: true });
});

test('a broken pack is refused with its problems listed, and markup in a pack stays text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await startAs(page, 'Sam Rivera');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenario packs' }).click();

  await page.getByLabel('Import scenario pack').setInputFiles({
    name: 'truncated.pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "record-room-pack", "vers'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('truncated.pack.json was not imported');
  await expect(alert.getByRole('listitem')).toHaveText([
    '(file) is not valid JSON: it ends before the data is complete (is the file truncated?)',
  ]);

  const xss = buildPack({ id: 'xss-pack' });
  xss.patients[0]!.name.family = '<img src=x onerror="alert(1)">';
  xss.patients[0]!.documents![1]!.text = '<script>alert(2)</script><img src=x onerror="alert(3)">';
  await page.getByLabel('Import scenario pack').setInputFiles(packFile(xss, 'xss.pack.json'));
  await expect(page.getByText(/Installed “Test Pack” from xss.pack.json/)).toBeVisible();
  await page.goto('/#/chart/xss-pack/pt-oduya/discharge');
  await page.getByRole('button', { name: 'Discharge Summary' }).click();
  await expect(page.getByLabel('Document text')).toHaveText('<script>alert(2)</script><img src=x onerror="alert(3)">');
  await expect(page.locator('main img, main script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
