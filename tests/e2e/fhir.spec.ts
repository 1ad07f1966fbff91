/**
 * FHIR in Chromium: a Synthea transaction Bundle imported through "Import FHIR" becomes a pack; the
 * new patient is found in the master patient index and the chart opens; the chart exports as a
 * FHIR collection Bundle with the same patient.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sharedData } from '../helpers/shared-data.ts';

const bundle = sharedData('synthea-r4/Cary_OHara_e39beddb-dcad-4762-a3ca-b671a92a5f2d.json');

// Outside CI missing data skips with this reason; under CI=true sharedData() above throws, so the run fails.
test.skip(!bundle.available, 'the Synthea bundles are not in ../shared/data');

test('a Synthea bundle imported through the UI becomes a chart that opens and exports as FHIR', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByLabel('Your name').fill('Casey Moore');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search patients' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenario packs' }).click();
  await expect(page.getByRole('checkbox', { name: /Keep source codes/ })).toBeChecked();
  await page.getByLabel('Import FHIR').setInputFiles(bundle.path);
  const done = page.getByRole('status').filter({ hasText: 'Installed “FHIR import: Cary_OHara' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  await expect(done).toContainText('1 patient, 53 encounters');
  await expect(page.getByRole('list', { name: 'Installed scenario packs' })).toContainText('FHIR import: Cary_OHara');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
  // Synthea's numeric name suffixes are cleaned, and the maiden name is searchable.
  await page.getByRole('searchbox', { name: 'Search patients' }).fill('Lindgren');
  await page.getByRole('table', { name: 'Patients' }).getByRole('link', { name: "O'HARA, Cary" }).click();
  const banner = page.getByRole('region', { name: 'Patient banner' });
  await expect(banner.getByRole('heading', { name: "O'HARA, Cary" })).toBeVisible();
  await expect(banner).toContainText('04/02/1963');
  await page.getByRole('tab', { name: 'Encounters' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Inpatient');

  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export FHIR' }).getByRole('button', { name: 'Chart (collection Bundle)' }).click();
  const path = test.info().outputPath('chart.fhir.json');
  await (await download).saveAs(path);
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  expect(exported.resourceType).toBe('Bundle');
  expect(exported.type).toBe('collection');
  const types = exported.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
  expect(types.filter((t: string) => t === 'Patient')).toHaveLength(1);
  expect(types.filter((t: string) => t === 'Encounter')).toHaveLength(53);
});
