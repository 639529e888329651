/**
 * Headline effects stored before certainty existed have none: recompute the headline effects of every
 * intervention with such a row, once (lib/evidence/pooling.ts now writes certainty with every headline).
 * A database seeded by this version finds nothing to do.
 */
import type { Tx } from "../../lib/database/client";
import { recomputePooledEffects } from "../../lib/evidence/pooling";

export const description = "Certainty for headline effects stored before it was computed";

export async function apply(tx: Tx): Promise<void> {
  const rows = await tx.pooledEffect.findMany({
    where: { certainty: null },
    distinct: ["interventionId"],
    select: { interventionId: true },
    orderBy: { interventionId: "asc" },
  });
  for (const { interventionId } of rows) await recomputePooledEffects(tx, interventionId);
}
