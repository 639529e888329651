/** Names shared by the pure statistics and the request schemas (no imports, so both stay light). */

export const MEASURES = ["SMD", "MD", "OR", "RR", "RD", "GENERIC"] as const;
export type Measure = (typeof MEASURES)[number];

/** Measures analysed on the log scale and reported back as ratios. */
export const RATIO_MEASURES: readonly Measure[] = ["OR", "RR"];

export const POOL_METHODS = ["FE", "DL", "HE", "ML", "REML"] as const;
export type PoolMethod = (typeof POOL_METHODS)[number];

export const POOL_TESTS = ["z", "knha"] as const;
export type PoolTest = (typeof POOL_TESTS)[number];

/** Options of the publication-bias diagnostics (lib/stats/diagnostics.ts), as metafor names them. */
export const REGTEST_MODELS = ["rma", "lm"] as const;
export type RegtestModel = (typeof REGTEST_MODELS)[number];
export const REGTEST_PREDICTORS = ["sei", "vi", "ni", "ninv", "sqrtninv"] as const;
export type RegtestPredictor = (typeof REGTEST_PREDICTORS)[number];
export const TRIMFILL_ESTIMATORS = ["L0", "R0", "Q0"] as const;
export type TrimfillEstimator = (typeof TRIMFILL_ESTIMATORS)[number];
export const TRIMFILL_SIDES = ["left", "right"] as const;
export type TrimfillSide = (typeof TRIMFILL_SIDES)[number];

/** Fewest studies each diagnostic accepts. */
export const DIAGNOSTIC_MIN_STUDIES = { regtest: 3, trimfill: 3, ranktest: 3, leave1out: 2 } as const;
