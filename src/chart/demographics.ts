/**
 * How the chart writes a patient's demographics: addresses, identifiers, previous names and aliases,
 * in the words a registration or HIM department uses. The Demographics tab, the patient banners, the
 * master patient index and the work queues' patient picker all format through these, so a trainee
 * comparing a document's identifiers with the record reads each one the same way everywhere. Pure.
 */
import type { Address, Alias, Identifier, PreviousName } from './model.ts';

export const IDENTIFIER_LABELS: Record<Identifier['type'], string> = {
  'ssn-last4': 'SSN (last four)',
  'insurance-member': 'Insurance member ID',
  medicare: 'Medicare ID (MBI)',
  medicaid: 'Medicaid ID',
  'drivers-license': "Driver's license",
  'previous-mrn': 'Previous MRN',
  other: 'Other identifier',
};

/** The label of an identifier type; a type this version does not know is called what it is. */
export function identifierLabel(type: string): string {
  return Object.hasOwn(IDENTIFIER_LABELS, type) ? IDENTIFIER_LABELS[type as Identifier['type']] : type;
}

/** An identifier's value as shown: the last four of an SSN masked as a full one would be ("XXX-XX-6602"). */
export function formatIdentifierValue(identifier: Pick<Identifier, 'value'> & { type: string }): string {
  return identifier.type === 'ssn-last4' && /^\d{4}$/.test(identifier.value) ? `XXX-XX-${identifier.value}` : identifier.value;
}

/** "Medicare ID (MBI) 7KD3-WA6-TM29", "SSN (last four) XXX-XX-6602". */
export function formatIdentifier(identifier: Pick<Identifier, 'value'> & { type: string }): string {
  return `${identifierLabel(identifier.type)} ${formatIdentifierValue(identifier)}`;
}

/** The lines of an address as an envelope shows them: street lines, then "Riverside, OH 45501", then a country outside the US. */
export function formatAddressLines(address: Address): string[] {
  const lines = [...address.line, `${address.city}, ${address.state} ${address.postalCode}`];
  if (address.country && !/^(us|usa|united states)$/i.test(address.country.trim())) lines.push(address.country);
  return lines;
}

/** An address on one line: "27 Willow Court, Apt 2, Riverside, OH 45501"; "No address on record" without one. */
export function formatAddress(address: Address | undefined): string {
  return address ? formatAddressLines(address).join(', ') : 'No address on record';
}

export const PREVIOUS_NAME_REASONS: Record<PreviousName['reason'], string> = {
  maiden: 'Maiden name',
  marriage: 'Changed on marriage',
  divorce: 'Changed on divorce',
  'legal-change': 'Legal name change',
  'registration-error': 'Registration error, corrected',
  other: 'Other',
};

export const ALIAS_KINDS: Record<Alias['kind'], string> = {
  nickname: 'Nickname',
  preferred: 'Preferred name',
  alias: 'Alias',
};

/** The label of an alias kind in lower case for running text ("nickname"); "alias" when not known. */
export function aliasKindWord(kind: string | undefined): string {
  return kind && Object.hasOwn(ALIAS_KINDS, kind) ? ALIAS_KINDS[kind as Alias['kind']].toLowerCase() : 'alias';
}

/**
 * A previous name or an alias as the MPI lists names: "CARTER, Emily Rose"; a name with only one part
 * as it is ("Peggy", "CARTER").
 */
export function formatOtherName(name: { family?: string | undefined; given?: readonly string[] | string | undefined }): string {
  const given = typeof name.given === 'string' ? name.given : (name.given ?? []).join(' ');
  const family = name.family?.toUpperCase() ?? '';
  return family && given ? `${family}, ${given}` : family || given;
}
