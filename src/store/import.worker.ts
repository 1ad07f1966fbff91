/**
 * The import worker: reads the chosen files and runs the pure pipeline (decode, JSON, validate,
 * cross-reference, normalise; the FHIR mapping; official code-set releases) off the main thread,
 * so the page keeps answering while a large file is checked. The protocol is ./import-protocol.ts;
 * the jobs are ./import-jobs.ts, which the main thread runs itself where there is no Worker.
 */
import { handleImportRequest } from './import-jobs.ts';
import type { ImportRequest, Post } from './import-protocol.ts';

/** The part of the worker's global scope used here (the project's types are the window's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
}

const scope = self as unknown as WorkerScope;
const post: Post = (response, transfer = []) => scope.postMessage(response, transfer);
scope.onmessage = (event) => {
  void handleImportRequest(event.data, post);
};
