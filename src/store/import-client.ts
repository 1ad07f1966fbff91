/**
 * The main thread's side of the import worker: starts it on first use, sends each job with an id,
 * and turns the answers (./import-protocol.ts) into a promise plus progress calls. Where there is
 * no Worker (jsdom in tests, hosts that refuse workers), the same jobs run in-process and answer
 * through the same messages, so both paths are one protocol.
 */
import type { Problem } from '../intake/problems.ts';
import type { PackRows } from '../packs/normalise.ts';
import type { FhirJobOptions, ImportProgress, ImportRequest, ImportResponse, ReleaseJobResult } from './import-protocol.ts';

type Send = (request: ImportRequest, transfer: Transferable[]) => void;
type Listener = (response: ImportResponse) => void;

/** The import could not run to an answer (a file that cannot be read, a worker that failed): in words. */
export class ImportJobError extends Error {
  override name = 'ImportJobError';
}

const listeners = new Map<number, Listener>();
let nextId = 1;
let send: Send | undefined;

function deliver(response: ImportResponse): void {
  listeners.get(response.id)?.(response);
}

/** Every job still waiting gets a `failed` answer. */
function failAll(message: string): void {
  for (const id of [...listeners.keys()]) deliver({ id, type: 'failed', message });
}

function inProcess(): Send {
  return (request) => {
    import('./import-jobs.ts').then(
      ({ handleImportRequest }) => handleImportRequest(request, deliver),
      (error: unknown) => deliver({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
}

function channel(): Send {
  if (send) return send;
  if (typeof Worker === 'undefined') {
    send = inProcess();
    return send;
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ImportResponse>) => deliver(event.data);
  worker.onmessageerror = () => failAll('a message from the import worker could not be read');
  worker.onerror = (event) => {
    event.preventDefault();
    // The next job starts a fresh worker.
    worker.terminate();
    send = undefined;
    failAll(event.message ? `the import worker stopped (${event.message})` : 'the import worker could not be started');
  };
  send = (request, transfer) => worker.postMessage(request, transfer);
  return send;
}

/** Sends one job and resolves with its final answer; progress is passed on as it comes. */
function run<T>(
  request: ImportRequest,
  transfer: Transferable[],
  onProgress: ((progress: ImportProgress) => void) | undefined,
  answer: (response: Exclude<ImportResponse, { type: 'progress' } | { type: 'failed' }>) => { value: T } | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    listeners.set(request.id, (response) => {
      if (response.type === 'progress') {
        onProgress?.(response.progress);
        return;
      }
      if (response.type === 'failed') {
        listeners.delete(request.id);
        reject(new ImportJobError(response.message));
        return;
      }
      let done: { value: T } | undefined;
      try {
        done = answer(response);
      } catch (error) {
        listeners.delete(request.id);
        reject(error instanceof Error ? error : new ImportJobError(String(error)));
        return;
      }
      if (done) {
        listeners.delete(request.id);
        resolve(done.value);
      }
    });
    try {
      channel()(request, transfer);
    } catch (error) {
      listeners.delete(request.id);
      reject(error instanceof Error ? error : new ImportJobError(String(error)));
    }
  });
}

/** A pack checked and normalised, with its rows, or every problem that refuses it. */
export type CheckedPack =
  { readonly ok: true; readonly rows: PackRows; readonly details?: string } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Collects the rows of a pack job as they come, and the result at the end. */
function packAnswer() {
  const rows: Omit<PackRows, 'pack'> = {
    providers: [],
    patients: [],
    encounters: [],
    documents: [],
    clinical: [],
    looseDocuments: [],
    tasks: [],
  };
  return (response: Exclude<ImportResponse, { type: 'progress' } | { type: 'failed' }>): { value: CheckedPack } | undefined => {
    switch (response.type) {
      case 'rows':
        switch (response.table) {
          case 'providers':
            rows.providers.push(...response.rows);
            break;
          case 'patients':
            rows.patients.push(...response.rows);
            break;
          case 'encounters':
            rows.encounters.push(...response.rows);
            break;
          case 'documents':
            rows.documents.push(...response.rows);
            break;
          case 'clinical':
            rows.clinical.push(...response.rows);
            break;
          case 'looseDocuments':
            rows.looseDocuments.push(...response.rows);
            break;
          case 'tasks':
            rows.tasks.push(...response.rows);
            break;
        }
        return undefined;
      case 'pack-done': {
        const { result } = response;
        if (!result.ok) return { value: result };
        return {
          value: { ok: true, rows: { pack: result.pack, ...rows }, ...(result.details === undefined ? {} : { details: result.details }) },
        };
      }
      case 'release-done':
        throw new ImportJobError('the import worker answered a pack with a code set');
    }
  };
}

/** Reads and checks a scenario pack off the main thread: a chosen file, or bytes already fetched. */
export function checkPack(
  input: { fileName: string; source: Blob | Uint8Array; packSource: 'bundled' | 'imported'; now: string },
  onProgress?: (progress: ImportProgress) => void,
): Promise<CheckedPack> {
  const { source } = input;
  // Fetched bytes that fill their buffer are handed over rather than copied.
  const transfer =
    source instanceof Uint8Array &&
    source.byteOffset === 0 &&
    source.byteLength === source.buffer.byteLength &&
    source.buffer instanceof ArrayBuffer
      ? [source.buffer]
      : [];
  return run({ id: nextId++, job: 'pack', ...input }, transfer, onProgress, packAnswer());
}

/** Maps FHIR files onto a pack and checks it off the main thread. */
export function checkFhir(
  input: { fileName: string; files: readonly File[]; options: FhirJobOptions; now: string },
  onProgress?: (progress: ImportProgress) => void,
): Promise<CheckedPack> {
  return run({ id: nextId++, job: 'fhir', ...input }, [], onProgress, packAnswer());
}

function releaseAnswer(response: Exclude<ImportResponse, { type: 'progress' } | { type: 'failed' }>): { value: ReleaseJobResult } {
  if (response.type === 'release-done') return { value: response.result };
  throw new ImportJobError('the import worker answered a code set with a pack');
}

/**
 * Reads official code-set release files into one code-set file, and stores it in the named database,
 * off the main thread. With `expectFiscalYear`, a release of another year is held, not stored (`otherYear`).
 */
export function loadRelease(
  input: { files: readonly File[]; dbName: string; installedAt: string; expectFiscalYear?: number },
  onProgress?: (progress: ImportProgress) => void,
): Promise<ReleaseJobResult> {
  return run({ id: nextId++, job: 'release', ...input }, [], onProgress, releaseAnswer);
}

/** Stores the release held after `otherYear` (`store`), or lets it go. */
export function keepRelease(
  input: { held: number; store: boolean; dbName: string; installedAt: string },
  onProgress?: (progress: ImportProgress) => void,
): Promise<ReleaseJobResult> {
  return run({ id: nextId++, job: 'release-keep', ...input }, [], onProgress, releaseAnswer);
}
