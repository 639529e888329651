/**
 * The decision aid's results (/keuzehulp): the interventions that fit a situation, in the order of
 * ./ranking.ts — recognised as effective first, then the Dutch level, then the certainty of the headline
 * effect on the chosen outcome, then the lower bound of its CI — one page at a time.
 *
 * The order is computed in SQL so it holds at 50,000 interventions: the situation's filters are row
 * predicates on "InterventionFacet" (the catalogue's GIN/GiST indexes, always current: written by triggers
 * in the transaction that changes a record), joined with the chosen outcome's "PooledEffect" row by its
 * primary key, then one ORDER BY … LIMIT (a top-N sort over the matches). The sort keys come from the same
 * lists the pure comparator uses (LEVEL_ORDER, CERTAINTY_LEVELS), and the integration tests check that the
 * SQL order equals compareCandidates' order. The page's records are then read in full and each gets its
 * sentence on why it ranks there and what is unknown from rankCandidates.
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../database/client";
import { now as clockNow } from "../clock";
import { CERTAINTY_LEVELS, CERTAINTY_TO_DB } from "../evidence/certainty";
import { getInterventionBySlug } from "../intervention/queries";
import type { InterventionDetail, PooledEffectDto } from "../intervention/dto";
import { evidenceLevelBySlug, withDefaults, type ParsedFilters } from "../intervention/schemas";
import { resolveFilters } from "../intervention/sql";
import { filterSlugIds } from "../intervention/slug-ids";
import type { LocalText } from "../evidence/certainty";
import { DECISION_AID_PAGE_SIZE, MODEST_EFFECT_BELOW, type DecisionSituation } from "./decision-aid-schema";
import { LEVEL_ORDER, rankCandidates, type DecisionCandidate } from "./ranking";

const { sql, join } = Prisma;

export { MODEST_EFFECT_BELOW };

/** The DB enum names in the comparator's order, best first. */
const LEVEL_RANK = LEVEL_ORDER.map((slug) => evidenceLevelBySlug[slug]);
const CERTAINTY_RANK = CERTAINTY_LEVELS.map((level) => CERTAINTY_TO_DB[level]);

/**
 * compareCandidates as SQL over the matches' columns: no certainty ranks after any certainty, a missing CI
 * bound counts as lowest, and the slug breaks ties byte-wise (slugs are lowercase ASCII, where that is
 * localeCompare's order too).
 */
const RANK_ORDER = sql`is_recognised DESC, level_rank, certainty_rank NULLS LAST, ci_lower DESC NULLS LAST, slug COLLATE "C"`;

export type RankedRow = {
  id: number;
  slug: string;
  isRecognised: boolean;
  evidenceLevel: string;
  estimate: number | null;
  ciLower: number | null;
  certainty: string | null;
};

export type RankedPage = {
  total: number;
  /** Matches with a headline effect on the chosen outcome, and how many of those are below 0.5. */
  withEffect: number;
  modest: number;
  rows: RankedRow[];
};

/** The situation as the catalogue's filters, so the slugs resolve exactly as the catalogue resolves them. */
function asCatalogueFilters(s: DecisionSituation) {
  const parsed: ParsedFilters = {
    adviceGroup: s.adviceGroup,
    targetGroup: [],
    riskFactor: s.riskFactor,
    ageMin: s.ageMin,
    ageMax: s.ageMax,
    outcome: [s.outcome],
    delivery: [],
  };
  return withDefaults(parsed);
}

/**
 * One page of the ranked matches (ids and sort keys) with the totals. `limit` may be large (tests read the
 * whole order); the statement is the same.
 */
