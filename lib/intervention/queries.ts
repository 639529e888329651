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
import { EXPORT_MAX_ROWS } from "./csv";
import {
  catalogueQuery,
  resolveFilters,
  slugIdsFromRows,
  slugLookupQuery,
  type CatalogueRow,
  type ItemRow,
  type PooledEffectRow,
} from "./sql";
import type { matchFieldSlugs } from "./api-schemas";
import { countNewStudiesSinceRating } from "./new-evidence";
import { CERTAINTY_FROM_DB, certaintyView } from "../evidence/certainty";

/** A recognition is re-reviewed after five years; a review older than that makes the record stale. */
export const STALE_AFTER_YEARS = 5;

const preventionLevelSlug = Object.fromEntries(
  preventionLevelSlugs.map((slug) => [preventionLevelBySlug[slug], slug]),
) as Record<PreventionLevel, PreventionLevelSlug>;

const kebab = (value: string) => value.toLowerCase().replace(/_/g, "-");
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const isoDayOrNull = (date: Date | null) => (date ? isoDay(date) : null);

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
  // Slugs become ids first (only when a slug filter is set), so the main statement carries literal ids.
  const lookup = slugLookupQuery(filters);
  const slugIds = slugIdsFromRows(
    lookup ? await db.$queryRaw<{ kind: string; slug: string; id: number }[]>(lookup) : [],
  );
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

export type ExportResult =
  | { ok: true; total: number; items: InterventionListItem[]; chosenOutcome: string | null }
  | { ok: false; total: number; limit: number };

/**
 * Every matching intervention in the filters' sort order (page and pageSize are ignored), for the CSV
 * export. Refuses more than `limit` rows instead of returning a silently truncated file.
 */
export async function findAllInterventionsForExport(
  db: Db,
  options: { filters: InterventionFilters; now?: Date; limit?: number },
): Promise<ExportResult> {
  const { filters, now = clockNow(), limit = EXPORT_MAX_ROWS } = options;
  const total = await countInterventions(db, { filters, now });
  if (total > limit) return { ok: false, total, limit };
  if (total === 0)
    return { ok: true, total, items: [], chosenOutcome: filters.outcome.length === 1 ? filters.outcome[0] : null };
  const { row, chosenOutcome, searched } = await runCatalogueQuery(db, filters, {
    limit: total,
    offset: 0,
    withFacets: false,
    now,
  });
  return {
    ok: true,
    total,
    items: (row.items ?? []).map((item) => listItemDto(item, chosenOutcome, now, searched)),
    chosenOutcome,
  };
}

