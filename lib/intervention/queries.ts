/**
 * Catalogue reads: the filtered, faceted list (one SQL statement, see ./sql.ts), one intervention in full,
 * the CSV export and the reference lists. Returns plain DTOs (./dto.ts) with only the selected fields.
 */
import "server-only";
import type { Db } from "../database/client";
import type { AdviceGroup, EvidenceLevel, PreventionLevel } from "../../generated/prisma/enums";
import { now as clockNow } from "../clock";
import { isCurrentlyRecognised, recognitionStatusSlug } from "./recognition";
import {
  adviceGroupSlug,
  adviceGroupSlugs,
  evidenceLevelSlug,
  evidenceLevelSlugs,
  facetParams,
  preventionLevelSlugs,
  preventionLevelBySlug,
  type Facets,
  type InterventionFilters,
  type PreventionLevelSlug,
} from "./schemas";
import type {
  InterventionDetail,
  InterventionList,
  InterventionListItem,
  PooledEffectDto,
  RecognitionDto,
  ReferenceLists,
} from "./dto";
import { catalogueQuery, resolveFilters, type CatalogueRow, type ItemRow, type PooledEffectRow } from "./sql";
import type { matchFieldSlugs } from "./api-schemas";
import { certaintyView } from "../evidence/certainty";
import { detailQuery, type DetailRow } from "./detail-sql";
import { cachedRead } from "../cache/process-cache";
import { filterSlugIds } from "./slug-ids";

/** A recognition is re-reviewed after five years; a review older than that makes the record stale. */
export const STALE_AFTER_YEARS = 5;

const preventionLevelSlug = Object.fromEntries(
  preventionLevelSlugs.map((slug) => [preventionLevelBySlug[slug], slug]),
) as Record<PreventionLevel, PreventionLevelSlug>;

const kebab = (value: string) => value.toLowerCase().replace(/_/g, "-");
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function yearsBefore(now: Date, years: number): string {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return isoDay(d);
}

/** No Recognition row: no Dutch decision is known (status onbekend), which is not a verdict. */
function recognitionDto(row: ItemRow["recognition"], today: string): RecognitionDto {
  if (!row) {
    return {
      status: "onbekend",
      level: null,
      isRecognised: false,
      decidedOn: null,
      expiresOn: null,
      isExpired: false,
      isCurrent: false,
      committee: null,
      sourceUrl: null,
      isVerified: true,
    };
  }
  const level = row.level ? evidenceLevelSlug[row.level] : null;
  return {
    status: recognitionStatusSlug[row.status],
    level: level === "niet-beoordeeld" || level === "niet-effectief" ? null : level,
    isRecognised: row.isRecognised,
    decidedOn: row.decidedOn,
    expiresOn: row.expiresOn,
    isExpired: row.expiresOn !== null && row.expiresOn <= today,
    isCurrent: isCurrentlyRecognised(row, today),
    committee: row.committee,
    sourceUrl: row.sourceUrl,
    isVerified: row.isVerified,
  };
}

function isStale(recognition: RecognitionDto, lastReviewedOn: string | null, now: Date): boolean {
  const reviewTooOld = lastReviewedOn !== null && lastReviewedOn < yearsBefore(now, STALE_AFTER_YEARS);
  return (recognition.isRecognised && recognition.isExpired) || reviewTooOld;
}

const pooledEffectDto = ({ certainty, certaintyReasons, ...p }: PooledEffectRow): PooledEffectDto => ({
  ...p,
  basis: kebab(p.basis) as PooledEffectDto["basis"],
  measure: "SMD",
  certainty: certaintyView(certainty, certaintyReasons),
});

type MatchField = (typeof matchFieldSlugs)[number];

function listItemDto(row: ItemRow, chosenOutcome: string | null, now: Date, searched = false): InterventionListItem {
  const recognition = recognitionDto(row.recognition, isoDay(now));
  const pooledEffects = row.pooledEffects.map(pooledEffectDto);
  return {
    slug: row.slug,
    name: { nl: row.nameNl, en: row.nameEn },
    summary: { nl: row.summaryNl, en: row.summaryEn },
    evidenceLevel: evidenceLevelSlug[row.evidenceLevel],
    recognition,
    lastReviewedOn: row.lastReviewedOn,
    isStale: isStale(recognition, row.lastReviewedOn, now),
    isDemo: row.isDemo,
    targetGroups: row.targetGroups.map((g) => ({
      preventionLevel: preventionLevelSlug[g.preventionLevel],
      ageMinMonths: g.ageMinMonths,
      ageMaxMonths: g.ageMaxMonths,
      description: { nl: g.descriptionNl, en: g.descriptionEn },
      riskFactors: g.riskFactors,
      adviceGroups: sortedAdviceGroups(g.adviceGroups),
    })),
    adviceGroups: sortedAdviceGroups(row.targetGroups.flatMap((g) => g.adviceGroups)),
    deliveryModes: row.deliveryModes,
    outcomes: row.outcomes,
    // A typo-tolerant match is on the name (the only field searched by similarity).
    matchedOn: searched && row.matchedOn.length === 0 ? ["name"] : (row.matchedOn as MatchField[]),
    pooledEffects,
    chosenEffect: chosenOutcome ? (pooledEffects.find((p) => p.outcome === chosenOutcome) ?? null) : null,
  };
}

