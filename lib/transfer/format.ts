/**
 * The catalogue's exchange format, version 1 (documented in ./FORMAT.md): one JSON document, nested —
 * vocabularies, clearinghouses with their scales, interventions with everything that belongs to them, and
 * the context studies. The CSV zip (./csv-layout.ts) carries the same records flattened, one file per entity.
 *
 * Enum values are spelled as in the public API ("goede-aanwijzingen", "quasi-experimental"); parsing turns
 * them back into the database's values, so `CatalogueFileInput` (z.input) is what an export writes and
 * `Catalogue` (z.output) is what an import writes to the database. Derived data is not part of the format:
 * pooled effects, facets and "recognised as effective" are recomputed on import.
 */
import { z } from "zod";
import {
  AdviceGroup,
  Availability,
  BiasJudgement,
  CertaintyLevel,
  CommonLevel,
  EffectInputForm,
  EffectMeasure,
  EvidenceLevel,
  PreventionLevel,
  ProvenanceKind,
  RatingEventKind,
  RecognitionStatus,
  ReviewVerdict,
  RiskOfBias,
  RiskOfBiasTool,
  StudyDesign,
} from "../../generated/prisma/enums";
import { partialDateSchema } from "../partial-date";

export const CATALOGUE_FORMAT = "effectwijzer-catalogue";
export const CATALOGUE_VERSION = 1;

/** A database enum value in the public API's spelling: GOEDE_AANWIJZINGEN → goede-aanwijzingen. */
export const toSlug = <T extends string>(value: T) => value.toLowerCase().replace(/_/g, "-");
const toSlugOrNull = <T extends string>(value: T | null) => (value === null ? null : toSlug(value));
export { toSlugOrNull };

/** Accepts the API spellings of a database enum and yields the enum value. */
function slugEnum<const T extends Record<string, string>>(values: T) {
  const all = Object.values(values) as T[keyof T][];
  const slugs = all.map(toSlug) as [string, ...string[]];
  return z.enum(slugs).transform((slug) => all[slugs.indexOf(slug)]);
}

/** Study statuses that belong to the catalogue (drafts and open submissions stay with their researchers). */
export const EXPORTED_STUDY_STATUSES = ["ACCEPTED", "RETRACTED"] as const;

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slug = z.string().max(200).regex(SLUG_PATTERN, "Must be a lowercase slug such as 'video-feedback'");
/** Absent, or null: no value. */
const optional = <S extends z.ZodType>(schema: S) => schema.nullable().default(null);
// Every text has a maximum length: the editors' and researchers' forms' limits, so an imported record can be
// edited and saved as it is.
const required = (max: number) => z.string().min(1).max(max);
const optionalText = (max: number) => optional(z.string().max(max));
/** A web address a page links to: only http and https, so no javascript: or data: link is ever written. */
const webAddress = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      return ["http:", "https:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "Use a web address starting with http:// or https://");
const optionalUrl = optional(webAddress);
const NAME = 200;
const NOTE = 2000;
const int = z.number().int();
const count = int.min(0);
const isoDate = z
  .string()
  .max(10, { error: "Use YYYY-MM-DD", abort: true })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "Use YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Not a calendar date");
/** An ISO timestamp, kept in UTC ("…Z") so the database stores the same instant whatever its time zone. */
const timestamp = z.iso
  .datetime({ offset: true, error: "Use an ISO timestamp such as 2026-01-31T12:00:00.000Z" })
  .max(40)
  .transform((value) => new Date(value).toISOString());
const partialDate = z.string().max(10, "Use YYYY, YYYY-MM or YYYY-MM-DD").pipe(partialDateSchema);
const flag = z.boolean();
const finite = z.number().refine(Number.isFinite, "Must be a finite number");

// Vocabularies -------------------------------------------------------------------------------------------

export const riskFactorRecord = z.strictObject({
  slug,
  nameNl: required(NAME),
  nameEn: required(NAME),
  isAce: flag,
});
export const outcomeDomainRecord = z.strictObject({
  slug,
  nameNl: required(NAME),
  nameEn: required(NAME),
  higherIsBetter: flag,
});
export const deliveryModeRecord = z.strictObject({ slug, nameNl: required(NAME), nameEn: required(NAME) });

export const vocabulariesRecord = z.strictObject({
  riskFactors: z.array(riskFactorRecord).max(10_000).default([]),
  outcomeDomains: z.array(outcomeDomainRecord).max(10_000).default([]),
  deliveryModes: z.array(deliveryModeRecord).max(10_000).default([]),
});

