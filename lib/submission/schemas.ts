/**
 * The evidence-entry form: one schema shared by the researcher's form, its server actions and
 * POST /api/v1/submissions (and the OpenAPI document generated from it). Browser-safe (zod only).
 *
 * Messages of our own checks are keys ("@doi-format"), translated by parseSubmission into the page's
 * language; zod's own messages come from its Dutch or English locale, per parse.
 */
import { z } from "zod";
import { MEASURES } from "../stats/constants";
import { detectInputForm, measureIssues, studyInputSchema } from "../stats/schemas";
import type { FieldIssue } from "../errors";
import { statisticsMessageNl } from "./stats-messages";
import type { Locale } from "../i18n/locale";
import { MAX_STORED_INTEGER, storableString } from "../api/input-bounds";

export const SUBMISSION_DESIGNS = [
  "rct",
  "quasi-experimental",
  "pre-post",
  "meta-analysis",
  "systematic-review",
  "other",
] as const;
export type SubmissionDesign = (typeof SUBMISSION_DESIGNS)[number];

export const RISK_OF_BIAS_TOOLS = {
  rob2: {
    domains: [
      "randomisation-process",
      "deviations-from-intended-interventions",
      "missing-outcome-data",
      "measurement-of-the-outcome",
      "selection-of-the-reported-result",
    ],
    judgements: ["low", "some-concerns", "high"],
  },
  "robins-i": {
    domains: [
      "confounding",
      "selection-of-participants",
      "classification-of-interventions",
      "deviations-from-intended-interventions",
      "missing-data",
      "measurement-of-outcomes",
      "selection-of-the-reported-result",
    ],
    judgements: ["low", "moderate", "serious", "critical", "no-information"],
  },
} as const;
export type RiskOfBiasToolSlug = keyof typeof RISK_OF_BIAS_TOOLS;
export const BIAS_JUDGEMENTS = [
  "low",
  "some-concerns",
  "high",
  "moderate",
  "serious",
  "critical",
  "no-information",
] as const;
export type BiasJudgementSlug = (typeof BIAS_JUDGEMENTS)[number];
export const OVERALL_RISK_OF_BIAS = ["low", "some-concerns", "high"] as const;
/** Which tool a design is judged with: RoB 2 for randomised trials, ROBINS-I for the others. */
export function toolForDesign(design: SubmissionDesign): RiskOfBiasToolSlug {
  return design === "rct" ? "rob2" : "robins-i";
}

/** A DOI as Crossref defines its form: 10.<registrant>/<suffix>, without the https://doi.org/ prefix. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

/** Turns what people paste ("https://doi.org/10.1/x", "doi:10.1/x") into the bare DOI. */
export function normaliseDoi(value: string): string {
  return value
    .trim()
    .replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "")
    .toLowerCase();
}

export const SUBMISSION_MESSAGES = {
  "doi-format": { nl: "Een DOI heeft de vorm 10.1234/abcd", en: "A DOI has the form 10.1234/abcd" },
  "target-required": {
    nl: "Kies een interventie of stel een nieuwe voor",
    en: "Choose an intervention or propose a new one",
  },
  "target-both": {
    nl: "Kies een bestaande interventie óf stel een nieuwe voor, niet allebei",
    en: "Choose an existing intervention or propose a new one, not both",
  },
  "domains-count": {
    nl: "Geef voor elk domein van het instrument een oordeel",
    en: "Give a judgement for every domain of the tool",
  },
  "domain-judgement": {
    nl: "Dit oordeel hoort niet bij dit instrument",
    en: "This judgement does not belong to this tool",
  },
  "tool-design": {
    nl: "Gerandomiseerde studies beoordeelt u met RoB 2, andere met ROBINS-I",
    en: "Randomised trials are judged with RoB 2, other designs with ROBINS-I",
  },
  "age-order": {
    nl: "De maximumleeftijd ligt onder de minimumleeftijd",
    en: "The maximum age is below the minimum age",
  },
  "year-range": { nl: "Geef een jaar tussen 1950 en volgend jaar", en: "Give a year between 1950 and next year" },
  "url-format": {
    nl: "Geef een webadres dat begint met http:// of https://",
    en: "Give a web address starting with http:// or https://",
  },
  "sample-size-max": {
    nl: "De steekproef telt hoogstens 2.147.483.647 deelnemers",
    en: "The sample has at most 2,147,483,647 participants",
  },
  "sample-size": {
    nl: "De steekproef telt minstens 2 deelnemers",
    en: "The sample has at least 2 participants",
  },
} as const satisfies Record<string, Record<Locale, string>>;
export type SubmissionMessageKey = keyof typeof SUBMISSION_MESSAGES;
const message = (key: SubmissionMessageKey) => ({ error: `@${key}` });
/** ctx.addIssue reads `message`, not `error`: without it the parse's locale map answers "Invalid input". */
const issue = (key: SubmissionMessageKey) => ({ message: `@${key}` });

