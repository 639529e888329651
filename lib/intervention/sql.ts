/**
 * The catalogue's one SQL statement: page of results, total and every facet count for a set of filters.
 * Server-only by use (lib/intervention/queries.ts); every user value is a bound parameter.
 *
 * How it stays fast at 50,000 interventions (tables and triggers: migration 20261128180000_catalogue_facets):
 * - Counts come from "InterventionFacetBitmap": per filter value a bitmap of the interventions that have it.
 *   Each active filter becomes one mask (OR of its chosen values' bitmaps); a facet counts
 *   bit_count(value bitmap & AND of every *other* filter's mask). The total is the AND of all masks.
 *   q and minEffect have no stored bitmaps: their matching ids are turned into one extra mask per request.
 *   q is matched and ranked on "InterventionSearch" (migration 20261202130000_search_table): the search
 *   documents split by lexeme initial into short inline rows, so a word reads one small row per hit.
 * - The page is read from "InterventionFacet" by one of two plans chosen at run time from the exact total:
 *   walk a sort index keeping the rows whose bit is in the mask (many matches), or the same filters as row
 *   predicates on the GIN/GiST indexes, then sort (few matches). See pageCte.
 * - Items are assembled as JSON in the same statement. A request is this one statement, preceded by a tiny
 *   slug → id lookup when riskFactor, outcome or delivery is set (literal ids give the planner real estimates).
 * The two formulations of each filter (bitmap and row) must agree; the integration tests check both against
 * plain SQL over the source tables. PooledEffect rows are SMD by construction (lib/evidence/pooling.ts; one
 * row per intervention × outcome), so its measure column is not filtered on: the (outcome, estimate,
 * intervention) index then answers minEffect and sort=effect on its own.
 */
import { Prisma } from "../../generated/prisma/client";
import type {
  AdviceGroup,
  CertaintyLevel,
  EvidenceLevel,
  HeadlineBasis,
  PreventionLevel,
  RecognitionStatus,
} from "../../generated/prisma/enums";
import {
  adviceGroupBySlug,
  evidenceLevelBySlug,
  preventionLevelBySlug,
  type FacetParam,
  type InterventionFilters,
  type RecognisedValue,
  type SortValue,
} from "./schemas";
import { searchWords } from "./search-text";

const { sql, join, empty } = Prisma;

/** The filters in the form the SQL takes: enum names and reference ids (unknown slugs dropped). */
export type ResolvedFilters = {
  words: string[];
  adviceGroups: AdviceGroup[];
  levels: PreventionLevel[];
  /** null when the filter is not set; an empty list when it is set but no slug is known (matches nothing). */
  riskFactorIds: number[] | null;
  outcomeIds: number[] | null;
  deliveryModeIds: number[] | null;
  minLevel: EvidenceLevel | null;
  recognised: RecognisedValue | null;
  ageMonths: number | null;
  /** Child ages (months, inclusive) a target group must overlap; null when neither ageMin nor ageMax is set. */
  ageSpan: { min: number; max: number } | null;
  /** YYYY-MM-DD, for recognised=current and its facet count. */
  today: string;
  /** Set only with exactly one outcome (the schema enforces it). */
  minEffect: number | null;
  /** The one chosen outcome, for chosenEffect, minEffect and sort=effect. */
  chosenOutcome: string | null;
  chosenOutcomeId: number | null;
  /** relevance only with search words, effect only with one outcome; otherwise rating. */
  sort: SortValue;
};

/** Reference ids by slug, for the filters (see lib/intervention/slug-ids.ts). */
export type SlugIds = { risk: Map<string, number>; outcome: Map<string, number>; delivery: Map<string, number> };

/** Whether any filter names reference values by slug (risk factors, outcomes, delivery modes). */
export const hasSlugFilter = (filters: InterventionFilters) =>
  filters.riskFactor.length > 0 || filters.outcome.length > 0 || filters.delivery.length > 0;

/** Every slug and id of the three vocabularies the filters name by slug: a few dozen rows. */
export const slugIdsQuery = sql`
    SELECT 'risk' AS kind, slug, id FROM "RiskFactor"
    UNION ALL
    SELECT 'outcome', slug, id FROM "OutcomeDomain"
    UNION ALL
    SELECT 'delivery', slug, id FROM "DeliveryMode"`;

export function slugIdsFromRows(rows: { kind: string; slug: string; id: number }[]): SlugIds {
  const ids: SlugIds = { risk: new Map(), outcome: new Map(), delivery: new Map() };
  for (const row of rows) ids[row.kind as keyof SlugIds].set(row.slug, row.id);
  return ids;
}

/**
 * Literal ids (not sub-selects) reach the planner, so it can estimate the array filters from statistics and
 * choose between the GIN indexes and a walk in sort order.
 */
