/**
 * The HIM work queues end to end in Chromium, from an empty browser: a trainee files two loose
 * documents, reloads midway and finds the work still there, answers a continuing-care request,
 * analyses a record for deficiencies, codes an ED visit with codes found in the encoder, submits
 * each task, and reads a graded report with explanations. The work exported from the app, graded
 * by the command line, gives the score the app showed.
 *
 * With SHOTS_DIR set, it also saves a screenshot of each screen there (for people to look at).
 */
import { bundledWorkItem } from '../fixtures/work-items.ts';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { runCli } from '../helpers/cli.ts';

const PACK = 'scenarios/riverside/riverside-general.pack.json';

// SHOTS_VIEWPORT=1024x768 takes the screenshots at another window size.
const [shotWidth, shotHeight] = (process.env['SHOTS_VIEWPORT'] ?? '1400x900').split('x').map(Number);
test.use({ viewport: { width: shotWidth ?? 1400, height: shotHeight ?? 900 } });

async function shot(page: Page, name: string) {
  const dir = process.env['SHOTS_DIR'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Opens, from its queue, the bundled task its author titled `teachingTitle`: the queue lists it by its work item. */
async function openTask(page: Page, queue: string, teachingTitle: string) {
  const item = bundledWorkItem(teachingTitle);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work queues' }).click();
  await page.getByRole('tab', { name: new RegExp(`^${queue}`) }).click();
  await shot(page, `queue-${queue.toLowerCase()}`);
  // The teaching title, which may give the answer away, is nowhere in the queue.
  await expect(page.getByRole('table', { name: `${queue} worklist` })).not.toContainText(teachingTitle);
  await page.getByRole('link', { name: item, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: item, exact: true })).toBeVisible();
}

async function submitTask(page: Page) {
  await page.getByRole('button', { name: 'Submit task' }).click();
  await page.getByRole('dialog', { name: 'Submit this task?' }).getByRole('button', { name: 'Submit for grading' }).click();
  await expect(page.getByText('This task was handed in and can no longer change.')).toBeVisible();
}

async function selectByText(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value);
}

async function pickPatient(scope: Locator, query: string, name: RegExp) {
  await scope.getByRole('searchbox', { name: 'Find patient' }).fill(query);
  await scope.getByRole('button', { name }).click();
}

