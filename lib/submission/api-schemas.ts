/**
 * Response shapes of the submissions API (/api/v1/submissions) and of the researcher's pages. The DTO types
 * are inferred from these and lib/openapi.ts documents them, so the three cannot drift. Browser-safe (zod
 * only). Enum values are slugs ("needs-changes", "robins-i", "some-concerns"), never database enum names;
 * effect measures keep their statistical abbreviations ("SMD", "OR").
 */
import { z } from "zod";
import { MEASURES } from "../stats/constants";
import { studyInputSchema } from "../stats/schemas";
import {
  BIAS_JUDGEMENTS,
  OVERALL_RISK_OF_BIAS,
  RISK_OF_BIAS_TOOLS,
  SUBMISSION_DESIGNS,
  type RiskOfBiasToolSlug,
  type SubmissionDraft,
} from "./schemas";
import { submissionStatusSlugs } from "./status";
import { integerString } from "../intervention/schemas";

const localisedName = z.object({ nl: z.string(), en: z.string() });
const namedSlug = z.object({ slug: z.string(), name: localisedName });
const timestamp = z.string().meta({ description: "ISO 8601 timestamp" });
const int = () => z.number().int();

export const submissionStatusSchema = z.enum(submissionStatusSlugs).meta({
  description:
    "draft (only its owner sees it), submitted (waiting for review), needs-changes (the editors asked a question: " +
    "edit and submit again), accepted (counts in the catalogue), rejected, withdrawn, retracted (accepted evidence an admin took out again)",
});

export const submissionReviewSchema = z
  .object({
    reason: z.string().nullable().meta({ description: "The editors' reason or question, when they gave one" }),
    decidedAt: timestamp,
  })
  .meta({ id: "SubmissionReview", description: "The latest review decision" });

export const SUBMISSION_HISTORY_EVENTS = [
  "created",
  "submitted",
  "question",
  "resubmitted",
  "accepted",
  "rejected",
  "withdrawn",
  "retracted",
] as const;
export type SubmissionHistoryEvent = (typeof SUBMISSION_HISTORY_EVENTS)[number];

export const submissionHistoryItemSchema = z
  .object({
    event: z.enum(SUBMISSION_HISTORY_EVENTS).meta({
      description:
        "created (saved as a draft), submitted, question (the editors asked something; status needs-changes), " +
        "resubmitted (after a question), accepted, rejected, withdrawn, retracted (accepted evidence taken out again)",
    }),
    at: timestamp,
    reason: z
      .string()
      .nullable()
      .meta({ description: "The editors' question or reason with a question, decision or retraction" }),
  })
  .meta({
    id: "SubmissionHistoryItem",
    description:
      "One step in the entry's life. With second review, an accept or reject appears once the reviewers have " +
      "settled it; a single reviewer's pending decision is not shown.",
  });
export type SubmissionHistoryItem = z.infer<typeof submissionHistoryItemSchema>;

export const submissionOutcomeSchema = z
  .object({
    outcome: namedSlug,
    outcomeLabel: z.string().nullable(),
    timepointMonths: int().nullable(),
    subgroup: z.string().nullable(),
    measure: z.enum(MEASURES),
    higherIsBetter: z.boolean(),
    statistics: studyInputSchema.meta({ description: "The statistics exactly as entered" }),
    effect: z
      .object({
        yi: z.number().meta({ description: "Effect size on the analysis scale (log scale for OR and RR)" }),
        vi: z.number().meta({ description: "Sampling variance of yi" }),
        ciLower: z.number().meta({ description: "yi − 1.96·√vi" }),
        ciUpper: z.number().meta({ description: "yi + 1.96·√vi" }),
      })
      .nullable()
      .meta({ description: "Computed on the server from the statistics (metafor conventions)" }),
  })
  .meta({ id: "SubmissionOutcome" });

