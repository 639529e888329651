/**
 * Valid evidence entries as a researcher sends them (the submissions API's and the entry form's shape), for
 * tests that need an entry to exist rather than test its validation. Only types are imported, so browser
 * tests can use these as well as data-layer tests.
 */
import type { SubmissionDraft } from "@/lib/submission/schemas";
import type { ProposalRecordDraft } from "@/lib/curation/review-schemas";

export type Entry = SubmissionDraft & { submit?: boolean };
type Study = SubmissionDraft["study"];

let counter = 0;

export type TrialOptions = {
  /** Names the test in the citation and DOI (`10.5555/<tag>.<n>`): every entry is a study of its own. */
  tag: string;
  intervention?: string;
  proposal?: SubmissionDraft["proposal"];
  outcome?: string;
  timepointMonths?: number;
  /** The intervention group's mean; the control group's is 10, both with SD 3 and 50 families. */
  m1?: number;
};

/** A randomised trial at low risk of bias, with one outcome given as group means: an entry to accept or pool. */
export function trialEntry({
  tag,
  intervention = "theraplay",
  proposal,
  outcome = "parental-sensitivity",
  timepointMonths = 0,
  m1 = 11,
}: TrialOptions): SubmissionDraft {
  const n = ++counter;
  return {
    ...(proposal ? { proposal } : { intervention }),
    study: {
      citation: `Synthetic, T. (2025). ${tag} trial ${n}. Journal of Tests, 1, 1–10.`,
      doi: `10.5555/${tag}.${n}`,
      year: 2025,
      design: "rct",
      country: "Netherlands",
      sampleSize: 100,
      riskOfBias: { tool: "rob2", domains: ["low", "low", "low", "low", "low"], overall: "low" },
    },
    outcomes: [
      {
        outcome,
        timepointMonths,
        measure: "SMD",
        higherIsBetter: true,
        statistics: { m1, sd1: 3, n1: 50, m2: 10, sd2: 3, n2: 50 },
      },
    ],
  };
}

/**
 * A non-randomised study of Theraplay (ROBINS-I, an effect from a t statistic). `detailed` adds the
 * optional fields (follow-up, summary, outcome label), for tests that vary every field.
 */
export function theraplayEntry(doi: string, { detailed = false } = {}): Entry {
  return {
    intervention: "theraplay",
    study: {
      citation: "De Vries, B. (2023). Theraplay at home. Child & Family, 3, 10–22.",
      doi,
      year: 2023,
      design: "quasi-experimental",
      country: "Belgium",
      sampleSize: 80,
      ...(detailed ? { followUpMonths: 6 } : {}),
      riskOfBias: {
        tool: "robins-i",
        domains: ["moderate", "low", "low", "low", "no-information", "moderate", "low"],
        overall: "some-concerns",
      },
      ...(detailed ? { summary: "A synthetic entry." } : {}),
    },
    outcomes: [
      {
        outcome: "parental-sensitivity",
        ...(detailed ? { outcomeLabel: "Synthetic scale" } : {}),
        timepointMonths: 3,
        measure: "SMD",
        higherIsBetter: true,
        statistics: { t: 2.1, n1: 40, n2: 40 },
      },
    ],
  };
}

/** A randomised trial of Video-interaction Guidance as the browser tests send it through the API. */
export function videoGuidanceEntry(citation: string, study: Partial<Study> = {}): Entry {
  return {
    intervention: "video-interaction-guidance",
    study: {
      citation,
      year: 2024,
      design: "rct",
      country: "Nederland",
      sampleSize: 120,
      riskOfBias: { tool: "rob2", domains: ["low", "low", "some-concerns", "low", "low"], overall: "some-concerns" },
      ...study,
    },
    outcomes: [
      {
        outcome: "parental-sensitivity",
        timepointMonths: 6,
        measure: "SMD",
        higherIsBetter: true,
        statistics: { m1: 5.2, sd1: 1.1, n1: 60, m2: 4.8, sd2: 1.2, n2: 60 },
      },
    ],
  };
}

/** The catalogue record an editor writes when accepting a proposed intervention ("Ouders Samen"). */
export function proposalRecord(slug: string, overrides: Partial<ProposalRecordDraft> = {}): ProposalRecordDraft {
  return {
    slug,
    nameNl: "Ouders Samen",
    nameEn: "Parents Together",
    summaryNl: "Groepsprogramma voor ouders van jonge kinderen (synthetisch testrecord).",
    summaryEn: "Group programme for parents of young children (synthetic test record).",
    descriptionNl: "Acht bijeenkomsten in een groep.",
    website: "https://example.org/ouders-samen",
    targetGroup: {
      preventionLevel: "selective",
      ageMinMonths: 0,
      ageMaxMonths: 48,
      descriptionNl: "Ouders met veel stress",
      descriptionEn: "Parents under high stress",
      adviceGroups: ["risk-factors", "asks-for-support"],
    },
    ...overrides,
  };
}
