/**
 * Problems found in an incoming file. Every problem names where it is (a JSON path such as
 * `patients[2].encounters[0].class`, or `(file)` for the file as a whole) and says in plain words
 * what is wrong. The pipeline returns all of them at once.
 */
import type { z } from 'zod';

export interface Problem {
  readonly path: string;
  readonly message: string;
}

export type PathSegment = string | number | symbol;

/** `["patients", 2, "name", "family"]` → `patients[2].name.family`; an empty path is `(root)`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out || '(root)';
}

export const FILE_PATH = '(file)';

/** A short, safe description of a value for a message: never the whole value. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      if (value.length === 0) return 'empty text';
      const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
      return `text ${JSON.stringify(shown)}`;
    }
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

const grouped = new Intl.NumberFormat('en-US');

function sizeMessage(issue: { origin?: string; maximum?: unknown; minimum?: unknown; input?: unknown }, big: boolean): string {
  const limit = Number(big ? issue.maximum : issue.minimum);
  const input = issue.input;
  switch (issue.origin) {
    case 'string': {
      const length = typeof input === 'string' ? input.length : undefined;
      if (!big && limit <= 1) return 'must not be empty';
      return big
        ? `is ${length === undefined ? 'too long' : `${grouped.format(length)} characters long`}; the limit is ${grouped.format(limit)}`
        : `must be at least ${grouped.format(limit)} characters long`;
    }
    case 'array':
    case 'set': {
      const count = Array.isArray(input) ? input.length : undefined;
      return big
        ? `has ${count === undefined ? 'too many' : grouped.format(count)} items; the limit is ${grouped.format(limit)}`
        : `needs at least ${grouped.format(limit)} item${limit === 1 ? '' : 's'}`;
    }
    default:
      return big ? `must be at most ${limit}` : `must be at least ${limit}`;
  }
}

/** Turns zod issues into problems with plain messages. Unknown keys become one problem each. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'invalid_type': {
        if (input === undefined) problems.push({ path: formatPath(path), message: 'is required' });
        else problems.push({
          path: formatPath(path),
          message: `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(input)}`,
        });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          problems.push({ path: formatPath([...path, key]), message: 'is not a field of this object (check the spelling)' });
        }
        break;
      case 'invalid_value': {
        if (input === undefined) {
          problems.push({ path: formatPath(path), message: 'is required' });
          break;
        }
        const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
        const message = issue.values.length === 1
          ? `must be ${options}, got ${describeValue(input)}`
          : `must be one of ${options}; got ${describeValue(input)}`;
        problems.push({ path: formatPath(path), message });
        break;
      }
      case 'too_big':
        problems.push({ path: formatPath(path), message: sizeMessage(issue, true) });
        break;
      case 'too_small':
        problems.push({ path: formatPath(path), message: sizeMessage(issue, false) });
        break;
      case 'invalid_union': {
        // Unions here are of simple types (a result value is a number or text).
        problems.push({ path: formatPath(path), message: `expected a number or text, got ${describeValue(input)}` });
        break;
      }
      case 'invalid_format':
      case 'custom':
      default:
        problems.push({ path: formatPath(path), message: plainMessage(issue.message) });
    }
  }
  return problems;
}

function plainMessage(message: string): string {
  return message.replace(/^Invalid input: /, '');
}
