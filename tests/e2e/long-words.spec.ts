/**
 * Text from a pack with words tens of thousands of characters long (task instructions, a request
 * letter, a document, a title) wraps: no page scrolls sideways, at 1400 and at 1024 pixels.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildPack } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';

const word = (n: number) => 'W'.repeat(n);

function longWordPack() {
  const pack = buildPack();
  const [first, ...others] = pack.patients;
  const [doc, ...docs] = first?.documents ?? [];
  const patients =
    first && doc ? [{ ...first, documents: [{ ...doc, text: `Assessment: ${word(40_000)}` }, ...docs] }, ...others] : pack.patients;
  const tasks = TASKS.map((t) => ({
    ...t,
    instructions: `${t.instructions} ${word(15_000)}`,
    ...(t.kind === 'retrieve' ? { request: { ...t.request, text: `${t.request.text} ${word(15_000)}` } } : {}),
  }));
  return { ...pack, patients, tasks, keys: KEYS };
}

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
}

test('long unbroken words wrap on every page that shows pack text', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  await page.getByLabel('Your name').fill('Jordan Lee');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenario packs' }).click();
  await page
    .getByLabel('Import scenario pack')
    .setInputFiles({ name: 'long.pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(longWordPack())) });
  await expect(page.getByText(/Installed “Test Pack”/)).toBeVisible();
  for (const width of [1400, 1024]) {
    await page.setViewportSize({ width, height: width === 1400 ? 900 : 768 });
    for (const hash of [
      '#/task/test-pack/t-roi',
      '#/task/test-pack/t-file',
      '#/task/test-pack/t-complete',
      '#/chart/test-pack/pt-oduya/notes/doc-oduya-hp',
    ]) {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await page.waitForTimeout(50);
      expect(await sideways(page), `${hash} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});
