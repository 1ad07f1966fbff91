/**
 * Storage failures in words a trainee can act on. IndexedDB refuses a write when the browser's
 * storage for the site is used up: a `QuotaExceededError`, which Dexie passes on as its own
 * `QuotaExceededError`, or as the `inner` error of a transaction's `AbortError` or of a bulk
 * write's failures. Any other failure says what failed. Writes are transactions, so a failed one
 * leaves storage as it was.
 */

export const STORAGE_FULL =
  "Your browser's storage for Record Room is full: remove a scenario pack you no longer need, or free space on this device, then try again.";

const QUOTA = 'QuotaExceededError';

/** Whether an error, or one it wraps (Dexie's `inner`, a `cause`, a bulk write's `failures`), is the quota running out. */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === QUOTA) return true;
  if (isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return failures.some((f) => isQuotaExceeded(f, depth + 1));
}

function reason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const message = String(error.message).trim();
    if (message) return message;
  }
  return String(error);
}

/**
 * What to tell the user when `what` ("Saving the pack", "Signing in") failed on storage: the
 * storage-full advice when the quota ran out, else what failed and why.
 */
export function storageFailureMessage(error: unknown, what: string): string {
  if (isQuotaExceeded(error)) return STORAGE_FULL;
  return `${what} failed: ${reason(error).replace(/\.$/, '')}. Nothing was changed; try again, and reload the page if it keeps failing.`;
}

/** A storage failure as the end of a sentence ("…could not be saved: <this>"). */
export function storageFailure(error: unknown): string {
  if (isQuotaExceeded(error)) {
    return "your browser's storage for Record Room is full. Remove a scenario pack you no longer need, or free space on this device, then try again.";
  }
  return `the browser's storage refused it (${reason(error)}).`;
}
