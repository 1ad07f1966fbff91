/**
 * Every screen, checked by axe-core (WCAG 2.1 A and AA rules) with no serious or critical
 * violation, and, at 1024×768, with nothing scrolling sideways: the page, the main area and the
 * encoder beside a workspace keep every control reachable. The screens are reached as a trainee
 * reaches them, through the app's own links, tabs and buttons.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = process.env['SHOTS_DIR'];

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** axe's serious and critical violations on the page as it is now. */
async function violations(page: Page, screen: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ screen, rule: v.id, impact: v.impact ?? '', targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

/** Whatever scrolls sideways: the document, the main area, the encoder. */
async function sideways(page: Page, screen: string): Promise<string[]> {
  const wide = await page.evaluate(() =>
    [document.scrollingElement, ...document.querySelectorAll('.app-main, .encoder, .tab-panel, .table-scroll')]
      .filter((el): el is Element => el !== null)
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map(
        (el) =>
          `${el === document.scrollingElement ? 'the page' : `.${[...el.classList].join('.')}`} (${el.scrollWidth} > ${el.clientWidth} px)`,
      ),
  );
  return wide.map((w) => `${screen}: ${w}`);
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

for (const viewport of [
  { width: 1400, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`every screen passes axe at ${viewport.width}×${viewport.height}${viewport.width === 1024 ? ', with nothing scrolling sideways' : ''}`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    const found: Finding[] = [];
    const overflow: string[] = [];
    const check = async (screen: string) => {
      // Let the screen settle (live queries, lazy chunks) before it is checked.
      await expect(page.getByRole('status').filter({ hasText: /^(Opening|Loading|Grading)/ })).toHaveCount(0);
      found.push(...(await violations(page, screen)));
      if (viewport.width === 1024) overflow.push(...(await sideways(page, screen)));
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${viewport.width}-${screen.replace(/[^a-z0-9]+/gi, '-')}.png` });
    };

    await page.goto('/');
    await check('welcome');
    await page.getByLabel('Your name').fill('Jordan Lee');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^\d+ patients$/ })).toBeVisible({ timeout: 20_000 });
    await check('patients');

    // The chart, every tab, and a document open.
    await page.getByRole('table', { name: 'Patients' }).getByRole('link').first().click();
    await expect(page.getByRole('region', { name: 'Patient banner' })).toBeVisible();
    const tabs = page.getByRole('tablist', { name: 'Chart tabs' }).getByRole('tab');
    await expect(tabs.first()).toBeVisible();
    const tabNames = await tabs.allInnerTexts();
    expect(tabNames).toEqual(expect.arrayContaining(['Cover Sheet', 'Demographics', 'Notes', 'Labs', 'Vitals', 'Encounters']));
    for (const name of tabNames) {
      await page.getByRole('tablist', { name: 'Chart tabs' }).getByRole('tab', { name, exact: true }).click();
      await check(`chart ${name}`);
    }
    await page.getByRole('tablist', { name: 'Chart tabs' }).getByRole('tab', { name: 'Discharge Summaries', exact: true }).click();
    await page.getByRole('table', { name: 'Discharge Summaries documents' }).getByRole('button').first().click();
    await expect(page.getByRole('article')).toBeVisible();
    await check('chart document');

    // The encoder beside the chart.
    await page.getByRole('button', { name: 'Encoder', exact: true }).click();
    await expect(page.getByRole('complementary', { name: 'Encoder' }).getByRole('status')).toHaveCount(0, { timeout: 20_000 });
    await check('chart with the encoder');
    await page.getByRole('button', { name: 'Close encoder' }).click();

    // Each queue, and the first task of each, alone and beside the encoder.
    await nav(page, 'Work queues');
    await expect(page.getByRole('tablist', { name: 'Work queues' }).getByRole('tab').first()).toBeVisible();
    const queues = await page.getByRole('tablist', { name: 'Work queues' }).getByRole('tab').allInnerTexts();
    expect(queues.length).toBeGreaterThanOrEqual(4);
    for (const label of queues) {
      const queue = label.replace(/\s*\d+$/, '');
      await nav(page, 'Work queues');
      await page.getByRole('tab', { name: new RegExp(`^${queue}`) }).click();
      await check(`queue ${queue}`);
      await page
        .getByRole('table', { name: `${queue} worklist` })
        .getByRole('link')
        .first()
        .click();
      await expect(page.getByRole('button', { name: 'Submit task' })).toBeVisible({ timeout: 20_000 });
      await check(`task ${queue}`);
      await page.getByRole('button', { name: 'Encoder', exact: true }).click();
      await expect(page.getByRole('complementary', { name: 'Encoder' })).toBeVisible();
      await check(`task ${queue} with the encoder`);
      await page.getByRole('button', { name: 'Close encoder' }).click();
    }

    await nav(page, 'Results');
    await check('results');
    await nav(page, 'Scenario packs');
    await expect(page.getByRole('list', { name: 'Installed scenario packs' })).toBeVisible();
    await check('scenario packs');
    await nav(page, 'My access log');
    await check('access log');

    // Both lists in one assertion, so a failure shows everything there is to fix.
    expect({ axe: found, sideways: overflow }).toEqual({ axe: [], sideways: [] });
  });
}
