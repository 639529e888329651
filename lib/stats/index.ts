/** lib/stats: effect sizes and meta-analysis, pure functions with no I/O (safe on server and in the browser). */
export * from "./constants";
export * from "./distributions";
export * from "./effect-size";
export * from "./pool";
export * from "./heterogeneity-ci";
export * from "./schemas";
export * from "./meta-analysis";
