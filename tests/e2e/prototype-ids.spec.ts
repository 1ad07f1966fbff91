/**
 * A pack whose ids are named like built-in object properties (constructor, toString, valueOf…),
 * in Chromium: its tasks show as not started, open, take work, and nothing blanks the app.
 */
import { workItemOf } from '../fixtures/work-items.ts';
import { expect, test } from '@playwright/test';
import { prototypeIdPack } from '../fixtures/prototype-ids.ts';

test('ids named like built-in properties are ordinary data in the app', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.getByLabel('Your name').fill('Jordan Lee');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenario packs' }).click();
  await page
    .getByLabel('Import scenario pack')
    .setInputFiles({ name: 'prototype.pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(prototypeIdPack())) });
  await expect(page.getByText(/Installed “Test Pack”/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work queues' }).click();
  const worklist = page.getByRole('table', { name: 'Filing worklist' });
  const item = workItemOf(prototypeIdPack(), 'File the fax');
  await expect(worklist.getByRole('row').filter({ has: page.getByRole('link', { name: item }) })).toContainText('Not started');
  await worklist.getByRole('link', { name: item }).click();
  await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
  await page.getByRole('radio', { name: /^Hold/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved (1 action on this task)' })).toBeVisible();

  await page.goto('/#/task/constructor/toString');
  await expect(page.getByRole('heading', { level: 1, name: workItemOf(prototypeIdPack(), 'Code the stay') })).toBeVisible();
  await expect(page.getByText('Not started')).toBeVisible();
  await page.goto('/#/results/constructor');
  await expect(page.getByRole('heading', { name: 'Results: Test Pack' })).toBeVisible();
  expect(errors).toEqual([]);
});
