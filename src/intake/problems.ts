/**
 * Problems found in an incoming file. Every problem names where it is (a JSON path such as
 * `patients[2].encounters[0].class`, or `(file)` for the file as a whole) and says in plain words
 * what is wrong. The pipeline returns all of them at once.
 *
 * Files come from anyone, so nothing here ever prints a value, a key or a path at full length: a
 * key of 100,000 characters is shown by its first 40 and its length, and so is text.
 */
import type { z } from 'zod';

export interface Problem {
  readonly path: string;
  readonly message: string;
}

export type PathSegment = string | number | symbol;

export const FILE_PATH = '(file)';

const grouped = new Intl.NumberFormat('en-US');

/** Keys and text up to this length are shown whole: every id Record Room accepts (1–64 characters) fits. */
const SHOWN_WHOLE = 64;
/** How much of a longer key or text is shown. */
const SHOWN_START = 40;
/** Paths deeper than this show their first and last levels only. */
const SHOWN_LEVELS = 24;

/** The first `length` UTF-16 units of `text`, never splitting a character made of two. */
function startOf(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/**
 * The start of `text` quoted as JSON with "…" after it: `length` characters, fewer when escapes
 * (`\u0000`) would make the quotation long.
 */
function quotedStart(text: string, length: number): string {
  let shown = JSON.stringify(`${startOf(text, length)}…`);
  for (let n = length; shown.length > length + 12 && n > 1;) {
    n = Math.floor(n / 2);
    shown = JSON.stringify(`${startOf(text, n)}…`);
  }
  return shown;
}

/** `"text"` quoted as JSON, or its start and its length when it is long: `"aaaa…" (100,000 characters)`. */
function quoted(text: string): string {
  return text.length <= SHOWN_WHOLE
    ? JSON.stringify(text)
    : `${quotedStart(text, SHOWN_START)} (${grouped.format(text.length)} characters)`;
}

/** A key of a Map that no path segment can name (an object, say): shown by its place among the map's keys. */
interface MapKey {
  readonly mapKey: number | undefined;
}
type Segment = PathSegment | MapKey;

function formatSegments(path: readonly Segment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'object') out += segment.mapKey === undefined ? '[a key]' : `[key ${segment.mapKey + 1}]`;
    else {
      const key = typeof segment === 'symbol' ? (segment.description ?? '') : segment;
      if (typeof segment === 'string' && key.length <= SHOWN_WHOLE && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
      else out += typeof segment === 'symbol' ? `[Symbol(${quoted(key)})]` : `[${quoted(key)}]`;
    }
  }
  return out;
}

/**
 * `["patients", 2, "name", "family"]` → `patients[2].name.family`; an empty path is `(root)`.
 * A key longer than 64 characters is shown by its first 40 and its length
 * (`tasks["aaaa…" (100,000 characters)]`), and a path deeper than 24 levels by its first and last
 * levels and how many were left out.
 */
export function formatPath(path: readonly PathSegment[]): string {
  return formatAnyPath(path);
}

function formatAnyPath(path: readonly Segment[]): string {
  if (path.length === 0) return '(root)';
  if (path.length <= SHOWN_LEVELS) return formatSegments(path);
  const half = SHOWN_LEVELS / 2;
  return `${formatSegments(path.slice(0, half))}…(${grouped.format(path.length - 2 * half)} more levels)…${formatSegments(path.slice(-half)).replace(/^(?=[A-Za-z_$])/, '.')}`;
}

/** A short, safe description of a value for a message: never the whole value, never "undefined". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${grouped.format(value.length)}`;
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string': {
      if (value.length === 0) return 'empty text';
      if (value.length <= SHOWN_START) return `text ${JSON.stringify(value)}`;
      const shown = `text ${quotedStart(value, SHOWN_START - 3)}`;
      return value.length <= SHOWN_WHOLE ? shown : `${shown} (${grouped.format(value.length)} characters)`;
    }
    case 'number':
      return Number.isNaN(value) ? 'NaN (not a number)' : `the number ${value}`;
    case 'bigint': {
      const digits = value.toString();
      return digits.length <= 20 ? `the number ${digits}` : `a whole number of ${grouped.format(digits.replace('-', '').length)} digits`;
    }
    case 'boolean':
      return `${value}`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'object':
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString()}`;
      if (value instanceof Map) return `a map of ${grouped.format(value.size)}`;
      if (value instanceof Set) return `a set of ${grouped.format(value.size)}`;
      return 'an object';
    default:
      return 'a value';
  }
}

/** One allowed value as a message shows it: `"inpatient"`, `3`, `null`. */
function describeOption(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean' || value === null)
    return describeValue(value).replace(/^the number /, '');
  return describeValue(value);
}