export function resolveFilters(filters: InterventionFilters, slugIds: SlugIds, today: string): ResolvedFilters {
  const words = searchWords(filters.q);
  const chosenOutcome = filters.outcome.length === 1 ? filters.outcome[0] : null;
  let sort = filters.sort;
  if (sort === "relevance" && words.length === 0) sort = "rating";
  if (sort === "effect" && !chosenOutcome) sort = "rating";
  const idsOf = (slugs: string[], map: Map<string, number>) => {
    if (!slugs.length) return null;
    const ids = slugs.map((slug) => map.get(slug)).filter((id): id is number => id !== undefined);
    return [...new Set(ids)];
  };
  return {
    words,
    adviceGroups: [...new Set(filters.adviceGroup)].map((slug) => adviceGroupBySlug[slug]),
    levels: [...new Set(filters.targetGroup)].map((slug) => preventionLevelBySlug[slug]),
    riskFactorIds: idsOf(filters.riskFactor, slugIds.risk),
    outcomeIds: idsOf(filters.outcome, slugIds.outcome),
    deliveryModeIds: idsOf(filters.delivery, slugIds.delivery),
    minLevel: filters.rating ? evidenceLevelBySlug[filters.rating] : null,
    recognised: filters.recognised ?? null,
    ageMonths: filters.ageMonths ?? null,
    ageSpan:
      filters.ageMin === undefined && filters.ageMax === undefined
        ? null
        : { min: filters.ageMin ?? AGE_MIN_MONTHS, max: filters.ageMax ?? AGE_MAX_MONTHS },
    today,
    minEffect: chosenOutcome !== null && filters.minEffect !== undefined ? filters.minEffect : null,
    chosenOutcome,
    chosenOutcomeId: chosenOutcome === null ? null : (slugIds.outcome.get(chosenOutcome) ?? null),
    sort,
  };
}

/** The age bitmaps cover months -9 (start of pregnancy) to 216 (18 years). */
const AGE_MIN_MONTHS = -9;
const AGE_MAX_MONTHS = 216;

/** Facet parameters, each with the name of its mask column in the statement. */
const facetMaskColumn: Record<FacetParam, string> = {
  adviceGroup: "ag_bits",
  targetGroup: "tg_bits",
  riskFactor: "rf_bits",
  outcome: "oc_bits",
  delivery: "dm_bits",
  rating: "rating_bits",
  recognised: "rec_bits",
};

function activeFacetParams(f: ResolvedFilters): FacetParam[] {
  const active: FacetParam[] = [];
  if (f.adviceGroups.length) active.push("adviceGroup");
  if (f.levels.length) active.push("targetGroup");
  if (f.riskFactorIds) active.push("riskFactor");
  if (f.outcomeIds) active.push("outcome");
  if (f.deliveryModeIds) active.push("delivery");
  if (f.minLevel) active.push("rating");
  if (f.recognised !== null) active.push("recognised");
  return active;
}

export const hasTextFilter = (f: ResolvedFilters) => f.words.length > 0;
export const hasEffectFilter = (f: ResolvedFilters) => f.minEffect !== null;
export const needsPooledJoin = (f: ResolvedFilters) =>
  f.chosenOutcome !== null && (f.minEffect !== null || f.sort === "effect");

const intArray = (ids: number[]) => sql`${ids}::int[]`;

/** Matching ids for the filters that have no stored bitmap (q, minEffect), as CTEs. */
export function idFilterCtes(f: ResolvedFilters): Prisma.Sql[] {
  const ctes: Prisma.Sql[] = [];
  if (hasTextFilter(f)) {
    ctes.push(sql`text_hits AS MATERIALIZED (
      SELECT "interventionId", relevance FROM intervention_text_matches(${f.words}::text[], ${f.sort === "relevance"})
    )`);
  }
  if (hasEffectFilter(f)) {
    ctes.push(sql`effect_hits AS MATERIALIZED (
      SELECT pe."interventionId" FROM "PooledEffect" pe
      WHERE pe."outcomeDomainId" = ${f.chosenOutcomeId} AND pe.estimate >= ${f.minEffect}
    )`);
  }
  return ctes;
}

