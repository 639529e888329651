/** The compare page's query: 2 to 4 distinct intervention slugs. Browser-safe. */
import { z } from "zod";
import { interventionSlugSchema } from "./api-schemas";

export const MAX_COMPARED = 4;

export const compareQuerySchema = z.object({
  slug: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(interventionSlugSchema))
    .transform((slugs) => [...new Set(slugs)])
    .pipe(
      z
        .array(z.string())
        .min(2, "Choose at least 2 interventions")
        .max(MAX_COMPARED, `Choose at most ${MAX_COMPARED} interventions`),
    ),
});
