/** The access log's actions: each said in words, old and future entries still readable, and which entries a repeat may drop. */
import { describe, expect, it } from 'vitest';
import { ACCESS_ACTION_LABELS, accessActionLabel, isViewAction, type AccessAction } from './log.ts';

describe('access log actions', () => {
  it('says each action in words, a protected open and an export as such', () => {
    expect(accessActionLabel('break-the-glass')).toBe('Opened protected record');
    expect(accessActionLabel('export-fhir')).toBe('Exported chart (FHIR)');
    expect(accessActionLabel('open-document')).toBe('Opened document');
  });

  it('shows an action written by a newer version as it was stored, and never an inherited property', () => {
    expect(accessActionLabel('print-chart')).toBe('print-chart');
    expect(accessActionLabel('toString')).toBe('toString');
  });

  it('drops a repeat only of an entry a view wrote; every reason given and every export is an access of its own', () => {
    const actions = Object.keys(ACCESS_ACTION_LABELS) as AccessAction[];
    expect(actions.filter(isViewAction)).toEqual(['open-chart', 'open-document', 'open-loose-document']);
  });
});
