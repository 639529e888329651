/**
 * Brings the catalogue's facet bitmaps up to date with the interventions written since the last merge
 * (intervention_facet_merge, migration 20261201170000_facet_write_path). Reads are exact without it; merging
 * keeps the pending set, and so the per-request work of readers, small. One merge runs at a time across all
 * app processes (an advisory lock in PostgreSQL); a second caller returns 0 at once.
 */
import type { Db, Tx } from "../database/client";
import { isDatabaseUnreachable } from "../database/unavailable";

export async function mergeFacetBitmaps(db: Db | Tx): Promise<number> {
  const [row] = await db.$queryRaw<{ merged: number }[]>`SELECT intervention_facet_merge() AS merged`;
  return row.merged;
}

/** How often each app process offers to merge; only one merge runs at a time across processes. */
export const FACET_MERGE_INTERVAL_MS = 2_000;

/**
 * Merges in the background of a server process. The timer does not keep the process alive, and a failed
 * merge (e.g. the database restarting) is retried at the next tick: reads stay exact meanwhile.
 */
export function startFacetMerger(db: Db, intervalMs = FACET_MERGE_INTERVAL_MS): () => void {
  let running = false;
  let unreachable = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    mergeFacetBitmaps(db)
      .then(() => {
        if (unreachable) console.error("Facet merge: the database answers again");
        unreachable = false;
      })
      .catch((error: unknown) => {
        // An outage is reported once, not at every tick until it ends.
        if (!isDatabaseUnreachable(error)) console.error("Facet merge failed; retrying at the next tick", error);
        else if (!unreachable) console.error("Facet merge: the database cannot be reached; retrying every tick");
        unreachable ||= isDatabaseUnreachable(error);
      })
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
