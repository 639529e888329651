/**
 * Shape of the curated, sourced seed data. Every number is copied from the source it names; anything a
 * source did not verify is `verified: false` and shown as unverified in the UI. Dates are partial ISO
 * strings as precise as the source: "2019", "2019-06" or "2019-06-14".
 */
import type {
  Availability,
  EffectInputForm,
  EffectMeasure,
  EvidenceLevel,
  PreventionLevel,
  RiskOfBias,
  StudyDesign,
} from "../../generated/prisma/enums";

export type PartialDate = string;

export type CuratedTargetGroup = {
  preventionLevel: PreventionLevel;
  ageMinMonths: number | null;
  ageMaxMonths: number | null;
  descriptionNl: string;
  descriptionEn: string;
  /** Slugs from seed/curated/taxonomy.ts */
  riskFactors: string[];
};

export type CuratedExternalRating = {
  /** Slug from seed/curated/taxonomy.ts clearinghouses */
  clearinghouse: string;
  /** Level on the clearinghouse's own scale, as the source words it. */
  level: string;
  topic?: string;
  ratedOn?: PartialDate;
  reviewedOn?: PartialDate;
  url?: string;
  verified: boolean;
  note?: string;
};

/** A past or current decision on the Dutch evidence level or recognition, oldest first. */
export type CuratedRatingEvent = {
  toLevel: EvidenceLevel;
  recognised: boolean;
  decidedOn?: PartialDate;
  /** The committee or body that decided, as named by the source. */
  decidedBy: string;
  justification: string;
  sourceUrl?: string;
  verified: boolean;
};

export type CuratedEffectSize = {
  /** Slug from seed/curated/taxonomy.ts outcomes */
  outcome: string;
  /** Outcome as the source words it, e.g. "parent-rated disruptive behaviour". */
  outcomeLabel: string;
  measure: EffectMeasure;
  inputForm: EffectInputForm;
  /** For ESTIMATE_CI: { estimate, ciLower, ciUpper } on the reported scale; for REPORTED: {} or { estimate }. */
  inputs: Record<string, number>;
  reportedEstimate?: number;
  reportedCiLower?: number;
  reportedCiUpper?: number;
  /** The source's own wording of the result, verbatim where possible. */
  reportedText: string;
  sampleSize?: number;
  /** Whether a higher value of the reported effect means benefit. */
  higherIsBetter: boolean;
  sourceUrl?: string;
  verified: boolean;
  note?: string;
};

export type CuratedStudy = {
  /** Stable key, e.g. "wilson-2012-bmc-med". */
  key: string;
  citation: string;
  doi?: string;
  url?: string;
  year?: number;
  design: StudyDesign;
  country?: string;
  sampleSize?: number;
  studiesCount?: number;
  followUpMonths?: number;
  riskOfBias?: RiskOfBias;
  summary?: string;
  verified: boolean;
  effects: CuratedEffectSize[];
};

export type CuratedIntervention = {
  slug: string;
  nameNl: string;
  nameEn: string;
  summaryNl: string;
  summaryEn: string;
  descriptionNl?: string;
  descriptionEn?: string;
  aimsNl?: string;
  aimsEn?: string;
  providerNl?: string;
  providerEn?: string;
  intensityNl?: string;
  intensityEn?: string;
  sessionsMin?: number;
  sessionsMax?: number;
  durationWeeksMin?: number;
  durationWeeksMax?: number;
  ownerOrganisation?: string;
  availabilityNl: Availability;
  availabilityNote?: string;
  website?: string;
  /** Slugs from seed/curated/taxonomy.ts delivery modes */
  deliveryModes: string[];
  targetGroups: CuratedTargetGroup[];
  /** Dutch level history (NJi / Loket Gezond Leven), oldest first; the last one is current. */
  ratingHistory: CuratedRatingEvent[];
  externalRatings: CuratedExternalRating[];
  studies: CuratedStudy[];
  /** Where the descriptive fields come from, with URLs; and any caveats. */
  sourceNote: string;
};

export type CuratedContextStudy = CuratedStudy;
