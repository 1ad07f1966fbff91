/**
 * Two tabs of one browser, the same pack open in both, actions interleaved on the same task and on
 * different tasks: every action of both tabs is kept, each tab shows the other's work, and neither
 * says "All changes saved" over work the other replaced.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildPack } from '../fixtures/packs.ts';
import { KEYS, TASKS } from '../fixtures/tasks.ts';
import { workItemOf } from '../fixtures/work-items.ts';

const PACK = { ...buildPack(), tasks: TASKS, keys: KEYS };
const CODE_THE_STAY = workItemOf(PACK, 'Code the stay');
const ANALYSE_THE_RECORD = workItemOf(PACK, 'Analyse the record');

function packFile(pack: unknown, name: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) };
}

async function addDiagnosis(page: Page, code: string) {
  const diagnoses = page.getByRole('region', { name: 'Diagnoses (ICD-10-CM)' });
  await diagnoses.getByRole('textbox', { name: 'Diagnosis code' }).fill(code);
  await diagnoses.getByRole('button', { name: 'Add diagnosis' }).click();
  await expect(diagnoses.getByRole('row').filter({ hasText: code })).toHaveCount(1);
}

const savedIn = (page: Page) => expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();

test('two tabs editing one pack keep every action of both', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/');
  await a.getByLabel('Your name').fill('Jordan Lee');
  await a.getByRole('button', { name: 'Start' }).click();
  await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenario packs' }).click();
  await a.getByLabel('Import scenario pack').setInputFiles(packFile(PACK, 'two-tabs.pack.json'));
  await expect(a.getByText(/Installed “Test Pack”/)).toBeVisible();

  const b = await context.newPage();
  await a.goto('/#/task/test-pack/t-code');
  await b.goto('/#/task/test-pack/t-code');
  await expect(a.getByRole('heading', { level: 1, name: CODE_THE_STAY })).toBeVisible();
  await expect(b.getByRole('heading', { level: 1, name: CODE_THE_STAY })).toBeVisible();

  // The same task, interleaved.
  await addDiagnosis(a, 'J18.1');
  await addDiagnosis(b, 'J44.9');
  await addDiagnosis(a, 'Z88.0');
  await addDiagnosis(b, 'I10');
  await savedIn(a);
  await savedIn(b);
  for (const page of [a, b]) {
    const rows = page.getByRole('region', { name: 'Diagnoses (ICD-10-CM)' }).getByRole('row');
    for (const code of ['J18.1', 'J44.9', 'Z88.0', 'I10'])
      await expect(rows.filter({ hasText: code }), `${code} in each tab`).toHaveCount(1);
  }

  // Different tasks of the pack, interleaved.
  await b.goto('/#/task/test-pack/t-complete');
  await expect(b.getByRole('heading', { level: 1, name: ANALYSE_THE_RECORD })).toBeVisible();
  await b.getByRole('radio', { name: /^Incomplete/ }).check();
  await addDiagnosis(a, 'R50.9');
  await savedIn(a);
  await savedIn(b);

  // Both reloaded: everything is there.
  for (const page of [a, b]) await page.reload();
  await a.goto('/#/task/test-pack/t-code');
  const rows = a.getByRole('region', { name: 'Diagnoses (ICD-10-CM)' }).getByRole('row');
  for (const code of ['J18.1', 'J44.9', 'Z88.0', 'I10', 'R50.9']) await expect(rows.filter({ hasText: code })).toHaveCount(1);
  await expect(a.getByRole('status').filter({ hasText: 'All changes saved (5 actions on this task)' })).toBeVisible();
  await expect(b.getByRole('radio', { name: /^Incomplete/ })).toBeChecked();
});
