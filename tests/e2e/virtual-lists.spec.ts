/**
 * Lists stay virtual in the app's real layout: with 100,000 patients imported through "Import
 * scenario pack", the patient list keeps a bounded number of rows in the DOM at 1400×900 and at
 * 1024×768 and inside an LMS-style frame, while it is scrolled to the end; the access log, with
 * 20,000 entries, does too. Nothing here sizes a test box: the app's own stylesheet does the layout.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { buildPatientOnlyPack } from '../fixtures/large-pack.ts';

const PATIENTS = 100_000;
const LOG_ENTRIES = 20_000;
/** A screen of rows plus the virtualiser's overscan, at the tallest window tried. */
const MAX_ROWS = 80;
const SHOTS = process.env['SHOTS_DIR'];

type Surface = Page | FrameLocator;

const rowsInDom = (surface: Surface, table: string) => surface.getByRole('table', { name: table }).locator('tbody tr').count();

/** Scrolls the list's own box a page at a time with the mouse wheel, then to its very end, checking the DOM stays small. */
async function scrollToEnd(page: Page, surface: Surface, table: string, scrollTestId: string, rowCount: number) {
  const box = surface.getByTestId(scrollTestId);
  await box.hover();
  for (let i = 0; i < 5; i++) {
    await page.mouse.wheel(0, 2_000);
    expect(await rowsInDom(surface, table)).toBeLessThan(MAX_ROWS);
  }
  await box.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const last = surface.getByRole('table', { name: table }).locator(`tbody tr[aria-rowindex="${rowCount + 1}"]`);
  await expect(last).toBeVisible();
  expect(await rowsInDom(surface, table)).toBeLessThan(MAX_ROWS);
  // The page itself never grows to the list's height: the header stays on screen.
  await expect(surface.getByRole('navigation', { name: 'Main' })).toBeInViewport();
}

async function signIn(surface: Surface) {
  await surface.getByLabel('Your name').fill('Jordan Lee');
  await surface.getByRole('button', { name: 'Start' }).click();
}

test(`lists stay virtual in the real layout with ${PATIENTS.toLocaleString('en-US')} patients`, async ({ page }) => {
  test.setTimeout(300_000);
  const path = test.info().outputPath('mpi.pack.json');
  writeFileSync(path, JSON.stringify(buildPatientOnlyPack(PATIENTS, { id: 'mpi-100k', title: 'Metro MPI' })));

  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  await signIn(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Scenario packs' }).click();
  const installed = page.getByRole('list', { name: 'Installed scenario packs' });
  await expect(installed.getByRole('heading', { name: /Riverside General Hospital/ })).toBeVisible({ timeout: 20_000 });
  await expect(installed.getByRole('heading', { name: /Lakeside Community Health/ })).toBeVisible({ timeout: 20_000 });
  // The bundled packs' patients, installed on the first visit, are in the list too.
  await nav.getByRole('link', { name: 'Patients' }).click();
  const before = page.getByRole('status').filter({ hasText: /^[\d,]+ patients$/ });
  await expect(before).toBeVisible();
  const bundled = Number((await before.textContent())!.replace(/\D/g, ''));
  await nav.getByRole('link', { name: 'Scenario packs' }).click();
  await page.getByLabel('Import scenario pack').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'Installed “Metro MPI” from mpi.pack.json.' })).toBeVisible({ timeout: 150_000 });

  const total = PATIENTS + bundled;
  for (const viewport of [
    { width: 1400, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(viewport);
    await nav.getByRole('link', { name: 'Patients' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${total.toLocaleString('en-US')} patients` })).toBeVisible({
      timeout: 60_000,
    });
    const table = page.getByRole('table', { name: 'Patients' });
    await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
    await expect(table.locator('tbody tr').first()).toBeVisible();
    expect(await rowsInDom(page, 'Patients')).toBeLessThan(MAX_ROWS);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/patients-100k-${viewport.width}x${viewport.height}.png` });
    await scrollToEnd(page, page, 'Patients', 'patient-scroll', total);
    // Away and back: the second visit shows the list at once from the index already built.
    await nav.getByRole('link', { name: 'Work queues' }).click();
    await nav.getByRole('link', { name: 'Patients' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${total.toLocaleString('en-US')} patients` })).toBeVisible({ timeout: 2_000 });
  }

  // The access log of a whole course: 20,000 entries, written straight into the app's database.
  const seeded = await page.evaluate(async (count) => {
    const open = indexedDB.open('record-room');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const tx = idb.transaction(['settings', 'accessLog'], 'readwrite');
    const trainee = await new Promise<{ id: string; name: string }>((resolve) => {
      const get = tx.objectStore('settings').get('trainee');
      get.onsuccess = () => resolve((get.result as { value: { id: string; name: string } }).value);
    });
    const log = tx.objectStore('accessLog');
    for (let i = 0; i < count; i++) {
      log.add({
        traineeId: trainee.id,
        traineeName: trainee.name,
        at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        action: 'open-chart',
        packId: 'mpi-100k',
        patientId: `pt-oduya-${i}`,
        mrn: String(1_000_000 + i),
        patientName: `Patient ${i}`,
        what: `Cover sheet ${i}`,
      });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    idb.close();
    return count;
  }, LOG_ENTRIES);
  expect(seeded).toBe(LOG_ENTRIES);
  await page.reload();
  await nav.getByRole('link', { name: 'My access log' }).click();
  const log = page.getByRole('table', { name: 'Access log' });
  await expect(log).toHaveAttribute('aria-rowcount', String(LOG_ENTRIES + 1), { timeout: 20_000 });
  expect(await rowsInDom(page, 'Access log')).toBeLessThan(MAX_ROWS);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/access-log-20k-1024x768.png` });
  await scrollToEnd(page, page, 'Access log', 'access-log-scroll', LOG_ENTRIES);

  // Inside an LMS: the app in a 960×600 frame of a course page on the same site (so it sees the same storage).
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.route('**/course-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Course</title><h1>Week 3: the MPI</h1><iframe title="Record Room" src="/#/patients" style="width:960px;height:600px"></iframe>',
    }),
  );
  await page.goto('/course-page.html');
  const frame = page.frameLocator('iframe[title="Record Room"]');
  await expect(frame.getByRole('status').filter({ hasText: `${total.toLocaleString('en-US')} patients` })).toBeVisible({ timeout: 60_000 });
  expect(await rowsInDom(frame, 'Patients')).toBeLessThan(MAX_ROWS);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/patients-100k-lms-frame.png` });
  await scrollToEnd(page, frame, 'Patients', 'patient-scroll', total);
});
