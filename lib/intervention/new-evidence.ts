/**
 * "New evidence since the last rating": per intervention, the studies accepted after its last rating
 * decision (Intervention.lastReviewedOn, the date of that decision). A study counts when the editors
 * accepted it (Study.reviewedAt) on a later day than the decision; studies whose acceptance date is unknown
 * (curated data loaded with the catalogue) never count, as nothing says the decision did not weigh them.
 * Interventions without any rating decision have no count (null): there is nothing to be new since.
 */
import "server-only";
import type { Db, Tx } from "../database/client";

export async function countNewStudiesSinceRating(
  db: Db | Tx,
  interventionIds: number[],
): Promise<Map<number, number | null>> {
  const counts = new Map<number, number | null>();
  if (interventionIds.length === 0) return counts;
  const rows = await db.$queryRaw<{ id: number; rated: boolean; count: number }[]>`
    SELECT i.id, i."lastReviewedOn" IS NOT NULL AS rated,
           count(s.id) FILTER (WHERE s."reviewedAt" >= i."lastReviewedOn" + 1)::int AS count
    FROM "Intervention" i
    LEFT JOIN "Study" s ON s."interventionId" = i.id AND s.status = 'ACCEPTED'
    WHERE i.id = ANY (${interventionIds}::int[])
    GROUP BY i.id`;
  for (const row of rows) counts.set(row.id, row.rated ? row.count : null);
  return counts;
}
