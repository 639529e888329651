/**
 * Database rows as records of the exchange format (./format.ts), for the export. The selects name exactly
 * the columns the format carries; generated ids, account ids, timestamps of the rows themselves and derived
 * data (pooled effects, facets, "recognised as effective") stay out.
 */
import type { Prisma } from "../../generated/prisma/client";
import { EXPORTED_STUDY_STATUSES, toSlug, toSlugOrNull, type InterventionInput, type StudyInput } from "./format";

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const isoTime = (date: Date | null) => (date ? date.toISOString() : null);
const byId = { orderBy: { id: "asc" } } as const;

/** The evidence that belongs to the catalogue: accepted or retracted, about an intervention or the field. */
export const exportedStudies = (scope: "INTERVENTION" | "CONTEXT"): Prisma.StudyWhereInput => ({
  scope,
  status: { in: [...EXPORTED_STUDY_STATUSES] },
});

export const interventionSelect = {
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
  deliveryModes: { select: { slug: true }, ...byId },
} as const satisfies Prisma.InterventionSelect;

export const targetGroupSelect = {
  id: true,
  preventionLevel: true,
  ageMinMonths: true,
  ageMaxMonths: true,
  descriptionNl: true,
  descriptionEn: true,
  adviceGroups: true,
  riskFactors: { select: { slug: true }, ...byId },
} as const satisfies Prisma.TargetGroupSelect;

export const recognitionSelect = {
  status: true,
  level: true,
  committee: true,
  isVerified: true,
  decidedOn: true,
  expiresOn: true,
  justification: true,
  sourceUrl: true,
} as const satisfies Prisma.RecognitionSelect;

export const ratingEventSelect = {
  id: true,
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
} as const satisfies Prisma.RatingEventSelect;

export const externalRatingSelect = {
  id: true,
  clearinghouse: { select: { slug: true } },
  level: true,
  levelAsWritten: true,
  topic: true,
  ratedOn: true,
  reviewedOn: true,
  url: true,
  isVerified: true,
  note: true,
} as const satisfies Prisma.ExternalRatingSelect;

export const provenanceSelect = {
  id: true,
  path: true,
  kind: true,
  reasonNl: true,
  reasonEn: true,
  sourceUrl: true,
} as const satisfies Prisma.FieldProvenanceSelect;

export const certaintyOverrideSelect = {
  id: true,
  outcomeDomain: { select: { slug: true } },
  level: true,
  reason: true,
  actorName: true,
  createdAt: true,
} as const satisfies Prisma.CertaintyOverrideSelect;

export const studySelect = {
  id: true,
  key: true,
  status: true,
  citation: true,
  doi: true,
  url: true,
  year: true,
  design: true,
  country: true,
  sampleSize: true,
  studiesCount: true,
  randomisedShare: true,
  followUpMonths: true,
  riskOfBias: true,
  riskOfBiasTool: true,
  riskOfBiasDomains: true,
  summary: true,
  isVerified: true,
  isDemo: true,
  submittedAt: true,
  reviewedAt: true,
  reviewerName: true,
  reviewReason: true,
} as const satisfies Prisma.StudySelect;

export const effectSizeSelect = {
  id: true,
  outcomeDomain: { select: { slug: true } },
  measure: true,
  inputForm: true,
  inputs: true,
  yi: true,
  vi: true,
  reportedEstimate: true,
  reportedCiLower: true,
  reportedCiUpper: true,
  reportedText: true,
  sampleSize: true,
  higherIsBetter: true,
  outcomeLabel: true,
  timepointMonths: true,
  subgroup: true,
  sourceUrl: true,
  isVerified: true,
  note: true,
} as const satisfies Prisma.EffectSizeSelect;

export const reviewDecisionSelect = {
  id: true,
  reviewerName: true,
  verdict: true,
  reason: true,
  isTiebreak: true,
  createdAt: true,
} as const satisfies Prisma.ReviewDecisionSelect;

type InterventionRow = Prisma.InterventionGetPayload<{ select: typeof interventionSelect }>;
type TargetGroupRow = Prisma.TargetGroupGetPayload<{ select: typeof targetGroupSelect }>;
type RecognitionRow = Prisma.RecognitionGetPayload<{ select: typeof recognitionSelect }>;
type RatingEventRow = Prisma.RatingEventGetPayload<{ select: typeof ratingEventSelect }>;
type ExternalRatingRow = Prisma.ExternalRatingGetPayload<{ select: typeof externalRatingSelect }>;
type ProvenanceRow = Prisma.FieldProvenanceGetPayload<{ select: typeof provenanceSelect }>;
type CertaintyOverrideRow = Prisma.CertaintyOverrideGetPayload<{ select: typeof certaintyOverrideSelect }>;
type StudyRow = Prisma.StudyGetPayload<{ select: typeof studySelect }>;
type EffectSizeRow = Prisma.EffectSizeGetPayload<{ select: typeof effectSizeSelect }>;
type ReviewDecisionRow = Prisma.ReviewDecisionGetPayload<{ select: typeof reviewDecisionSelect }>;

