/**
 * Taking the right files out of the zip CMS distributes, with fflate. Pure. Generic: the HCPCS reader
 * uses it too.
 *
 * Members are matched by their file name (folders inside the zip are ignored, as are macOS `__MACOSX/`
 * copies and folders), and only the members wanted are decompressed: the release zips also hold PDFs.
 */
import { unzipSync } from 'fflate';
import type { CodeFileProblem, CodeFileResult } from '../icd10cm/problems.ts';

/** True when the bytes start like a zip archive (a local file header, or an empty archive's end record). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

export interface ZipMember {
  /** The member's path inside the zip. */
  name: string;
  bytes: Uint8Array;
}

export interface UnzippedMembers<K extends string> {
  members: Partial<Record<K, ZipMember>>;
  /** Every file name in the zip, for messages. */
  names: string[];
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

/**
 * The members whose file names match each pattern (case is up to the patterns). Two members matching
 * one pattern is a problem, since it cannot be told which one is meant; a zip that cannot be read is
 * a problem in words. Members that match nothing are not decompressed.
 */
export function unzipMembers<K extends string>(
  bytes: Uint8Array,
  wanted: Readonly<Record<K, RegExp>>,
  what: string,
): UnzippedMembers<K> | { problem: CodeFileProblem } {
  const keys = Object.keys(wanted) as K[];
  const names: string[] = [];
  const claimed = new Map<K, string[]>();
  const keyOf = (name: string): K | undefined => {
    if (name.endsWith('/') || name.startsWith('__MACOSX/') || baseName(name).startsWith('._')) return undefined;
    return keys.find((key) => wanted[key].test(baseName(name)));
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        const key = keyOf(file.name);
        if (key === undefined) return false;
        claimed.set(key, [...(claimed.get(key) ?? []), file.name]);
        return true;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { message: `this zip cannot be read (${reason}); it may be damaged or cut short, so download ${what} again` } };
  }
  for (const [key, claimedNames] of claimed) {
    if (claimedNames.length > 1) {
      return {
        problem: {
          message: `this zip holds more than one file that could be ${String(key)} (${claimedNames.join(', ')}); put only one in the zip`,
        },
      };
    }
  }
  const members: Partial<Record<K, ZipMember>> = {};
  for (const key of keys) {
    const name = claimed.get(key)?.[0];
    const data = name === undefined ? undefined : files[name];
    if (name !== undefined && data !== undefined) members[key] = { name, bytes: data };
  }
  return { members, names };
}

/** "icd10pcs_tables_2025.xml, icd10pcs_index_2025.xml, … and 12 more" */
export function listNames(names: readonly string[], max = 8): string {
  if (names.length === 0) return 'no files';
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** A member's problem, saying which file of the zip it is in. */
export function inMember(problem: CodeFileProblem, member: string): CodeFileProblem {
  return { ...problem, message: `${problem.message} (in ${member} of the zip)` };
}

/**
 * Reads one file out of a zip with `parse`: the member whose name matches `pattern`, or a problem
 * listing what the zip holds. Problems inside the member say which member they are in.
 */
export function parseZipMember<T>(
  bytes: Uint8Array,
  pattern: RegExp,
  expected: string,
  parse: (member: ZipMember) => CodeFileResult<T>,
): CodeFileResult<T> {
  const unzipped = unzipMembers(bytes, { file: pattern }, expected);
  if ('problem' in unzipped) return { ok: false, problems: [unzipped.problem] };
  const member = unzipped.members.file;
  if (member === undefined) {
    return { ok: false, problems: [{ message: `this zip holds no ${expected}; it holds ${listNames(unzipped.names)}` }] };
  }
  const result = parse(member);
  return result.ok
    ? { ...result, warnings: result.warnings.map((warning) => inMember(warning, member.name)) }
    : { ok: false, problems: result.problems.map((problem) => inMember(problem, member.name)) };
}