/** At most this many allowed values are listed. */
const SHOWN_OPTIONS = 12;

function optionList(values: readonly unknown[]): string {
  const shown = values.slice(0, SHOWN_OPTIONS).map(describeOption);
  return values.length > SHOWN_OPTIONS
    ? `${shown.join(', ')} (or one of ${grouped.format(values.length - SHOWN_OPTIONS)} more)`
    : shown.join(', ');
}

/** "a number or text", "a, b or c". */
function either(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  bigint: 'a whole number',
  symbol: 'a symbol',
  undefined: 'nothing',
  void: 'nothing',
  null: 'null',
  date: 'a date',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  map: 'a map',
  set: 'a set',
  file: 'a file',
  nan: 'NaN',
  function: 'a function',
  promise: 'a promise',
};
const expectedWords = (expected: string) => EXPECTED[expected] ?? expected.replace(/_/g, ' ');

/**
 * The value an issue is about. With `reportInput` zod gives every issue its `input` (undefined when
 * the value is missing); `shown` is false where a message must not repeat it (a key already in the path).
 */
type Input = { known: true; value: unknown; shown: boolean } | { known: false };
const inputOf = (issue: object, shown = true): Input =>
  'input' in issue ? { known: true, value: (issue as { input?: unknown }).input, shown } : { known: false };
/** True when the value is missing: known to be undefined, or (without `reportInput`) zod says it received undefined. */
const isMissing = (issue: z.core.$ZodIssue, input: Input) =>
  input.known ? input.value === undefined : /received undefined$/.test(issue.message);
/** `, got text "x"` when the value is known, else nothing. */
const got = (input: Input, joint = ', ') => (input.known && input.shown ? `${joint}got ${describeValue(input.value)}` : '');

/** True for zod's own English wording, which says "Invalid …"; a message a schema gives is kept as it is. */
const isZodWording = (message: string) => /^Invalid\b/.test(message);

const sizeOf = (value: unknown): number | undefined => {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (value instanceof Set || value instanceof Map) return value.size;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return value.size;
  return undefined;
};

function sizeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, input: Input): string {
  const big = issue.code === 'too_big';
  const limit = big ? issue.maximum : issue.minimum;
  const inclusive = issue.inclusive !== false;
  const size = input.known ? sizeOf(input.value) : undefined;
  const count = (n: number | bigint) => grouped.format(n);
  switch (issue.origin) {
    case 'string': {
      const length = size === undefined ? '' : `${count(size)} character${size === 1 ? '' : 's'} long`;
      if (issue.exact) return `must be exactly ${count(limit)} character${limit === 1 ? '' : 's'} long${length ? `; it is ${length}` : ''}`;
      if (!big && Number(limit) <= 1) return 'must not be empty';
      return big
        ? `is ${length || 'too long'}; the limit is ${count(limit)}`
        : `must be at least ${count(limit)} characters long${length ? `; it is ${length}` : ''}`;
    }
    case 'array':
    case 'set':
    case 'map': {
      const items = (n: number | bigint) => `${count(n)} item${n === 1 ? '' : 's'}`;
      if (issue.exact) return `must have exactly ${items(limit)}${size === undefined ? '' : `; it has ${count(size)}`}`;
      return big
        ? `has ${size === undefined ? 'too many' : count(size)} items; the limit is ${count(limit)}`
        : `needs at least ${items(limit)}${size === undefined ? '' : `; it has ${count(size)}`}`;
    }
    case 'file': {
      const bytes = (n: number | bigint) => `${count(n)} bytes`;
      return big
        ? `is ${size === undefined ? 'too large' : bytes(size)}; the limit is ${bytes(limit)}`
        : `must be at least ${bytes(limit)}`;
    }
    case 'date': {
      const when = new Date(Number(limit));
      const shown = Number.isNaN(when.getTime()) ? String(limit) : when.toISOString();
      return `must be ${big ? (inclusive ? 'on or before' : 'before') : inclusive ? 'on or after' : 'after'} ${shown}${got(input, '; ')}`;
    }
    default: {
      const bound = big ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'more than';
      return `must be ${issue.exact ? 'exactly' : bound} ${String(limit)}${got(input, '; ')}`;
    }
  }
}

