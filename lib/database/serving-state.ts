/**
 * Whether this process can serve reads at all, as its database router last saw it, kept on globalThis so
 * that proxy.ts (which must not load the database client) can answer 503 at once while no database answers.
 * Null until a router has checked (the embedded database has no router and is never down).
 */
import type { HealthStatus } from "./read-routing";

const KEY = Symbol.for("effectwijzer.databaseServingState");
type Holder = { [KEY]?: { status: HealthStatus; checkedAt: number } };

export function publishServingState(status: HealthStatus): void {
  (globalThis as Holder)[KEY] = { status, checkedAt: Date.now() };
}

/** True only when the last check (within `maxAgeMs`) found no database that can serve reads. */
export function noDatabaseServes(maxAgeMs = 10_000): boolean {
  const state = (globalThis as Holder)[KEY];
  return Boolean(state && state.status === "down" && Date.now() - state.checkedAt <= maxAgeMs);
}
