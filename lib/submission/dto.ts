/**
 * From the database rows of an evidence entry to the DTOs of ./api-schemas.ts, and the enum ↔ slug
 * mappings the data layer uses both ways. The Prisma select lives here so that queries and mutations
 * read exactly the columns the DTO needs.
 */
import type { Prisma } from "../../generated/prisma/client";
import type {
  BiasJudgement,
  EffectInputForm,
  RiskOfBias,
  RiskOfBiasTool,
  StudyDesign,
} from "../../generated/prisma/enums";
import type { InputForm, StudyInput } from "../stats/schemas";
import type { BiasJudgementSlug, RiskOfBiasToolSlug, SubmissionDesign, SubmissionInput } from "./schemas";
import { SUBMISSION_STATUS_SLUGS } from "./status";
import type { SubmissionDto, SubmissionHistoryEvent, SubmissionHistoryItem, SubmissionSummaryDto } from "./api-schemas";

export type { SubmissionDto, SubmissionSummaryDto } from "./api-schemas";

const Z95 = 1.959963984540054;

/** DATABASE_NAME ↔ database-name: the slugs of designs, tools and judgements are their enum names. */
const toSlug = <S extends string>(value: string) => value.toLowerCase().replaceAll("_", "-") as S;
const fromSlug = <E extends string>(slug: string) => slug.toUpperCase().replaceAll("-", "_") as E;

export const designFromSlug = (slug: SubmissionDesign) => fromSlug<StudyDesign>(slug);
export const toolFromSlug = (slug: RiskOfBiasToolSlug) => fromSlug<RiskOfBiasTool>(slug);
export const judgementFromSlug = (slug: BiasJudgementSlug) => fromSlug<BiasJudgement>(slug);
export const overallFromSlug = (slug: SubmissionInput["study"]["riskOfBias"]["overall"]) => fromSlug<RiskOfBias>(slug);

/** The statistics engine's input form → the stored EffectInputForm. */
export const INPUT_FORM_ENUM = {
  means: "MEANS",
  t: "T_STATISTIC",
  d: "COHENS_D",
  F: "F_STATISTIC",
  counts: "COUNTS",
  estimateCi: "ESTIMATE_CI",
  yiVi: "YI_VI",
} as const satisfies Record<InputForm, EffectInputForm>;

export const submissionSelect = {
  id: true,
  scope: true,
  status: true,
  submitterId: true,
  citation: true,
  doi: true,
  url: true,
  year: true,
  design: true,
  country: true,
  sampleSize: true,
  followUpMonths: true,
  riskOfBias: true,
  riskOfBiasTool: true,
  riskOfBiasDomains: true,
  summary: true,
  reviewedAt: true,
  reviewReason: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  intervention: { select: { slug: true, nameNl: true, nameEn: true } },
  proposal: {
    select: {
      name: true,
      description: true,
      targetGroup: true,
      ageMinMonths: true,
      ageMaxMonths: true,
      websiteUrl: true,
    },
  },
  effectSizes: {
    orderBy: { id: "asc" },
    select: {
      outcomeDomain: { select: { slug: true, nameNl: true, nameEn: true } },
      outcomeLabel: true,
      timepointMonths: true,
      subgroup: true,
      measure: true,
      higherIsBetter: true,
      inputs: true,
      yi: true,
      vi: true,
    },
  },
} satisfies Prisma.StudySelect;
export type SubmissionRow = Prisma.StudyGetPayload<{ select: typeof submissionSelect }>;

export const submissionSummarySelect = {
  id: true,
  status: true,
  citation: true,
  updatedAt: true,
  submittedAt: true,
  reviewedAt: true,
  reviewReason: true,
  intervention: { select: { nameNl: true, nameEn: true } },
  proposal: { select: { name: true } },
  _count: { select: { effectSizes: true } },
} satisfies Prisma.StudySelect;
type SubmissionSummaryRow = Prisma.StudyGetPayload<{ select: typeof submissionSummarySelect }>;

function review(row: { reviewedAt: Date | null; reviewReason: string | null }) {
  return row.reviewedAt ? { reason: row.reviewReason, decidedAt: row.reviewedAt.toISOString() } : null;
}

/** Fields the form requires are always stored for an entry made in the app; anything else is a broken row. */
function required<T>(value: T | null, field: string, id: number): T {
  if (value === null) throw new Error(`Entry ${id} has no ${field}`);
  return value;
}

