/**
 * Catalogue reads: the filtered, faceted list (one SQL statement, see ./sql.ts), one intervention in full,
 * the CSV export and the reference lists. Returns plain DTOs (./dto.ts) with only the selected fields.
 */
import "server-only";
import type { Db } from "../database/client";
import type { EvidenceLevel, PreventionLevel } from "../../generated/prisma/enums";
import {
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

function recognitionDto(row: ItemRow["recognition"], today: string): RecognitionDto {
  if (!row) return { isRecognised: false, decidedOn: null, expiresOn: null, isExpired: false };
  return {
    isRecognised: row.isRecognised,
    decidedOn: row.decidedOn,
    expiresOn: row.expiresOn,
    isExpired: row.expiresOn !== null && row.expiresOn < today,
  };
}

function isStale(recognition: RecognitionDto, lastReviewedOn: string | null, now: Date): boolean {
  const reviewTooOld = lastReviewedOn !== null && lastReviewedOn < yearsBefore(now, STALE_AFTER_YEARS);
  return (recognition.isRecognised && recognition.isExpired) || reviewTooOld;
}

const pooledEffectDto = (p: PooledEffectRow): PooledEffectDto => ({ ...p, measure: "SMD" });

function listItemDto(row: ItemRow, chosenOutcome: string | null, now: Date): InterventionListItem {
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
    })),
    deliveryModes: row.deliveryModes,
    pooledEffects,
    chosenEffect: chosenOutcome ? (pooledEffects.find((p) => p.outcome === chosenOutcome) ?? null) : null,
  };
}

function facetsDto(rows: CatalogueRow["facets"]): Facets {
  const facets = Object.fromEntries(facetParams.map((p) => [p, {} as Record<string, number>])) as Facets;
  for (const slug of preventionLevelSlugs) facets.targetGroup[slug] = 0;
  for (const slug of evidenceLevelSlugs) facets.rating[slug] = 0;
  facets.recognised = { true: 0, false: 0 };
  for (const [param, value, n] of rows ?? []) {
    const key =
      param === "targetGroup"
        ? preventionLevelSlug[value as PreventionLevel]
        : param === "rating"
          ? evidenceLevelSlug[value as EvidenceLevel]
          : value;
    facets[param][key] = Number(n);
  }
  return facets;
}

async function runCatalogueQuery(
  db: Db,
  filters: InterventionFilters,
  options: { limit: number; offset: number; withFacets: boolean },
) {
  // Slugs become ids first (only when a slug filter is set), so the main statement carries literal ids.
  const lookup = slugLookupQuery(filters);
  const slugIds = slugIdsFromRows(
    lookup ? await db.$queryRaw<{ kind: string; slug: string; id: number }[]>(lookup) : [],
  );
  const resolved = resolveFilters(filters, slugIds);
  const [row] = await db.$queryRaw<CatalogueRow[]>(catalogueQuery(resolved, options));
  return { row, chosenOutcome: resolved.chosenOutcome };
}

/** One page of the catalogue with the total and the facet counts. A page past the end is empty. */
export async function findInterventions(
  db: Db,
  options: { filters: InterventionFilters; now?: Date },
): Promise<InterventionList> {
  const { filters, now = new Date() } = options;
  const { row, chosenOutcome } = await runCatalogueQuery(db, filters, {
    limit: filters.pageSize,
    offset: (filters.page - 1) * filters.pageSize,
    withFacets: true,
  });
  return {
    items: (row.items ?? []).map((item) => listItemDto(item, chosenOutcome, now)),
    total: row.total,
    page: filters.page,
    pageSize: filters.pageSize,
    facets: facetsDto(row.facets),
  };
}

/** How many interventions match (no page, no facets): one cheap bitmap count. */
export async function countInterventions(db: Db, options: { filters: InterventionFilters }): Promise<number> {
  const { row } = await runCatalogueQuery(db, options.filters, { limit: 0, offset: 0, withFacets: false });
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
  const { filters, now = new Date(), limit = EXPORT_MAX_ROWS } = options;
  const total = await countInterventions(db, { filters });
  if (total > limit) return { ok: false, total, limit };
  if (total === 0)
    return { ok: true, total, items: [], chosenOutcome: filters.outcome.length === 1 ? filters.outcome[0] : null };
  const { row, chosenOutcome } = await runCatalogueQuery(db, filters, { limit: total, offset: 0, withFacets: false });
  return {
    ok: true,
    total,
    items: (row.items ?? []).map((item) => listItemDto(item, chosenOutcome, now)),
    chosenOutcome,
  };
}

