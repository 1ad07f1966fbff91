/**
 * Privacy end to end in Chromium, on the bundled Lakeside pack: a psychotherapy note sits on its own
 * tab and asks "Reason for access" before its text is on the page; cancelling leaves it closed and
 * logs nothing; a reason opens it and goes into "My access log"; exporting the chart as FHIR (which
 * carries the protected records) asks for a reason too, and the export is logged with it.
 */
import { expect, test } from '@playwright/test';

const NOTE = 'Psychotherapy Note (Process Note) — Session 1';
const NOTE_WORDS = 'I sat with the silence';

test('a psychotherapy note opens only with a reason, the reason is in the access log, and a FHIR export is logged', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByLabel('Your name').fill('Jordan Lee');
  await page.getByRole('button', { name: 'Start' }).click();

  // The bundled packs install on the first visit.
  const search = page.getByRole('searchbox', { name: 'Search patients' });
  await expect(async () => {
    await search.fill('');
    await search.fill('whitaker daniel');
    await expect(page.getByRole('link', { name: 'WHITAKER, Daniel James' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('link', { name: 'WHITAKER, Daniel James' }).click();

  // Psychotherapy notes are not on the Notes tab.
  await page.getByRole('tab', { name: 'Notes', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Notes documents' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Notes documents' }).getByRole('button', { name: NOTE, exact: true })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Psychotherapy notes' }).click();
  const title = page.getByRole('table', { name: 'Psychotherapy notes documents' }).getByRole('button', { name: NOTE, exact: true });

  // Opening it asks for a reason first; its text is not on the page. Cancel leaves it closed.
  await title.click();
  const dialog = page.getByRole('dialog', { name: 'Reason for access' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Psychotherapy notes (45 CFR 164.508(a)(2))');
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await expect(page.getByText(NOTE_WORDS)).toHaveCount(0);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(title).toBeFocused();
  await expect(page.getByText(/^Not opened\./)).toBeVisible();
  await expect(page.getByText(NOTE_WORDS)).toHaveCount(0);

  // A blank reason is refused; a reason opens the note.
  await page.getByRole('button', { name: 'Give a reason to open it' }).click();
  await dialog.getByRole('button', { name: 'Open record' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Give the reason you need this record.');
  await expect(page.getByText(NOTE_WORDS)).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('ROI: disability insurer request, checking the authorization');
  await dialog.getByRole('button', { name: 'Open record' }).click();
  await expect(dialog).toBeHidden();
  const note = page.getByRole('article', { name: NOTE });
  await expect(note.getByLabel('Document text')).toContainText(NOTE_WORDS);
  await expect(note).toContainText('Opened for: ROI: disability insurer request, checking the authorization');

  // The chart holds protected records, so its FHIR export asks for a reason too, and is logged.
  const exports = page.getByRole('group', { name: 'Export FHIR' });
  await exports.getByRole('button', { name: 'Chart (collection Bundle)' }).click();
  await expect(dialog).toContainText('holds specially protected records');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Continuity of care: transfer to the rehabilitation hospital');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  expect((await download).suggestedFilename()).toBe('lakeside-community-LC005076-collection.fhir.json');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My access log' }).click();
  const log = page.getByRole('table', { name: 'Access log' });
  await expect(page.getByText('This log is not graded')).toBeVisible();
  const rows = log.getByRole('row');
  await expect(rows).toHaveCount(4); // the header, the export, the note, the chart: the cancelled opening is not there
  await expect(rows.nth(1)).toContainText('Exported chart (FHIR)');
  await expect(rows.nth(1)).toContainText('FHIR R4 collection Bundle (the whole chart): lakeside-community-LC005076-collection.fhir.json');
  await expect(rows.nth(1)).toContainText('Continuity of care: transfer to the rehabilitation hospital');
  await expect(rows.nth(2)).toContainText('Opened protected record');
  await expect(rows.nth(2)).toContainText(`Psychotherapy Note: ${NOTE} (10/15/2024)`);
  await expect(rows.nth(2)).toContainText('ROI: disability insurer request, checking the authorization');
  await expect(rows.nth(3)).toContainText('Opened chart');
  await expect(rows.nth(3)).toContainText('WHITAKER, Daniel James');
});
