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
import { adviceGroupSlugs, evidenceLevelSlugs, facetParams, preventionLevelSlugs } from "./schemas";
import { recognitionStatusSlugs } from "./recognition";

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
  "cohens-d",
  "f-statistic",
  "counts",
  "estimate-ci",
  "yi-vi",
  "reported",
] as const;
export const ratingEventKindSlugs = ["level", "recognition"] as const;
export const headlineBasisSlugs = ["pooled", "meta-analysis", "single-study"] as const;
export const commonLevelSlugs = [
  "well-supported",
  "supported",
  "promising",
  "theory-only",
  "insufficient",
  "does-not-meet",
] as const;
export const provenanceKindSlugs = ["inferred", "unverified"] as const;

/** Where search words were found, for "why it matched" on the cards. */
export const matchFieldSlugs = [
  "name",
  "summary",
  "description",
  "target-group",
  "advice-group",
  "risk-factor",
  "delivery",
  "outcome",
] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: "Calendar date, YYYY-MM-DD" });
const partialDate = z.string().meta({ description: "Date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD" });
const text = z.object({ nl: z.string(), en: z.string() });
const optionalText = z.object({ nl: z.string().nullable(), en: z.string().nullable() });
const int = () => z.number().int();

export const certaintySlugs = ["high", "moderate", "low", "very-low"] as const;

export const certaintySchema = z
  .object({
    level: z.enum(certaintySlugs).meta({
      description:
        "hoog / redelijk / laag / zeer laag, by GRADE-like rules (README: certainty), or a curator's override",
    }),
    reasons: z
      .array(
        z.object({
          code: z.string().meta({
            description:
              "start-randomised, start-non-randomised, start-meta-analysis-*, risk-of-bias, inconsistency(-serious), " +
              "imprecision-ci|sample|both, publication-bias-egger|trimfill, indirectness, meta-analysis-not-judged, " +
              "meta-analysis-capped, override",
          }),
          text: text,
        }),
      )
      .meta({ description: "Where it started and each step down, in Dutch and English" }),
  })
  .meta({ id: "Certainty" });

export const pooledEffectSchema = z
  .object({
    outcome: z.string().meta({ description: "Outcome domain slug" }),
    basis: z.enum(headlineBasisSlugs).meta({
      description:
        "pooled: REML random-effects pool of at least two primary studies; meta-analysis: a published " +
        "meta-analysis's own estimate, k, N and CI exactly as reported; single-study: one study's effect",
    }),
    sourceStudyId: int()
      .nullable()
      .meta({ description: "The study (in studies) behind a meta-analysis or single-study headline" }),
    measure: z.literal("SMD"),
    method: z.string().meta({
      description: "REML (or DL when REML does not converge) for a pool; reported; single-study",
    }),
    k: int().meta({ description: "Number of studies: pooled here, or as the meta-analysis reports it" }),
    totalN: int().nullable().meta({ description: "Total participants, when known" }),
    estimate: z.number().meta({ description: "Headline effect as an SMD; positive means benefit" }),
    ciLower: z.number().nullable().meta({ description: "95% CI; null when a meta-analysis reports none" }),
    ciUpper: z.number().nullable(),
    piLower: z.number().nullable().meta({ description: "95% prediction interval (pooled only)" }),
    piUpper: z.number().nullable(),
    tau2: z.number().nullable().meta({ description: "Between-study variance (pooled only)" }),
    i2: z.number().nullable().meta({ description: "I² in percent (pooled only)" }),
    certainty: certaintySchema.nullable().meta({
      description: "How certain the headline effect is, with every reason (null only for rows not yet assessed)",
    }),
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
    adviceGroups: z
      .array(z.enum(adviceGroupSlugs))
      .meta({ description: "Which of the Health Council's target groups (advice 2018/11) this group is" }),
  })
  .meta({ id: "TargetGroup" });

