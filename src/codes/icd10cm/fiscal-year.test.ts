import { describe, expect, it } from 'vitest';
import { fiscalYearFromFileName, isFiscalYear } from './fiscal-year.ts';

describe('fiscalYearFromFileName', () => {
  it.each([
    ['icd10cm-order-2025.txt', 2025],
    ['icd10cm_order_2025.txt', 2025],
    ['icd10cm_tabular_2021.xml', 2021],
    ['2025-code-descriptions-tabular-order.zip', 2025],
    ['icd10cm-order-Jan-2021.txt', 2021],
    ['April-1-2023-Code-Descriptions-in-Tabular-Order.zip', 2023],
    ['icd10cm-order-April-1st-2023.txt', 2023],
    ['icd10cm-order-Sep-2024.txt', 2024],
    ['icd10cm-order-Oct-2020.txt', 2021],
    ['icd10cm-order-December_2024.txt', 2025],
    ['C:\\Downloads\\2022 Code Tables\\icd10cm-tabular-2022.xml', 2022],
    ['releases/2019/icd10cm-order.txt', undefined],
    ['icd10cm-order.txt', undefined],
    ['icd10cm-order-1999.txt', undefined],
    ['icd10cm-order-20251.txt', undefined],
  ])('%s → %s', (name, year) => {
    expect(fiscalYearFromFileName(name)).toBe(year);
  });

  it('accepts plausible fiscal years only', () => {
    expect(isFiscalYear(2025)).toBe(true);
    expect(isFiscalYear(2025.5)).toBe(false);
    expect(isFiscalYear(1999)).toBe(false);
  });
});