/** The per-filter masks (one row), from the bitmaps. A filter that is not set contributes nothing. */
export function maskCtes(f: ResolvedFilters, withFacets: boolean): Prisma.Sql {
  const zero = sql`(a.bits # a.bits)`;
  const columns: Prisma.Sql[] = [sql`a.bits AS all_bits`];
  if (f.ageMonths !== null) {
    columns.push(
      sql`coalesce((SELECT bits FROM bitmap WHERE kind = 'age' AND value = ${f.ageMonths}::int), ${zero}) AS age_bits`,
    );
  }
  if (f.ageSpan !== null) {
    columns.push(sql`coalesce((
      SELECT bit_or(b.bits) FROM bitmap b WHERE b.kind = 'age' AND b.value BETWEEN ${f.ageSpan.min}::int AND ${f.ageSpan.max}::int
    ), ${zero}) AS span_bits`);
  }
  // Recognised as effective today (before the re-review date). The 'until' bitmaps group the recognised
  // interventions by the month of their re-review date: every month after today's counts whole; of today's
  // month only those after today, read from the facet rows (a narrow range of the re-review-date index).
  // Built only when asked for: as a filter, or for the facet count.
  const currentBits = sql`(coalesce((
      SELECT bit_or(b.bits) FROM bitmap b
      WHERE b.kind = 'until' AND b.value > intervention_facet_month(${f.today}::date)
    ), ${zero}) | intervention_facet_bits(
      ARRAY(SELECT f."interventionId" FROM "InterventionFacet" f
            WHERE f."recognisedUntil" > ${f.today}::date
              AND f."recognisedUntil" < (date_trunc('month', ${f.today}::date) + interval '1 month')::date),
      length(a.bits)
    ))`;
  columns.push(withFacets ? sql`${currentBits} AS current_bits` : sql`NULL::varbit AS current_bits`);
  // Enum-valued filters: bitmap values are the enum positions (1-based).
  const byEnum = (kind: string, enumType: string, values: string[], alias: string) =>
    sql`coalesce((
      SELECT bit_or(b.bits) FROM bitmap b
      WHERE b.kind = ${kind}
        AND b.value IN (SELECT array_position(enum_range(NULL::${Prisma.raw(enumType)}), v)
                        FROM unnest(${values}::text[]::${Prisma.raw(enumType)}[]) v)
    ), ${zero}) AS ${Prisma.raw(alias)}`;
  if (f.adviceGroups.length) columns.push(byEnum("advice", `"AdviceGroup"`, f.adviceGroups, "ag_bits"));
  if (hasTextFilter(f) || hasEffectFilter(f)) {
    const sources: Prisma.Sql[] = [];
    if (hasTextFilter(f)) sources.push(sql`SELECT "interventionId" FROM text_hits`);
    if (hasEffectFilter(f)) sources.push(sql`SELECT "interventionId" FROM effect_hits`);
    columns.push(sql`intervention_facet_bits(
      ARRAY(SELECT ids."interventionId" FROM (${join(sources, " INTERSECT ")}) ids WHERE ids."interventionId" < length(a.bits)),
      length(a.bits)
    ) AS id_bits`);
  }
  if (f.levels.length) columns.push(byEnum("level", `"PreventionLevel"`, f.levels, "tg_bits"));
  const byReference = (kind: string, ids: number[], alias: string) =>
    sql`coalesce((
      SELECT bit_or(b.bits) FROM bitmap b WHERE b.kind = ${kind} AND b.value = ANY (${intArray(ids)})
    ), ${zero}) AS ${Prisma.raw(alias)}`;
  if (f.riskFactorIds) columns.push(byReference("risk", f.riskFactorIds, "rf_bits"));
  if (f.outcomeIds) columns.push(byReference("outcome", f.outcomeIds, "oc_bits"));
  if (f.deliveryModeIds) columns.push(byReference("delivery", f.deliveryModeIds, "dm_bits"));
  if (f.minLevel) {
    columns.push(sql`coalesce((
      SELECT bit_or(b.bits) FROM bitmap b
      WHERE b.kind = 'rating' AND b.value >= array_position(enum_range(NULL::"EvidenceLevel"), ${f.minLevel}::"EvidenceLevel")
    ), ${zero}) AS rating_bits`);
  }
  if (f.recognised !== null) {
    const recognisedBits = sql`coalesce((SELECT bits FROM bitmap WHERE kind = 'recognised' AND value = 1), ${zero})`;
    const mask =
      f.recognised === "true"
        ? recognisedBits
        : f.recognised === "false"
          ? sql`a.bits & ~${recognisedBits}`
          : currentBits;
    columns.push(sql`${mask} AS rec_bits`);
  }

  // The mask of a facet is every filter but its own; "all" is every filter.
  const alwaysApplied = ["all_bits"];
  if (f.ageMonths !== null) alwaysApplied.push("age_bits");
  if (f.ageSpan !== null) alwaysApplied.push("span_bits");
  if (hasTextFilter(f) || hasEffectFilter(f)) alwaysApplied.push("id_bits");
  const active = activeFacetParams(f);
  const maskOf = (except: FacetParam | null) =>
    Prisma.raw([...alwaysApplied, ...active.filter((p) => p !== except).map((p) => facetMaskColumn[p])].join(" & "));

  return sql`filter AS MATERIALIZED (
    SELECT ${join(columns, ",\n      ")}
    -- The stored bitmaps are compressed: "all" is decompressed once here (|| B''), not on every use of its
    -- length (once per matching id above).
    FROM (SELECT bits || B'' AS bits FROM bitmap WHERE kind = 'all' AND value = 0 OFFSET 0) a
  ),
  mask AS MATERIALIZED (
    SELECT
      ${maskOf(null)} AS m_all,
      current_bits,
      ${maskOf("adviceGroup")} AS m_advice_group,
      ${maskOf("targetGroup")} AS m_target_group,
      ${maskOf("riskFactor")} AS m_risk_factor,
      ${maskOf("outcome")} AS m_outcome,
      ${maskOf("delivery")} AS m_delivery,
      ${maskOf("rating")} AS m_rating,
      ${maskOf("recognised")} AS m_recognised
    FROM filter
  )`;
}