export const recognitionSchema = z
  .object({
    status: z.enum(recognitionStatusSlugs).meta({
      description:
        "The Dutch decision as NJi words it: erkend, niet-erkend, in-herbeoordeling (keeps its level), or " +
        "onbekend when no Dutch decision is known to Effectwijzer (not a verdict)",
    }),
    level: z.enum(evidenceLevelSlugs).nullable().meta({ description: "The level it was recognised at" }),
    isRecognised: z.boolean().meta({
      description: "Recognised as effective: erkend or in herbeoordeling at one of the three Effectief levels",
    }),
    decidedOn: isoDate.nullable(),
    expiresOn: isoDate.nullable().meta({ description: "Re-review due (five years after the decision)" }),
    isExpired: z.boolean().meta({ description: "The re-review date has passed (the recognition still counts)" }),
    isCurrent: z.boolean().meta({ description: "Recognised as effective and today before the re-review date" }),
    committee: z.string().nullable().meta({ description: "The deciding committee as the source names it" }),
    sourceUrl: z.string().nullable(),
    isVerified: z.boolean().meta({ description: "False when the decision is known only from a secondary source" }),
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
    adviceGroups: z
      .array(z.enum(adviceGroupSlugs))
      .meta({ description: "The Health Council target groups of all its target groups" }),
    deliveryModes: z.array(z.string()).meta({ description: "Delivery mode slugs" }),
    outcomes: z.array(z.string()).meta({ description: "Outcome domains with accepted evidence" }),
    pooledEffects: z.array(pooledEffectSchema).meta({ description: "Headline effect per outcome" }),
    chosenEffect: pooledEffectSchema.nullable().meta({
      description: "The headline effect on the one outcome filtered on, else null",
    }),
    matchedOn: z.array(z.enum(matchFieldSlugs)).meta({
      description: "With q: the parts of the record the search words were found in (empty without q)",
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
      "if that minimum level were chosen. recognised has the keys true, false and current.",
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
    fromStatus: z.enum(recognitionStatusSlugs).nullable(),
    toStatus: z.enum(recognitionStatusSlugs).nullable(),
    committee: z.string().nullable().meta({ description: "The deciding committee as the source names it" }),
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
    level: z.string().meta({ description: "Level on the clearinghouse's own scale (an entry of its scale)" }),
    levelAsWritten: z.string().nullable().meta({ description: "The source's own words, where they differ" }),
    commonLevel: z.enum(commonLevelSlugs).nullable().meta({
      description: "The level mapped onto the common scale; null when the clearinghouse has no mapping for it",
    }),
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
    timepointMonths: int()
      .nullable()
      .meta({ description: "Months after the start of the intervention when measured (0 = directly after)" }),
    subgroup: z
      .string()
      .nullable()
      .meta({ description: "For whom the result holds when it is a subgroup's; null for the whole sample" }),
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
    costPerFamily: z.number().nullable().meta({
      description: "Cost per family as the source gives it, in costCurrency at costYear's prices (never converted)",
    }),
    costCurrency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .meta({ description: "ISO 4217 currency of costPerFamily; set exactly when costPerFamily is" }),
    costYear: int().nullable().meta({ description: "Price year of costPerFamily" }),
    costSourceUrl: z.string().nullable().meta({ description: "Where the cost comes from" }),
    costNote: z.string().nullable(),
    costPerFamilyEur: z.number().nullable().meta({
      description: "Deprecated: costPerFamily when costCurrency is EUR, else null (no conversion is made)",
    }),
    ownerOrganisation: z.string().nullable(),
    availabilityNl: z.enum(availabilitySlugs),
    availabilityNote: z.string().nullable(),
    website: z.string().nullable(),
    sourceNote: z.string().nullable(),
    provenance: z
      .record(
        z.string(),
        z.object({
          kind: z.enum(provenanceKindSlugs),
          reason: text,
          sourceUrl: z.string().optional(),
        }),
      )
      .meta({
        description:
          "Field path (e.g. targetGroups.0.preventionLevel) → how the value is known when no cited source " +
          "states it: inferred by a curator, or unverified. Sourced fields have no entry.",
      }),
    newStudiesSinceLastRating: int()
      .nullable()
      .meta({
        description:
          "Studies the editors accepted after the last rating decision (lastReviewedOn): new evidence the " +
          "rating has not weighed. null when there is no rating decision yet",
      }),
    ratingHistory: z.array(ratingEventSchema).meta({ description: "Oldest first" }),
    certaintyHistory: z
      .array(
        z.object({
          outcome: z.string().meta({ description: "Outcome domain slug of the headline effect" }),
          level: z.enum(certaintySlugs).nullable().meta({
            description: "The level the editors set; null: back to the computed certainty",
          }),
          reason: z.string(),
          actorName: z.string(),
          createdAt: z.string().meta({ description: "ISO timestamp" }),
        }),
      )
      .meta({ description: "The editors' overrides of headline certainty, oldest first (append-only)" }),
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
