/**
 * The editors' review forms: a decision's reason, the catalogue record that accepting a proposed
 * intervention creates, and the review queue's filters. Browser-safe (zod only). Messages of our own checks
 * are keys ("@slug-format") translated by parseWithLocale with REVIEW_MESSAGES; zod's own come from its
 * Dutch or English locale.
 */
import { z } from "zod";
import type { Locale } from "../i18n/locale";
import { adviceGroupSlugs, preventionLevelSlugs } from "../intervention/filter-values";
import { integerString } from "../intervention/schemas";
import { storableString } from "../api/input-bounds";

export const REVIEW_MESSAGES = {
  "reason-required": {
    nl: "Geef de reden; de inzender leest die",
    en: "Give the reason; the submitter reads it",
  },
  "question-required": {
    nl: "Schrijf de vraag aan de inzender",
    en: "Write the question to the submitter",
  },
  required: { nl: "Vul dit veld in", en: "Fill in this field" },
  "choose-level": { nl: "Kies een preventieniveau", en: "Choose a prevention level" },
  "slug-format": {
    nl: "Alleen kleine letters, cijfers en streepjes, zoals ‘video-feedback’",
    en: "Only lowercase letters, digits and hyphens, such as ‘video-feedback’",
  },
  "age-order": {
    nl: "De maximumleeftijd ligt onder de minimumleeftijd",
    en: "The maximum age is below the minimum age",
  },
  "age-range": {
    nl: "Geef een leeftijd in maanden van -9 (begin zwangerschap) tot 216 (18 jaar)",
    en: "Give an age in months from -9 (start of pregnancy) to 216 (18 years)",
  },
  "advice-required": {
    nl: "Kies minstens één doelgroep van de Gezondheidsraad",
    en: "Choose at least one Health Council target group",
  },
  "url-format": {
    nl: "Geef een webadres dat begint met http:// of https://",
    en: "Give a web address starting with http:// or https://",
  },
} as const satisfies Record<string, Record<Locale, string>>;
type ReviewMessageKey = keyof typeof REVIEW_MESSAGES;
const message = (key: ReviewMessageKey) => ({ error: `@${key}` });

export const REVIEW_REASON_MAX = 4000;

/** Required text; `key` names the message for an empty value. */
const text = (max: number, key: ReviewMessageKey = "required") => storableString().trim().min(1, message(key)).max(max);
/** Optional text: empty means none. */
const optionalText = (max: number) =>
  storableString()
    .trim()
    .max(max)
    .transform((value) => value || undefined)
    .optional();

/** The reason of a rejection or retraction, or the question to the submitter: required, shown to them. */
export const reviewReasonSchema = text(REVIEW_REASON_MAX, "reason-required");
export const reviewQuestionSchema = text(REVIEW_REASON_MAX, "question-required");
/** An acceptance may say why; empty means no note. */
export const acceptNoteSchema = optionalText(REVIEW_REASON_MAX);

const ageMonths = z
  .number(message("age-range"))
  .int(message("age-range"))
  .min(-9, message("age-range"))
  .max(216, message("age-range"));

/** Lowercase words joined by single hyphens, as the catalogue's slugs are. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The catalogue record an editor completes when accepting a proposed intervention: names and summaries in
 * Dutch and English, a unique slug, and its first target group with the Health Council's advice groups.
 */
export const proposalRecordSchema = z.strictObject({
  slug: z.string().trim().max(80).regex(SLUG_PATTERN, message("slug-format")),
  nameNl: text(200),
  nameEn: text(200),
  summaryNl: text(1000),
  summaryEn: text(1000),
  descriptionNl: optionalText(8000),
  descriptionEn: optionalText(8000),
  website: z
    .string()
    .trim()
    .max(2000)
    .refine((value) => {
      if (value === "") return true;
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, message("url-format"))
    .transform((value) => value || undefined)
    .optional(),
  targetGroup: z
    .strictObject({
      preventionLevel: z.enum(preventionLevelSlugs, message("choose-level")),
      ageMinMonths: ageMonths.optional(),
      ageMaxMonths: ageMonths.optional(),
      descriptionNl: text(1000),
      descriptionEn: text(1000),
      adviceGroups: z.array(z.enum(adviceGroupSlugs)).min(1, message("advice-required")).max(adviceGroupSlugs.length),
    })
    .superRefine((group, ctx) => {
      if (
        group.ageMinMonths !== undefined &&
        group.ageMaxMonths !== undefined &&
        group.ageMaxMonths < group.ageMinMonths
      )
        ctx.addIssue({ code: "custom", path: ["ageMaxMonths"], message: "@age-order" });
    }),
});
export type ProposalRecordInput = z.infer<typeof proposalRecordSchema>;
export type ProposalRecordDraft = z.input<typeof proposalRecordSchema>;

export { suggestSlug } from "./review-form-state";

/** The queue's filters as query-string values; a value that does not parse is left out. */
export const reviewQueueQuerySchema = z.object({
  intervention: z.string().max(200).regex(SLUG_PATTERN).optional(),
  outcome: z.string().max(100).regex(SLUG_PATTERN).optional(),
  submitter: z
    .string()
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
  page: integerString("page", 1, 100_000).optional(),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;

/** Parses each filter on its own, so one bad value does not drop the others. */
export function parseReviewQueueQuery(params: Record<string, string | string[] | undefined>): ReviewQueueQuery {
  const query: ReviewQueueQuery = {};
  for (const key of Object.keys(reviewQueueQuerySchema.shape) as (keyof ReviewQueueQuery)[]) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = reviewQueueQuerySchema.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) Object.assign(query, { [key]: parsed.data });
  }
  return query;
}