type Nested =
  | "targetGroups"
  | "recognition"
  | "ratingHistory"
  | "externalRatings"
  | "provenance"
  | "certaintyOverrides"
  | "studies";
type Flat<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

export function interventionFields(i: InterventionRow): Flat<Omit<InterventionInput, Nested>> {
  return {
    slug: i.slug,
    nameNl: i.nameNl,
    nameEn: i.nameEn,
    summaryNl: i.summaryNl,
    summaryEn: i.summaryEn,
    descriptionNl: i.descriptionNl,
    descriptionEn: i.descriptionEn,
    aimsNl: i.aimsNl,
    aimsEn: i.aimsEn,
    providerNl: i.providerNl,
    providerEn: i.providerEn,
    intensityNl: i.intensityNl,
    intensityEn: i.intensityEn,
    sessionsMin: i.sessionsMin,
    sessionsMax: i.sessionsMax,
    durationWeeksMin: i.durationWeeksMin,
    durationWeeksMax: i.durationWeeksMax,
    costPerFamily: i.costPerFamily === null ? null : Number(i.costPerFamily),
    costCurrency: i.costCurrency,
    costYear: i.costYear,
    costSourceUrl: i.costSourceUrl,
    costNote: i.costNote,
    ownerOrganisation: i.ownerOrganisation,
    availabilityNl: toSlug(i.availabilityNl),
    availabilityNote: i.availabilityNote,
    website: i.website,
    evidenceLevel: toSlug(i.evidenceLevel),
    lastReviewedOn: isoDay(i.lastReviewedOn),
    sourceNote: i.sourceNote,
    isDemo: i.isDemo,
    deliveryModes: i.deliveryModes.map((d) => d.slug),
  };
}

export const targetGroupFields = (g: TargetGroupRow) => ({
  preventionLevel: toSlug(g.preventionLevel),
  ageMinMonths: g.ageMinMonths,
  ageMaxMonths: g.ageMaxMonths,
  descriptionNl: g.descriptionNl,
  descriptionEn: g.descriptionEn,
  riskFactors: g.riskFactors.map((r) => r.slug),
  adviceGroups: g.adviceGroups.map(toSlug),
});

export const recognitionFields = (r: RecognitionRow) => ({
  status: toSlug(r.status),
  level: toSlugOrNull(r.level),
  committee: r.committee,
  isVerified: r.isVerified,
  decidedOn: isoDay(r.decidedOn),
  expiresOn: isoDay(r.expiresOn),
  justification: r.justification,
  sourceUrl: r.sourceUrl,
});

export const ratingEventFields = (e: RatingEventRow) => ({
  kind: toSlug(e.kind),
  fromLevel: toSlugOrNull(e.fromLevel),
  toLevel: toSlugOrNull(e.toLevel),
  fromRecognised: e.fromRecognised,
  toRecognised: e.toRecognised,
  fromStatus: toSlugOrNull(e.fromStatus),
  toStatus: toSlugOrNull(e.toStatus),
  committee: e.committee,
  justification: e.justification,
  decidedOn: e.decidedOn,
  actorName: e.actorName,
  sourceUrl: e.sourceUrl,
  isVerified: e.isVerified,
  createdAt: e.createdAt.toISOString(),
});

export const externalRatingFields = (r: ExternalRatingRow) => ({
  clearinghouse: r.clearinghouse.slug,
  level: r.level,
  levelAsWritten: r.levelAsWritten,
  topic: r.topic,
  ratedOn: r.ratedOn,
  reviewedOn: r.reviewedOn,
  url: r.url,
  isVerified: r.isVerified,
  note: r.note,
});

export const provenanceFields = (p: ProvenanceRow) => ({
  path: p.path,
  kind: toSlug(p.kind),
  reasonNl: p.reasonNl,
  reasonEn: p.reasonEn,
  sourceUrl: p.sourceUrl,
});

