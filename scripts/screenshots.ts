/**
 * Builds the app, serves it, and screenshots each screen in headless Chromium into shots/, so a
 * person can look at what a trainee sees. `npx tsx scripts/screenshots.ts [extra-pack.json]`
 */
import { existsSync, mkdirSync } from 'node:fs';
import { build, preview } from 'vite';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';

const out = 'shots';
mkdirSync(out, { recursive: true });
await build({ logLevel: 'warn' });
const server = await preview({ preview: { host: '127.0.0.1', port: 4399, strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const base = 'http://127.0.0.1:4399/';
  await page.goto(base);
  await page.screenshot({ path: `${out}/01-welcome.png` });
  await page.getByLabel('Your name').fill('Jordan Lee');
  await page.getByLabel(/Student ID/).fill('HIT-2041');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('searchbox', { name: 'Search patients' }).waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/02-patients.png` });
  const extra = process.argv[2];
  await page.goto(`${base}#/library`);
  if (extra) await page.getByLabel('Import scenario pack').setInputFiles(extra);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/03-library.png`, fullPage: true });
  await page.goto(`${base}#/patients`);
  await page.getByRole('searchbox', { name: 'Search patients' }).fill(process.env['SHOT_QUERY'] ?? 'a');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/04-search.png` });
  await page.getByRole('table', { name: 'Patients' }).getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Cover Sheet' }).waitFor();
  await page.screenshot({ path: `${out}/05-cover-sheet.png` });
  for (const [i, tab] of ['Notes', 'Discharge Summaries', 'Labs', 'Orders', 'Encounters', 'Medications'].entries()) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const firstDoc = page.getByRole('tabpanel').getByRole('button').first();
    if (['Notes', 'Discharge Summaries'].includes(tab) && (await firstDoc.count()) > 0) await firstDoc.click();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/${String(6 + i).padStart(2, '0')}-${tab.toLowerCase().replace(/ /g, '-')}.png` });
  }
  await page.getByRole('link', { name: 'My access log' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/12-access-log.png` });
  // The encoder, with the official PCS and HCPCS releases when ../shared/data has them.
  const shared = new URL('../../shared/data/', import.meta.url).pathname;
  await page.getByRole('button', { name: 'Encoder' }).click();
  const encoder = page.getByRole('complementary', { name: 'Encoder' });
  await encoder.getByRole('searchbox', { name: 'Search codes' }).fill('acute on chronic chf');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/12b-encoder-teaching.png` });
  await encoder.getByRole('searchbox', { name: 'Search codes' }).fill('');
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/12c-encoder-browse.png` });
  if (existsSync(`${shared}icd10pcs/icd10pcs_tables_2025.xml`)) {
    await encoder.getByRole('tab', { name: 'ICD-10-PCS' }).click();
    await encoder.getByRole('button', { name: 'Load official code set' }).click();
    await page
      .getByLabel('Choose release files')
      .setInputFiles([`${shared}icd10pcs/icd10pcs_tables_2025.xml`, `${shared}icd10pcs/icd10pcs_definitions_2025.xml`]);
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).click({ timeout: 60_000 });
    for (const [axis, value] of [
      ['Section', '0'],
      ['Body System', 'F'],
      ['Operation', 'T'],
      ['Body Part', '4'],
    ] as const) {
      await encoder.getByRole('combobox', { name: axis }).selectOption(value);
    }
    await page.screenshot({ path: `${out}/13-encoder-pcs.png` });
    await encoder.getByRole('tab', { name: 'HCPCS' }).click();
    await encoder.getByRole('button', { name: 'Load official code set' }).click();
    await page.getByLabel('Choose release files').setInputFiles([`${shared}hcpcs/HCPC2019_CONTR_ANWEB.txt`]);
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).click({ timeout: 60_000 });
    await encoder.getByRole('searchbox', { name: 'Search codes' }).fill('ketorolac');
    await page.screenshot({ path: `${out}/14-encoder-hcpcs.png` });
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