/** One clearinghouse; its scale best first, each level with its place on the common scale (null: none). */
export const clearinghouseRecord = z.strictObject({
  slug,
  name: required(NAME),
  country: required(100),
  website: webAddress,
  scale: z
    .array(z.strictObject({ level: required(NAME), commonLevel: optional(slugEnum(CommonLevel)) }))
    .min(1, "A clearinghouse needs at least one level on its scale")
    .max(30),
});

// An intervention and what belongs to it ------------------------------------------------------------------

const ageMonths = int.min(-9, "At least -9 (the start of pregnancy)").max(216, "At most 216 (18 years)");

export const targetGroupRecord = z
  .strictObject({
    preventionLevel: slugEnum(PreventionLevel),
    ageMinMonths: optional(ageMonths),
    ageMaxMonths: optional(ageMonths),
    descriptionNl: required(2000),
    descriptionEn: required(2000),
    riskFactors: z.array(slug).max(40).default([]),
    adviceGroups: z.array(slugEnum(AdviceGroup)).max(Object.keys(AdviceGroup).length).default([]),
  })
  .refine((g) => g.ageMinMonths === null || g.ageMaxMonths === null || g.ageMinMonths <= g.ageMaxMonths, {
    error: "ageMinMonths is above ageMaxMonths",
    path: ["ageMaxMonths"],
  });

/** The Dutch decision in force; null or absent when no Dutch decision is known. */
export const recognitionRecord = z.strictObject({
  status: slugEnum(RecognitionStatus),
  level: optional(slugEnum(EvidenceLevel)),
  committee: optionalText(300),
  isVerified: flag,
  decidedOn: optional(isoDate),
  expiresOn: optional(isoDate),
  justification: required(5000),
  sourceUrl: optionalUrl,
});

/** One event of the public rating history, with the name of whoever decided (never an account id). */
export const ratingEventRecord = z.strictObject({
  kind: slugEnum(RatingEventKind),
  fromLevel: optional(slugEnum(EvidenceLevel)),
  toLevel: optional(slugEnum(EvidenceLevel)),
  fromRecognised: optional(flag),
  toRecognised: optional(flag),
  fromStatus: optional(slugEnum(RecognitionStatus)),
  toStatus: optional(slugEnum(RecognitionStatus)),
  committee: optionalText(300),
  justification: required(5000),
  decidedOn: optional(partialDate),
  actorName: required(NAME),
  sourceUrl: optionalUrl,
  isVerified: flag,
  createdAt: timestamp,
});

export const externalRatingRecord = z.strictObject({
  clearinghouse: slug,
  level: required(NAME),
  levelAsWritten: optionalText(300),
  topic: optionalText(300),
  ratedOn: optional(partialDate),
  reviewedOn: optional(partialDate),
  url: optionalUrl,
  isVerified: flag,
  note: optionalText(NOTE),
});

export const provenanceRecord = z.strictObject({
  path: required(NAME),
  kind: slugEnum(ProvenanceKind),
  reasonNl: required(NOTE),
  reasonEn: required(NOTE),
  sourceUrl: optionalUrl,
});

export const effectSizeRecord = z.strictObject({
  outcome: slug,
  measure: z.enum(Object.values(EffectMeasure) as [EffectMeasure, ...EffectMeasure[]]),
  inputForm: slugEnum(EffectInputForm),
  /** The raw statistics as entered (field names as in POST /api/v1/meta-analysis). */
  inputs: z
    .record(z.string().max(20), finite)
    .refine((inputs) => Object.keys(inputs).length <= 30, "At most 30 statistics"),
  yi: optional(finite),
  vi: optional(finite),
  reportedEstimate: optional(finite),
  reportedCiLower: optional(finite),
  reportedCiUpper: optional(finite),
  reportedText: optionalText(1000),
  sampleSize: optional(count),
  higherIsBetter: flag,
  outcomeLabel: optionalText(300),
  timepointMonths: optional(count),
  subgroup: optionalText(NAME),
  sourceUrl: optionalUrl,
  isVerified: flag,
  note: optionalText(NOTE),
});

/** A curator's override of a headline effect's certainty (level null: back to the computed one), with the name. */
export const certaintyOverrideRecord = z.strictObject({
  outcome: slug,
  level: optional(slugEnum(CertaintyLevel)),
  reason: required(NOTE),
  actorName: required(NAME),
  createdAt: timestamp,
});

/** An editor's accept or reject decision, with the reviewer's name as recorded (never an account id). */
export const reviewDecisionRecord = z.strictObject({
  reviewerName: required(NAME),
  verdict: slugEnum(ReviewVerdict),
  reason: optionalText(NOTE),
  isTiebreak: flag,
  createdAt: timestamp,
});