/** The full public record of one intervention, or null when the slug is unknown. */
export async function getInterventionBySlug(
  db: Db,
  options: { slug: string; now?: Date },
): Promise<InterventionDetail | null> {
  const { slug, now = new Date() } = options;
  const i = await db.intervention.findUnique({
    where: { slug },
    select: {
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
      costPerFamilyEur: true,
      costYear: true,
      costNote: true,
      ownerOrganisation: true,
      availabilityNl: true,
      availabilityNote: true,
      website: true,
      evidenceLevel: true,
      lastReviewedOn: true,
      sourceNote: true,
      isDemo: true,
      recognition: { select: { isRecognised: true, decidedOn: true, expiresOn: true } },
      targetGroups: {
        orderBy: { id: "asc" },
        select: {
          preventionLevel: true,
          ageMinMonths: true,
          ageMaxMonths: true,
          descriptionNl: true,
          descriptionEn: true,
          riskFactors: { select: { slug: true }, orderBy: { id: "asc" } },
        },
      },
      deliveryModes: { select: { slug: true }, orderBy: { id: "asc" } },
      pooledEffects: {
        orderBy: { outcomeDomainId: "asc" },
        select: {
          k: true,
          totalN: true,
          estimate: true,
          ciLower: true,
          ciUpper: true,
          piLower: true,
          piUpper: true,
          tau2: true,
          i2: true,
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
          topic: true,
          ratedOn: true,
          reviewedOn: true,
          url: true,
          isVerified: true,
          note: true,
          clearinghouse: { select: { slug: true, name: true, country: true, website: true, scale: true } },
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
      recognition: i.recognition && {
        isRecognised: i.recognition.isRecognised,
        decidedOn: isoDayOrNull(i.recognition.decidedOn),
        expiresOn: isoDayOrNull(i.recognition.expiresOn),
      },
      targetGroups: i.targetGroups.map((g) => ({ ...g, riskFactors: g.riskFactors.map((r) => r.slug) })),
      deliveryModes: i.deliveryModes.map((d) => d.slug),
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
    costPerFamilyEur: i.costPerFamilyEur === null ? null : Number(i.costPerFamilyEur),
    costYear: i.costYear,
    costNote: i.costNote,
    ownerOrganisation: i.ownerOrganisation,
    availabilityNl: kebab(i.availabilityNl) as InterventionDetail["availabilityNl"],
    availabilityNote: i.availabilityNote,
    website: i.website,
    sourceNote: i.sourceNote,
    ratingHistory: i.ratingEvents.map((e) => ({
      kind: kebab(e.kind) as InterventionDetail["ratingHistory"][number]["kind"],
      fromLevel: e.fromLevel ? evidenceLevelSlug[e.fromLevel] : null,
      toLevel: e.toLevel ? evidenceLevelSlug[e.toLevel] : null,
      fromRecognised: e.fromRecognised,
      toRecognised: e.toRecognised,
      justification: e.justification,
      decidedOn: e.decidedOn,
      actorName: e.actorName,
      sourceUrl: e.sourceUrl,
      isVerified: e.isVerified,
      createdAt: e.createdAt.toISOString(),
    })),
    externalRatings: i.externalRatings.map((r) => ({
      clearinghouse: r.clearinghouse,
      level: r.level,
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

/** The reference lists behind the filters, in their curated order, for labels in the UI. */
export async function findReferenceLists(db: Db): Promise<ReferenceLists> {
  const entry = { slug: true, nameNl: true, nameEn: true } as const;
  const [riskFactors, outcomes, deliveryModes, clearinghouses] = await Promise.all([
    db.riskFactor.findMany({ select: { ...entry, isAce: true }, orderBy: { id: "asc" } }),
    db.outcomeDomain.findMany({ select: { ...entry, higherIsBetter: true }, orderBy: { id: "asc" } }),
    db.deliveryMode.findMany({ select: entry, orderBy: { id: "asc" } }),
    db.clearinghouse.findMany({
      select: { slug: true, name: true, country: true, website: true, scale: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return {
    riskFactors,
    outcomes,
    deliveryModes,
    clearinghouses: clearinghouses.map(({ name, ...c }) => ({ ...c, nameNl: name, nameEn: name })),
  };
}
