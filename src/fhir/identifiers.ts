/**
 * New MRNs and account numbers in a facility's own format. Formats are regular expressions in the
 * pack (`^\d{7}$`, `^RG\d{8}$`); the importer understands the usual shape, a fixed prefix, a run of
 * digits and a fixed suffix, and numbers from there. Any other pattern is refused with a message,
 * so a pack never gets identifiers that its own facility rules would reject.
 */

export type IdentifierMaker = { make: (n: number) => string } | { problem: string };

const SHAPE = /^\^([A-Za-z0-9-]*)\\d\{(\d{1,2})\}([A-Za-z0-9-]*)\$$/;

/**
 * A numberer for a pattern such as `^TH\d{8}$`. Numbers start at 1 followed by zeros, so the
 * first MRN of a 7-digit format is 1000001 and every value has the full width.
 */
export function identifierMaker(pattern: string): IdentifierMaker {
  const m = SHAPE.exec(pattern);
  const digits = Number(m?.[2] ?? 0);
  if (!m || digits < 3 || digits > 15) {
    return {
      problem: `"${pattern}" is not a format new identifiers can be numbered in; use a prefix, a run of 3 to 15 digits and a suffix, such as ^\\d{7}$ or ^TH\\d{8}$`,
    };
  }
  const prefix = m[1] ?? '';
  const suffix = m[3] ?? '';
  const first = 10 ** (digits - 1);
  const capacity = 10 ** digits - 1 - first;
  return {
    make: (n: number) => {
      if (n < 1 || n > capacity) throw new RangeError(`the format ${pattern} has room for ${capacity} values, not ${n}`);
      return `${prefix}${String(first + n)}${suffix}`;
    },
  };
}