export async function rankDecisionCandidates(
  db: Db,
  options: { situation: DecisionSituation; limit: number; offset: number; now?: Date },
): Promise<RankedPage> {
  const filters = asCatalogueFilters(options.situation);
  const slugIds = await filterSlugIds(db, filters);
  const f = resolveFilters(filters, slugIds, (options.now ?? clockNow()).toISOString().slice(0, 10));

  const where: Prisma.Sql[] = [sql`true`];
  if (f.adviceGroups.length) where.push(sql`f."adviceGroups" && ${f.adviceGroups}::text[]::"AdviceGroup"[]`);
  if (f.riskFactorIds) where.push(sql`f."riskFactorIds" && ${f.riskFactorIds}::int[]`);
  if (f.outcomeIds) where.push(sql`f."outcomeIds" && ${f.outcomeIds}::int[]`);
  if (f.ageSpan) {
    where.push(sql`f."ageRanges" && int4multirange(int4range(${f.ageSpan.min}::int, ${f.ageSpan.max}::int, '[]'))`);
  }

  const rows = await db.$queryRaw<
    {
      total: number;
      with_effect: number;
      modest: number;
      rows: (Omit<RankedRow, "isRecognised" | "evidenceLevel" | "ciLower"> & {
        is_recognised: boolean;
        evidence_level: string;
        ci_lower: number | null;
      })[];
    }[]
  >(sql`
    WITH matches AS MATERIALIZED (
      SELECT f."interventionId" AS id, i.slug, f."isRecognised" AS is_recognised,
        f."evidenceLevel"::text AS evidence_level,
        array_position(${LEVEL_RANK}::text[], f."evidenceLevel"::text) AS level_rank,
        pe.estimate, pe."ciLower" AS ci_lower, pe.certainty::text AS certainty,
        array_position(${CERTAINTY_RANK}::text[], pe.certainty::text) AS certainty_rank
      FROM "InterventionFacet" f
      JOIN "Intervention" i ON i.id = f."interventionId"
      LEFT JOIN "PooledEffect" pe
        ON pe."interventionId" = f."interventionId" AND pe."outcomeDomainId" = ${f.chosenOutcomeId}
      WHERE ${join(where, " AND ")}
    ),
    page AS (
      SELECT * FROM matches ORDER BY ${RANK_ORDER} LIMIT ${options.limit} OFFSET ${options.offset}
    )
    SELECT
      (SELECT count(*) FROM matches)::int AS total,
      (SELECT count(estimate) FROM matches)::int AS with_effect,
      (SELECT count(*) FROM matches WHERE estimate < ${MODEST_EFFECT_BELOW})::int AS modest,
      coalesce((
        SELECT json_agg(json_build_object(
          'id', id, 'slug', slug, 'is_recognised', is_recognised, 'evidence_level', evidence_level,
          'estimate', estimate, 'ci_lower', ci_lower, 'certainty', certainty
        ) ORDER BY ${RANK_ORDER}) FROM page
      ), '[]'::json) AS rows`);
  const [row] = rows;
  return {
    total: row.total,
    withEffect: row.with_effect,
    modest: row.modest,
    rows: row.rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      isRecognised: r.is_recognised,
      evidenceLevel: r.evidence_level,
      estimate: r.estimate,
      ciLower: r.ci_lower,
      certainty: r.certainty,
    })),
  };
}

/** The comparator's view of a catalogue record and its headline effect on the chosen outcome. */
export function decisionCandidate(item: InterventionDetail, effect: PooledEffectDto | null): DecisionCandidate {
  return {
    slug: item.slug,
    isRecognised: item.recognition.isRecognised,
    evidenceLevel: item.evidenceLevel,
    effect: effect && {
      estimate: effect.estimate,
      ciLower: effect.ciLower,
      ciUpper: effect.ciUpper,
      certainty: effect.certainty?.level ?? null,
    },
  };
}

export type DecisionResult = {
  rank: number;
  intervention: InterventionDetail;
  /** The headline effect on the chosen outcome, if any. */
  effect: PooledEffectDto | null;
  why: LocalText;
  unknown: LocalText[];
};

export type DecisionAid = {
  situation: DecisionSituation;
  total: number;
  page: number;
  pageSize: number;
  withEffect: number;
  modest: number;
  results: DecisionResult[];
};

/** One page of the decision aid for a situation: the ranked interventions, each with why and what is unknown. */
export async function findDecisionAid(
  db: Db,
  options: { situation: DecisionSituation; outcomeName: LocalText; pageSize?: number; now?: Date },
): Promise<DecisionAid> {
  const { situation, outcomeName, pageSize = DECISION_AID_PAGE_SIZE, now = clockNow() } = options;
  const offset = (situation.page - 1) * pageSize;
  const ranked = await rankDecisionCandidates(db, { situation, limit: pageSize, offset, now });
  const details = await Promise.all(ranked.rows.map((r) => getInterventionBySlug(db, { slug: r.slug, now })));
  const items = details
    .filter((d): d is InterventionDetail => d !== null)
    .map((intervention) => {
      const effect = intervention.pooledEffects.find((p) => p.outcome === situation.outcome) ?? null;
      return { ...decisionCandidate(intervention, effect), intervention, headline: effect };
    });
  const results = rankCandidates(items, outcomeName).map((r) => ({
    rank: offset + r.rank,
    intervention: r.item.intervention,
    effect: r.item.headline,
    why: r.why,
    unknown: r.unknown,
  }));
  return {
    situation,
    total: ranked.total,
    page: situation.page,
    pageSize,
    withEffect: ranked.withEffect,
    modest: ranked.modest,
    results,
  };
}
