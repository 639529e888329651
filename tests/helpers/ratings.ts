/** Valid inputs for an editor's rating decisions, for tests that need a rating to exist. Types only are imported. */
import type { RatingInput } from "@/lib/curation/ratings-schemas";
import type { ExternalRatingInput } from "@/lib/curation/crosswalk-schemas";

/** A Dutch recognition decision (Erkenningscommissie), verified and justified. */
export const ratingDecision = (overrides: Partial<RatingInput> = {}): RatingInput => ({
  level: "eerste-aanwijzingen",
  status: "erkend",
  isRecognised: true,
  decidedOn: "2024-03-01",
  committee: "Erkenningscommissie Interventies (synthetisch)",
  sourceUrl: "https://example.org/besluit",
  isVerified: true,
  justification: "Synthetisch besluit voor de test.",
  ...overrides,
});

/** A foreign clearinghouse's rating (CEBC), verified. */
export const externalRating = (overrides: Partial<ExternalRatingInput> = {}): ExternalRatingInput => ({
  clearinghouse: "cebc",
  level: "3 Promising Research Evidence",
  topic: "Synthetisch onderwerp",
  ratedOn: "2019-06",
  url: "https://example.org/rating",
  isVerified: true,
  ...overrides,
});
