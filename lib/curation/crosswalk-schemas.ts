/**
 * The crosswalk forms: other clearinghouses' ratings of an intervention, the clearinghouses, and the levels
 * of their scales with the mapping onto the common scale. Shared by the forms' server actions and the data
 * layer (lib/curation/crosswalk.ts). Browser-safe (zod only).
 */
import { z } from "zod";
import { commonLevelSlugs } from "../intervention/api-schemas";
import { httpUrl, optionalText, own, partialDate, requiredText } from "./ratings-schemas";

const slug = z
  .string(own("required"))
  .trim()
  .toLowerCase()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, own("slug-format"));

export const clearinghouseFormSchema = z
  .strictObject({
    name: requiredText(200),
    slug: slug.meta({ description: "Lowercase words joined by hyphens, e.g. title-iv-e" }),
    country: z
      .string(own("required"))
      .trim()
      .toUpperCase()
      .max(2, { ...own("country-format"), abort: true })
      .regex(/^[A-Z]{2}$/, own("country-format"))
      .meta({ description: "Two-letter country code, e.g. NL, US, UK" }),
    website: httpUrl,
  })
  .meta({ id: "ClearinghouseInput" });
export type ClearinghouseInput = z.infer<typeof clearinghouseFormSchema>;

/**
 * One level of a clearinghouse's scale and where it sits on the common scale ("none": no counterpart).
 * A change of the mapping changes how every rating at that level reads, so it needs a reason (kept in the
 * audit log).
 */
export const scaleLevelFormSchema = z
  .strictObject({
    level: requiredText(200).meta({ description: "The level as the clearinghouse words it" }),
    commonLevel: z.enum([...commonLevelSlugs, "none"], own("choose")),
    reason: requiredText(1000).meta({ description: "Why this mapping (kept in the audit log)" }),
  })
  .meta({ id: "ScaleLevelInput" });
export type ScaleLevelInput = z.infer<typeof scaleLevelFormSchema>;

export const removeScaleLevelSchema = scaleLevelFormSchema.pick({ reason: true });

/** Another clearinghouse's rating of an intervention; the level must be an entry of that clearinghouse's scale. */
export const externalRatingFormSchema = z
  .strictObject({
    clearinghouse: slug.meta({ description: "Clearinghouse slug" }),
    level: requiredText(200).meta({ description: "An entry of the clearinghouse's scale" }),
    levelAsWritten: optionalText(300).meta({ description: "The source's own words where they differ" }),
    topic: optionalText(200),
    ratedOn: partialDate.optional(),
    reviewedOn: partialDate.optional(),
    url: httpUrl.optional(),
    isVerified: z.boolean(),
    note: optionalText(2000),
  })
  .superRefine((r, ctx) => {
    // Compared at the precision both dates have: "2019" is not before "2019-06".
    const n = Math.min(r.ratedOn?.length ?? 0, r.reviewedOn?.length ?? 0);
    if (n > 0 && r.reviewedOn!.slice(0, n) < r.ratedOn!.slice(0, n)) {
      ctx.addIssue({ code: "custom", path: ["reviewedOn"], message: "@reviewed-before-rated" });
    }
  })
  .meta({ id: "ExternalRatingInput" });
export type ExternalRatingInput = z.infer<typeof externalRatingFormSchema>;

/** Field names of each form, for reading them from a FormData. */
export const CLEARINGHOUSE_FIELDS = Object.keys(clearinghouseFormSchema.shape) as (keyof ClearinghouseInput)[];
export const SCALE_LEVEL_FIELDS = Object.keys(scaleLevelFormSchema.shape) as (keyof ScaleLevelInput)[];
export const EXTERNAL_RATING_FIELDS = Object.keys(externalRatingFormSchema.shape) as (keyof ExternalRatingInput)[];
