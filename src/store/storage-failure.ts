/** A storage failure in words a trainee can act on. */
export function storageFailure(error: unknown): string {
  const names = new Set<string>();
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { inner?: unknown }).inner, depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.add(name);
  }
  if (names.has('QuotaExceededError')) {
    return "your browser's storage for Record Room is full. Remove a scenario pack you no longer need, or free space on this device, then try again.";
  }
  const message = error instanceof Error ? error.message : String(error);
  return `the browser's storage refused it (${message}).`;
}