/** Facet counts as rows (param, value, n); every reference value appears, with 0 when nothing matches. */
const facetCte = sql`recognised AS (
    SELECT (SELECT bit_count(b.bits & m.m_recognised) FROM mask m, bitmap b WHERE b.kind = 'recognised' AND b.value = 1) AS n
  ),
  facet AS (
    SELECT 'adviceGroup' AS param, g.grp::text AS value, coalesce(bit_count(b.bits & m.m_advice_group), 0) AS n
    FROM unnest(enum_range(NULL::"AdviceGroup")) WITH ORDINALITY AS g(grp, position)
    LEFT JOIN bitmap b ON b.kind = 'advice' AND b.value = g.position
    LEFT JOIN mask m ON true
    UNION ALL
    SELECT 'targetGroup', l.level::text, coalesce(bit_count(b.bits & m.m_target_group), 0)
    FROM unnest(enum_range(NULL::"PreventionLevel")) WITH ORDINALITY AS l(level, position)
    LEFT JOIN bitmap b ON b.kind = 'level' AND b.value = l.position
    LEFT JOIN mask m ON true
    UNION ALL
    SELECT 'riskFactor', r.slug, coalesce(bit_count(b.bits & m.m_risk_factor), 0)
    FROM "RiskFactor" r LEFT JOIN bitmap b ON b.kind = 'risk' AND b.value = r.id LEFT JOIN mask m ON true
    UNION ALL
    SELECT 'outcome', o.slug, coalesce(bit_count(b.bits & m.m_outcome), 0)
    FROM "OutcomeDomain" o LEFT JOIN bitmap b ON b.kind = 'outcome' AND b.value = o.id LEFT JOIN mask m ON true
    UNION ALL
    SELECT 'delivery', d.slug, coalesce(bit_count(b.bits & m.m_delivery), 0)
    FROM "DeliveryMode" d LEFT JOIN bitmap b ON b.kind = 'delivery' AND b.value = d.id LEFT JOIN mask m ON true
    UNION ALL
    -- Cumulative: the count if this level were the chosen minimum.
    SELECT 'rating', l.level::text,
      coalesce((SELECT bit_count(bit_or(b.bits) & m.m_rating) FROM bitmap b WHERE b.kind = 'rating' AND b.value >= l.position), 0)
    FROM unnest(enum_range(NULL::"EvidenceLevel")) WITH ORDINALITY AS l(level, position)
    LEFT JOIN mask m ON true
    WHERE l.level >= 'GOED_BESCHREVEN'
    UNION ALL
    SELECT 'recognised', 'true', coalesce(recognised.n, 0)
    FROM recognised
    UNION ALL
    SELECT 'recognised', 'false', coalesce((SELECT bit_count(m_recognised) FROM mask), 0) - coalesce(recognised.n, 0)
    FROM recognised
    UNION ALL
    SELECT 'recognised', 'current', coalesce((SELECT bit_count(current_bits & m_recognised) FROM mask), 0)
  )`;

/** Sort orders over the page CTE's columns (bare names inside it, "p."-qualified when reading it). */
export function orderBy(sort: ResolvedFilters["sort"], qualifier: "" | "p." = ""): Prisma.Sql {
  const c = (column: string) => Prisma.raw(qualifier + column);
  switch (sort) {
    case "relevance":
      return sql`${c("relevance")} DESC, ${c("sort_name")}, ${c("id")}`;
    case "rating":
      return sql`${c("evidence_level")} DESC, ${c("sort_name")}, ${c("id")}`;
    case "name":
      return sql`${c("sort_name")}, ${c("id")}`;
    case "effect":
      return sql`${c("effect")} DESC NULLS LAST, ${c("sort_name")}, ${c("id")}`;
    case "reviewed":
      return sql`${c("reviewed")} DESC NULLS LAST, ${c("sort_name")}, ${c("id")}`;
  }
}

/**
 * The page as ids with their sort keys. Two plans, of which the statement runs one, chosen at run time from
 * the exact total the bitmaps gave:
 * - walk: follow a sort index (name, evidence level, or the chosen outcome's pooled estimate) and keep the
 *   rows whose bit is set in the filter mask, until the page is full. Reads about (offset + limit) × all /
 *   total rows: cheap when many interventions match.
 * - filter: the same filters as row predicates (GIN/GiST indexes, joins for q and the chosen outcome's
 *   pooled effect), then sort. Cheap when few match, and the only plan for reviewed.
 * Relevance has a plan of its own (relevancePlan).
 */