test('a trainee works one task of each kind, reloads midway, submits, and the CLI grades the exported work to the same score', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByLabel('Your name').fill('Jordan Lee');
  await page.getByLabel(/Student ID/).fill('HIT-2041');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search patients' })).toBeVisible();

  // Filing: the send-out lab goes to Keisha Monroe's admission; the consent to Tyler Brooks.
  await expect(async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work queues' }).click();
    await expect(
      page.getByRole('link', { name: bundledWorkItem('Filing queue: a send-out lab result and a scanned consent'), exact: true }),
    ).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await openTask(page, 'Filing', 'Filing queue: a send-out lab result and a scanned consent');
  const lab = page.getByRole('article', { name: 'Send-out results: C-peptide and GAD-65 antibody' });
  await lab.getByRole('radio', { name: 'File to a chart' }).check();
  await pickPatient(lab, 'monroe 2/11/1988', /Select MONROE, Keisha/);
  await selectByText(lab.getByRole('combobox', { name: 'Encounter' }), 'RG25004955');
  await lab.getByRole('combobox', { name: 'Document type' }).selectOption('laboratory-report');
  await lab.getByLabel('Document date').fill('2025-05-02');
  await expect(lab.getByLabel('Filing of Send-out results: C-peptide and GAD-65 antibody')).toContainText('Filed to MONROE, Keisha');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await shot(page, 'task-filing');

  // A reload midway loses nothing.
  await page.reload();
  const labAgain = page.getByRole('article', { name: 'Send-out results: C-peptide and GAD-65 antibody' });
  await expect(labAgain.getByLabel('Filing of Send-out results: C-peptide and GAD-65 antibody')).toContainText(
    'Filed to MONROE, Keisha Lynn · MRN 0074162',
  );
  await expect(labAgain.getByLabel('Filing of Send-out results: C-peptide and GAD-65 antibody')).toContainText(
    'Laboratory Report · dated 05/02/2025',
  );

  const consent = page.getByRole('article', { name: 'Consent for anesthesia services (paper form)' });
  await consent.getByRole('radio', { name: 'File to a chart' }).check();
  await pickPatient(consent, 'brooks tyler', /Select BROOKS, Tyler/);
  await selectByText(consent.getByRole('combobox', { name: 'Encounter' }), 'RG25003309');
  await consent.getByRole('combobox', { name: 'Document type' }).selectOption('consent-form');
  await submitTask(page);

  // Requests: the rehabilitation hospital's continuing-care request.
  await openTask(page, 'Requests', 'Continuing care: rehabilitation hospital asks for stroke admission reports');
  await pickPatient(page.getByRole('group', { name: '1. Find the patient' }), '0019538', /Select GREENE, Harold/);
  await page.getByRole('radio', { name: 'Release' }).check();
  const docs = page.getByRole('table', { name: 'Documents in the chart' });
  for (const d of [
    'Discharge Summary',
    'Hospital Medicine Admission History and Physical',
    'Neurology Consultation',
    'MRI Brain without Contrast and MRA Head',
    'Transthoracic Echocardiogram with Agitated Saline',
  ]) {
    await docs.getByRole('checkbox', { name: new RegExp(`^Release ${d} \\(`) }).check();
  }
  await expect(page.getByText('5 documents selected for release.')).toBeVisible();
  await shot(page, 'task-request');
  await submitTask(page);

  // Deficiencies: the unsigned POD 1 progress note belongs to Dr Brennan.
  await openTask(page, 'Deficiencies', 'Deficiency analysis: laparoscopic cholecystectomy stay');
  await page.getByRole('button', { name: 'General Surgery Progress Note - POD 1' }).click();
  await expect(page.getByRole('heading', { name: 'General Surgery Progress Note - POD 1' })).toBeVisible();
  await selectByText(page.getByRole('combobox', { name: 'Document or order' }), 'General Surgery Progress Note - POD 1');
  await page.getByRole('combobox', { name: 'Deficiency' }).selectOption('missing-signature');
  await page.getByRole('combobox', { name: 'Responsible provider' }).selectOption('prv-brennan');
  await page.getByRole('button', { name: 'Add deficiency' }).click();
  await expect(page.getByRole('table', { name: 'Deficiencies recorded' })).toContainText('Signature missing');
  await page.getByRole('radio', { name: /^Incomplete/ }).check();
  await shot(page, 'task-deficiencies');
  await submitTask(page);

  // Coding: codes found in the encoder go straight into the abstract.
  await openTask(page, 'Coding', 'ED coding: right ureteral stone, treated and released');
  await page.getByRole('button', { name: 'Open the encoder' }).click();
  const encoder = page.getByRole('complementary', { name: 'Encoder' });
  await encoder.getByRole('searchbox', { name: 'Search codes' }).fill('hydronephrosis ureteral calculous obstruction');
  await encoder.getByRole('button', { name: /^N13\.2 / }).click();
  await encoder.getByRole('button', { name: 'Add N13.2 as a diagnosis' }).click();
  await encoder.getByRole('tab', { name: 'HCPCS' }).click();
  await encoder.getByRole('searchbox', { name: 'Search codes' }).fill('ketorolac');
  await encoder.getByRole('button', { name: /^J1885 / }).click();
  await encoder.getByRole('button', { name: 'Add J1885 as an HCPCS code' }).click();
  const hcpcs = page.getByRole('region', { name: 'HCPCS Level II' });
  await hcpcs.getByRole('textbox', { name: 'HCPCS code' }).fill('J2405');
  await hcpcs.getByRole('spinbutton', { name: 'Units', exact: true }).fill('4');
  await hcpcs.getByRole('button', { name: 'Add HCPCS code' }).click();
  await hcpcs.getByRole('textbox', { name: 'HCPCS code' }).fill('J7030');
  await expect(hcpcs.getByRole('status')).toContainText('J7030 is valid and billable');
  await hcpcs.getByRole('button', { name: 'Add HCPCS code' }).click();
  const diagnoses = page.getByRole('region', { name: 'Diagnoses (ICD-10-CM)' });
  await expect(diagnoses.getByRole('row').nth(1)).toContainText('First-listed');
  await expect(diagnoses.getByRole('row').nth(1)).toContainText('N13.2');
  await expect(hcpcs.getByRole('row')).toHaveCount(4);
  await expect(hcpcs.getByRole('spinbutton', { name: 'Units of J2405' })).toHaveValue('4');
  await shot(page, 'task-coding');
  await encoder.getByRole('button', { name: 'Close encoder' }).click();
  await submitTask(page);

  // Results: a score per task and an explanation citing the rule for every deduction.
  await page.getByRole('link', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { name: 'Results: Riverside General Hospital' })).toBeVisible();
  const overall = page.getByLabel(/^Overall score/);
  await expect(overall).toBeVisible();
  const shown = Number((await overall.textContent())!.replace('%', ''));
  await expect(page.getByRole('article')).toHaveCount(4);
  const coding = page.getByRole('article', { name: /ED coding: right ureteral stone/ });
  await expect(coding).toContainText('Z79.3');
  await expect(coding.getByRole('cell', { name: /Rule \(/ }).first()).toBeVisible();
  await shot(page, 'results');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export work (work.json)' }).click();
  const workPath = test.info().outputPath('work.json');
  await (await download).saveAs(workPath);
  const work = JSON.parse(readFileSync(workPath, 'utf8'));
  expect(Object.keys(work.submitted)).toHaveLength(4);

  const cli = await runCli('grade', '--pack', PACK, '--work', workPath);
  expect(cli.err).toEqual([]);
  expect(cli.code).toBe(0);
  const report = JSON.parse(cli.out.join('\n'));
  expect(report.overall.percent).toBe(shown);
  expect(report.tasks).toHaveLength(4);
});
