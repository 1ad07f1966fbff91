/**
 * Writes the bundled teaching code sets and their report to public/codesets/ from the official
 * releases in ../shared/data (or $RECORD_ROOM_SHARED_DATA). Deterministic: the same releases and
 * notes give the same bytes.
 *
 * Run:  npx tsx scripts/codesets/build-teaching.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, readTeachingSources } from './sources.ts';
import { buildTeachingCodeSets, serialiseTeachingCodeSets } from './teaching.ts';

const dataDir = process.env['RECORD_ROOM_SHARED_DATA'] ?? join(REPO_ROOT, '..', 'shared', 'data');
const outDir = join(REPO_ROOT, 'public', 'codesets');

const build = buildTeachingCodeSets(readTeachingSources(dataDir));
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(serialiseTeachingCodeSets(build))) {
  writeFileSync(join(outDir, name), text);
  console.log(`${`public/codesets/${name}`.padEnd(38)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} KB`);
}
const { report } = build;
for (const [system, codes] of Object.entries(report.missingFromRelease)) {
  const release = report.sources[system as keyof typeof report.sources][0] ?? 'the release';
  console.log(
    codes.length === 0
      ? `${system}: every mentioned code is in ${release}`
      : `${system}: mentioned in docs/content but not in ${release}: ${codes.join(', ')}${report.missingFromSet[system as keyof typeof report.missingFromSet].length === 0 ? ' (merged from CMS addenda, below)' : ''}`,
  );
}
for (const [system, records] of Object.entries(report.addenda)) {
  for (const record of records)
    console.log(`${system}: ${record.code} merged from ${record.source}, effective ${record.effective}: ${record.title}`);
}
for (const [system, codes] of Object.entries(report.missingFromSet)) {
  if (codes.length > 0) console.log(`${system}: mentioned in docs/content but in neither the release nor the addenda: ${codes.join(', ')}`);
}
console.log(JSON.stringify(report.counts));
