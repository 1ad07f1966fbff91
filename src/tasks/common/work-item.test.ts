/**
 * A work queue lists work items, as a department's queue does, and never gives the answer away:
 * no row of any bundled task names its diagnosis or code, its key decision or its teaching title.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackBytes } from '../../packs/read.ts';
import { normalisePack } from '../../packs/normalise.ts';
import { formatDate, formatNameLastFirst } from '../../chart/format.ts';
import { addDays, daysBetween, encounterItem, workItemTitle, type WorkItem } from './work-item.ts';

const bundled = ['scenarios/riverside/riverside-general.pack.json', 'scenarios/lakeside/lakeside-community.pack.json'].map((path) => {
  const read = readPackBytes(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(path);
  return normalisePack(read.pack, { source: 'bundled', now: '2026-01-01T00:00:00Z' });
});
const rows = bundled.flatMap((pack) => pack.tasks.map((t) => ({ pack, row: t })));

/** Everything a queue row shows of its item, as text. */
function shown(item: WorkItem): string {
  return [
    workItemTitle(item),
    item.patient ? `${formatNameLastFirst(item.patient.name)} ${item.patient.mrn}` : '',
    item.account,
    item.service,
    formatDate(item.dischargedAt),
    item.from,
    formatDate(item.receivedAt),
    formatDate(item.dueOn),
  ].join(' | ');
}

describe('work items in the queues', () => {
  it('exist for every bundled task', () => {
    expect(rows.length).toBeGreaterThan(40);
    for (const { row } of rows) expect(row.item, row.id).toBeDefined();
  });

  it.each(rows.map(({ row }) => [row.id, row] as const))('%s does not give its answer away', (_id, row) => {
    const text = shown(row.item!).toLowerCase();
    expect(text).not.toContain(row.task.title.toLowerCase());
    const key = row.key;
    if (key?.kind === 'code') {
      const codes = [key.principal.code, ...key.secondary.map((s) => s.code), ...key.procedures.map((p) => p.code)];
      for (const code of codes) {
        expect(text).not.toContain(code.toLowerCase());
        expect(text).not.toContain(`${code.slice(0, 3)}.${code.slice(3)}`.toLowerCase());
      }
    }
    if (key?.kind === 'retrieve') {
      expect(text).not.toMatch(/\b(deny|denied|release approved|incomplete|invalid|defect)/);
      expect(row.item!.patient, 'finding the patient a request is about is part of the work').toBeUndefined();
    }
    if (key?.kind === 'complete') expect(text).not.toMatch(/\b(complete|incomplete|deficien|unsigned|missing)/);
  });

  it('show a coding task’s patient, account, service, discharge date and length of stay', () => {
    const { pack, row } = rows.find(({ row }) => row.task.kind === 'code' && row.item?.encounterClass === 'inpatient')!;
    const task = row.task as { encounterId: string };
    const encounter = pack.encounters.find((e) => e.id === task.encounterId)!;
    expect(row.item).toMatchObject({
      what: 'Inpatient stay',
      account: encounter.accountNumber,
      service: encounter.service,
      dischargedAt: encounter.dischargedAt,
      lengthOfStay: daysBetween(encounter.admittedAt, encounter.dischargedAt!),
    });
    expect(workItemTitle(row.item!)).toBe(`Inpatient stay · ${formatNameLastFirst(row.item!.patient!.name)} · ${encounter.accountNumber}`);
  });

  it('date a record’s completion by the facility’s completion window, and a patient’s access request by 30 days', () => {
    const { pack, row } = rows.find(({ row }) => row.task.kind === 'complete' && row.item?.dischargedAt)!;
    expect(row.item!.dueOn).toBe(addDays(row.item!.dischargedAt!, pack.pack.meta.facility.completion.recordCompletionDays));
    for (const { row: r } of rows.filter(({ row }) => row.task.kind === 'retrieve')) {
      const request = (r.task as { request: { type: string; receivedAt: string } }).request;
      expect(r.item!.dueOn).toBe(request.type === 'patient-access' ? addDays(request.receivedAt, 30) : undefined);
    }
  });

  it('count a stay’s days as the census does: midnights crossed, a same-day stay counting one', () => {
    expect(daysBetween('2025-03-01T22:00', '2025-03-04T09:00')).toBe(3);
    expect(daysBetween('2024-02-28T10:00', '2024-03-01T10:00')).toBe(2);
    expect(addDays('2024-12-20T08:00', 30)).toBe('2025-01-19');
    const sameDay = {
      id: 'e',
      accountNumber: 'A1',
      class: 'inpatient',
      admittedAt: '2025-03-01T06:00',
      dischargedAt: '2025-03-01T20:00',
      attendingId: 'p',
      service: 'Surgery',
    } as const;
    expect(encounterItem(sameDay).lengthOfStay).toBe(1);
  });
});
