/**
 * The detail record in one statement (lib/intervention/detail-sql.ts) gives exactly the record the Prisma
 * relations gave, byte for byte as JSON: for every curated intervention and for demo records with each kind
 * of child row and with none. The reference below is the implementation the statement replaced, kept as it
 * was (one Prisma query with nested relations, then the new-evidence count and the outcome slugs).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase } from "@/tests/helpers/test-database";
import type { Database, Db } from "@/lib/database/client";
import type { AdviceGroup, PreventionLevel } from "@/generated/prisma/enums";
import { createDemoIntervention } from "@/seed/factories";
import { curatedInterventions } from "@/seed/curated/interventions";
import { recomputePooledEffects } from "@/lib/evidence/pooling";
import { getInterventionBySlug } from "@/lib/intervention/queries";
import { isCurrentlyRecognised, recognitionStatusSlug } from "@/lib/intervention/recognition";
import {
  adviceGroupSlug,
  adviceGroupSlugs,
  evidenceLevelSlug,
  preventionLevelBySlug,
  preventionLevelSlugs,
  type PreventionLevelSlug,
} from "@/lib/intervention/schemas";
import type { InterventionDetail, InterventionListItem, PooledEffectDto, RecognitionDto } from "@/lib/intervention/dto";
import type { ItemRow, PooledEffectRow } from "@/lib/intervention/sql";
import type { matchFieldSlugs } from "@/lib/intervention/api-schemas";
import { CERTAINTY_FROM_DB, certaintyView } from "@/lib/evidence/certainty";

// ------------------------------------------------------------------ the replaced implementation, verbatim

async function countNewStudiesSinceRating(db: Db, interventionIds: number[]): Promise<Map<number, number | null>> {
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

const STALE_AFTER_YEARS = 5;

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

async function legacyGetInterventionBySlug(
  db: Db,
  options: { slug: string; now: Date },
): Promise<InterventionDetail | null> {
  const { slug, now } = options;
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

// ------------------------------------------------------------------------------------------------ records

const NOW = new Date("2026-06-15T12:00:00Z");

let database: Database;
let db: Db;

/** Every optional column set, every kind of child row, several of each, in an order the sorts must fix. */
async function createFullRecord(slug: string, options: { currency: string; recognised: boolean }) {
  const ref = async () => ({
    outcomes: await db.outcomeDomain.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } }),
    risks: await db.riskFactor.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    modes: await db.deliveryMode.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    houses: await db.clearinghouse.findMany({
      select: { id: true, levels: { select: { level: true }, orderBy: { position: "asc" } } },
      orderBy: { id: "asc" },
    }),
  });
  const { outcomes, risks, modes, houses } = await ref();
  const intervention = await db.intervention.create({
    data: {
      slug,
      nameNl: `Volledig ${slug}`,
      nameEn: `Full ${slug}`,
      summaryNl: 'Samenvatting met "aanhalingstekens" en ümlaut',
      summaryEn: "Summary with a line\nbreak and a tab\t",
      descriptionNl: "Beschrijving",
      descriptionEn: "Description",
      aimsNl: "Doelen",
      aimsEn: null,
      providerNl: "Aanbieder",
      providerEn: "Provider",
      intensityNl: "7 bezoeken van ~2 uur",
      intensityEn: "7 visits of ~2 h",
      sessionsMin: 6,
      sessionsMax: 8,
      durationWeeksMin: 10,
      durationWeeksMax: 16,
      costPerFamily: "1250.50",
      costCurrency: options.currency,
      costYear: 2023,
      costSourceUrl: "https://example.org/cost",
      costNote: "Per gezin",
      ownerOrganisation: "Stichting Voorbeeld",
      availabilityNl: "NOT_AVAILABLE",
      availabilityNote: "Alleen in Utrecht",
      website: "https://example.org",
      evidenceLevel: "GOEDE_AANWIJZINGEN",
      lastReviewedOn: new Date("2020-03-01T00:00:00Z"),
      sourceNote: "Bron: voorbeeld",
      isDemo: true,
      deliveryModes: { connect: [modes[2], modes[0]].map(({ id }) => ({ id })) },
      targetGroups: {
        create: [
          {
            preventionLevel: "SELECTIVE",
            ageMinMonths: -9,
            ageMaxMonths: 24,
            descriptionNl: "Ouders in armoede",
            descriptionEn: "Parents in poverty",
            adviceGroups: ["UNIVERSAL", "RISK_FACTORS"] as AdviceGroup[],
            riskFactors: { connect: [risks[5], risks[1]].map(({ id }) => ({ id })) },
          },
          {
            preventionLevel: "CARE" as PreventionLevel,
            ageMinMonths: null,
            ageMaxMonths: 216,
            descriptionNl: "Gezinnen in zorg",
            descriptionEn: "Families in care",
          },
        ],
      },
      recognition: {
        create: options.recognised
          ? {
              status: "ERKEND",
              level: "GOEDE_AANWIJZINGEN",
              isRecognised: true,
              committee: "Erkenningscommissie",
              isVerified: false,
              decidedOn: new Date("2019-05-01T00:00:00Z"),
              expiresOn: new Date("2024-05-01T00:00:00Z"),
              justification: "Erkend",
              sourceUrl: "https://example.org/erkenning",
            }
          : { status: "NIET_ERKEND", isRecognised: false, justification: "Niet erkend" },
      },
      provenance: {
        create: [
          {
            path: "website",
            kind: "UNVERIFIED",
            reasonNl: "Gezien",
            reasonEn: "Seen",
            sourceUrl: "https://example.org/p",
          },
          { path: "targetGroups.0.preventionLevel", kind: "INFERRED", reasonNl: "Afgeleid", reasonEn: "Inferred" },
          { path: "costPerFamily", kind: "INFERRED", reasonNl: "Geschat", reasonEn: "Estimated", sourceUrl: "" },
          { path: "10", kind: "INFERRED", reasonNl: "Getal", reasonEn: "Number" },
          { path: "2", kind: "UNVERIFIED", reasonNl: "Getal", reasonEn: "Number" },
        ],
      },
      ratingEvents: {
        create: [
          {
            kind: "RECOGNITION",
            fromRecognised: false,
            toRecognised: true,
            fromStatus: "ONBEKEND",
            toStatus: "ERKEND",
            committee: "Erkenningscommissie",
            justification: "Erkend na beoordeling",
            decidedOn: "2019-05",
            actorName: "Commissie",
            sourceUrl: "https://example.org/besluit",
            isVerified: false,
            createdAt: new Date("2021-01-01T10:00:00.123Z"),
          },
          {
            kind: "LEVEL",
            fromLevel: "NIET_BEOORDEELD",
            toLevel: "GOEDE_AANWIJZINGEN",
            justification: "Niveau",
            actorName: "Redacteur",
            createdAt: new Date("2021-01-01T10:00:00.123Z"),
          },
          {
            kind: "LEVEL",
            fromLevel: "GOEDE_AANWIJZINGEN",
            toLevel: null,
            justification: "Eerder",
            decidedOn: "2018",
            actorName: "Redacteur",
            createdAt: new Date("2018-12-31T23:59:59Z"),
          },
        ],
      },
    },
    select: { id: true },
  });
  const id = intervention.id;
  // Studies: accepted (newest first, no year last), accepted after the last rating decision, and a draft.
  const study = (n: number, data: Record<string, unknown>) =>
    db.study.create({
      data: {
        interventionId: id,
        citation: `Auteur ${n} (studie)`,
        design: "QUASI_EXPERIMENTAL",
        status: "ACCEPTED",
        ...data,
      },
      select: { id: true },
    });
  const s1 = await study(1, {
    key: `${slug}-s1`,
    doi: "10.1000/xyz",
    url: "https://example.org/s1",
    year: 2015,
    design: "RCT",
    country: "NL",
    sampleSize: 120,
    followUpMonths: 12,
    riskOfBias: "SOME_CONCERNS",
    summary: "Samenvatting",
    isVerified: false,
    isDemo: true,
    reviewedAt: new Date("2020-03-02T08:00:00Z"),
  });
  const s2 = await study(2, {
    year: null,
    design: "META_ANALYSIS",
    studiesCount: 12,
    reviewedAt: new Date("2020-03-01T23:00:00Z"),
  });
  const s3 = await study(3, { year: 2019, design: "SYSTEMATIC_REVIEW", riskOfBias: "HIGH" });
  await study(4, { year: 2022, status: "DRAFT" });
  await study(5, { year: 2015, status: "REJECTED" });
  const effect = (studyId: number, outcome: number, data: Record<string, unknown>) =>
    db.effectSize.create({
      data: {
        studyId,
        outcomeDomainId: outcomes[outcome].id,
        measure: "SMD",
        inputForm: "ESTIMATE_CI",
        inputs: { estimate: 0.3, ciLower: 0.1, ciUpper: 0.5 },
        higherIsBetter: true,
        ...data,
      },
    });
  await effect(s1.id, 3, {
    yi: 0.30000000000000004,
    vi: 0.010408163265306124,
    reportedEstimate: 0.3,
    reportedCiLower: 0.1,
    reportedCiUpper: 0.5,
    reportedText: "g = 0.3",
    sampleSize: 120,
    outcomeLabel: "Sensitiviteit",
    timepointMonths: 0,
    subgroup: "Hoog risico",
    sourceUrl: "https://example.org/e",
    isVerified: false,
    note: "Noot",
  });
  await effect(s1.id, 0, {
    yi: -1.2e-7,
    vi: 1e-21,
    inputForm: "T_STATISTIC",
    higherIsBetter: false,
    timepointMonths: 6,
  });
  await effect(s2.id, 3, { yi: 0.42, vi: 0.004, reportedEstimate: 0.42 });
  await effect(s3.id, 1, { inputForm: "REPORTED", measure: "OR", reportedText: "niet significant" });
  await db.$transaction((tx) => recomputePooledEffects(tx, id));
  // Certainty overrides (one back to the computed level) and ratings by two clearinghouses.
  const [o1] = [outcomes[3]];
  await db.certaintyOverride.createMany({
    data: [
      {
        interventionId: id,
        outcomeDomainId: o1.id,
        level: "LOW",
        reason: "Kleine studies",
        actorName: "Redacteur",
        createdAt: new Date("2022-02-02T02:02:02.002Z"),
      },
      {
        interventionId: id,
        outcomeDomainId: o1.id,
        level: null,
        reason: "Terug",
        actorName: "Redacteur",
        createdAt: new Date("2022-02-02T02:02:02.002Z"),
      },
      {
        interventionId: id,
        outcomeDomainId: outcomes[0].id,
        level: "VERY_LOW",
        reason: "Eerder",
        actorName: "A",
        createdAt: new Date("2021-12-31T00:00:00Z"),
      },
    ],
  });
  const [h1, h2] = [houses[houses.length - 1], houses[0]];
  await db.externalRating.createMany({
    data: [
      {
        interventionId: id,
        clearinghouseId: h1.id,
        level: h1.levels[0].level,
        topic: "B",
        ratedOn: "2019-06",
        reviewedOn: "2021",
        url: "https://example.org/r1",
        isVerified: false,
        note: "Noot",
        levelAsWritten: "Zo",
      },
      { interventionId: id, clearinghouseId: h2.id, level: h2.levels[h2.levels.length - 1].level, topic: "A" },
      { interventionId: id, clearinghouseId: h1.id, level: h1.levels[1].level, topic: "A" },
    ],
  });
  // A scale level without a counterpart on the common scale.
  await db.clearinghouseLevel.update({
    where: { clearinghouseId_level: { clearinghouseId: h1.id, level: h1.levels[1].level } },
    data: { commonLevel: null },
  });
}