/** Plain words for zod's string formats, as "must be …". */
const FORMAT: Record<string, string> = {
  email: 'an email address',
  url: 'a web address (URL)',
  uuid: 'a UUID',
  guid: 'a GUID',
  datetime: 'a date and time written like 2025-03-01T14:30:00Z',
  date: 'a date written YYYY-MM-DD',
  time: 'a time written HH:MM or HH:MM:SS',
  duration: 'an ISO 8601 duration such as P3D',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  cidrv4: 'an IPv4 address range',
  cidrv6: 'an IPv6 address range',
  base64: 'base64 data',
  base64url: 'base64url data',
  e164: 'a phone number written like +15551234567',
  json_string: 'JSON text',
  jwt: 'a JSON web token',
  lowercase: 'in lower case',
  uppercase: 'in upper case',
};

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat, input: Input): string {
  if (!isZodWording(issue.message)) return issue.message;
  const extra = issue as { prefix?: unknown; suffix?: unknown; includes?: unknown };
  const value = got(input, '; ');
  switch (issue.format) {
    case 'starts_with':
      return `must start with ${quoted(String(extra.prefix))}${value}`;
    case 'ends_with':
      return `must end with ${quoted(String(extra.suffix))}${value}`;
    case 'includes':
      return `must include ${quoted(String(extra.includes))}${value}`;
    case 'regex':
      return `is not written in the expected form${issue.pattern ? ` (the pattern ${startOf(issue.pattern, SHOWN_WHOLE)}${issue.pattern.length > SHOWN_WHOLE ? '…' : ''})` : ''}${value}`;
    default:
      return `must be ${FORMAT[issue.format] ?? `written as ${issue.format.replace(/_/g, ' ')}`}${value}`;
  }
}

/** An issue's own message in plain words: zod's "Invalid input: " prefix dropped, its bare "Invalid input" said plainly. */
function plainMessage(message: string): string {
  if (message === 'Invalid input' || message === '') return 'is not valid here';
  return message.replace(/^Invalid input: /, '');
}

/** What one union branch's issues say about the value as a whole, when they say only that it is of another type or value. */
function rootExpectation(issues: readonly z.core.$ZodIssue[]): string[] | undefined {
  const words: string[] = [];
  for (const issue of issues) {
    if (issue.path.length > 0) return undefined;
    if (issue.code === 'invalid_type') words.push(expectedWords(issue.expected));
    else if (issue.code === 'invalid_value') words.push(...issue.values.map(describeOption));
    else return undefined;
  }
  return words.length > 0 ? words : undefined;
}

function unionProblems(
  issue: z.core.$ZodIssueInvalidUnion,
  path: readonly Segment[],
  input: Input,
  out: SegmentProblem[],
  shown: boolean,
): void {
  const at = (message: string) => out.push({ path, message });
  if (issue.inclusive === false) {
    at('matches more than one of the forms allowed here; it must match exactly one');
    return;
  }
  if (issue.discriminator !== undefined) {
    // A discriminated union whose discriminator names no option: zod's path already ends at the discriminator.
    const parent = input.known ? input.value : undefined;
    const value: Input = input.known
      ? {
          known: true,
          value: typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[issue.discriminator] : parent,
          shown: input.shown,
        }
      : { known: false };
    const options = issue.options ?? [];
    if (input.known && value.known && value.value === undefined) at('is required');
    else if (options.length === 0) at(`is not one of the values allowed here${got(value, '; ')}`);
    else at(`must be ${options.length === 1 ? describeOption(options[0]) : `one of ${optionList(options)}`}${got(value, '; ')}`);
    return;
  }
  const branches = issue.errors;
  if (input.known && input.value === undefined) {
    at('is required');
    return;
  }
  // A branch whose issues are all about the value's own type or value did not get inside it: if
  // every branch is such, say what was expected; otherwise report the branch that got furthest.
  const expectations = branches.map(rootExpectation);
  if (branches.length > 0 && expectations.every((e) => e !== undefined)) {
    const words = [...new Set(expectations.flat())];
    at(`expected ${either(words)}${got(input)}`);
    return;
  }
  // The furthest is the one with the fewest issues, a wrong fixed value (a literal) counting more
  // than a wrong field: a branch whose "kind" did not match is the wrong branch, not a near miss.
  const cost = (issues: readonly z.core.$ZodIssue[]) => issues.reduce((sum, i) => sum + (i.code === 'invalid_value' ? 1.5 : 1), 0);
  const inside = branches.filter((_, i) => expectations[i] === undefined);
  const best = inside.reduce<readonly z.core.$ZodIssue[] | undefined>((a, b) => (a === undefined || cost(b) < cost(a) ? b : a), undefined);
  if (best === undefined || best.length === 0) {
    at(`does not match any of the forms allowed here${got(input, '; ')}`);
    return;
  }
  collect(best, path, out, shown);
}