export function pageCte(f: ResolvedFilters, limit: number, offset: number): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (f.adviceGroups.length) where.push(sql`f."adviceGroups" && ${f.adviceGroups}::text[]::"AdviceGroup"[]`);
  if (f.levels.length) where.push(sql`f."preventionLevels" && ${f.levels}::text[]::"PreventionLevel"[]`);
  if (f.riskFactorIds) where.push(sql`f."riskFactorIds" && ${intArray(f.riskFactorIds)}`);
  if (f.outcomeIds) where.push(sql`f."outcomeIds" && ${intArray(f.outcomeIds)}`);
  if (f.deliveryModeIds) where.push(sql`f."deliveryModeIds" && ${intArray(f.deliveryModeIds)}`);
  if (f.minLevel) where.push(sql`f."evidenceLevel" >= ${f.minLevel}::"EvidenceLevel"`);
  if (f.recognised === "current") {
    where.push(sql`f."isRecognised" AND f."recognisedUntil" > ${f.today}::date`);
  } else if (f.recognised !== null) {
    where.push(sql`f."isRecognised" = ${f.recognised === "true"}`);
  }
  if (f.ageMonths !== null) where.push(sql`f."ageRanges" @> ${f.ageMonths}::int`);
  if (f.ageSpan !== null) {
    where.push(sql`f."ageRanges" && int4multirange(int4range(${f.ageSpan.min}::int, ${f.ageSpan.max}::int, '[]'))`);
  }
  if (hasEffectFilter(f)) where.push(sql`pe.estimate >= ${f.minEffect}`);

  const text = hasTextFilter(f);
  const pooled = needsPooledJoin(f);
  const columns = (effect: Prisma.Sql) => sql`
      f."interventionId" AS id,
      ${text ? sql`t.relevance` : sql`0::real`} AS relevance,
      f."evidenceLevel" AS evidence_level,
      f."sortName" AS sort_name,
      ${effect} AS effect,
      f."lastReviewedOn" AS reviewed`;
  const filterPlan = (gate: Prisma.Sql) => sql`SELECT ${columns(pooled ? sql`pe.estimate` : sql`NULL::float8`)}
    FROM "InterventionFacet" f
    ${text ? sql`JOIN text_hits t ON t."interventionId" = f."interventionId"` : empty}
    ${
      pooled
        ? sql`LEFT JOIN "PooledEffect" pe
            ON pe."interventionId" = f."interventionId" AND pe."outcomeDomainId" = ${f.chosenOutcomeId}`
        : empty
    }
    WHERE ${join([...where, gate], " AND ")}
    ORDER BY ${orderBy(f.sort)}
    LIMIT ${limit} OFFSET ${offset}`;

  if (f.sort === "relevance" && text) return sql`page AS MATERIALIZED (${relevancePlan(f, limit, offset)})`;
  const walkPlan = walkPlanFor(f, limit, offset);
  if (!walkPlan) return sql`page AS MATERIALIZED (${filterPlan(sql`true`)})`;
  return sql`plan AS (
    SELECT bit_count(m_all) * bit_count(m_all) >= ${offset + limit}::bigint * bit_count(all_bits) AS walk
    FROM mask, filter
  ),
  page AS MATERIALIZED (
    (${walkPlan})
    UNION ALL
    (${filterPlan(sql`NOT (SELECT walk FROM plan)`)})
  )`;
}

/**
 * The page in relevance order: the text hits in the mask (every filter), best first. The relevance of every
 * hit is known from the search, so only the hits that can reach the page (relevance at least that of the
 * (offset + limit)-th best in the mask) are joined to their facet rows for the name and id that break ties:
 * a few rows, looked up by key, however many interventions match. The hits are read twice rather than
 * copied once more: for a common word that copy cost more than the second reading.
 */
function relevancePlan(f: ResolvedFilters, limit: number, offset: number): Prisma.Sql {
  const effect = needsPooledJoin(f)
    ? sql`(SELECT pe.estimate FROM "PooledEffect" pe
         WHERE pe."interventionId" = h."interventionId" AND pe."outcomeDomainId" = ${f.chosenOutcomeId})`
    : sql`NULL::float8`;
  const inMask = (mask: Prisma.Sql, id: Prisma.Sql) =>
    sql`CASE WHEN ${id} < length(${mask}) THEN get_bit(${mask}, ${id}) = 1 ELSE false END`;
  return sql`WITH cutoff AS (
      SELECT t.relevance FROM text_hits t, mask m
      WHERE ${inMask(sql`m.m_all`, sql`t."interventionId"`)}
      ORDER BY t.relevance DESC OFFSET ${offset + limit - 1} LIMIT 1
    )
    SELECT h."interventionId" AS id, h.relevance, f."evidenceLevel" AS evidence_level, f."sortName" AS sort_name,
      ${effect} AS effect, f."lastReviewedOn" AS reviewed
    FROM text_hits h
    JOIN "InterventionFacet" f ON f."interventionId" = h."interventionId"
    WHERE h.relevance >= coalesce((SELECT relevance FROM cutoff), '-infinity'::real)
      AND ${inMask(sql`(SELECT m_all FROM mask)`, sql`h."interventionId"`)}
    ORDER BY ${orderBy("relevance")}
    LIMIT ${limit} OFFSET ${offset}`;
}