/** An intervention with no child row of any kind. */
async function createBareRecord(slug: string) {
  await db.intervention.create({
    data: { slug, nameNl: "Kaal", nameEn: "Bare", summaryNl: "s", summaryEn: "s", isDemo: true },
  });
}

const DEMO_SLUGS = ["demo-detail-full", "demo-detail-foreign", "demo-detail-bare", "demo-detail-factory"];

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  db = database.prisma;
  await createFullRecord("demo-detail-full", { currency: "EUR", recognised: true });
  await createFullRecord("demo-detail-foreign", { currency: "USD", recognised: false });
  await createBareRecord("demo-detail-bare");
  await createDemoIntervention(db, {
    slug: "demo-detail-factory",
    nameNl: "Fabriek",
    studies: [
      { citation: "A (2020)", outcome: "parental-sensitivity", estimate: 0.4, ciLower: 0.1, ciUpper: 0.7, n: 80 },
      { citation: "B (2021)", outcome: "parental-sensitivity", estimate: 0.2, ciLower: -0.1, ciUpper: 0.5 },
    ],
  });
});

afterAll(async () => {
  await database?.close();
});

async function expectSameRecord(slug: string, now: Date) {
  const [current, reference] = [
    await getInterventionBySlug(db, { slug, now }),
    await legacyGetInterventionBySlug(db, { slug, now }),
  ];
  expect(current).not.toBeNull();
  expect(JSON.stringify(current)).toBe(JSON.stringify(reference));
  return current!;
}

