/**
 * What a search matched in a listed patient's record, in words, for the patient list and the work
 * queues' patient picker: "previous name CARTER, Margaret", "nickname Peggy", "account RG25000002",
 * "Medicare ID (MBI) 7KD3-WA6-TM29", and for a phonetic match "sounds like “gonzales”". A
 * trainee verifying identity should see which identifier found the patient, and that a name only
 * sounds like the one typed (a possible duplicate or a misspelling, never a confirmation).
 */
import { aliasKindWord, formatIdentifier, formatOtherName } from '../../chart/demographics.ts';
import type { MatchDetail } from '../../mpi/search.ts';

export interface MatchTexts {
  /** What the spelling matched: previous names, aliases, identifiers. */
  matched: string[];
  /** What only sounds like what was typed. */
  phonetic: string[];
}

function detailText(detail: MatchDetail): string {
  switch (detail.reason) {
    case 'previous name':
      return `previous name ${formatOtherName(detail.name)}`;
    case 'sounds like previous name':
      return `previous name ${formatOtherName(detail.name)} sounds like “${detail.term}”`;
    case 'alias':
      return `${aliasKindWord(detail.alias.kind)} ${formatOtherName(detail.alias)}`;
    case 'sounds like alias':
      return `${aliasKindWord(detail.alias.kind)} ${formatOtherName(detail.alias)} sounds like “${detail.term}”`;
    case 'sounds like name':
      // The row shows the name itself.
      return `sounds like “${detail.term}”`;
    case 'account number':
      return `account ${detail.value}`;
    case 'identifier':
      return formatIdentifier(detail.identifier);
  }
}

const PHONETIC = new Set<MatchDetail['reason']>(['sounds like name', 'sounds like previous name', 'sounds like alias']);

export function matchTexts(details: readonly MatchDetail[]): MatchTexts {
  const texts: MatchTexts = { matched: [], phonetic: [] };
  for (const detail of details) (PHONETIC.has(detail.reason) ? texts.phonetic : texts.matched).push(detailText(detail));
  return texts;
}

/** The same in one line of plain text ("Phonetic match: … · matched …"), for a description or an empty string. */
export function matchLine(details: readonly MatchDetail[]): string {
  const { matched, phonetic } = matchTexts(details);
  return [phonetic.length ? `Phonetic match: ${phonetic.join('; ')}` : '', matched.length ? `matched ${matched.join('; ')}` : '']
    .filter(Boolean)
    .join(' · ');
}
