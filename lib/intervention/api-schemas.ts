/**
 * Response shapes of the public catalogue API (GET /api/v1/interventions, …/{slug}). The TypeScript DTO
 * types in ./dto.ts are inferred from these, and lib/openapi.ts documents them, so the three cannot drift.
 * Browser-safe (zod only).
 *
 * Enum values are exposed as lowercase slugs ("goede-aanwijzingen", "selective", "quasi-experimental"),
 * never as database enum names; effect measures keep their statistical abbreviations ("SMD", "OR").
 * Dates are ISO strings: "YYYY-MM-DD" for calendar dates, full ISO timestamps for createdAt, and the
 * source's own precision ("2019", "2019-06", "2019-06-14") for partial dates such as ratingHistory.decidedOn.
 */
import { z } from "zod";
import { evidenceLevelSlugs, facetParams, preventionLevelSlugs } from "./schemas";

/** All seven evidence levels, the five ladder levels plus the two verdicts that are not on the ladder. */
export const allEvidenceLevelSlugs = ["niet-beoordeeld", "niet-effectief", ...evidenceLevelSlugs] as const;

export const availabilitySlugs = ["available", "limited", "not-available", "unknown"] as const;
export const studyDesignSlugs = [
  "rct",
  "quasi-experimental",
  "pre-post",
  "meta-analysis",
  "systematic-review",
  "other",
] as const;
export const riskOfBiasSlugs = ["low", "some-concerns", "high", "not-assessed"] as const;
export const effectMeasures = ["SMD", "MD", "OR", "RR", "RD", "COR", "GENERIC"] as const;
export const effectInputFormSlugs = [
  "means",
  "t-statistic",
  "f-statistic",
  "counts",
  "estimate-ci",
  "yi-vi",
  "reported",
] as const;
export const ratingEventKindSlugs = ["level", "recognition"] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: "Calendar date, YYYY-MM-DD" });
const partialDate = z.string().meta({ description: "Date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD" });
const text = z.object({ nl: z.string(), en: z.string() });
const optionalText = z.object({ nl: z.string().nullable(), en: z.string().nullable() });
const int = () => z.number().int();

export const pooledEffectSchema = z
  .object({
    outcome: z.string().meta({ description: "Outcome domain slug" }),
    measure: z.literal("SMD"),
    k: int().meta({ description: "Number of studies pooled" }),
    totalN: int().nullable().meta({ description: "Total participants, when every study reports it" }),
    estimate: z.number().meta({ description: "Random-effects (REML) pooled SMD; positive means benefit" }),
    ciLower: z.number(),
    ciUpper: z.number(),
    piLower: z.number().nullable().meta({ description: "95% prediction interval (null with one study)" }),
    piUpper: z.number().nullable(),
    tau2: z.number(),
    i2: z.number().meta({ description: "I² in percent" }),
  })
  .meta({ id: "PooledEffect" });

export const targetGroupSchema = z
  .object({
    preventionLevel: z.enum(preventionLevelSlugs),
    ageMinMonths: int()
      .nullable()
      .meta({ description: "Youngest child age in months (negative = pregnancy); null = open" }),
    ageMaxMonths: int().nullable().meta({ description: "Oldest child age in months, inclusive; null = open" }),
    description: text,
    riskFactors: z.array(z.string()).meta({ description: "Risk factor slugs" }),
  })
  .meta({ id: "TargetGroup" });

export const recognitionSchema = z
  .object({
    isRecognised: z.boolean().meta({ description: "Recognised as effective by the curators" }),
    decidedOn: isoDate.nullable(),
    expiresOn: isoDate.nullable().meta({ description: "Re-review due" }),
    isExpired: z.boolean().meta({ description: "The re-review date has passed (the recognition still counts)" }),
  })
  .meta({ id: "Recognition" });

export const interventionListItemSchema = z
  .object({
    slug: z.string(),
    name: text,
    summary: text,
    evidenceLevel: z.enum(allEvidenceLevelSlugs),
    recognition: recognitionSchema,
    lastReviewedOn: isoDate.nullable(),
    isStale: z.boolean().meta({
      description: "The recognition has expired, or the last review was more than five years ago",
    }),
    isDemo: z.boolean().meta({ description: "Synthetic record, not from a cited source" }),
    targetGroups: z.array(targetGroupSchema),
    deliveryModes: z.array(z.string()).meta({ description: "Delivery mode slugs" }),
    pooledEffects: z.array(pooledEffectSchema),
    chosenEffect: pooledEffectSchema.nullable().meta({
      description: "The pooled effect on the one outcome filtered on, else null",
    }),
  })
  .meta({ id: "InterventionListItem" });

const facetCounts = z.record(z.string(), int());

export const facetsSchema = z
  .object(
    Object.fromEntries(facetParams.map((param) => [param, facetCounts])) as Record<
      (typeof facetParams)[number],
      typeof facetCounts
    >,
  )
  .meta({
    id: "Facets",
    description:
      "For each filter parameter, the number of interventions that match all the other filters per value. " +
      "Every value of the reference lists is present (0 when nothing matches). rating is cumulative: the count " +
      "if that minimum level were chosen. recognised has the keys true and false.",
  });