function sortedAdviceGroups(groups: AdviceGroup[]) {
  const slugs = new Set(groups.map((g) => adviceGroupSlug[g]));
  return adviceGroupSlugs.filter((slug) => slugs.has(slug));
}

function facetsDto(rows: CatalogueRow["facets"]): Facets {
  const facets = Object.fromEntries(facetParams.map((p) => [p, {} as Record<string, number>])) as Facets;
  for (const slug of adviceGroupSlugs) facets.adviceGroup[slug] = 0;
  for (const slug of preventionLevelSlugs) facets.targetGroup[slug] = 0;
  for (const slug of evidenceLevelSlugs) facets.rating[slug] = 0;
  facets.recognised = { true: 0, false: 0, current: 0 };
  for (const [param, value, n] of rows ?? []) {
    const key =
      param === "targetGroup"
        ? preventionLevelSlug[value as PreventionLevel]
        : param === "rating"
          ? evidenceLevelSlug[value as EvidenceLevel]
          : param === "adviceGroup"
            ? adviceGroupSlug[value as AdviceGroup]
            : value;
    facets[param][key] = Number(n);
  }
  return facets;
}

async function runCatalogueQuery(
  db: Db,
  filters: InterventionFilters,
  options: { limit: number; offset: number; withFacets: boolean; now: Date },
) {
  // Slugs become ids first (from the process cache: ./slug-ids.ts), so the main statement carries literal ids.
  const slugIds = await filterSlugIds(db, filters);
  const resolved = resolveFilters(filters, slugIds, isoDay(options.now));
  const [row] = await db.$queryRaw<CatalogueRow[]>(catalogueQuery(resolved, options));
  return { row, chosenOutcome: resolved.chosenOutcome, searched: resolved.words.length > 0 };
}

/** One page of the catalogue with the total and the facet counts. A page past the end is empty. */
export async function findInterventions(
  db: Db,
  options: { filters: InterventionFilters; now?: Date },
): Promise<InterventionList> {
  const { filters, now = clockNow() } = options;
  const { row, chosenOutcome, searched } = await runCatalogueQuery(db, filters, {
    limit: filters.pageSize,
    offset: (filters.page - 1) * filters.pageSize,
    withFacets: true,
    now,
  });
  return {
    items: (row.items ?? []).map((item) => listItemDto(item, chosenOutcome, now, searched)),
    total: row.total,
    page: filters.page,
    pageSize: filters.pageSize,
    facets: facetsDto(row.facets),
  };
}

/** How many interventions match (no page, no facets): one cheap bitmap count. */
export async function countInterventions(
  db: Db,
  options: { filters: InterventionFilters; now?: Date },
): Promise<number> {
  const { row } = await runCatalogueQuery(db, options.filters, {
    limit: 0,
    offset: 0,
    withFacets: false,
    now: options.now ?? clockNow(),
  });
  return row.total;
}

/**
 * The full public record of one intervention, or null when the slug is unknown: one statement
 * (./detail-sql.ts); only what depends on today or on code is added here.
 */
export async function getInterventionBySlug(
  db: Db,
  options: { slug: string; now?: Date },
): Promise<InterventionDetail | null> {
  const { slug, now = clockNow() } = options;
  const [row] = await db.$queryRaw<DetailRow[]>(detailQuery(slug));
  if (!row) return null;
  return { ...listItemDto(row.item, null, now), ...row.detail };
}

const clearinghouseSelect = {
  slug: true,
  name: true,
  country: true,
  website: true,
  levels: { select: { level: true }, orderBy: { position: "asc" } },
} as const;

/** A clearinghouse with its scale as the list of its levels, best first. */
function clearinghouseDto({
  levels,
  ...c
}: {
  slug: string;
  name: string;
  country: string;
  website: string;
  levels: { level: string }[];
}) {
  return { ...c, scale: levels.map((l) => l.level) };
}

/** The tables the reference lists are read from; a change to any of them drops the cached lists. */
const REFERENCE_TABLES = ["RiskFactor", "OutcomeDomain", "DeliveryMode", "Clearinghouse", "ClearinghouseLevel"];

/**
 * The reference lists behind the filters, in their curated order, for labels in the UI. Nearly every page
 * reads them and they rarely change: an app process keeps them until a change to their tables is announced
 * (lib/cache); without a listening cache (scripts, tests) they are read from the database every time.
 */
export function findReferenceLists(db: Db): Promise<ReferenceLists> {
  return cachedRead(db, "referenceLists", REFERENCE_TABLES, (source) => readReferenceLists(source));
}

async function readReferenceLists(db: Db): Promise<ReferenceLists> {
  const entry = { slug: true, nameNl: true, nameEn: true } as const;
  const [riskFactors, outcomes, deliveryModes, clearinghouses] = await Promise.all([
    db.riskFactor.findMany({ select: { ...entry, isAce: true }, orderBy: { id: "asc" } }),
    db.outcomeDomain.findMany({ select: { ...entry, higherIsBetter: true }, orderBy: { id: "asc" } }),
    db.deliveryMode.findMany({ select: entry, orderBy: { id: "asc" } }),
    db.clearinghouse.findMany({ select: clearinghouseSelect, orderBy: { id: "asc" } }),
  ]);
  return {
    riskFactors,
    outcomes,
    deliveryModes,
    clearinghouses: clearinghouses
      .map(clearinghouseDto)
      .map(({ name, ...c }) => ({ ...c, nameNl: name, nameEn: name })),
  };
}
