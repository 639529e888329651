/**
 * "New evidence since the last rating": per intervention, the studies accepted after its last rating
 * decision (Intervention.lastReviewedOn, the date of that decision). A study counts when the editors
 * accepted it (Study.reviewedAt) on a later day than the decision; studies whose acceptance date is unknown
 * (curated data loaded with the catalogue) never count, as nothing says the decision did not weigh them.
 * Interventions without any rating decision have no count (null): there is nothing to be new since.
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Db, Tx } from "../database/client";

/** The count for the intervention row named `intervention` (an alias of "Intervention"), as SQL. */
export function newStudiesSinceRatingSql(intervention: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${intervention}."lastReviewedOn" IS NOT NULL THEN (
    SELECT count(*)::int FROM "Study" s
    WHERE s."interventionId" = ${intervention}.id AND s.status = 'ACCEPTED'
      AND s."reviewedAt" >= ${intervention}."lastReviewedOn" + 1
  ) END`;
}

export async function countNewStudiesSinceRating(
  db: Db | Tx,
  interventionIds: number[],
): Promise<Map<number, number | null>> {
  const counts = new Map<number, number | null>();
  if (interventionIds.length === 0) return counts;
  const rows = await db.$queryRaw<{ id: number; count: number | null }[]>`
    SELECT i.id, ${newStudiesSinceRatingSql(Prisma.sql`i`)} AS count
    FROM "Intervention" i
    WHERE i.id = ANY (${interventionIds}::int[])`;
  for (const row of rows) counts.set(row.id, row.count);
  return counts;
}
