/**
 * Reads what the teaching code sets are built from: the instructor notes in docs/content and the
 * official releases and the FY2026 lists of valid codes in ../shared/data (read in place, never
 * copied into the repository). Reads only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TeachingSources } from './teaching.ts';

/** The repository's root. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** The release files, relative to the shared data folder. */
export const RELEASE_FILES = {
  icd10cmTabular: 'icd10cm/icd10cm_tabular_2021.xml',
  pcsTables: 'icd10pcs/icd10pcs_tables_2025.xml',
  pcsDefinitions: 'icd10pcs/icd10pcs_definitions_2025.xml',
  hcpcs: 'hcpcs/HCPC2019_CONTR_ANWEB.txt',
  /** The FY2026 lists of valid codes with the day each became valid (MS-DRG v43.1 Medicare Code Editor). */
  icd10cmNewer: 'msdrg/v431/mce/dx_master.tsv',
  pcsNewer: 'msdrg/v431/mce/pr_master.tsv',
} as const;

/** The instructor notes, docs/content/*.md, in name order. */
export function readInstructorNotes(root = REPO_ROOT): TeachingSources['documents'] {
  const folder = join(root, 'docs', 'content');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name: `docs/content/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
}

export function readTeachingSources(dataDir: string, root = REPO_ROOT): TeachingSources {
  const file = (relative: string) => {
    const path = join(dataDir, relative);
    return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
  };
  return {
    documents: readInstructorNotes(root),
    icd10cmTabular: file(RELEASE_FILES.icd10cmTabular),
    pcsTables: file(RELEASE_FILES.pcsTables),
    pcsDefinitions: file(RELEASE_FILES.pcsDefinitions),
    hcpcs: file(RELEASE_FILES.hcpcs),
    icd10cmNewer: file(RELEASE_FILES.icd10cmNewer),
    pcsNewer: file(RELEASE_FILES.pcsNewer),
  };
}
