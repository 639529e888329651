/**
 * The catalogue's filter values and facet names, without zod: the browser's filter panel imports these, and
 * importing them from ./schemas would ship zod and the whole filter schema to every visitor (see bench:ui).
 * ./schemas builds the schema from these same lists and re-exports them.
 */

/** Public slugs of the Dutch evidence levels, lowest first (the API's `rating` parameter). */
export const evidenceLevelSlugs = [
  "goed-beschreven",
  "goed-onderbouwd",
  "eerste-aanwijzingen",
  "goede-aanwijzingen",
  "sterke-aanwijzingen",
] as const;

export const preventionLevelSlugs = ["universal", "selective", "indicated", "care"] as const;
export type PreventionLevelSlug = (typeof preventionLevelSlugs)[number];

export const sortValues = ["relevance", "name", "rating", "effect", "reviewed"] as const;
export type SortValue = (typeof sortValues)[number];

/** The Health Council's target groups (advice 2018/11), in the order the filter panel shows them. */
export const adviceGroupSlugs = ["risk-factors", "maltreatment-occurs", "asks-for-support", "universal"] as const;
export type AdviceGroupSlug = (typeof adviceGroupSlugs)[number];

/** recognised=true|false, or current: recognised as effective and before the re-review date today. */
export const recognisedValues = ["true", "false", "current"] as const;
export type RecognisedValue = (typeof recognisedValues)[number];

/** The filter parameters that have facet counts. */
export const facetParams = [
  "adviceGroup",
  "targetGroup",
  "riskFactor",
  "outcome",
  "delivery",
  "rating",
  "recognised",
] as const;
export type FacetParam = (typeof facetParams)[number];
export type Facets = Record<FacetParam, Record<string, number>>;
