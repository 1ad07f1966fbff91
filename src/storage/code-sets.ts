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

/** The stored sets of a system as [system, fiscal year, source] keys, without reading their contents. */
function storedKeys(system: CodeSystem): Promise<[CodeSystem, number, CodeSetRow['source']][]> {
  return db().codeSets.where('system').equals(system).primaryKeys();
}

/** The official set of a system for a fiscal year when one is stored; without a year, or with none for it, the newest official set. */
export async function storedOfficialSet(system: CodeSystem, fiscalYear?: number): Promise<CodeSetFile | undefined> {
  const years = (await storedKeys(system)).filter(([, , source]) => source === 'official').map(([, year]) => year);
  if (years.length === 0) return undefined;
  const year = fiscalYear !== undefined && years.includes(fiscalYear) ? fiscalYear : Math.max(...years);
  return (await db().codeSets.get([system, year, 'official']))?.file;
}

/** The teaching set stored for a system (the newest, should there be more than one). */
export async function storedTeachingSet(system: CodeSystem): Promise<CodeSetFile | undefined> {
  const years = (await storedKeys(system)).filter(([, , source]) => source === 'teaching').map(([, year]) => year);
  return years.length === 0 ? undefined : (await db().codeSets.get([system, Math.max(...years), 'teaching']))?.file;
}
