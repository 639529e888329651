/**
 * Where a read goes when the app runs on a PostgreSQL primary with streaming replicas, and what the app
 * reports about them (GET /api/health). Pure: the state comes from lib/database/router.ts's checks.
 *
 * - A replica serves catalogue reads while it answers and is at most REPLICA_MAX_LAG_SECONDS behind.
 * - A request of somebody who just wrote is pinned to the primary (read-your-writes, see router.ts).
 * - With no usable replica the primary serves; with the primary down a replica serves even when it lags
 *   (the newest data there is, rather than none); with nothing answering the primary is tried and the
 *   request gets the database-unavailable answer.
 */
export type PrimaryState = { ok: boolean; latencyMs: number | null };
export type ReplicaState = { ok: boolean; lagSeconds: number | null; latencyMs: number | null };
export type RoutingState = { primary: PrimaryState; replicas: ReplicaState[] };

export type ReadTarget = { kind: "primary" } | { kind: "replica"; index: number };

function pick(indexes: number[], turn: number): ReadTarget {
  return { kind: "replica", index: indexes[turn % indexes.length]! };
}

/** `turn` spreads reads over the usable replicas (a counter the caller increments). */
export function chooseReadTarget(
  state: RoutingState,
  options: { maxLagSeconds: number; pinnedToPrimary: boolean; turn?: number },
): ReadTarget {
  const turn = options.turn ?? 0;
  if (options.pinnedToPrimary && state.primary.ok) return { kind: "primary" };
  const current = state.replicas.flatMap((replica, index) =>
    replica.ok && (replica.lagSeconds ?? 0) <= options.maxLagSeconds ? [index] : [],
  );
  if (current.length > 0) return pick(current, turn);
  if (state.primary.ok) return { kind: "primary" };
  const answering = state.replicas.flatMap((replica, index) => (replica.ok ? [index] : []));
  return answering.length > 0 ? pick(answering, turn) : { kind: "primary" };
}

/** A replica to read from while the primary is down (any that answers), or null. */
export function fallbackReplica(state: RoutingState, turn = 0): number | null {
  const answering = state.replicas.flatMap((replica, index) => (replica.ok ? [index] : []));
  return answering.length > 0 ? answering[turn % answering.length]! : null;
}

export type HealthStatus = "ok" | "degraded" | "down";

/**
 * ok: the primary and every replica answer and no replica lags beyond the limit. degraded: reads are
 * served but something is missing (the primary, so writes pause; or a replica, so the primary carries its
 * reads). down: no database can serve reads.
 */
export function healthStatus(state: RoutingState, maxLagSeconds: number): HealthStatus {
  const replicaServes = state.replicas.some((replica) => replica.ok);
  if (!state.primary.ok) return replicaServes ? "degraded" : "down";
  const allCurrent = state.replicas.every((replica) => replica.ok && (replica.lagSeconds ?? 0) <= maxLagSeconds);
  return allCurrent ? "ok" : "degraded";
}
