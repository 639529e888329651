/**
 * Today's date, from one place. Everything that depends on the date (re-review due, recognised=current,
 * stale markers) asks here. EFFECTWIJZER_TODAY=YYYY-MM-DD fixes it (tests and demonstrations); a malformed
 * value is refused rather than silently ignored.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function now(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.EFFECTWIJZER_TODAY?.trim();
  if (!fixed) return new Date();
  const date = new Date(`${fixed}T12:00:00Z`);
  if (!DAY.test(fixed) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== fixed) {
    throw new Error(`EFFECTWIJZER_TODAY must be a date as YYYY-MM-DD, got "${fixed}"`);
  }
  return date;
}

/** Today as YYYY-MM-DD (UTC). */
export function today(env?: Record<string, string | undefined>): string {
  return now(env).toISOString().slice(0, 10);
}