/** The walk plan for the sorts an index can deliver (q is then part of the mask, never a join). */
function walkPlanFor(f: ResolvedFilters, limit: number, offset: number): Prisma.Sql | null {
  // "<> 0" makes the planner expect most rows to pass, so it walks the index and stops early.
  const inMask = (id: Prisma.Sql) => sql`get_bit((SELECT m_all FROM mask), ${id}) <> 0`;
  const gate = sql`(SELECT walk FROM plan)`;
  const columns = (effect: Prisma.Sql) => sql`
      f."interventionId" AS id, 0::real AS relevance, f."evidenceLevel" AS evidence_level,
      f."sortName" AS sort_name, ${effect} AS effect, f."lastReviewedOn" AS reviewed`;
  if (f.sort === "rating" || f.sort === "name") {
    return sql`SELECT ${columns(sql`NULL::float8`)}
    FROM "InterventionFacet" f
    WHERE ${inMask(sql`f."interventionId"`)} AND ${gate}
    ORDER BY ${orderBy(f.sort)}
    LIMIT ${limit} OFFSET ${offset}`;
  }
  if (f.sort === "effect" && f.chosenOutcomeId !== null) {
    // Interventions with a pooled effect, best first (backwards along PooledEffect(outcomeDomainId, estimate)),
    // then, only if those do not fill offset + limit, the ones without by name.
    const wanted = offset + limit;
    return sql`SELECT * FROM (
      WITH pooled AS MATERIALIZED (
        SELECT ${columns(sql`pe.estimate`)}
        FROM "PooledEffect" pe JOIN "InterventionFacet" f ON f."interventionId" = pe."interventionId"
        WHERE pe."outcomeDomainId" = ${f.chosenOutcomeId}
          AND ${inMask(sql`pe."interventionId"`)} AND ${gate}
        ORDER BY pe.estimate DESC, f."sortName", f."interventionId"
        LIMIT ${wanted}
      ),
      unpooled AS MATERIALIZED (
        SELECT ${columns(sql`NULL::float8`)}
        FROM "InterventionFacet" f
        WHERE ${inMask(sql`f."interventionId"`)} AND ${gate}
          AND (SELECT count(*) FROM pooled) < ${wanted}
          AND NOT EXISTS (
            SELECT 1 FROM "PooledEffect" pe
            WHERE pe."interventionId" = f."interventionId" AND pe."outcomeDomainId" = ${f.chosenOutcomeId}
          )
        ORDER BY f."sortName", f."interventionId"
        LIMIT ${wanted}
      )
      SELECT * FROM pooled UNION ALL SELECT * FROM unpooled
    ) walked
    ORDER BY ${orderBy("effect")}
    LIMIT ${limit} OFFSET ${offset}`;
  }
  return null;
}

const pooledEffectJson = sql`json_build_object(
  'outcome', o.slug, 'basis', pe.basis, 'sourceStudyId', pe."sourceStudyId", 'method', pe.method, 'k', pe.k, 'totalN', pe."totalN", 'estimate', pe.estimate,
  'ciLower', pe."ciLower", 'ciUpper', pe."ciUpper", 'piLower', pe."piLower", 'piUpper', pe."piUpper",
  'tau2', pe.tau2, 'i2', pe.i2, 'certainty', pe.certainty, 'certaintyReasons', pe."certaintyReasons"
)`;

/**
 * The parts of intervention i that the search words are found in, in the order of intervention_match_fields
 * (migration 20261201150000_evidence_truth), with the same bodies and the same rule: a part matches when the
 * union of its simple, Dutch and English vectors matches a word's query. Cheaper per listed item: each body
 * is unaccented once, and for a query of OR-ed lexemes (every search word's, in practice) the union matches
 * exactly when one of the three does, so the Dutch and English vectors are only built when needed.
 */
const matchFieldsSql = (words: string[]) => sql`coalesce((
    SELECT array_agg(p.field ORDER BY p.ord)
    FROM (
      SELECT 1 AS ord, 'name' AS field, i."nameNl" || ' ' || i."nameEn" AS body
      UNION ALL
      SELECT 2, 'summary', concat_ws(' ', i."summaryNl", i."summaryEn", i."aimsNl", i."aimsEn", i."providerNl", i."providerEn")
      UNION ALL
      SELECT 3, 'description', concat_ws(' ', i."descriptionNl", i."descriptionEn", i."intensityNl", i."intensityEn", i."ownerOrganisation")
      UNION ALL
      SELECT 4, 'target-group', (
        SELECT string_agg(tg."descriptionNl" || ' ' || tg."descriptionEn", ' ') FROM "TargetGroup" tg WHERE tg."interventionId" = i.id)
      UNION ALL
      SELECT 5, 'advice-group', (
        SELECT string_agg(advice_group_label(g, 'nl') || ' ' || advice_group_label(g, 'en'), ' ')
        FROM "TargetGroup" tg, unnest(tg."adviceGroups") g WHERE tg."interventionId" = i.id)
      UNION ALL
      SELECT 6, 'risk-factor', (
        SELECT string_agg(rf."nameNl" || ' ' || rf."nameEn", ' ')
        FROM "TargetGroup" tg JOIN "_RiskFactorToTargetGroup" x ON x."B" = tg.id JOIN "RiskFactor" rf ON rf.id = x."A"
        WHERE tg."interventionId" = i.id)
      UNION ALL
      SELECT 7, 'delivery', (
        SELECT string_agg(d."nameNl" || ' ' || d."nameEn", ' ')
        FROM "_DeliveryModeToIntervention" x JOIN "DeliveryMode" d ON d.id = x."A" WHERE x."B" = i.id)
      UNION ALL
      SELECT 8, 'outcome', (
        SELECT string_agg(o."nameNl" || ' ' || o."nameEn", ' ')
        FROM "InterventionFacet" f JOIN "OutcomeDomain" o ON o.id = ANY (f."outcomeIds") WHERE f."interventionId" = i.id)
    ) p
    WHERE p.body IS NOT NULL AND EXISTS (
      SELECT 1
      FROM (SELECT unaccent(p.body) AS text OFFSET 0) b,
        unnest(${words}::text[]) AS w(word)
        CROSS JOIN LATERAL (
          SELECT to_tsquery('simple', w.word || ':*') || to_tsquery('dutch', w.word || ':*') ||
            to_tsquery('english', w.word || ':*') AS query
        ) q
      WHERE w.word <> '' AND CASE
        WHEN q.query::text !~ '[&!<]' THEN to_tsvector('simple', b.text) @@ q.query
          OR to_tsvector('dutch', b.text) @@ q.query OR to_tsvector('english', b.text) @@ q.query
        ELSE (to_tsvector('simple', b.text) || to_tsvector('dutch', b.text) || to_tsvector('english', b.text)) @@ q.query
      END
    )
  ), '{}'::text[])`;

