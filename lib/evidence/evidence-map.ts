/**
 * The evidence gap map: outcomes × the Health Council's target groups (or the prevention levels), each cell
 * with how many interventions and studies there are, the best certainty and the largest headline effect.
 * Counted on the catalogue's facet rows (written with every change, see lib/intervention/facet-merge.ts),
 * so a cell's count is what the catalogue shows for the same two filters.
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../database/client";
import type { CertaintyLevel } from "../../generated/prisma/enums";
import { messages } from "../i18n/messages";
import { adviceGroupSlugs, preventionLevelSlugs } from "../intervention/filter-values";
import { adviceGroupBySlug, preventionLevelBySlug } from "../intervention/schemas";
import type { EvidenceMap, EvidenceMapQuery } from "./evidence-map-schemas";

const CERTAINTY_SLUG: Record<CertaintyLevel, EvidenceMap["cells"][number]["bestCertainty"]> = {
  HIGH: "high",
  MODERATE: "moderate",
  LOW: "low",
  VERY_LOW: "very-low",
};

type CellRow = {
  outcome_id: number;
  col: string;
  interventions: number;
  studies: number;
  best: CertaintyLevel | null;
  largest: number | null;
};

/** One statement per column kind: the facet array to unnest is part of the SQL text, never a parameter. */
const CELLS_SQL = {
  adviceGroup: Prisma.sql`unnest(f."adviceGroups")`,
  targetGroup: Prisma.sql`unnest(f."preventionLevels")`,
};

export async function getEvidenceMap(db: Db, query: EvidenceMapQuery): Promise<EvidenceMap> {
  const columnValues = query.columns === "adviceGroup" ? adviceGroupSlugs : preventionLevelSlugs;
  const enumOf = (slug: string) =>
    query.columns === "adviceGroup"
      ? adviceGroupBySlug[slug as keyof typeof adviceGroupBySlug]
      : preventionLevelBySlug[slug as keyof typeof preventionLevelBySlug];
  const names = (locale: "nl" | "en") =>
    query.columns === "adviceGroup" ? messages[locale].adviceGroups : messages[locale].prevention;

  const [outcomes, rows] = await Promise.all([
    db.outcomeDomain.findMany({
      select: { id: true, slug: true, nameNl: true, nameEn: true },
      orderBy: { nameNl: "asc" },
    }),
    db.$queryRaw<CellRow[]>`
      WITH cell AS (
        SELECT o AS outcome_id, g::text AS col, f."interventionId"
        FROM "InterventionFacet" f
        CROSS JOIN LATERAL unnest(f."outcomeIds") AS o
        CROSS JOIN LATERAL ${CELLS_SQL[query.columns]} AS g
      ),
      counted AS (
        SELECT outcome_id, col, count(DISTINCT "interventionId")::int AS interventions FROM cell GROUP BY 1, 2
      ),
      studies AS (
        SELECT c.outcome_id, c.col, count(DISTINCT s.id)::int AS studies
        FROM cell c
        JOIN "Study" s ON s."interventionId" = c."interventionId" AND s.status = 'ACCEPTED'
        WHERE EXISTS (SELECT 1 FROM "EffectSize" e WHERE e."studyId" = s.id AND e."outcomeDomainId" = c.outcome_id)
        GROUP BY 1, 2
      ),
      heads AS (
        SELECT c.outcome_id, c.col, min(p.certainty) AS best, max(p.estimate) AS largest
        FROM cell c
        JOIN "PooledEffect" p ON p."interventionId" = c."interventionId" AND p."outcomeDomainId" = c.outcome_id
        GROUP BY 1, 2
      )
      SELECT c.outcome_id, c.col, c.interventions, coalesce(s.studies, 0)::int AS studies, h.best, h.largest
      FROM counted c
      LEFT JOIN studies s USING (outcome_id, col)
      LEFT JOIN heads h USING (outcome_id, col)`,
  ]);

  const byKey = new Map(rows.map((row) => [`${row.outcome_id}:${row.col}`, row]));
  const cells = outcomes.flatMap((outcome) =>
    columnValues.map((column) => {
      const row = byKey.get(`${outcome.id}:${enumOf(column)}`);
      return {
        row: outcome.slug,
        column,
        interventions: row?.interventions ?? 0,
        studies: row?.studies ?? 0,
        bestCertainty: row?.best ? CERTAINTY_SLUG[row.best] : null,
        largestEffect: row?.largest ?? null,
      };
    }),
  );
  const nl = names("nl");
  const en = names("en");
  return {
    columns: columnValues.map((slug) => {
      const nameNl = nl[slug as keyof typeof nl];
      const nameEn = en[slug as keyof typeof en];
      return { slug, name: query.lang === "en" ? nameEn : nameNl, nameNl, nameEn };
    }),
    rows: outcomes.map((o) => ({
      slug: o.slug,
      name: query.lang === "en" ? o.nameEn : o.nameNl,
      nameNl: o.nameNl,
      nameEn: o.nameEn,
    })),
    cells,
  };
}