/** The audit rows an entry's history is made of (lib/submission/mutations.ts, lib/curation/review.ts). */
export const HISTORY_ACTIONS = [
  "submission.create",
  "submission.submit",
  "submission.ask",
  "submission.accept",
  "submission.reject",
  "submission.withdraw",
  "submission.retract",
] as const;
export type HistoryRow = { action: string; data: Prisma.JsonValue; createdAt: Date };

const HISTORY_EVENT: Record<(typeof HISTORY_ACTIONS)[number], SubmissionHistoryEvent> = {
  "submission.create": "created",
  "submission.submit": "submitted",
  "submission.ask": "question",
  "submission.accept": "accepted",
  "submission.reject": "rejected",
  "submission.withdraw": "withdrawn",
  "submission.retract": "retracted",
};

/** One audit row as a step of the entry's history, or null when it is not one (an edit, a single decision). */
export function toHistoryItem(row: HistoryRow): SubmissionHistoryItem | null {
  if (!(HISTORY_ACTIONS as readonly string[]).includes(row.action)) return null;
  const data = (row.data ?? {}) as { from?: unknown; reason?: unknown };
  let event = HISTORY_EVENT[row.action as (typeof HISTORY_ACTIONS)[number]];
  if (event === "submitted" && data.from === "NEEDS_CHANGES") event = "resubmitted";
  const reason = typeof data.reason === "string" && data.reason !== "" ? data.reason : null;
  return { event, at: row.createdAt.toISOString(), reason };
}

/**
 * The submitter's view of the entry's life from its audit rows. Individual review decisions are not in it:
 * with second review on, the submitter sees the outcome, not a pending decision.
 */
export function toSubmissionHistory(rows: HistoryRow[]): SubmissionHistoryItem[] {
  return rows.flatMap((row) => {
    const item = toHistoryItem(row);
    return item ? [item] : [];
  });
}

export function toSubmissionDto(row: SubmissionRow, history: HistoryRow[] = []): SubmissionDto {
  return {
    id: row.id,
    status: SUBMISSION_STATUS_SLUGS[row.status],
    intervention: row.intervention
      ? { slug: row.intervention.slug, name: { nl: row.intervention.nameNl, en: row.intervention.nameEn } }
      : null,
    proposal: row.proposal ? { ...row.proposal } : null,
    study: {
      citation: row.citation,
      doi: row.doi,
      url: row.url,
      year: required(row.year, "year", row.id),
      design: toSlug<SubmissionDesign>(row.design),
      country: required(row.country, "country", row.id),
      sampleSize: required(row.sampleSize, "sample size", row.id),
      followUpMonths: row.followUpMonths,
      riskOfBias: {
        tool: toSlug<RiskOfBiasToolSlug>(required(row.riskOfBiasTool, "risk-of-bias tool", row.id)),
        domains: row.riskOfBiasDomains.map((d) => toSlug<BiasJudgementSlug>(d)),
        overall: toSlug<SubmissionDto["study"]["riskOfBias"]["overall"]>(row.riskOfBias),
      },
      summary: row.summary,
    },
    outcomes: row.effectSizes.map((e) => ({
      outcome: { slug: e.outcomeDomain.slug, name: { nl: e.outcomeDomain.nameNl, en: e.outcomeDomain.nameEn } },
      outcomeLabel: e.outcomeLabel,
      timepointMonths: e.timepointMonths,
      subgroup: e.subgroup,
      measure: e.measure as SubmissionDto["outcomes"][number]["measure"],
      higherIsBetter: e.higherIsBetter,
      statistics: e.inputs as StudyInput,
      effect:
        e.yi !== null && e.vi !== null
          ? {
              yi: e.yi,
              vi: e.vi,
              ciLower: e.yi - Z95 * Math.sqrt(e.vi),
              ciUpper: e.yi + Z95 * Math.sqrt(e.vi),
            }
          : null,
    })),
    review: review(row),
    history: toSubmissionHistory(history),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
}

export function toSubmissionSummaryDto(row: SubmissionSummaryRow): SubmissionSummaryDto {
  const title = row.intervention
    ? { nl: row.intervention.nameNl, en: row.intervention.nameEn }
    : { nl: row.proposal?.name ?? "", en: row.proposal?.name ?? "" };
  return {
    id: row.id,
    status: SUBMISSION_STATUS_SLUGS[row.status],
    title,
    citation: row.citation,
    outcomes: row._count.effectSizes,
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    review: review(row),
  };
}
