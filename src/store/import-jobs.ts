/**
 * The import jobs, as the import worker runs them (./import.worker.ts), or the main thread where
 * there is no Worker (./import-client.ts): read the files, run the pure pipeline, and answer in
 * the messages of ./import-protocol.ts. No clock: the request brings the time. A pack's rows go
 * back to the main thread, which saves them; an official code set is stored here.
 *
 * The pure modules are imported when a job first needs them, so neither the first screen nor the
 * worker's start waits for zod, the FHIR mapper or the code-set parsers.
 */
import type { CodeSetFile } from '../codes/codeset-file.ts';
import type { PackRows } from '../packs/normalise.ts';
import { ROWS_PER_MESSAGE, savingProgress, stepProgress, type ImportRequest, type Post } from './import-protocol.ts';
import { storageFailureMessage } from './storage-failure.ts';

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += ROWS_PER_MESSAGE) out.push(list.slice(i, i + ROWS_PER_MESSAGE));
  return out;
}

/** A pack's rows in small messages, then the pack row itself with the final message. */
function postRows(id: number, rows: PackRows, post: Post): void {
  for (const part of chunks(rows.providers)) post({ id, type: 'rows', table: 'providers', rows: part });
  for (const part of chunks(rows.patients)) post({ id, type: 'rows', table: 'patients', rows: part });
  for (const part of chunks(rows.encounters)) post({ id, type: 'rows', table: 'encounters', rows: part });
  for (const part of chunks(rows.documents)) post({ id, type: 'rows', table: 'documents', rows: part });
  for (const part of chunks(rows.clinical)) post({ id, type: 'rows', table: 'clinical', rows: part });
  for (const part of chunks(rows.looseDocuments)) post({ id, type: 'rows', table: 'looseDocuments', rows: part });
  for (const part of chunks(rows.tasks)) post({ id, type: 'rows', table: 'tasks', rows: part });
}

async function bytesOf(source: Blob | Uint8Array): Promise<Uint8Array> {
  // Asked by what it can do, not `instanceof`, which fails for values from another realm.
  return 'arrayBuffer' in source ? new Uint8Array(await source.arrayBuffer()) : source;
}

/** An error's message (a DOMException from another realm is no `Error` there, but has one). */
function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' && error.message)
    return error.message;
  return String(error);
}

/** A release of another year than the one being coded, read and held until the user decides (one at a time). */
let held: { id: number; file: CodeSetFile; warnings: string[] } | undefined;

/** Stores a read release in the database the page names, and answers with what was stored or why it was not. */
async function storeRelease(
  id: number,
  file: CodeSetFile,
  warnings: string[],
  request: { dbName: string; installedAt: string },
  post: Post,
): Promise<void> {
  const [{ summariseCodeSet }, { storeCodeSet }, { db, setDatabase, RecordRoomDb }] = await Promise.all([
    import('../codes/codeset-file.ts'),
    import('../storage/code-sets.ts'),
    import('../storage/db.ts'),
  ]);
  post({ id, type: 'progress', progress: savingProgress(0, 1) });
  try {
    // The database the main thread uses (the app's, or a test's); in the worker, a connection of its own.
    if (db().name !== request.dbName) {
      db().close();
      setDatabase(new RecordRoomDb(request.dbName));
    }
    await storeCodeSet(file, request.installedAt);
  } catch (error) {
    post({
      id,
      type: 'release-done',
      result: { ok: false, problems: [storageFailureMessage(error, `Saving ${file.title} in this browser`)] },
    });
    return;
  }
  post({ id, type: 'release-done', result: { ok: true, summary: summariseCodeSet(file), title: file.title, warnings } });
}

/** Runs one request to its end. Never throws: a failure is answered with a `failed` message. */
export async function handleImportRequest(request: ImportRequest, post: Post): Promise<void> {
  const { id } = request;
  try {
    switch (request.job) {
      case 'pack': {
        post({ id, type: 'progress', progress: stepProgress('reading') });
        const bytes = await bytesOf(request.source);
        const [{ readPackBytes }, { normalisePack }] = await Promise.all([import('../packs/read.ts'), import('../packs/normalise.ts')]);
        post({ id, type: 'progress', progress: stepProgress('checking') });
        const result = readPackBytes(bytes);
        if (!result.ok) {
          post({ id, type: 'pack-done', result: { ok: false, problems: result.problems } });
          return;
        }
        post({ id, type: 'progress', progress: stepProgress('preparing') });
        const rows = normalisePack(result.pack, { source: request.packSource, fileName: request.fileName, now: request.now });
        postRows(id, rows, post);
        post({ id, type: 'pack-done', result: { ok: true, pack: rows.pack } });
        return;
      }
      case 'fhir': {
        post({ id, type: 'progress', progress: stepProgress('reading') });
        const inputs = await Promise.all(request.files.map(async (f) => ({ name: f.name, text: await f.text() })));
        const [{ importFhir, importDetails }, { readPackJson }, { normalisePack }] = await Promise.all([
          import('../fhir/import.ts'),
          import('../packs/read.ts'),
          import('../packs/normalise.ts'),
        ]);
        post({ id, type: 'progress', progress: stepProgress('checking') });
        const result = importFhir(inputs, request.options);
        if (!result.ok) {
          post({ id, type: 'pack-done', result: { ok: false, problems: result.problems } });
          return;
        }
        const read = readPackJson(result.pack);
        if (!read.ok) {
          post({ id, type: 'pack-done', result: { ok: false, problems: read.problems } });
          return;
        }
        const details = importDetails(result.report);
        post({ id, type: 'progress', progress: stepProgress('preparing') });
        const rows = normalisePack(read.pack, { source: 'imported', fileName: request.fileName, now: request.now });
        postRows(id, rows, post);
        post({ id, type: 'pack-done', result: { ok: true, pack: rows.pack, details } });
        return;
      }
      case 'release': {
        post({ id, type: 'progress', progress: stepProgress('reading') });
        held = undefined;
        const files = await Promise.all(request.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        const [{ importRelease }, { summariseCodeSet }] = await Promise.all([
          import('../codes/import-release.ts'),
          import('../codes/codeset-file.ts'),
        ]);
        post({ id, type: 'progress', progress: stepProgress('checking') });
        const result = importRelease(files);
        if (!result.ok) {
          post({ id, type: 'release-done', result });
          return;
        }
        const { expectFiscalYear } = request;
        if (expectFiscalYear !== undefined && result.file.fiscalYear !== expectFiscalYear) {
          // Another year than the one being coded: nothing is replaced until the user says so.
          held = { id, file: result.file, warnings: result.warnings };
          const otherYear = {
            held: id,
            fiscalYear: result.file.fiscalYear,
            title: result.file.title,
            summary: summariseCodeSet(result.file),
          };
          post({ id, type: 'release-done', result: { ok: false, problems: [], otherYear } });
          return;
        }
        await storeRelease(id, result.file, result.warnings, request, post);
        return;
      }
      case 'release-keep': {
        const kept = held?.id === request.held ? held : undefined;
        held = undefined;
        if (!request.store) {
          post({ id, type: 'release-done', result: { ok: false, problems: [] } });
          return;
        }
        if (!kept) {
          post({
            id,
            type: 'release-done',
            result: { ok: false, problems: ['The release is no longer at hand: choose its files again.'] },
          });
          return;
        }
        await storeRelease(id, kept.file, kept.warnings, request, post);
        return;
      }
    }
  } catch (error) {
    post({ id, type: 'failed', message: messageOf(error) });
  }
}
