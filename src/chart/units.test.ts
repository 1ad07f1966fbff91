/** Units as a chart shows them, and vital signs at the precision they are charted with. */
import { describe, expect, it } from 'vitest';
import { fixed, formatVitalValue, readableUnit, vitalDecimals } from './units.ts';

describe('readableUnit', () => {
  it.each([
    ['Cel', '°C'],
    ['[degF]', '°F'],
    ['mm[Hg]', 'mmHg'],
    ['/min', '/min'],
    ['{beats}/min', '/min'],
    ['{breaths}/min', '/min'],
    ['kg/m2', 'kg/m²'],
    ['%', '%'],
    ['kg', 'kg'],
    ['cm', 'cm'],
    ['[lb_av]', 'lb'],
    ['[in_i]', 'in'],
    ['10*3/uL', '10³/µL'],
    ['10*12/L', '10¹²/L'],
    ['ug/dL', 'µg/dL'],
    ['umol/L', 'µmol/L'],
    ['[IU]/L', 'IU/L'],
    ['mL/min/{1.73_m2}', 'mL/min/1.73 m²'],
    ['meq/L', 'mEq/L'],
  ])('writes the UCUM code %s as %s', (ucum, readable) => {
    expect(readableUnit(ucum)).toBe(readable);
  });

  it('reads a unit that is only an annotation ("{score}") as no unit at all', () => {
    expect(readableUnit('{score}')).toBe('');
    expect(readableUnit('{T-score}')).toBe('');
    expect(readableUnit(undefined)).toBe('');
  });

  it('leaves units a pack author wrote by hand as they read, putting only the micro sign right', () => {
    expect(readableUnit('mg/dL')).toBe('mg/dL');
    expect(readableUnit('mmol/L')).toBe('mmol/L');
    expect(readableUnit('U/L')).toBe('U/L');
    expect(readableUnit('units/L')).toBe('units/L');
    expect(readableUnit('K/uL')).toBe('K/µL');
    expect(readableUnit('°C')).toBe('°C');
  });
});

describe('vital-sign precision', () => {
  it('charts temperature, weight, height and BMI to one decimal; rates, pressures, saturation and scores whole', () => {
    expect(formatVitalValue(37.11751760418478, 'Cel')).toBe('37.1 °C');
    expect(formatVitalValue(98.64, '[degF]')).toBe('98.6 °F');
    expect(formatVitalValue(72.4, '/min')).toBe('72 /min');
    expect(formatVitalValue(16, '{breaths}/min')).toBe('16 /min');
    expect(formatVitalValue(97.6, '%')).toBe('98 %');
    expect(formatVitalValue(70.2345, 'kg')).toBe('70.2 kg');
    expect(formatVitalValue(154.7, '[lb_av]')).toBe('154.7 lb');
    expect(formatVitalValue(152.53232433099595, 'cm')).toBe('152.5 cm');
    expect(formatVitalValue(24.3489, 'kg/m2')).toBe('24.3 kg/m²');
    expect(formatVitalValue(118.6, 'mm[Hg]')).toBe('119 mmHg');
    expect(formatVitalValue(3.14, '{score}')).toBe('3');
  });

  it('keeps the charted decimal even when it is zero, and never writes "-0"', () => {
    expect(formatVitalValue(37, 'Cel')).toBe('37.0 °C');
    expect(fixed(-0.04, 1)).toBe('0.0');
    expect(fixed(0.0018079993631459068, 0)).toBe('0');
  });

  it('shows values in words as they are, and numbers in an unknown unit to one decimal', () => {
    expect(formatVitalValue('Unable to obtain', 'Cel')).toBe('Unable to obtain');
    expect(formatVitalValue('>42', 'Cel')).toBe('>42 °C');
    expect(vitalDecimals('furlongs')).toBe(1);
    expect(formatVitalValue(2.25, undefined)).toBe('2.3');
  });
});