export const certaintyOverrideFields = (o: CertaintyOverrideRow) => ({
  outcome: o.outcomeDomain.slug,
  level: toSlugOrNull(o.level),
  reason: o.reason,
  actorName: o.actorName,
  createdAt: o.createdAt.toISOString(),
});

export function studyFields(s: StudyRow): Flat<Omit<StudyInput, "effectSizes" | "reviewDecisions">> {
  return {
    key: s.key,
    status: s.status === "RETRACTED" ? "retracted" : "accepted",
    citation: s.citation,
    doi: s.doi,
    url: s.url,
    year: s.year,
    design: toSlug(s.design),
    country: s.country,
    sampleSize: s.sampleSize,
    studiesCount: s.studiesCount,
    randomisedShare: s.randomisedShare,
    followUpMonths: s.followUpMonths,
    riskOfBias: toSlug(s.riskOfBias),
    riskOfBiasTool: toSlugOrNull(s.riskOfBiasTool),
    riskOfBiasDomains: s.riskOfBiasDomains.map(toSlug),
    summary: s.summary,
    isVerified: s.isVerified,
    isDemo: s.isDemo,
    submittedAt: isoTime(s.submittedAt),
    reviewedAt: isoTime(s.reviewedAt),
    reviewerName: s.reviewerName,
    reviewReason: s.reviewReason,
  };
}

export const effectSizeFields = (e: EffectSizeRow) => ({
  outcome: e.outcomeDomain.slug,
  measure: e.measure,
  inputForm: toSlug(e.inputForm),
  inputs: e.inputs as Record<string, number>,
  yi: e.yi,
  vi: e.vi,
  reportedEstimate: e.reportedEstimate,
  reportedCiLower: e.reportedCiLower,
  reportedCiUpper: e.reportedCiUpper,
  reportedText: e.reportedText,
  sampleSize: e.sampleSize,
  higherIsBetter: e.higherIsBetter,
  outcomeLabel: e.outcomeLabel,
  timepointMonths: e.timepointMonths,
  subgroup: e.subgroup,
  sourceUrl: e.sourceUrl,
  isVerified: e.isVerified,
  note: e.note,
});

export const reviewDecisionFields = (d: ReviewDecisionRow) => ({
  reviewerName: d.reviewerName,
  verdict: toSlug(d.verdict),
  reason: d.reason,
  isTiebreak: d.isTiebreak,
  createdAt: d.createdAt.toISOString(),
});

/** The whole nested record of one intervention, as the JSON export writes it. */
export const nestedInterventionSelect = {
  ...interventionSelect,
  targetGroups: { select: targetGroupSelect, ...byId },
  recognition: { select: recognitionSelect },
  ratingEvents: { select: ratingEventSelect, ...byId },
  externalRatings: { select: externalRatingSelect, ...byId },
  provenance: { select: provenanceSelect, ...byId },
  certaintyOverrides: { select: certaintyOverrideSelect, ...byId },
  studies: {
    where: exportedStudies("INTERVENTION"),
    select: {
      ...studySelect,
      effectSizes: { select: effectSizeSelect, ...byId },
      reviewDecisions: { select: reviewDecisionSelect, ...byId },
    },
    ...byId,
  },
} as const satisfies Prisma.InterventionSelect;

type NestedStudyRow = StudyRow & { effectSizes: EffectSizeRow[]; reviewDecisions: ReviewDecisionRow[] };
type NestedInterventionRow = InterventionRow & {
  targetGroups: TargetGroupRow[];
  recognition: RecognitionRow | null;
  ratingEvents: RatingEventRow[];
  externalRatings: ExternalRatingRow[];
  provenance: ProvenanceRow[];
  certaintyOverrides: CertaintyOverrideRow[];
  studies: NestedStudyRow[];
};

export const nestedStudy = (s: NestedStudyRow): StudyInput => ({
  ...studyFields(s),
  reviewDecisions: s.reviewDecisions.map(reviewDecisionFields),
  effectSizes: s.effectSizes.map(effectSizeFields),
});

export const nestedIntervention = (i: NestedInterventionRow): InterventionInput => ({
  ...interventionFields(i),
  targetGroups: i.targetGroups.map(targetGroupFields),
  recognition: i.recognition && recognitionFields(i.recognition),
  ratingHistory: i.ratingEvents.map(ratingEventFields),
  externalRatings: i.externalRatings.map(externalRatingFields),
  provenance: i.provenance.map(provenanceFields),
  certaintyOverrides: i.certaintyOverrides.map(certaintyOverrideFields),
  studies: i.studies.map(nestedStudy),
});
