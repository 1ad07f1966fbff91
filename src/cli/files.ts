/**
 * The one way the command line reads a file it is given. Instructors script the CLI, so a wrong
 * path must fail fast with one plain line, never hang or run out of memory:
 *
 * - only regular files are read: a folder, a device (`/dev/zero`, `/dev/urandom`), a named pipe
 *   (FIFO) or a socket is refused after `stat`, before anything is opened, since reading one may
 *   never end;
 * - the size is checked against the limit of the file's kind before reading, and no more than that
 *   limit is read even if the file grows meanwhile;
 * - the file is opened without blocking and checked again once open, so one swapped for a pipe
 *   between the check and the open is refused too.
 *
 * A refusal is a `Problem` at `(file)`, which the commands print as `file: (file): message`.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { FILE_PATH, type Problem } from '../intake/problems.ts';
import { PACK_FILE } from '../packs/read.ts';
import { KEY_FILE } from '../packs/key-file.ts';
import { WORK_FILE } from '../tasks/work-file.ts';
import { CODESET_FILE } from '../codes/codeset-file.ts';
import { MAX_MEMBER_BYTES } from '../codes/icd10cm/zip.ts';
import { MAX_TABULAR_CHARS } from '../codes/icd10cm/tabular.ts';
import { MAX_ORDER_FILE_CHARS } from '../codes/icd10cm/order-file.ts';
import { MAX_PCS_XML_CHARS } from '../codes/icd10pcs/xml.ts';
import { MAX_HCPCS_CHARS } from '../codes/hcpcs/hcpcs.ts';
import type { Io } from './io.ts';

/** What a command reads, and the most it reads of it. */
export interface FileLimit {
  /** What the file is, as the intake says it in messages: "scenario pack", "work file". */
  readonly noun: string;
  /** What a folder given instead is not: "is a folder, not a pack file". */
  readonly file: string;
  readonly maxBytes: number;
}

export const PACK_INPUT: FileLimit = { noun: PACK_FILE.noun, file: 'pack file', maxBytes: PACK_FILE.maxBytes };
export const WORK_INPUT: FileLimit = { noun: WORK_FILE.noun, file: 'work file', maxBytes: WORK_FILE.maxBytes };
export const KEY_INPUT: FileLimit = { noun: KEY_FILE.noun, file: 'key file', maxBytes: KEY_FILE.maxBytes };
export const CODESET_INPUT: FileLimit = { noun: CODESET_FILE.noun, file: 'code-set file', maxBytes: CODESET_FILE.maxBytes };
/**
 * An official CMS release file, text or zip: the largest any release parser reads (the ICD-10-CM
 * tabular list, or one member of a zip, 128 MB). A zip is compressed, so it is smaller than that.
 */
export const RELEASE_INPUT: FileLimit = {
  noun: 'release file',
  file: 'release file',
  maxBytes: Math.max(MAX_MEMBER_BYTES, MAX_TABULAR_CHARS, MAX_ORDER_FILE_CHARS, MAX_PCS_XML_CHARS, MAX_HCPCS_CHARS),
};
/** One FHIR input file (a Bundle, a resource, an NDJSON file of a bulk export): a bulk export's largest file is well below this. */
export const FHIR_INPUT: FileLimit = { noun: 'FHIR input file', file: 'FHIR file', maxBytes: 512 * 1024 * 1024 };

export type FileRead = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: Problem };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
const refuse = (message: string): FileRead => ({ ok: false, problem: { path: FILE_PATH, message } });

/** Why a path that is not a regular file is refused, or undefined for a regular file. */
function notRegular(info: Stats, limit: FileLimit): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return `is a folder, not ${withArticle(limit.file)}`;
  if (info.isFIFO()) return 'is not a regular file: it is a named pipe (FIFO), which is never read';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is not a regular file: it is a device, which is never read';
  if (info.isSocket()) return 'is not a regular file: it is a socket, which is never read';
  return 'is not a regular file';
}

function tooLarge(size: number, limit: FileLimit, atLeast = false): string {
  return `is ${atLeast ? 'more than ' : ''}${megabytes(size)}; ${withArticle(limit.noun)} may be at most ${megabytes(limit.maxBytes)}`;
}

/** A failed `stat`, `open` or `read` in words: "no such file", "permission denied". */
export function fileErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'cannot be read (a loop of symbolic links)';
    case 'ENAMETOOLONG':
      return 'cannot be read (the path is too long)';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : 'error')})`;
  }
}

/** The most bytes read in one call: small files are read in one go, large ones in slices. */
const CHUNK = 8 * 1024 * 1024;

/**
 * Reads a regular file of at most `limit.maxBytes` bytes. Never throws: a missing, unreadable,
 * irregular or oversized file is a problem at `(file)`.
 */
export async function readInputFile(path: string, limit: FileLimit): Promise<FileRead> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    return refuse(fileErrorMessage(error));
  }
  const irregular = notRegular(info, limit);
  if (irregular) return refuse(irregular);
  if (info.size > limit.maxBytes) return refuse(tooLarge(info.size, limit));

  let handle: FileHandle;
  try {
    // O_NONBLOCK: a FIFO put in the file's place after the stat opens at once instead of waiting for a writer.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return refuse(fileErrorMessage(error));
  }
  try {
    const opened = await handle.stat();
    const swapped = notRegular(opened, limit);
    if (swapped) return refuse(swapped);
    if (opened.size > limit.maxBytes) return refuse(tooLarge(opened.size, limit));
    // One byte more than the limit is room enough to tell a file that grew past it.
    let buffer = new Uint8Array(Math.min(opened.size, limit.maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit.maxBytes) return refuse(tooLarge(limit.maxBytes, limit, true));
        const grown = new Uint8Array(Math.min(buffer.length * 2, limit.maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, Math.min(buffer.length - length, CHUNK), length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit.maxBytes) return refuse(tooLarge(limit.maxBytes, limit, true));
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return refuse(fileErrorMessage(error));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads the file as `readInputFile` does, or says why not on the error stream (`path: (file): message`). */
export async function readInputFileOrSay(path: string, limit: FileLimit, io: Io): Promise<Uint8Array | undefined> {
  const read = await readInputFile(path, limit);
  if (read.ok) return read.bytes;
  io.err(`${path}: ${read.problem.path}: ${read.problem.message}`);
  return undefined;
}