describe("the detail record in one statement", () => {
  test("is byte for byte the record the relations gave, for every curated intervention", async () => {
    expect(curatedInterventions.length).toBeGreaterThan(10);
    for (const { slug } of curatedInterventions) await expectSameRecord(slug, NOW);
  });

  test("is byte for byte the record the relations gave, for demo records with every kind of child row and none", async () => {
    const full = await expectSameRecord("demo-detail-full", NOW);
    // The records really have each kind of row, so the comparison covers them.
    expect(full.studies.length).toBe(3);
    expect(full.studies.flatMap((s) => s.effectSizes)).toHaveLength(4);
    expect(full.pooledEffects.length).toBeGreaterThan(0);
    expect(Object.keys(full.provenance)).toHaveLength(5);
    expect(full.ratingHistory).toHaveLength(3);
    expect(full.certaintyHistory).toHaveLength(3);
    expect(full.externalRatings).toHaveLength(3);
    expect(full.externalRatings.some((r) => r.commonLevel === null)).toBe(true);
    expect(full.newStudiesSinceLastRating).toBe(1);
    expect(full.costPerFamilyEur).toBe(1250.5);
    expect(full.recognition.isRecognised).toBe(true);
    const foreign = await expectSameRecord("demo-detail-foreign", NOW);
    expect(foreign.costCurrency).toBe("USD");
    expect(foreign.costPerFamilyEur).toBeNull();
    const bare = await expectSameRecord("demo-detail-bare", NOW);
    expect([bare.studies, bare.targetGroups, bare.ratingHistory, bare.externalRatings]).toEqual([[], [], [], []]);
    expect(bare.newStudiesSinceLastRating).toBeNull();
    await expectSameRecord("demo-detail-factory", NOW);
  });

  test("depends on today as before (stale, expired, current recognition)", async () => {
    for (const now of [
      new Date("2019-06-01T12:00:00Z"),
      new Date("2024-05-01T12:00:00Z"),
      new Date("2031-01-01T12:00:00Z"),
    ]) {
      for (const slug of [...DEMO_SLUGS, "vipp", "triple-p"]) await expectSameRecord(slug, now);
    }
  });

  test("is null for an unknown slug", async () => {
    expect(await getInterventionBySlug(db, { slug: "demo-does-not-exist" })).toBeNull();
  });

  test("is one statement", async () => {
    const statements: string[] = [];
    const counting = db.$extends({
      query: {
        async $allOperations({ operation, args, query }) {
          statements.push(operation);
          return query(args);
        },
      },
    }) as unknown as Db;
    await getInterventionBySlug(counting, { slug: "demo-detail-full", now: NOW });
    expect(statements).toEqual(["$queryRaw"]);
  });
});
