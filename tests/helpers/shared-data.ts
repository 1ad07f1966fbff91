/**
 * The official releases and FHIR data live in ../shared/data beside the project (never copied in).
 * Tests that read them run when the data is there. Under CI=true missing data is a failure that
 * says what is missing; elsewhere those tests are skipped with the reason printed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED_DATA = process.env['RECORD_ROOM_SHARED_DATA'] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');

const CI = process.env['CI'] === 'true' || process.env['CI'] === '1';

/** The absolute path of a file under ../shared/data, and whether tests needing it can run. */
export function sharedData(relative: string): { path: string; available: boolean } {
  const path = join(SHARED_DATA, relative);
  const available = existsSync(path);
  if (!available) {
    const message = `${path} is missing: these tests read the official release from ../shared/data (see ../shared/README.md)`;
    if (CI) throw new Error(`${message}; under CI=true this is a failure`);
    console.warn(`skipping: ${message}`);
  }
  return { path, available };
}
