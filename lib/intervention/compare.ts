/** The compare page's query: 2 to 4 distinct intervention slugs. Browser-safe. */
import { z } from "zod";
import { interventionSlugSchema } from "./api-schemas";

export const MAX_COMPARED = 4;

export const compareQuerySchema = z.object({
  slug: z
    .preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      // Repeats are dropped below; more than a few is not a comparison.
      z.array(interventionSlugSchema).max(5 * MAX_COMPARED, `Choose at most ${MAX_COMPARED} interventions`),
    )
    .transform((slugs) => [...new Set(slugs)])
    .pipe(
      z
        .array(z.string())
        .min(2, "Choose at least 2 interventions")
        .max(MAX_COMPARED, `Choose at most ${MAX_COMPARED} interventions`),
    ),
});