/**
 * One list item as JSON (see ItemRow); with search words, the parts of the record they were found in. The
 * detail (./detail-sql.ts) builds its item part with this too, with its own headline object.
 */
export const itemJson = (words: string[], headlineJson: Prisma.Sql = pooledEffectJson) => sql`json_build_object(
  'slug', i.slug,
  'matchedOn', ${words.length ? matchFieldsSql(words) : sql`'{}'::text[]`},
  'nameNl', i."nameNl", 'nameEn', i."nameEn",
  'summaryNl', i."summaryNl", 'summaryEn', i."summaryEn",
  'evidenceLevel', i."evidenceLevel",
  'lastReviewedOn', i."lastReviewedOn",
  'isDemo', i."isDemo",
  'recognition', (
    SELECT json_build_object(
      'status', r.status, 'level', r.level, 'isRecognised', r."isRecognised", 'decidedOn', r."decidedOn",
      'expiresOn', r."expiresOn", 'committee', r.committee, 'sourceUrl', r."sourceUrl", 'isVerified', r."isVerified"
    )
    FROM "Recognition" r WHERE r."interventionId" = i.id
  ),
  'targetGroups', coalesce((
    SELECT json_agg(json_build_object(
      'preventionLevel', tg."preventionLevel",
      'ageMinMonths', tg."ageMinMonths", 'ageMaxMonths', tg."ageMaxMonths",
      'descriptionNl', tg."descriptionNl", 'descriptionEn', tg."descriptionEn",
      'adviceGroups', tg."adviceGroups",
      'riskFactors', coalesce((
        SELECT json_agg(rf.slug ORDER BY rf.id)
        FROM "_RiskFactorToTargetGroup" x JOIN "RiskFactor" rf ON rf.id = x."A" WHERE x."B" = tg.id
      ), '[]'::json)
    ) ORDER BY tg.id)
    FROM "TargetGroup" tg WHERE tg."interventionId" = i.id
  ), '[]'::json),
  'deliveryModes', coalesce((
    SELECT json_agg(d.slug ORDER BY d.id)
    FROM "_DeliveryModeToIntervention" x JOIN "DeliveryMode" d ON d.id = x."A" WHERE x."B" = i.id
  ), '[]'::json),
  'outcomes', coalesce((
    SELECT json_agg(o.slug ORDER BY o.id)
    FROM "InterventionFacet" f JOIN "OutcomeDomain" o ON o.id = ANY (f."outcomeIds") WHERE f."interventionId" = i.id
  ), '[]'::json),
  'pooledEffects', coalesce((
    SELECT json_agg(${headlineJson} ORDER BY o.id)
    FROM "PooledEffect" pe JOIN "OutcomeDomain" o ON o.id = pe."outcomeDomainId"
    WHERE pe."interventionId" = i.id
  ), '[]'::json)
)`;

export type PooledEffectRow = {
  outcome: string;
  basis: HeadlineBasis;
  sourceStudyId: number | null;
  method: string;
  k: number;
  totalN: number | null;
  estimate: number;
  ciLower: number | null;
  ciUpper: number | null;
  piLower: number | null;
  piUpper: number | null;
  tau2: number | null;
  i2: number | null;
  certainty: CertaintyLevel | null;
  /** Stored reasons (codes and numbers, lib/evidence/certainty.ts). */
  certaintyReasons: unknown;
};

export type RecognitionRow = {
  status: RecognitionStatus;
  level: EvidenceLevel | null;
  isRecognised: boolean;
  decidedOn: string | null;
  expiresOn: string | null;
  committee: string | null;
  sourceUrl: string | null;
  isVerified: boolean;
};

export type ItemRow = {
  slug: string;
  matchedOn: string[];
  nameNl: string;
  nameEn: string;
  summaryNl: string;
  summaryEn: string;
  evidenceLevel: EvidenceLevel;
  lastReviewedOn: string | null;
  isDemo: boolean;
  recognition: RecognitionRow | null;
  targetGroups: {
    preventionLevel: PreventionLevel;
    ageMinMonths: number | null;
    ageMaxMonths: number | null;
    descriptionNl: string;
    descriptionEn: string;
    adviceGroups: AdviceGroup[];
    riskFactors: string[];
  }[];
  deliveryModes: string[];
  /** Outcome domains with accepted evidence. */
  outcomes: string[];
  pooledEffects: PooledEffectRow[];
};

