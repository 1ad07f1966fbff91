/** The app's clock. The domain core reads no clock; tests replace this one. */
export const clock = {
  now: (): Date => new Date(),
};

/** Today as YYYY-MM-DD in the browser's time zone. */
export function todayIso(): string {
  const d = clock.now();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
