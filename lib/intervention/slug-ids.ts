/**
 * The ids behind the filters' slugs. The three vocabularies are small and rarely change: an app process keeps
 * their slugs and ids until a change to their tables is announced (lib/cache), so a filtered list runs one
 * statement instead of two; without a listening cache (scripts, tests, a transaction) they are read each time.
 */
import type { Db, Tx } from "../database/client";
import { cachedRead } from "../cache/process-cache";
import type { InterventionFilters } from "./schemas";
import { hasSlugFilter, slugIdsFromRows, slugIdsQuery, type SlugIds } from "./sql";

const SLUG_TABLES = ["RiskFactor", "OutcomeDomain", "DeliveryMode"];

export async function filterSlugIds(db: Db | Tx, filters: InterventionFilters): Promise<SlugIds> {
  if (!hasSlugFilter(filters)) return slugIdsFromRows([]);
  return cachedRead(db, "filterSlugIds", SLUG_TABLES, async (source) =>
    slugIdsFromRows(await source.$queryRaw<{ kind: string; slug: string; id: number }[]>(slugIdsQuery)),
  );
}