interface SegmentProblem {
  readonly path: readonly Segment[];
  readonly message: string;
}

const isPropertyKey = (key: unknown): key is PathSegment => typeof key === 'string' || typeof key === 'number' || typeof key === 'symbol';

/** The path of a Map's key: the key itself when a path can name it, else its place among the map's keys. */
function mapKeySegment(map: Input, key: unknown): Segment {
  if (isPropertyKey(key)) return key;
  if (map.known && map.value instanceof Map) {
    let i = 0;
    for (const candidate of map.value.keys()) {
      if (candidate === key) return { mapKey: i };
      i++;
    }
  }
  return { mapKey: undefined };
}

/** Appends a problem for each issue. `shown` false: messages do not repeat the values (they are keys the path shows). */
function collect(issues: readonly z.core.$ZodIssue[], prefix: readonly Segment[], out: SegmentProblem[], shown = true): void {
  for (const issue of issues) {
    const path: readonly Segment[] = [...prefix, ...issue.path];
    const input = inputOf(issue, shown);
    const at = (message: string, where: readonly Segment[] = path) => out.push({ path: where, message });
    switch (issue.code) {
      case 'invalid_type':
        if (isMissing(issue, input)) at('is required');
        else if (issue.expected === 'never') at('is not allowed here');
        else at(`expected ${expectedWords(issue.expected)}${got(input)}`);
        break;
      case 'invalid_value':
        if (isMissing(issue, input)) at('is required');
        else if (issue.values.length === 1) at(`must be ${describeOption(issue.values[0])}${got(input)}`);
        else at(`must be one of ${optionList(issue.values)}${got(input, '; ')}`);
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) at('is not a field of this object (check the spelling)', [...path, key]);
        break;
      case 'invalid_union':
        unionProblems(issue, path, input, out, shown);
        break;
      case 'invalid_key': {
        // The key itself is wrong: the path ends at the key, and the message says what a key must be.
        // A record's issue carries the key; a map's inner issues do when they are about the key as a whole.
        const first = issue.issues[0];
        const inner = first && first.path.length === 0 ? inputOf(first) : { known: false as const };
        const key = issue.origin === 'record' && input.known ? input.value : inner.known ? inner.value : undefined;
        let where = path;
        if (issue.origin === 'map') where = [...path, mapKeySegment(input, key)];
        else if (isPropertyKey(key) && path.at(-1) !== key) where = [...path, key];
        const reasons: SegmentProblem[] = [];
        collect(issue.issues, [], reasons, false);
        const why = [...new Set(reasons.map((r) => (r.path.length > 0 ? `${formatAnyPath(r.path)}: ${r.message}` : r.message)))].join('; ');
        at(why ? `is not an allowed key: ${why}` : 'is not an allowed key', where);
        break;
      }
      case 'invalid_element':
        // A Map's value (or a Set's element) that a path could not name: point at its key.
        collect(issue.issues, [...path, mapKeySegment(input, issue.key)], out, shown);
        break;
      case 'too_big':
      case 'too_small':
        at(sizeMessage(issue, input));
        break;
      case 'invalid_format':
        at(formatMessage(issue, input));
        break;
      case 'not_multiple_of':
        at(isZodWording(issue.message) ? `must be a multiple of ${issue.divisor}${got(input, '; ')}` : issue.message);
        break;
      case 'custom':
        at(plainMessage(issue.message));
        break;
      default: {
        const unknown: { message?: unknown } = issue;
        at(plainMessage(typeof unknown.message === 'string' ? unknown.message : ''));
      }
    }
  }
}

/**
 * Turns zod issues into problems with plain messages, each at the path of the offending value
 * (for a key that is not allowed, the key). Unknown keys become one problem each. Parse with
 * `{ reportInput: true }` so messages can say what the value was; without it they say what was
 * expected only.
 */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): Problem[] {
  const found: SegmentProblem[] = [];
  collect(issues, prefix, found);
  return found.map((p) => ({ path: formatAnyPath(p.path), message: p.message }));
}
