/**
 * Units of measure as a chart shows them. Imported results carry UCUM codes, the machine form
 * that FHIR requires ("Cel", "mm[Hg]", "kg/m2", "10*3/uL"); people read "°C", "mmHg", "kg/m²" and
 * "10³/µL". Units a pack author wrote by hand ("K/uL", "mg/dL") read well already and pass through
 * with only the micro sign put right. Pure.
 */

/** UCUM codes whose readable form no general rule below produces. */
const NAMED_UNITS: Readonly<Record<string, string>> = {
  Cel: '°C',
  '[degF]': '°F',
  'mm[Hg]': 'mmHg',
  'cm[H2O]': 'cmH₂O',
  '[lb_av]': 'lb',
  '[oz_av]': 'oz',
  '[in_i]': 'in',
  '[ft_i]': 'ft',
  '{beats}/min': '/min',
  '{breaths}/min': '/min',
  '/min': '/min',
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
  'mL/min/1.73.m2': 'mL/min/1.73 m²',
  meq: 'mEq',
  'meq/L': 'mEq/L',
  '[pH]': '',
};

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};
const superscript = (digits: string) => [...digits].map((d) => SUPERSCRIPT[d] ?? d).join('');

/**
 * The unit as a reader expects it: "°C" for "Cel", "mmHg" for "mm[Hg]", "kg/m²" for "kg/m2",
 * "10³/µL" for "10*3/uL", "IU/L" for "[IU]/L". A unit that is only a UCUM annotation ("{score}",
 * "{T-score}") names no unit at all and reads as nothing.
 */
export function readableUnit(unit: string | undefined): string {
  if (unit === undefined) return '';
  const trimmed = unit.trim();
  const named = NAMED_UNITS[trimmed];
  if (named !== undefined) return named;
  if (/^\{[^}]*\}$/.test(trimmed)) return '';
  return (
    trimmed
      // Annotations say what was counted, not the unit: "{cells}/uL" is "/uL".
      .replace(/\{[^}]*\}/g, '')
      // Powers of ten: "10*3" and "10^3" are 10³.
      .replace(/10[*^](-?\d+)/g, (_, power: string) => `10${superscript(power)}`)
      // Arbitrary units in brackets: "[IU]/L" is "IU/L".
      .replace(/\[(IU|iU)\]/g, 'IU')
      .replace(/\[([a-zA-Z]+)_[a-z]+\]/g, '$1')
      // A lowercase "u" before a unit is micro: "ug/dL", "umol/L", "K/uL" (but "units/L" stays).
      .replace(/(^|[/.\s(])u(?=(?:g|mol|L|l|m|U|IU|eq|Eq|kat|s)(?![a-z]))/g, '$1µ')
      // Square and cubic metres: "kg/m2", "m3".
      .replace(
        /(^|[^a-zA-Z])(c?m)([23])(?![0-9])/g,
        (_, before: string, metre: string, power: string) => `${before}${metre}${superscript(power)}`,
      )
      .trim()
  );
}

/** How many decimals a vital sign is charted with, by its unit (UCUM or readable). */
const VITAL_DECIMALS: ReadonlyArray<readonly [RegExp, number]> = [
  // Temperature to a tenth of a degree.
  [/^(Cel|°C|\[degF\]|°F|degC|degF)$/, 1],
  // Heart and respiratory rates in whole beats and breaths per minute.
  [/^(\{[a-z]+\})?\/min$|^(bpm|beats\/min|breaths\/min)$/i, 0],
  // Blood pressure in whole millimetres of mercury.
  [/^(mm\[Hg\]|mmHg)$/, 0],
  // Oxygen saturation in whole percent.
  [/^%$/, 0],
  // Weight to a tenth of a kilogram or pound; grams (newborns) whole.
  [/^(kg|\[lb_av\]|lb|lbs)$/, 1],
  [/^g$/, 0],
  // Height and head circumference to a tenth of a centimetre or inch.
  [/^(cm|\[in_i\]|in)$/, 1],
  // Body mass index to one decimal.
  [/^(kg\/m2|kg\/m²)$/, 1],
  // Scores (pain 0–10) are whole numbers.
  [/^\{[^}]*\}$/, 0],
];

/** Decimals for a vital sign's value: by its unit, else one. */
export function vitalDecimals(unit: string | undefined): number {
  const u = unit?.trim() ?? '';
  return VITAL_DECIMALS.find(([pattern]) => pattern.test(u))?.[1] ?? 1;
}

/** A number with a fixed count of decimals, and never "-0". */
export function fixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * "37.1 °C", "72 /min", "98 %", "70.2 kg", "24.3 kg/m²": a vital sign's value with its readable
 * unit. A value in words ("Unable to obtain") is shown as it is, without the unit; one that is a
 * number in words (">42") keeps it.
 */
export function formatVitalValue(value: number | string, unit: string | undefined): string {
  const readable = readableUnit(unit);
  if (typeof value === 'string') return readable !== '' && /^[<>≤≥]?=?\s*\d/.test(value) ? `${value} ${readable}` : value;
  const shown = fixed(value, vitalDecimals(unit));
  return readable === '' ? shown : `${shown} ${readable}`;
}
