/**
 * A shared lab PC: one trainee works a task, another takes the seat ("Switch trainee") and finds
 * none of it; signing out and continuing as the first brings it all back, access log included.
 * A submitted task can be practised again: it starts blank, and the first attempt and its score
 * stay in the trainee's results.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildPack } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';
import { workItemOf } from '../fixtures/work-items.ts';

const PACK = { ...buildPack(), tasks: TASKS, keys: KEYS };
const FILE_THE_FAX = workItemOf(PACK, 'File the fax');

async function signIn(page: Page, name: string) {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('banner')).toContainText(`Trainee: ${name}`);
}

async function openFilingTask(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work queues' }).click();
  await page.getByRole('table', { name: 'Filing worklist' }).getByRole('link', { name: FILE_THE_FAX }).click();
  await expect(page.getByRole('heading', { level: 1, name: FILE_THE_FAX })).toBeVisible();
}

test('switching trainee and signing out keep each trainee’s work apart; a task practised again keeps its first attempt', async ({
  page,
}) => {
  await page.goto('/');
  await signIn(page, 'Jordan Lee');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenario packs' }).click();
  await page
    .getByLabel('Import scenario pack')
    .setInputFiles({ name: 'session.pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PACK)) });
  await expect(page.getByText(/Installed “Test Pack”/)).toBeVisible();

  // Jordan opens a chart and holds the fax.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('link', { name: 'ODUYA, Margaret Ann' }).first().click();
  await expect(page.getByRole('region', { name: 'Patient banner' })).toBeVisible();
  await openFilingTask(page);
  await page.getByRole('radio', { name: /^Hold/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved (1 action on this task)' })).toBeVisible();

  // Sam takes the seat: none of Jordan's work, none of Jordan's log.
  await page.getByRole('button', { name: 'Switch trainee' }).click();
  await expect(page.getByRole('heading', { name: 'Who is practising?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue as Jordan Lee' })).toBeFocused();
  await signIn(page, 'Sam Rivera');
  await openFilingTask(page);
  await expect(page.getByRole('radio', { name: /^Hold/ })).not.toBeChecked();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My access log' }).click();
  await expect(page.getByText('You have not opened any chart yet.')).toBeVisible();

  // Sam signs out; Jordan continues, and finds everything.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You have signed out.' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue as Jordan Lee' }).click();
  await expect(page.getByRole('banner')).toContainText('Trainee: Jordan Lee');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My access log' }).click();
  await expect(page.getByRole('table', { name: 'Access log' })).toContainText('ODUYA, Margaret Ann');
  await openFilingTask(page);
  await expect(page.getByRole('radio', { name: /^Hold/ })).toBeChecked();

  // Submitted, graded, practised again: blank work, the first attempt's score in the history.
  await page.getByRole('button', { name: 'Submit task' }).click();
  await page.getByRole('dialog', { name: 'Submit this task?' }).getByRole('button', { name: 'Submit for grading' }).click();
  await page.getByRole('link', { name: 'See your results' }).click();
  const result = page.getByRole('article').filter({ hasText: 'File the fax' });
  const firstScore = (await result.getByLabel(/^Score \d+%$/).getAttribute('aria-label'))!.replace('Score ', '');
  await result.getByRole('button', { name: 'Practise again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: FILE_THE_FAX })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Hold/ })).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Submit task' })).toBeVisible();
  await page.getByRole('radio', { name: /^Hold/ }).check();
  await page.getByRole('button', { name: 'Submit task' }).click();
  await page.getByRole('dialog', { name: 'Submit this task?' }).getByRole('button', { name: 'Submit for grading' }).click();
  await page.getByRole('link', { name: 'See your results' }).click();
  await expect(page.getByRole('article').filter({ hasText: 'File the fax' })).toContainText(
    new RegExp(`Earlier attempts: .* ${firstScore}`),
  );
});
