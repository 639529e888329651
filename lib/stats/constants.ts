/** Names shared by the pure statistics and the request schemas (no imports, so both stay light). */

export const MEASURES = ["SMD", "MD", "OR", "RR", "RD", "GENERIC"] as const;
export type Measure = (typeof MEASURES)[number];

/** Measures analysed on the log scale and reported back as ratios. */
export const RATIO_MEASURES: readonly Measure[] = ["OR", "RR"];

export const POOL_METHODS = ["FE", "DL", "HE", "ML", "REML"] as const;
export type PoolMethod = (typeof POOL_METHODS)[number];

export const POOL_TESTS = ["z", "knha"] as const;
export type PoolTest = (typeof POOL_TESTS)[number];