const DOMAINS_PER_TOOL: Record<RiskOfBiasTool, number> = { ROB2: 5, ROBINS_I: 7 };

export const studyRecord = z
  .strictObject({
    /** Stable key of curated and imported records; null for entries made in the app. */
    key: optional(z.string().min(1).max(200)),
    status: z.enum(["accepted", "retracted"]).transform((s) => s.toUpperCase() as "ACCEPTED" | "RETRACTED"),
    citation: required(1000),
    doi: optionalText(300),
    url: optionalUrl,
    year: optional(int.min(1800).max(2200)),
    design: slugEnum(StudyDesign),
    country: optionalText(100),
    sampleSize: optional(count),
    studiesCount: optional(count),
    /** For meta-analyses and reviews: the reported share (0–1) of randomised primary studies. */
    randomisedShare: optional(z.number().min(0).max(1)),
    followUpMonths: optional(count),
    riskOfBias: slugEnum(RiskOfBias),
    riskOfBiasTool: optional(slugEnum(RiskOfBiasTool)),
    riskOfBiasDomains: z.array(slugEnum(BiasJudgement)).max(7).default([]),
    summary: optionalText(4000),
    isVerified: flag,
    isDemo: flag,
    submittedAt: optional(timestamp),
    reviewedAt: optional(timestamp),
    reviewerName: optionalText(NAME),
    reviewReason: optionalText(NOTE),
    reviewDecisions: z.array(reviewDecisionRecord).max(50).default([]),
    effectSizes: z.array(effectSizeRecord).max(500).default([]),
  })
  .refine(
    (s) =>
      s.riskOfBiasTool === null
        ? s.riskOfBiasDomains.length === 0
        : s.riskOfBiasDomains.length === DOMAINS_PER_TOOL[s.riskOfBiasTool],
    {
      error: "Give one judgement per domain of riskOfBiasTool (5 for rob2, 7 for robins-i), none without a tool",
      path: ["riskOfBiasDomains"],
    },
  );

const money = z
  .number()
  .min(0)
  .max(99_999_999.99)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, "At most two decimals");

const minMax = (min: string, max: string) => (r: Record<string, unknown>) =>
  r[min] === null || r[max] === null || (r[min] as number) <= (r[max] as number);

export const interventionRecord = z
  .strictObject({
    slug,
    nameNl: required(NAME),
    nameEn: required(NAME),
    summaryNl: required(2000),
    summaryEn: required(2000),
    descriptionNl: optionalText(20_000),
    descriptionEn: optionalText(20_000),
    aimsNl: optionalText(5000),
    aimsEn: optionalText(5000),
    providerNl: optionalText(500),
    providerEn: optionalText(500),
    intensityNl: optionalText(500),
    intensityEn: optionalText(500),
    sessionsMin: optional(count),
    sessionsMax: optional(count),
    durationWeeksMin: optional(count),
    durationWeeksMax: optional(count),
    /** As the source gives it, in costCurrency at costYear's prices. */
    costPerFamily: optional(money),
    costCurrency: optional(
      z
        .string()
        .max(3, { error: "Use an ISO 4217 code such as EUR", abort: true })
        .regex(/^[A-Z]{3}$/, "Use an ISO 4217 code such as EUR"),
    ),
    costYear: optional(int.min(1900).max(2200)),
    costSourceUrl: optionalUrl,
    costNote: optionalText(1000),
    ownerOrganisation: optionalText(300),
    availabilityNl: slugEnum(Availability),
    availabilityNote: optionalText(1000),
    website: optionalUrl,
    evidenceLevel: slugEnum(EvidenceLevel),
    lastReviewedOn: optional(isoDate),
    sourceNote: optionalText(5000),
    isDemo: flag,
    deliveryModes: z.array(slug).max(30).default([]),
    targetGroups: z.array(targetGroupRecord).max(30).default([]),
    recognition: optional(recognitionRecord),
    ratingHistory: z.array(ratingEventRecord).max(1000).default([]),
    externalRatings: z.array(externalRatingRecord).max(200).default([]),
    provenance: z.array(provenanceRecord).max(500).default([]),
    certaintyOverrides: z.array(certaintyOverrideRecord).max(200).default([]),
    studies: z.array(studyRecord).max(1000).default([]),
  })
  .refine(minMax("sessionsMin", "sessionsMax"), { error: "sessionsMin is above sessionsMax", path: ["sessionsMax"] })
  .refine((r) => (r.costPerFamily === null) === (r.costCurrency === null), {
    error: "Give costCurrency with costPerFamily, and neither without the other",
    path: ["costCurrency"],
  })
  .refine(minMax("durationWeeksMin", "durationWeeksMax"), {
    error: "durationWeeksMin is above durationWeeksMax",
    path: ["durationWeeksMax"],
  });