/** The full public record of one intervention, or null when the slug is unknown. */
export async function getInterventionBySlug(
  db: Db,
  options: { slug: string; now?: Date },
): Promise<InterventionDetail | null> {
  const { slug, now = clockNow() } = options;
  const i = await db.intervention.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      nameNl: true,
      nameEn: true,
      summaryNl: true,
      summaryEn: true,
      descriptionNl: true,
      descriptionEn: true,
      aimsNl: true,
      aimsEn: true,
      providerNl: true,
      providerEn: true,
      intensityNl: true,
      intensityEn: true,
      sessionsMin: true,
      sessionsMax: true,
      durationWeeksMin: true,
      durationWeeksMax: true,
      costPerFamily: true,
      costCurrency: true,
      costYear: true,
      costSourceUrl: true,
      costNote: true,
      ownerOrganisation: true,
      availabilityNl: true,
      availabilityNote: true,
      website: true,
      evidenceLevel: true,
      lastReviewedOn: true,
      sourceNote: true,
      isDemo: true,
      recognition: {
        select: {
          status: true,
          level: true,
          isRecognised: true,
          decidedOn: true,
          expiresOn: true,
          committee: true,
          sourceUrl: true,
          isVerified: true,
        },
      },
      provenance: {
        orderBy: { path: "asc" },
        select: { path: true, kind: true, reasonNl: true, reasonEn: true, sourceUrl: true },
      },
      targetGroups: {
        orderBy: { id: "asc" },
        select: {
          preventionLevel: true,
          ageMinMonths: true,
          ageMaxMonths: true,
          descriptionNl: true,
          descriptionEn: true,
          adviceGroups: true,
          riskFactors: { select: { slug: true }, orderBy: { id: "asc" } },
        },
      },
      deliveryModes: { select: { slug: true }, orderBy: { id: "asc" } },
      facet: { select: { outcomeIds: true } },
      pooledEffects: {
        orderBy: { outcomeDomainId: "asc" },
        select: {
          basis: true,
          sourceStudyId: true,
          method: true,
          k: true,
          totalN: true,
          estimate: true,
          ciLower: true,
          ciUpper: true,
          piLower: true,
          piUpper: true,
          tau2: true,
          i2: true,
          certainty: true,
          certaintyReasons: true,
          outcomeDomain: { select: { slug: true } },
        },
      },
      certaintyOverrides: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          level: true,
          reason: true,
          actorName: true,
          createdAt: true,
          outcomeDomain: { select: { slug: true } },
        },
      },
      ratingEvents: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          kind: true,
          fromLevel: true,
          toLevel: true,
          fromRecognised: true,
          toRecognised: true,
          fromStatus: true,
          toStatus: true,
          committee: true,
          justification: true,
          decidedOn: true,
          actorName: true,
          sourceUrl: true,
          isVerified: true,
          createdAt: true,
        },
      },
      externalRatings: {
        orderBy: [{ clearinghouseId: "asc" }, { id: "asc" }],
        select: {
          level: true,
          levelAsWritten: true,
          scaleLevel: { select: { commonLevel: true } },
          topic: true,
          ratedOn: true,
          reviewedOn: true,
          url: true,
          isVerified: true,
          note: true,
          clearinghouse: { select: clearinghouseSelect },
        },
      },
      studies: {
        where: { status: "ACCEPTED" },
        orderBy: [{ year: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        select: {
          id: true,
          key: true,
          citation: true,
          doi: true,
          url: true,
          year: true,
          design: true,
          country: true,
          sampleSize: true,
          studiesCount: true,
          followUpMonths: true,
          riskOfBias: true,
          summary: true,
          isVerified: true,
          isDemo: true,
          effectSizes: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              outcomeLabel: true,
              timepointMonths: true,
              subgroup: true,
              measure: true,
              inputForm: true,
              yi: true,
              vi: true,
              reportedEstimate: true,
              reportedCiLower: true,
              reportedCiUpper: true,
              reportedText: true,
              sampleSize: true,
              higherIsBetter: true,
              sourceUrl: true,
              isVerified: true,
              note: true,
              outcomeDomain: { select: { slug: true } },
            },
          },
        },
      },
    },
  });
  if (!i) return null;

  const lastReviewedOn = isoDayOrNull(i.lastReviewedOn);
  const newStudies = await countNewStudiesSinceRating(db, [i.id]);
  const item = listItemDto(
    {
      slug: i.slug,
      nameNl: i.nameNl,
      nameEn: i.nameEn,
      summaryNl: i.summaryNl,
      summaryEn: i.summaryEn,
      evidenceLevel: i.evidenceLevel,
      lastReviewedOn,
      isDemo: i.isDemo,
      matchedOn: [],
      recognition: i.recognition && {
        ...i.recognition,
        decidedOn: isoDayOrNull(i.recognition.decidedOn),
        expiresOn: isoDayOrNull(i.recognition.expiresOn),
      },
      targetGroups: i.targetGroups.map((g) => ({ ...g, riskFactors: g.riskFactors.map((r) => r.slug) })),
      deliveryModes: i.deliveryModes.map((d) => d.slug),
      outcomes: await outcomeSlugs(db, i.facet?.outcomeIds ?? []),
      pooledEffects: i.pooledEffects.map(({ outcomeDomain, ...p }) => ({ ...p, outcome: outcomeDomain.slug })),
    },
    null,
    now,
  );

  return {
    ...item,
    description: { nl: i.descriptionNl, en: i.descriptionEn },
    aims: { nl: i.aimsNl, en: i.aimsEn },
    provider: { nl: i.providerNl, en: i.providerEn },
    intensity: { nl: i.intensityNl, en: i.intensityEn },
    sessionsMin: i.sessionsMin,
    sessionsMax: i.sessionsMax,
    durationWeeksMin: i.durationWeeksMin,
    durationWeeksMax: i.durationWeeksMax,
    costPerFamily: i.costPerFamily === null ? null : Number(i.costPerFamily),
    costCurrency: i.costCurrency,
    costYear: i.costYear,
    costSourceUrl: i.costSourceUrl,
    costNote: i.costNote,
    costPerFamilyEur: i.costPerFamily !== null && i.costCurrency === "EUR" ? Number(i.costPerFamily) : null,
    ownerOrganisation: i.ownerOrganisation,
    availabilityNl: kebab(i.availabilityNl) as InterventionDetail["availabilityNl"],
    availabilityNote: i.availabilityNote,
    website: i.website,
    sourceNote: i.sourceNote,
    provenance: Object.fromEntries(
      i.provenance.map((p) => [
        p.path,
        {
          kind: kebab(p.kind) as "inferred" | "unverified",
          reason: { nl: p.reasonNl, en: p.reasonEn },
          ...(p.sourceUrl ? { sourceUrl: p.sourceUrl } : {}),
        },
      ]),
    ),
    newStudiesSinceLastRating: newStudies.get(i.id) ?? null,
    ratingHistory: i.ratingEvents.map((e) => ({
      kind: kebab(e.kind) as InterventionDetail["ratingHistory"][number]["kind"],
      fromLevel: e.fromLevel ? evidenceLevelSlug[e.fromLevel] : null,
      toLevel: e.toLevel ? evidenceLevelSlug[e.toLevel] : null,
      fromRecognised: e.fromRecognised,
      toRecognised: e.toRecognised,
      fromStatus: e.fromStatus ? recognitionStatusSlug[e.fromStatus] : null,
      toStatus: e.toStatus ? recognitionStatusSlug[e.toStatus] : null,
      committee: e.committee,
      justification: e.justification,
      decidedOn: e.decidedOn,
      actorName: e.actorName,
      sourceUrl: e.sourceUrl,
      isVerified: e.isVerified,
      createdAt: e.createdAt.toISOString(),
    })),
    certaintyHistory: i.certaintyOverrides.map((o) => ({
      outcome: o.outcomeDomain.slug,
      level: o.level === null ? null : CERTAINTY_FROM_DB[o.level],
      reason: o.reason,
      actorName: o.actorName,
      createdAt: o.createdAt.toISOString(),
    })),
    externalRatings: i.externalRatings.map((r) => ({
      clearinghouse: clearinghouseDto(r.clearinghouse),
      level: r.level,
      levelAsWritten: r.levelAsWritten,
      commonLevel: r.scaleLevel.commonLevel ? (kebab(r.scaleLevel.commonLevel) as CommonLevelSlug) : null,
      topic: r.topic,
      ratedOn: r.ratedOn,
      reviewedOn: r.reviewedOn,
      url: r.url,
      isVerified: r.isVerified,
      note: r.note,
    })),
    studies: i.studies.map(({ effectSizes, design, riskOfBias, ...s }) => ({
      ...s,
      design: kebab(design) as InterventionDetail["studies"][number]["design"],
      riskOfBias: kebab(riskOfBias) as InterventionDetail["studies"][number]["riskOfBias"],
      effectSizes: effectSizes.map(({ outcomeDomain, inputForm, ...e }) => ({
        ...e,
        outcome: outcomeDomain.slug,
        inputForm: kebab(inputForm) as InterventionDetail["studies"][number]["effectSizes"][number]["inputForm"],
      })),
    })),
  };
}

const clearinghouseSelect = {
  slug: true,
  name: true,
  country: true,
  website: true,
  levels: { select: { level: true }, orderBy: { position: "asc" } },
} as const;

type CommonLevelSlug = NonNullable<InterventionDetail["externalRatings"][number]["commonLevel"]>;

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

async function outcomeSlugs(db: Db, ids: number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.outcomeDomain.findMany({
    where: { id: { in: ids } },
    select: { slug: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.slug);
}

/** The reference lists behind the filters, in their curated order, for labels in the UI. */
export async function findReferenceLists(db: Db): Promise<ReferenceLists> {
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
