/**
 * Patient identity end to end, in Chromium against the built app with the bundled packs, at the two
 * window sizes the app is checked at:
 * - the patient's address is visible where identity is verified: in the master patient index, on
 *   the chart's Demographics tab (opened from the banner), and in the filing queue's patient picker,
 *   before and after a patient is chosen;
 * - the patient banner stays in view when the chart scrolls: on the Notes tab of the bundled patient
 *   with the most notes, scrolled to the end of her longest note, and on every other tab; and in a
 *   work queue's chart audit scrolled to its end.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DOCUMENT_TYPES, type DocumentTypeId } from '../../src/chart/document-types.ts';

interface BundledDocument {
  type: DocumentTypeId;
  title: string;
  text: string;
  sensitivity?: string[];
}
interface BundledPatient {
  id: string;
  name: { family: string; given: string[] };
  documents: BundledDocument[];
}

const PACKS = ['scenarios/riverside/riverside-general.pack.json', 'scenarios/lakeside/lakeside-community.pack.json'].map(
  (path) => JSON.parse(readFileSync(path, 'utf8')) as { pack: { id: string }; patients: BundledPatient[] },
);

/** The bundled patient with the most notes none of which is specially protected (a protected note asks for a reason first). */
function patientWithMostNotes() {
  let best: { packId: string; patient: BundledPatient; notes: BundledDocument[] } | undefined;
  for (const { pack, patients } of PACKS) {
    for (const patient of patients) {
      const notes = patient.documents.filter((d) => DOCUMENT_TYPES[d.type].tab === 'Notes');
      const open = notes.every((d) => !d.sensitivity?.length);
      if (open && notes.length > (best?.notes.length ?? 0)) best = { packId: pack.id, patient, notes };
    }
  }
  if (!best) throw new Error('no bundled patient has notes');
  const longest = best.notes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return { ...best, longest };
}

for (const viewport of [
  { width: 1400, height: 900 },
  { width: 1024, height: 768 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test.beforeEach(async ({ page }) => {
      await page.goto('/');
      await page.getByLabel('Your name').fill('Jordan Lee');
      await page.getByRole('button', { name: 'Start' }).click();
      // Both bundled packs installed: the list counts every patient of both facilities.
      await expect(page.getByRole('status').filter({ hasText: /^31 patients$/ })).toBeVisible({ timeout: 30_000 });
    });

    test('the address is visible in the patient list, the chart and the filing picker', async ({ page }) => {
      await page.getByRole('searchbox', { name: 'Search patients' }).fill('monroe keisha');
      const row = page.getByRole('table', { name: 'Patients' }).getByRole('row').filter({ hasText: '0074162' });
      await expect(row).toContainText('5105 Harbor View Road');
      await expect(row).toContainText('Riverside, OH 45503');
      await row.getByRole('link', { name: 'MONROE, Keisha Lynn' }).click();

      const banner = page.getByRole('region', { name: 'Patient banner' });
      await banner.getByRole('link', { name: /^Demographics/ }).click();
      await expect(page.getByRole('tab', { name: 'Demographics' })).toHaveAttribute('aria-selected', 'true');
      const panel = page.getByRole('tabpanel', { name: 'Demographics' });
      const contact = panel.getByRole('region', { name: 'Address and phone' });
      await expect(contact).toContainText('5105 Harbor View Road');
      await expect(contact).toContainText('Riverside, OH 45503');
      await expect(panel.getByRole('table', { name: 'Identifiers' })).toContainText('Medical record number (MRN)0074162');

      await page.goto('/#/task/riverside-general/rg-file-01');
      const lab = page.getByRole('article', { name: 'Send-out results: C-peptide and GAD-65 antibody' });
      await lab.getByRole('radio', { name: 'File to a chart' }).check();
      await lab.getByRole('searchbox', { name: 'Find patient' }).fill('monroe 2/11/1988');
      const hit = lab.getByRole('button', { name: /^Select MONROE, Keisha Lynn/ });
      await expect(hit).toHaveAccessibleDescription(/5105 Harbor View Road, Riverside, OH 45503/);
      await expect(lab.getByRole('list', { name: /^Patients matching/ })).toContainText('5105 Harbor View Road, Riverside, OH 45503');
      await hit.click();
      await expect(lab.getByText('Address: 5105 Harbor View Road, Riverside, OH 45503')).toBeVisible();
    });

    test('the banner stays in view after scrolling a long Notes tab, and on every tab', async ({ page }) => {
      const { packId, patient, longest } = patientWithMostNotes();
      const name = `${patient.name.family.toUpperCase()}, ${patient.name.given.join(' ')}`;
      await page.goto(`/#/chart/${packId}/${patient.id}/notes`);
      const banner = page.getByRole('region', { name: 'Patient banner' });
      const bannerName = banner.getByRole('heading', { level: 1, name });
      await page.getByRole('table', { name: 'Notes documents' }).getByRole('button', { name: longest.title, exact: true }).click();
      const note = page.getByRole('article', { name: longest.title });
      await expect(note).toBeVisible();

      const panel = page.getByRole('tabpanel', { name: 'Notes' });
      await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      // The panel did scroll: the note's heading has gone above, beneath the banner.
      await expect(note.getByRole('heading', { name: longest.title })).not.toBeInViewport();
      await expect(bannerName).toBeInViewport({ ratio: 1 });
      await expect(banner.getByText(/MRN/)).toBeInViewport();

      for (const tab of await page.getByRole('tablist', { name: 'Chart tabs' }).getByRole('tab').all()) {
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        await page.getByRole('tabpanel').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await expect(bannerName, `on the ${await tab.textContent()} tab`).toBeInViewport({ ratio: 1 });
      }
    });

    test('a chart audit keeps its patient identified while the documents scroll', async ({ page }) => {
      await page.goto('/#/task/riverside-general/rg-file-06');
      const audit = page.getByRole('region', { name: /^Chart audit: ALLEN, Robert James/ });
      const banner = audit.getByRole('region', { name: 'Patient banner' });
      await expect(banner).toContainText('ALLEN, Robert James');
      await expect(banner).toContainText('MRN0048213');
      await expect(banner).toContainText('Address412 Birch Lane, Riverside, OH 45501');
      // Open the first document, then scroll the page to the end of the audit.
      const documents = audit.getByRole('table', { name: /^Documents in the chart of/ });
      await documents.getByRole('button').first().click();
      await expect(audit.getByRole('article')).toBeVisible();
      await page.getByRole('main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(documents.getByRole('row').last()).toBeInViewport();
      await expect(audit.getByRole('heading', { name: /^Chart audit/ })).not.toBeInViewport();
      await expect(banner).toBeInViewport({ ratio: 1 });
    });
  });
}
