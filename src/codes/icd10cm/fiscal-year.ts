/**
 * The fiscal year of an ICD-10-CM release, read from the names CMS gives its files. Pure.
 *
 * The US federal fiscal year N runs from 1 October of N−1 to 30 September of N, and CMS names the
 * annual release after it: `icd10cm-order-2025.txt` (or `icd10cm_order_2025.txt`,
 * `2025-code-descriptions-tabular-order.zip`) is **FY2025**, effective 1 October 2024.
 *
 * Mid-year updates are named after the month they take effect: `icd10cm-order-Jan-2021.txt`,
 * `April-1-2023-Code-Descriptions-in-Tabular-Order.zip`. A month from January to September of year Y
 * belongs to FY Y (the January 2021 update is FY2021); October to December of Y belongs to FY Y+1.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** The earliest and latest fiscal years a name may give (ICD-10-CM took effect in FY2016). */
const EARLIEST = 2013;
const LATEST = 2099;

/**
 * "icd10cm-order-Jan-2021.txt" → 2021; "icd10cm_tabular_2025.xml" → 2025; "Oct-2020" → 2021;
 * undefined when the name holds no year. Folders in the name are ignored.
 */
export function fiscalYearFromFileName(name: string): number | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dated =
    /(?:^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-_ .]*(?:\d{1,2}(?:st|nd|rd|th)?[-_ .,]+)?(20\d\d)(?!\d)/i.exec(
      base,
    );
  if (dated) {
    const month = MONTHS.indexOf((dated[1] ?? '').toLowerCase() as (typeof MONTHS)[number]);
    const year = Number(dated[2]);
    return inRange(month >= 9 ? year + 1 : year);
  }
  const plain = /(?:^|\D)(20\d\d)(?!\d)/.exec(base);
  return plain ? inRange(Number(plain[1])) : undefined;
}

function inRange(year: number): number | undefined {
  return year >= EARLIEST && year <= LATEST ? year : undefined;
}

/** True for a plausible fiscal year given by a caller. */
export function isFiscalYear(year: number): boolean {
  return Number.isInteger(year) && year >= EARLIEST && year <= LATEST;
}
