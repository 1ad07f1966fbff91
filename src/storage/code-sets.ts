/** Code sets in IndexedDB, one per system and fiscal year. Read only when the encoder needs one. */
import type { CodeSetFile } from '../codes/codeset-file.ts';
import { summariseCodeSet } from '../codes/codeset-file.ts';
import type { CodeSystem } from '../codes/model.ts';
import { db, type CodeSetRow } from './db.ts';

export async function storeCodeSet(file: CodeSetFile, installedAt: string): Promise<void> {
  const summary = summariseCodeSet(file);
  await db().codeSets.put({
    system: file.system,
    fiscalYear: file.fiscalYear,
    source: file.source,
    title: file.title,
    installedAt,
    entries: summary.entries,
    billable: summary.billable,
    file,
  });
}

/** The stored code sets without their contents, newest fiscal year first. */
export async function listCodeSets(): Promise<Omit<CodeSetRow, 'file'>[]> {
  const rows: Omit<CodeSetRow, 'file'>[] = [];
  await db().codeSets.each((row) => {
    const { file: _file, ...summary } = row;
    rows.push(summary);
  });
  return rows.sort((a, b) => a.system.localeCompare(b.system) || b.fiscalYear - a.fiscalYear || a.source.localeCompare(b.source));
}

/** The official set for a system when one is stored (the newest year), else the teaching set. */
export async function bestCodeSet(system: CodeSystem): Promise<CodeSetFile | undefined> {
  const rows = await db().codeSets.where('system').equals(system).toArray();
  rows.sort((a, b) => (a.source === b.source ? b.fiscalYear - a.fiscalYear : a.source === 'official' ? -1 : 1));
  return rows[0]?.file;
}
