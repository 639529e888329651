/**
 * Shape of the curated, sourced seed data. Every number is copied from the source it names; anything a
 * source did not verify is `verified: false` and shown as unverified in the UI. Dates are partial ISO
 * strings as precise as the source: "2019", "2019-06" or "2019-06-14".
 */
import type {
  AdviceGroup,
  Availability,
  CommonLevel,
  EffectInputForm,
  EffectMeasure,
  EvidenceLevel,
  PreventionLevel,
  ProvenanceKind,
  RecognitionStatus,
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
  /** Which of the Health Council's target groups (advice 2018/11) this group is; at least one. */
  adviceGroups: AdviceGroup[];
};

export type CuratedExternalRating = {
  /** Slug from seed/curated/taxonomy.ts clearinghouses */
  clearinghouse: string;
  /** An entry of the clearinghouse's scale (seed/curated/taxonomy.ts), the one the source means. */
  level: string;
  /** The source's own words, when they differ from the scale entry. */
  levelAsWritten?: string;
  topic?: string;
  ratedOn?: PartialDate;
  reviewedOn?: PartialDate;
  url?: string;
  verified: boolean;
  note?: string;
};

/**
 * A Dutch recognition decision as NJi words it, oldest first: erkend (at Goed onderbouwd or an Effectief
 * level), niet erkend (level null), in herbeoordeling (keeps its level). "Recognised as effective" is
 * derived: erkend or in herbeoordeling at an Effectief level.
 */
export type CuratedRatingEvent = {
  status: Exclude<RecognitionStatus, "ONBEKEND">;
  toLevel: EvidenceLevel | null;
  decidedOn?: PartialDate;
  /** The deciding committee as the source names it, e.g. "Deelcommissie Jeugdzorg en psychosociale/pedagogische preventie". */
  committee?: string;
  /** Who the history names as deciding (the committee, or the databank when no committee is named). */
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

/** How a field is known when no cited source states it (sourced fields have no entry). */
export type CuratedProvenance = {
  /** The field in the API's detail record, e.g. "targetGroups.0.preventionLevel" or "sessionsMax". */
  path: string;
  kind: ProvenanceKind;
  reasonNl: string;
  reasonEn: string;
  sourceUrl?: string;
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
  /** Inferred or unverified fields, each with its reason in Dutch and English. */
  provenance?: CuratedProvenance[];
};

export type CuratedClearinghouseLevel = { level: string; commonLevel: CommonLevel | null };

export type CuratedContextStudy = CuratedStudy;