export const submissionDtoSchema = z
  .object({
    id: int(),
    status: submissionStatusSchema,
    intervention: namedSlug
      .nullable()
      .meta({ description: "The catalogue intervention, unless a new one is proposed" }),
    proposal: z
      .object({
        name: z.string(),
        description: z.string(),
        targetGroup: z.string(),
        ageMinMonths: int().nullable(),
        ageMaxMonths: int().nullable(),
        websiteUrl: z.string().nullable(),
      })
      .nullable()
      .meta({
        description:
          "The intervention proposed with this entry; it is not in the catalogue until the entry is accepted, " +
          "after which `intervention` names the catalogue record made from it",
      }),
    study: z.object({
      citation: z.string(),
      doi: z.string().nullable(),
      url: z.string().nullable(),
      year: int(),
      design: z.enum(SUBMISSION_DESIGNS),
      country: z.string(),
      sampleSize: int(),
      followUpMonths: int().nullable(),
      riskOfBias: z.object({
        tool: z.enum(Object.keys(RISK_OF_BIAS_TOOLS) as [RiskOfBiasToolSlug, ...RiskOfBiasToolSlug[]]),
        domains: z.array(z.enum(BIAS_JUDGEMENTS)),
        overall: z.enum(OVERALL_RISK_OF_BIAS),
      }),
      summary: z.string().nullable(),
    }),
    outcomes: z.array(submissionOutcomeSchema),
    review: submissionReviewSchema.nullable(),
    history: z.array(submissionHistoryItemSchema).meta({ description: "What happened to the entry, oldest first" }),
    createdAt: timestamp,
    updatedAt: timestamp,
    submittedAt: timestamp.nullable(),
  })
  .meta({ id: "Submission", description: "An evidence entry with the effect sizes computed from its statistics" });
export type SubmissionDto = z.infer<typeof submissionDtoSchema>;

export const submissionSummarySchema = z
  .object({
    id: int(),
    status: submissionStatusSchema,
    title: localisedName.meta({ description: "The intervention's name, or the proposed intervention's name" }),
    citation: z.string(),
    outcomes: int().meta({ description: "Number of outcome results" }),
    updatedAt: timestamp,
    submittedAt: timestamp.nullable(),
    review: submissionReviewSchema.nullable(),
  })
  .meta({ id: "SubmissionSummary" });
export type SubmissionSummaryDto = z.infer<typeof submissionSummarySchema>;

export const submissionListSchema = z
  .object({
    items: z.array(submissionSummarySchema),
    total: int(),
    page: int(),
    pageSize: int(),
  })
  .meta({ id: "SubmissionList", description: "The caller's own entries, newest first" });
export type SubmissionList = z.infer<typeof submissionListSchema>;

/** page and pageSize of GET /api/v1/submissions, as query strings (same limits as the catalogue). */
export const submissionListQuerySchema = z
  .strictObject({
    page: integerString("page", 1, 100_000).optional().meta({ description: "Page number, from 1" }),
    pageSize: integerString("pageSize", 1, 100)
      .optional()
      .meta({ description: "Results per page, 1 to 100 (default 20)" }),
  })
  .meta({ id: "SubmissionListQuery" });

/** The {id} path parameter: a positive whole number. */
export const submissionIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "Must be a submission id (a positive whole number)")
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647, "Must be a submission id (a positive whole number)"))
  .meta({ description: "Submission id" });

export const unauthorizedSchema = z
  .object({ error: z.literal("unauthorized") })
  .meta({ id: "Unauthorized", description: "HTTP 401: no valid bearer token" });
export const forbiddenSchema = z
  .object({ error: z.literal("forbidden") })
  .meta({ id: "Forbidden", description: "HTTP 403: the token's user may not do this" });
export const conflictSchema = z
  .object({
    error: z.literal("conflict"),
    issues: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .meta({ id: "Conflict", description: "HTTP 409: not possible in the entry's current status" });

/** A saved entry back into the form's shape, for editing it (pure). */
export function toSubmissionInput(dto: SubmissionDto): SubmissionDraft {
  const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
  const { study } = dto;
  return {
    ...(dto.intervention ? { intervention: dto.intervention.slug } : {}),
    ...(dto.proposal
      ? {
          proposal: {
            name: dto.proposal.name,
            description: dto.proposal.description,
            targetGroup: dto.proposal.targetGroup,
            ageMinMonths: orUndefined(dto.proposal.ageMinMonths),
            ageMaxMonths: orUndefined(dto.proposal.ageMaxMonths),
            websiteUrl: orUndefined(dto.proposal.websiteUrl),
          },
        }
      : {}),
    study: {
      citation: study.citation,
      doi: orUndefined(study.doi),
      url: orUndefined(study.url),
      year: study.year,
      design: study.design,
      country: study.country,
      sampleSize: study.sampleSize,
      followUpMonths: orUndefined(study.followUpMonths),
      riskOfBias: {
        tool: study.riskOfBias.tool,
        domains: [...study.riskOfBias.domains],
        overall: study.riskOfBias.overall,
      },
      summary: orUndefined(study.summary),
    },
    outcomes: dto.outcomes.map((o) => ({
      outcome: o.outcome.slug,
      outcomeLabel: orUndefined(o.outcomeLabel),
      timepointMonths: o.timepointMonths ?? 0,
      subgroup: orUndefined(o.subgroup),
      measure: o.measure,
      higherIsBetter: o.higherIsBetter,
      statistics: { ...o.statistics },
    })),
  };
}