const text = (max: number) => storableString().trim().min(1).max(max);
const optionalText = (max: number) => storableString().trim().max(max).optional();
const httpUrl = storableString()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      return ["http:", "https:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, message("url-format"));
const months = z
  .number()
  .int()
  .min(0)
  .max(12 * 120);

export const riskOfBiasSchema = z
  .strictObject({
    tool: z.enum(Object.keys(RISK_OF_BIAS_TOOLS) as [RiskOfBiasToolSlug, ...RiskOfBiasToolSlug[]]).meta({
      description: "rob2 (randomised trials, five domains) or robins-i (other designs, seven domains)",
    }),
    domains: z
      .array(z.enum(BIAS_JUDGEMENTS))
      .max(7)
      .meta({
        description:
          "One judgement per domain in the tool's order. RoB 2: randomisation process, deviations from intended " +
          "interventions, missing outcome data, measurement of the outcome, selection of the reported result " +
          "(low, some-concerns, high). ROBINS-I: confounding, selection of participants, classification of " +
          "interventions, deviations from intended interventions, missing data, measurement of outcomes, " +
          "selection of the reported result (low, moderate, serious, critical, no-information).",
      }),
    overall: z.enum(OVERALL_RISK_OF_BIAS).meta({ description: "Overall risk of bias" }),
  })
  .superRefine((rob, ctx) => {
    const tool = RISK_OF_BIAS_TOOLS[rob.tool];
    if (rob.domains.length !== tool.domains.length) {
      ctx.addIssue({ code: "custom", path: ["domains"], ...issue("domains-count") });
    }
    rob.domains.forEach((judgement, index) => {
      if (!(tool.judgements as readonly string[]).includes(judgement)) {
        ctx.addIssue({ code: "custom", path: ["domains", index], ...issue("domain-judgement") });
      }
    });
  });

export const studyDetailsSchema = z
  .strictObject({
    citation: text(1000).meta({ description: "Full reference: authors, year, title, journal" }),
    doi: z
      .string()
      .max(300)
      .transform(normaliseDoi)
      .pipe(z.string().regex(DOI_PATTERN, message("doi-format")))
      .optional()
      .meta({ description: "DOI, e.g. 10.1371/journal.pone.0120182 (a doi.org link is accepted)" }),
    url: httpUrl.optional().meta({ description: "Where the full text can be read" }),
    year: z
      .number()
      .int()
      .refine((year) => year >= 1950 && year <= new Date().getFullYear() + 1, message("year-range"))
      .meta({ description: "Year of publication" }),
    design: z.enum(SUBMISSION_DESIGNS),
    country: text(100).meta({ description: "Country or countries where the study took place" }),
    sampleSize: z
      .number()
      .int()
      .refine((n) => n >= 2, message("sample-size"))
      .refine((n) => n <= MAX_STORED_INTEGER, message("sample-size-max"))
      .meta({ description: "Number of participants (families or children) analysed" }),
    followUpMonths: months.optional().meta({ description: "Longest follow-up after the start, in months" }),
    riskOfBias: riskOfBiasSchema,
    summary: optionalText(4000).meta({ description: "What the study found, in the submitter's words" }),
  })
  .superRefine((study, ctx) => {
    if (study.riskOfBias.tool !== toolForDesign(study.design)) {
      ctx.addIssue({ code: "custom", path: ["riskOfBias", "tool"], ...issue("tool-design") });
    }
  });

export const outcomeResultSchema = z
  .strictObject({
    outcome: text(100).meta({ description: "Outcome domain slug, e.g. parental-sensitivity (GET /api/v1/outcomes)" }),
    outcomeLabel: optionalText(300).meta({ description: "The instrument or measure, e.g. CBCL externalising" }),
    timepointMonths: months.meta({
      description: "Months after the start of the intervention when measured (0 = directly after)",
    }),
    subgroup: optionalText(200).meta({
      description:
        "For whom, when the result is a subgroup's (e.g. high-risk families); leave out for the whole sample",
    }),
    measure: z.enum(MEASURES),
    higherIsBetter: z.boolean().meta({ description: "Whether a higher value of the outcome means benefit" }),
    statistics: studyInputSchema.meta({ description: "The statistics in one input form of the meta-analysis API" }),
  })
  .superRefine((result, ctx) => {
    const detected = detectInputForm(result.statistics);
    // studyInputSchema has already reported why the statistics have no single form.
    if (!detected.ok) return;
    for (const problem of measureIssues(result.measure, result.statistics)) {
      ctx.addIssue({ code: "custom", path: ["statistics", ...problem.path], message: problem.message });
    }
  });

export const proposalSchema = z
  .strictObject({
    name: text(200),
    description: text(4000).meta({ description: "What the intervention does, for whom, by whom" }),
    targetGroup: text(1000).meta({ description: "The families or children it is meant for" }),
    ageMinMonths: months.optional(),
    ageMaxMonths: months.optional(),
    websiteUrl: httpUrl.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.ageMinMonths !== undefined && p.ageMaxMonths !== undefined && p.ageMaxMonths < p.ageMinMonths) {
      ctx.addIssue({ code: "custom", path: ["ageMaxMonths"], ...issue("age-order") });
    }
  });

