/**
 * Looking a value up by an id or a code that came from a file: own properties only. A plain
 * object indexed with "constructor" or "toString" would otherwise answer with what every object
 * inherits. Pure.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
