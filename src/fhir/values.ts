/**
 * Small, defensive readers for FHIR values. Input comes from files we did not write, so every
 * reader accepts `unknown` and returns `undefined` (or an empty list) for a value of the wrong
 * shape instead of throwing. Pure: runs in the browser and in Node.
 */
import type { CodeableConcept, Coding } from 'fhir/r4';
import { LIMITS } from '../chart/model.ts';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a list: a list stays a list (objects only when `objects`), anything else is empty. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function objects(value: unknown): JsonObject[] {
  return list(value).filter(isObject);
}

/** Text with its spaces tidied, or undefined when missing or blank. */
export function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const tidy = value.replace(/\s+/g, ' ').trim();
  return tidy === '' ? undefined : tidy;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Cuts text to a chart field's limit, marking the cut with an ellipsis. */
export function clip(text: string, max: number = LIMITS.shortText): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * SNOMED CT displays end with a semantic tag: "Sepsis (disorder)", "Encounter for check up
 * (procedure)". A chart shows the term without it.
 */
const SEMANTIC_TAG =
  /\s+\((disorder|finding|procedure|situation|regime\/therapy|observable entity|morphologic abnormality|body structure|qualifier value|physical object|event|substance|person|record artifact|environment|product|medicinal product|navigational concept|assessment scale|occupation|clinical drug)\)$/i;

export function withoutSemanticTag(text: string): string {
  return text.replace(SEMANTIC_TAG, '');
}

export function codings(concept: unknown): Coding[] {
  return isObject(concept) ? objects(concept['coding']) : [];
}

/** The words of a CodeableConcept: its text, else the first coding's display, else its code. */
export function conceptText(concept: unknown): string | undefined {
  if (!isObject(concept)) return undefined;
  const text = str((concept as CodeableConcept).text);
  if (text) return withoutSemanticTag(text);
  for (const coding of codings(concept)) {
    const display = str(coding.display);
    if (display) return withoutSemanticTag(display);
  }
  for (const coding of codings(concept)) {
    const code = str(coding.code);
    if (code) return code;
  }
  return undefined;
}

/** The first coding of a concept from one of the given systems. */
export function codingFrom(concept: unknown, systems: readonly string[]): Coding | undefined {
  return codings(concept).find((c) => typeof c.system === 'string' && systems.includes(c.system) && str(c.code) !== undefined);
}

export function hasCode(concept: unknown, system: string, code: string): boolean {
  return codings(concept).some((c) => c.system === system && c.code === code);
}

const FHIR_DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * A FHIR date or dateTime as a chart's local date-time, `YYYY-MM-DDTHH:mm`. The clock time is
 * taken as the source wrote it and the zone is dropped: charts keep the facility's wall-clock
 * time (docs/decisions/0003). A partial date is completed with the first month or day, and a date
 * without a time is taken as midnight.
 */
export function localDateTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = FHIR_DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00'] = m;
  if (!isRealDate(Number(year), Number(month), Number(day)) || Number(hour) > 23 || Number(minute) > 59) return undefined;
  return `${year}-${month}-${day}T${hour}:${minute}`;
}

/**
 * The local date-time of `value` on the clock of `reference`: an encounter's end in the offset of
 * its start, so that a stay across a daylight-saving change does not end before it began. Falls back
 * to `localDateTime(value)` when either has no offset.
 */
export function localDateTimeOnClockOf(value: unknown, reference: unknown): string | undefined {
  const local = localDateTime(value);
  if (typeof value !== 'string' || typeof reference !== 'string') return local;
  const offset = (text: string) => {
    const m = /(Z|([+-])(\d{2}):(\d{2}))$/.exec(text.trim());
    if (!m || !/T\d{2}:\d{2}/.test(text)) return undefined;
    return m[1] === 'Z' ? 0 : (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
  };
  const ownOffset = offset(value);
  const referenceOffset = offset(reference);
  const instant = Date.parse(value);
  if (ownOffset === undefined || referenceOffset === undefined || ownOffset === referenceOffset || Number.isNaN(instant)) return local;
  return new Date(instant + referenceOffset * 60_000).toISOString().slice(0, 16);
}

/** A FHIR date or dateTime as a calendar date, `YYYY-MM-DD`. */
export function isoDate(value: unknown): string | undefined {
  return localDateTime(value)?.slice(0, 10);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** True when `a` is not later than `b`, to the minute (the cross-reference rules' comparison). */
export function notAfter(a: string, b: string): boolean {
  return a.slice(0, 16) <= b.slice(0, 16);
}

/**
 * Synthea appends digits to generated names so that they are unique ("Jacinto644 Kris249"). A
 * chart shows the name without them; a name that is only digits is kept as it is.
 */
export function cleanName(name: string): string {
  const cleaned = name.replace(/(\p{L})\d+(?=$|[\s-])/gu, '$1').trim();
  return cleaned === '' ? name.trim() : cleaned;
}

/** Decodes base64 to bytes with the platform's `atob` (browsers and Node 16+). */
export function decodeBase64(data: string): Uint8Array | undefined {
  try {
    const binary = atob(data.replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Encodes UTF-8 text as base64, in chunks so that long documents do not overflow the stack. */
export function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function increment(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** Object keys in a stable order, so reports print the same on every run. */
export function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
