/**
 * The key file (`record-room-key`): a pack's answer keys kept apart from it, so the pack can be
 * handed to trainees without them. Read through the shared intake; whether the keys fit the pack's
 * tasks is checked where both are at hand (`taskProblems` in ./cross-reference.ts).
 */
import { KEY_FORMAT, KeyFile, PACK_FORMAT } from './format.ts';
import { formatPath, type Problem } from '../intake/problems.ts';
import { readBytes, type FileKind, type IntakeResult, type JsonObject } from '../intake/read.ts';

/** Larger files are refused before they are parsed. */
export const MAX_KEY_FILE_BYTES = 16 * 1024 * 1024;

/** Within one key file, each task has at most one key. */
function keyFileProblems(file: KeyFile): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  file.keys.forEach((entry, k) => {
    if (seen.has(entry.taskId))
      problems.push({ path: formatPath(['keys', k, 'taskId']), message: `task "${entry.taskId}" already has a key` });
    seen.add(entry.taskId);
  });
  return problems;
}

/** A scenario pack given as the key file. */
function packGivenAsKeys(file: JsonObject): Problem | undefined {
  return file['format'] === PACK_FORMAT
    ? {
        path: 'format',
        message: `is "${PACK_FORMAT}": this is a scenario pack, not a Record Room key file (expected "format": "${KEY_FORMAT}")`,
      }
    : undefined;
}

export const KEY_FILE: FileKind<KeyFile> = {
  format: KEY_FORMAT,
  noun: 'key file',
  currentVersion: 1,
  maxBytes: MAX_KEY_FILE_BYTES,
  migrations: [],
  schema: KeyFile,
  check: keyFileProblems,
  foreign: packGivenAsKeys,
};

export function readKeyFileBytes(bytes: Uint8Array): IntakeResult<KeyFile> {
  return readBytes(KEY_FILE, bytes);
}