export type CatalogueRow = {
  total: number;
  /** [param, value, count]; values are slugs, or enum names for targetGroup and rating. */
  facets: [FacetParam, string, number][] | null;
  items: ItemRow[] | null;
};

/** The bitmaps a request reads: every filter kind, and the age bitmaps of the chosen ages only. */
function bitmapKinds(f: ResolvedFilters, kind: Prisma.Sql, value: Prisma.Sql): Prisma.Sql {
  return sql`(${kind} IN ('all', 'advice', 'level', 'risk', 'outcome', 'delivery', 'rating', 'recognised', 'until')
      ${f.ageMonths !== null ? sql`OR (${kind} = 'age' AND ${value} = ${f.ageMonths}::int)` : empty}
      ${
        f.ageSpan !== null
          ? sql`OR (${kind} = 'age' AND ${value} BETWEEN ${f.ageSpan.min}::int AND ${f.ageSpan.max}::int)`
          : empty
      })`;
}

/**
 * The bitmaps as of now. The stored bitmaps are a snapshot that a background merge keeps up to date
 * (intervention_facet_merge, migration 20261201170000_facet_write_path); interventions written since are in
 * "InterventionFacetPending". For those, each bitmap's bits are replaced by their memberships read from their
 * current facet rows, so every count and mask below is exact. With nothing pending (the usual case) the
 * stored bitmaps are used as they are.
 */
export function bitmapCtes(f: ResolvedFilters): Prisma.Sql[] {
  return [
    sql`pending AS MATERIALIZED (SELECT "interventionId" AS id FROM "InterventionFacetPending")`,
    sql`stored AS MATERIALIZED (
    SELECT kind, value, bits FROM "InterventionFacetBitmap" WHERE ${bitmapKinds(f, sql`kind`, sql`value`)}
  )`,
    // The all-zero bitmap and the pending interventions' bits are built once here, not per bitmap row (or per
    // membership in fresh): each is a full-length varbit (50,000 bits at scale), built from text, and a request
    // reads a few hundred bitmaps. Copying zeros and setting one bit is far cheaper.
    sql`geometry AS MATERIALIZED (
    SELECT g.len, g.has_pending,
      CASE WHEN g.has_pending THEN repeat('0', g.len)::varbit END AS zeros,
      CASE WHEN g.has_pending THEN ~intervention_facet_bits(ARRAY(SELECT id FROM pending), g.len) END AS keep
    FROM (SELECT intervention_facet_bitmap_length(
      (SELECT length(bits) FROM stored WHERE kind = 'all' AND value = 0), (SELECT max(id) FROM pending)
    ) AS len, EXISTS (SELECT 1 FROM pending) AS has_pending) g
  )`,
    sql`fresh AS MATERIALIZED (
    SELECT m.kind, m.value, bit_or(set_bit(g.zeros, fr."interventionId", 1)) AS bits
    FROM pending p
    JOIN "InterventionFacet" fr ON fr."interventionId" = p.id
    CROSS JOIN geometry g
    CROSS JOIN intervention_facet_memberships(fr."preventionLevels", fr."riskFactorIds", fr."outcomeIds",
      fr."deliveryModeIds", fr."ageRanges", fr."evidenceLevel", fr."isRecognised", fr."adviceGroups",
      fr."recognisedUntil") m
    WHERE ${bitmapKinds(f, sql`m.kind`, sql`m.value`)}
    GROUP BY m.kind, m.value
  )`,
    sql`bitmap AS MATERIALIZED (
    SELECT kind, value, bits FROM stored WHERE NOT (SELECT has_pending FROM geometry)
    UNION ALL
    SELECT coalesce(s.kind, fr.kind), coalesce(s.value, fr.value),
      (coalesce(s.bits || repeat('0', g.len - length(s.bits))::varbit, g.zeros) & g.keep)
      | coalesce(fr.bits, g.zeros)
    FROM stored s FULL JOIN fresh fr ON fr.kind = s.kind AND fr.value = s.value
    CROSS JOIN geometry g
    WHERE g.has_pending
  )`,
  ];
}

export function catalogueQuery(
  filters: ResolvedFilters,
  options: { limit: number; offset: number; withFacets: boolean },
): Prisma.Sql {
  const ctes: Prisma.Sql[] = [...idFilterCtes(filters), ...bitmapCtes(filters), maskCtes(filters, options.withFacets)];
  if (options.withFacets) ctes.push(facetCte);
  if (options.limit > 0) ctes.push(pageCte(filters, options.limit, options.offset));

  return sql`WITH ${join(ctes, ",\n  ")}
  SELECT
    coalesce((SELECT bit_count(m_all) FROM mask), 0)::int AS total,
    ${options.withFacets ? sql`(SELECT json_agg(json_build_array(param, value, n)) FROM facet)` : sql`NULL::json`} AS facets,
    ${
      options.limit > 0
        ? sql`(SELECT json_agg(${itemJson(filters.words)} ORDER BY ${orderBy(filters.sort, "p.")}) FROM page p JOIN "Intervention" i ON i.id = p.id)`
        : sql`NULL::json`
    } AS items`;
}
