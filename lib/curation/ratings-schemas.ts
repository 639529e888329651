/**
 * The editors' level-and-recognition form: one schema shared by the form's server action and the data layer
 * (lib/curation/ratings.ts), with the field helpers the crosswalk forms share. Browser-safe (zod only).
 *
 * Messages of our own checks are keys ("@required"); lib/curation/form-messages.ts translates them into the
 * page's language from lib/i18n/messages/admin-ratings.ts.
 */
import { z } from "zod";
import { allEvidenceLevelSlugs } from "../intervention/api-schemas";
import { recognitionStatusSlugs, type RecognitionStatusSlug } from "../intervention/recognition";
import { storableString } from "../api/input-bounds";

export type EvidenceLevelOption = (typeof allEvidenceLevelSlugs)[number];

/** The three levels at which a recognition is "as effective" (NJi's Effectief levels). */
export const EFFECTIVE_LEVEL_SLUGS = [
  "eerste-aanwijzingen",
  "goede-aanwijzingen",
  "sterke-aanwijzingen",
] as const satisfies readonly EvidenceLevelOption[];
/** Levels a committee recognises at: Goed onderbouwd and the Effectief levels. */
export const RECOGNISED_LEVEL_SLUGS = [
  "goed-onderbouwd",
  ...EFFECTIVE_LEVEL_SLUGS,
] as const satisfies readonly EvidenceLevelOption[];

export const isEffectiveLevel = (level: EvidenceLevelOption) =>
  (EFFECTIVE_LEVEL_SLUGS as readonly string[]).includes(level);
export const isRecognitionLevel = (level: EvidenceLevelOption) =>
  (RECOGNISED_LEVEL_SLUGS as readonly string[]).includes(level);
/** Statuses that carry a level and can count as "recognised as effective". */
export const hasRecognisedLevel = (status: RecognitionStatusSlug) =>
  status === "erkend" || status === "in-herbeoordeling";

/** Our own check messages, by key; their texts are in lib/i18n/messages/admin-ratings.ts ("errors"). */
export const own = (key: string) => ({ error: `@${key}` });
const issue = (key: string) => ({ message: `@${key}` });

export const requiredText = (max: number) => storableString(own("required")).trim().min(1, own("required")).max(max);
export const optionalText = (max: number) => storableString().trim().max(max).optional();

/** An http(s) address; anything else (javascript:, mailto:, a bare word) is refused. */
export const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      return ["http:", "https:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, own("url-format"));

const isRealDay = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** A date as precise as its source (YYYY, YYYY-MM or YYYY-MM-DD), and a real one (no 31 June). */
export const partialDate = z
  .string()
  .trim()
  .max(10, { ...own("partial-date"), abort: true })
  .refine((value) => {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    if (!match) return false;
    const [, year, month, day] = match;
    if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
    return day === undefined || isRealDay(Number(year), Number(month), Number(day));
  }, own("partial-date"));

/** A calendar date, YYYY-MM-DD. */
export const calendarDate = z
  .string()
  .trim()
  .max(10, { ...own("calendar-date"), abort: true })
  .refine((value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
  }, own("calendar-date"));

/**
 * A Dutch rating decision: the level (Intervention.evidenceLevel), the recognition as NJi words it and the
 * catalogue's "recognised as effective" flag, which the editor states explicitly and which is possible only
 * at an Effectief level (the database refuses anything else too). Status "onbekend" removes a recognition:
 * no Dutch decision is known. The re-review date defaults to five years after the decision.
 */
export const ratingSchema = z
  .strictObject({
    level: z.enum(allEvidenceLevelSlugs, own("choose")).meta({ description: "The Dutch level" }),
    status: z.enum(recognitionStatusSlugs, own("choose")),
    isRecognised: z.boolean().meta({ description: "Recognised as effective (the catalogue's flag)" }),
    decidedOn: partialDate.meta({ description: "Date of the decision: YYYY, YYYY-MM or YYYY-MM-DD" }),
    committee: optionalText(300).meta({ description: "The deciding committee as the source names it" }),
    expiresOn: calendarDate.optional().meta({ description: "Re-review date; default five years after the decision" }),
    sourceUrl: httpUrl.optional(),
    isVerified: z.boolean().meta({ description: "False when known only from a secondary source" }),
    justification: requiredText(4000).meta({ description: "Why: shown in the public history" }),
    basedOnEventId: z.number().int().min(0).optional().meta({
      description: "The latest rating event the editor saw (0: none); a newer one makes this a conflict",
    }),
  })
  .superRefine((r, ctx) => {
    const recognisedStatus = hasRecognisedLevel(r.status);
    if (recognisedStatus && !isRecognitionLevel(r.level)) {
      ctx.addIssue({ code: "custom", path: ["level"], ...issue("erkend-level") });
    } else if (!recognisedStatus && isRecognitionLevel(r.level)) {
      ctx.addIssue({ code: "custom", path: ["status"], ...issue("level-needs-recognition") });
    }
    const effective = recognisedStatus && isEffectiveLevel(r.level);
    if (r.isRecognised && !effective) {
      ctx.addIssue({ code: "custom", path: ["isRecognised"], ...issue("recognised-needs-effective") });
    } else if (!r.isRecognised && effective) {
      ctx.addIssue({ code: "custom", path: ["isRecognised"], ...issue("effective-is-recognised") });
    }
    if (r.expiresOn !== undefined) {
      if (!recognisedStatus) {
        ctx.addIssue({ code: "custom", path: ["expiresOn"], ...issue("expires-only-recognised") });
      } else if (r.expiresOn <= r.decidedOn) {
        ctx.addIssue({ code: "custom", path: ["expiresOn"], ...issue("expires-after-decision") });
      }
    }
  })
  .meta({ id: "RatingDecision" });
export type RatingInput = z.infer<typeof ratingSchema>;

/** The form's field names, in the order the form shows them. */
export const RATING_FIELDS = Object.keys(ratingSchema.shape) as (keyof RatingInput)[];
