/**
 * Headline effects stored before certainty existed have none: recompute the headline effects of every
 * intervention with such a row, once (lib/evidence/pooling.ts now writes certainty with every headline), with
 * recomputePooledEffectsOf: the same rules as recomputePooledEffects, batched.
 * A database seeded by this version finds nothing to do.
 */
import type { Tx } from "../../lib/database/client";
import { recomputePooledEffectsOf } from "../../lib/evidence/pooling";

export const description = "Certainty for headline effects stored before it was computed";

export async function apply(tx: Tx): Promise<void> {
  const rows = await tx.pooledEffect.findMany({
    where: { certainty: null },
    distinct: ["interventionId"],
    select: { interventionId: true },
    orderBy: { interventionId: "asc" },
  });
  // In batches: a few statements per batch instead of several per intervention (50,000 interventions took
  // over ten minutes one by one, beyond the data migration's transaction timeout).
  const ids = rows.map((r) => r.interventionId);
  for (let from = 0; from < ids.length; from += BATCH) {
    await recomputePooledEffectsOf(tx, ids.slice(from, from + BATCH));
  }
}

const BATCH = 1_000;
