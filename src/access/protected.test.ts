/** Which records ask for a reason before they open, and what counts as a reason, as an HIM instructor states it. */
import { describe, expect, it } from 'vitest';
import { REASON_MAX_LENGTH, describeProtections, normaliseReason, protectionsAmong, protectionsOf, reasonProblem } from './protected.ts';

const NO_EXTRA: never[] = [];

describe('specially protected records', () => {
  it('protects psychotherapy notes, Part 2 records and HIV information at every facility', () => {
    expect(protectionsOf({ type: 'psychotherapy-note', sensitivity: ['psychotherapy-notes'] }, NO_EXTRA)).toEqual(['psychotherapy-notes']);
    expect(protectionsOf({ type: 'progress-note', sensitivity: ['substance-use-part2'] }, NO_EXTRA)).toEqual(['substance-use-part2']);
    expect(protectionsOf({ type: 'laboratory-report', sensitivity: ['hiv'] }, NO_EXTRA)).toEqual(['hiv']);
  });

  it('protects a psychotherapy note by what it is, even when its author did not mark it', () => {
    expect(protectionsOf({ type: 'psychotherapy-note' }, NO_EXTRA)).toEqual(['psychotherapy-notes']);
  });

  it('opens an ordinary record freely, and one marked only with a category this facility does not protect', () => {
    expect(protectionsOf({ type: 'discharge-summary' }, NO_EXTRA)).toEqual([]);
    expect(protectionsOf({ type: 'discharge-summary', sensitivity: [] }, ['behavioral-health'])).toEqual([]);
    expect(protectionsOf({ type: 'progress-note', sensitivity: ['behavioral-health'] }, NO_EXTRA)).toEqual([]);
    expect(protectionsOf({ type: 'laboratory-report', sensitivity: ['genetic'] }, ['hiv', 'behavioral-health'])).toEqual([]);
  });

  it('protects what the facility’s parameters add: behavioral health, a minor’s confidential care…', () => {
    expect(protectionsOf({ type: 'progress-note', sensitivity: ['behavioral-health'] }, ['behavioral-health'])).toEqual([
      'behavioral-health',
    ]);
    expect(protectionsOf({ type: 'progress-note', sensitivity: ['reproductive', 'minor-confidential'] }, ['minor-confidential'])).toEqual([
      'minor-confidential',
    ]);
  });

  it('names every protection that applies, in the pack format’s order, with the rule', () => {
    const categories = protectionsOf({ type: 'laboratory-report', sensitivity: ['hiv', 'reproductive', 'minor-confidential'] }, [
      'minor-confidential',
      'reproductive',
    ]);
    expect(categories).toEqual(['hiv', 'reproductive', 'minor-confidential']);
    expect(describeProtections(['psychotherapy-notes', 'behavioral-health'])).toBe(
      'Psychotherapy notes (45 CFR 164.508(a)(2)); Behavioral health',
    );
  });
});

describe('a chart that holds protected records', () => {
  it('names each protection found among its records once, in order; a chart of ordinary records has none', () => {
    const records = [
      { type: 'progress-note', sensitivity: ['behavioral-health'] as const },
      { type: 'psychotherapy-note' },
      { type: 'discharge-summary', sensitivity: ['behavioral-health', 'genetic'] as const },
    ];
    expect(protectionsAmong(records, ['behavioral-health'])).toEqual(['psychotherapy-notes', 'behavioral-health']);
    expect(protectionsAmong([{ type: 'discharge-summary' }, { type: 'progress-note', sensitivity: ['genetic'] }], NO_EXTRA)).toEqual([]);
  });
});

describe('the reason for access', () => {
  it('is required: a blank reason is refused', () => {
    expect(reasonProblem('')).toMatch(/^Give the reason/);
    expect(reasonProblem('   \n\t ')).toMatch(/^Give the reason/);
  });

  it('is said in words: a mark or two letters is no reason', () => {
    for (const reason of ['x', 'ok', '...', '12345', '?!']) expect(reasonProblem(reason), reason).toMatch(/^Say in words/);
  });

  it('accepts a short reason a clerk would write', () => {
    for (const reason of ['ROI', 'Release of information: attorney request', 'Coding the 12/02 admission', 'Revisión de la solicitud'])
      expect(reasonProblem(reason), reason).toBeUndefined();
  });

  it('is a sentence, not a note: at most a few hundred characters', () => {
    expect(reasonProblem('a'.repeat(REASON_MAX_LENGTH))).toBeUndefined();
    expect(reasonProblem('a'.repeat(REASON_MAX_LENGTH + 1))).toMatch(/^Keep the reason to 300 characters/);
  });

  it('is logged trimmed, on one line', () => {
    expect(normaliseReason('  Release of\n information   request ')).toBe('Release of information request');
  });
});