/** An evidence entry: about an existing intervention (by slug) or a proposed new one, with its outcomes. */
export const submissionSchema = z
  .strictObject({
    intervention: text(200).optional().meta({ description: "Slug of an intervention in the catalogue" }),
    proposal: proposalSchema.optional().meta({ description: "A new intervention, proposed with this entry" }),
    study: studyDetailsSchema,
    outcomes: z.array(outcomeResultSchema).min(1).max(40),
  })
  .superRefine((entry, ctx) => {
    if (entry.intervention === undefined && entry.proposal === undefined) {
      ctx.addIssue({ code: "custom", path: ["intervention"], ...issue("target-required") });
    }
    if (entry.intervention !== undefined && entry.proposal !== undefined) {
      ctx.addIssue({ code: "custom", path: ["proposal"], ...issue("target-both") });
    }
  })
  .meta({ id: "SubmissionInput", description: "An evidence entry: the study and one or more outcome results" });
export type SubmissionInput = z.infer<typeof submissionSchema>;
/** The entry as a client writes it. */
export type SubmissionDraft = z.input<typeof submissionSchema>;

/** The API's body: the form's entry, saved as a draft unless it says submit: true. */
export const submissionRequestSchema = submissionSchema
  .safeExtend({
    submit: z.boolean().default(false).meta({ description: "Submit for review at once instead of saving a draft" }),
  })
  .meta({ id: "SubmissionRequest" });

/** Messages of a schema's own checks, by key ("@key" in the schema), in both languages. */
export type MessageTable = Record<string, Record<Locale, string>>;

/**
 * Issues named by their dotted path, with our own messages in the requested language: the entry form's, or
 * those of another form's table (`messages`).
 */
export function localiseIssues(
  error: z.ZodError,
  locale: Locale,
  messages: MessageTable = SUBMISSION_MESSAGES,
): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...base, key].join("."),
        message: locale === "nl" ? `Onbekend veld "${key}"` : `Unknown field "${key}"`,
      }));
    }
    const key = issue.message.startsWith("@") ? issue.message.slice(1) : null;
    const own = key && Object.hasOwn(messages, key) ? messages[key][locale] : null;
    // The statistics engine speaks English (as its public API does); the Dutch form translates its messages.
    const text = own ?? (locale === "nl" ? statisticsMessageNl(issue.message) : issue.message);
    return [{ path: base.join(".") || "(root)", message: text }];
  });
}

const localeErrors = { nl: z.locales.nl().localeError, en: z.locales.en().localeError };

/** Parses with zod's messages in the page's language (per parse, so concurrent requests do not mix). */
export function parseWithLocale<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  messages?: MessageTable,
): { ok: true; data: z.infer<S> } | { ok: false; issues: FieldIssue[] } {
  const result = schema.safeParse(input, { error: localeErrors[locale] });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, issues: localiseIssues(result.error, locale, messages) };
}