/** Far above the scale data (20,018 interventions); the upload's size limit comes first in practice. */
const MAX_INTERVENTIONS = 200_000;
const MAX_CONTEXT_STUDIES = 10_000;

export const catalogueHeader = z.strictObject({
  format: z.literal(CATALOGUE_FORMAT, { error: `Must be "${CATALOGUE_FORMAT}"` }),
  version: z.literal(CATALOGUE_VERSION, { error: `Only version ${CATALOGUE_VERSION} can be read` }),
  exportedAt: optional(timestamp),
});

export const catalogueSchema = catalogueHeader.extend({
  vocabularies: vocabulariesRecord.default({ riskFactors: [], outcomeDomains: [], deliveryModes: [] }),
  clearinghouses: z.array(clearinghouseRecord).max(1000).default([]),
  interventions: z.array(interventionRecord).max(MAX_INTERVENTIONS).default([]),
  /** Curated meta-analyses about the field as a whole, not about one intervention. */
  contextStudies: z.array(studyRecord).max(MAX_CONTEXT_STUDIES).default([]),
});

/**
 * The file without its interventions and context studies, which are checked one record at a time (so a
 * large file reports progress and every record's problems): `unknown` here, each one parsed with
 * interventionRecord or studyRecord right after.
 */
export const catalogueShell = catalogueSchema.extend({
  interventions: z.array(z.unknown()).max(MAX_INTERVENTIONS).default([]),
  contextStudies: z.array(z.unknown()).max(MAX_CONTEXT_STUDIES).default([]),
});

/** Dutch for the messages of the checks above (zod's own messages come from its Dutch locale). */
export const FORMAT_MESSAGES_NL: Record<string, string> = {
  "Must be a lowercase slug such as 'video-feedback'": "Moet een slug in kleine letters zijn, zoals 'video-feedback'",
  "Use YYYY-MM-DD": "Gebruik JJJJ-MM-DD",
  "Not a calendar date": "Geen bestaande datum",
  "Use an ISO timestamp such as 2026-01-31T12:00:00.000Z": "Gebruik een ISO-tijdstip zoals 2026-01-31T12:00:00.000Z",
  "Use YYYY, YYYY-MM or YYYY-MM-DD": "Gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD",
  "Must be a finite number": "Moet een eindig getal zijn",
  "A clearinghouse needs at least one level on its scale":
    "Een databank heeft minstens één niveau op haar schaal nodig",
  "At least -9 (the start of pregnancy)": "Minstens -9 (het begin van de zwangerschap)",
  "At most 216 (18 years)": "Hoogstens 216 (18 jaar)",
  "ageMinMonths is above ageMaxMonths": "ageMinMonths is hoger dan ageMaxMonths",
  "Give one judgement per domain of riskOfBiasTool (5 for rob2, 7 for robins-i), none without a tool":
    "Geef één oordeel per domein van riskOfBiasTool (5 bij rob2, 7 bij robins-i), geen zonder instrument",
  "At most two decimals": "Hoogstens twee decimalen",
  "Use a web address starting with http:// or https://": "Gebruik een webadres dat begint met http:// of https://",
  "At most 30 statistics": "Hoogstens 30 statistieken",
  "Use an ISO 4217 code such as EUR": "Gebruik een ISO 4217-code zoals EUR",
  "Give costCurrency with costPerFamily, and neither without the other":
    "Geef costCurrency samen met costPerFamily, en geen van beide zonder de ander",
  "sessionsMin is above sessionsMax": "sessionsMin is hoger dan sessionsMax",
  "durationWeeksMin is above durationWeeksMax": "durationWeeksMin is hoger dan durationWeeksMax",
  [`Must be "${CATALOGUE_FORMAT}"`]: `Moet "${CATALOGUE_FORMAT}" zijn`,
  [`Only version ${CATALOGUE_VERSION} can be read`]: `Alleen versie ${CATALOGUE_VERSION} kan worden gelezen`,
};

export type CatalogueFileInput = z.input<typeof catalogueSchema>;
export type Catalogue = z.output<typeof catalogueSchema>;
export type InterventionInput = z.input<typeof interventionRecord>;
export type InterventionData = z.output<typeof interventionRecord>;
export type StudyInput = z.input<typeof studyRecord>;
export type StudyData = z.output<typeof studyRecord>;
export type ClearinghouseInput = z.input<typeof clearinghouseRecord>;
export type VocabulariesInput = z.input<typeof vocabulariesRecord>;