export const interventionListSchema = z
  .object({
    items: z.array(interventionListItemSchema),
    total: int().meta({ description: "Number of interventions matching all filters" }),
    page: int(),
    pageSize: int(),
    facets: facetsSchema,
  })
  .meta({ id: "InterventionList" });

export const ratingEventSchema = z
  .object({
    kind: z.enum(ratingEventKindSlugs),
    fromLevel: z.enum(allEvidenceLevelSlugs).nullable(),
    toLevel: z.enum(allEvidenceLevelSlugs).nullable(),
    fromRecognised: z.boolean().nullable(),
    toRecognised: z.boolean().nullable(),
    justification: z.string(),
    decidedOn: partialDate.nullable(),
    actorName: z.string(),
    sourceUrl: z.string().nullable(),
    isVerified: z.boolean(),
    createdAt: z.string().meta({ description: "ISO timestamp of the record" }),
  })
  .meta({ id: "RatingEvent" });

export const clearinghouseSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    website: z.string(),
    scale: z.array(z.string()).meta({ description: "The clearinghouse's own levels, best first" }),
  })
  .meta({ id: "Clearinghouse" });

export const externalRatingSchema = z
  .object({
    clearinghouse: clearinghouseSchema,
    level: z.string().meta({ description: "Level on the clearinghouse's own scale" }),
    topic: z.string().nullable(),
    ratedOn: partialDate.nullable(),
    reviewedOn: partialDate.nullable(),
    url: z.string().nullable(),
    isVerified: z.boolean(),
    note: z.string().nullable(),
  })
  .meta({ id: "ExternalRating" });

export const effectSizeSchema = z
  .object({
    id: int(),
    outcome: z.string().meta({ description: "Outcome domain slug" }),
    outcomeLabel: z.string().nullable().meta({ description: "The outcome as the source words it" }),
    measure: z.enum(effectMeasures),
    inputForm: z.enum(effectInputFormSlugs),
    yi: z.number().nullable().meta({ description: "Effect on the analysis scale (log for OR and RR)" }),
    vi: z.number().nullable().meta({ description: "Sampling variance of yi" }),
    reportedEstimate: z.number().nullable(),
    reportedCiLower: z.number().nullable(),
    reportedCiUpper: z.number().nullable(),
    reportedText: z.string().nullable(),
    sampleSize: int().nullable(),
    higherIsBetter: z.boolean(),
    sourceUrl: z.string().nullable(),
    isVerified: z.boolean(),
    note: z.string().nullable(),
  })
  .meta({ id: "EffectSize" });

export const studySchema = z
  .object({
    id: int(),
    key: z.string().nullable(),
    citation: z.string(),
    doi: z.string().nullable(),
    url: z.string().nullable(),
    year: int().nullable(),
    design: z.enum(studyDesignSlugs),
    country: z.string().nullable(),
    sampleSize: int().nullable(),
    studiesCount: int().nullable().meta({ description: "Primary studies, for meta-analyses and reviews" }),
    followUpMonths: int().nullable(),
    riskOfBias: z.enum(riskOfBiasSlugs),
    summary: z.string().nullable(),
    isVerified: z.boolean(),
    isDemo: z.boolean(),
    effectSizes: z.array(effectSizeSchema),
  })
  .meta({ id: "Study" });

export const interventionDetailSchema = interventionListItemSchema
  .extend({
    description: optionalText,
    aims: optionalText,
    provider: optionalText,
    intensity: optionalText,
    sessionsMin: int().nullable(),
    sessionsMax: int().nullable(),
    durationWeeksMin: int().nullable(),
    durationWeeksMax: int().nullable(),
    costPerFamilyEur: z.number().nullable(),
    costYear: int().nullable(),
    costNote: z.string().nullable(),
    ownerOrganisation: z.string().nullable(),
    availabilityNl: z.enum(availabilitySlugs),
    availabilityNote: z.string().nullable(),
    website: z.string().nullable(),
    sourceNote: z.string().nullable(),
    ratingHistory: z.array(ratingEventSchema).meta({ description: "Oldest first" }),
    externalRatings: z.array(externalRatingSchema),
    studies: z.array(studySchema).meta({ description: "Accepted studies only, newest first" }),
  })
  .meta({ id: "InterventionDetail" });

export const apiIssueSchema = z.object({
  path: z
    .string()
    .meta({ description: "The parameter or field, e.g. pageSize or studies.2.sd1; (root) for the whole" }),
  message: z.string(),
});

export const badRequestSchema = z
  .object({ error: z.literal("invalid_request"), issues: z.array(apiIssueSchema).min(1) })
  .meta({ id: "BadRequest", description: "HTTP 400: the request names a field with a problem" });

export const notFoundSchema = z
  .object({ error: z.literal("not_found"), issues: z.array(apiIssueSchema) })
  .meta({ id: "NotFound" });

/** The {slug} path parameter of GET /api/v1/interventions/{slug}. */
export const interventionSlugSchema = z
  .string()
  .max(200, "An intervention slug is at most 200 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Must be a lowercase slug such as 'video-feedback'")
  .meta({ description: "Intervention slug", example: "voorzorg" });
