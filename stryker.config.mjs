// @ts-check
/**
 * Mutation testing of the statistics (`npm run test:mutation`): a mutant of lib/stats should make a statistics
 * unit test fail, and the run fails below a 90% score. Runs vitest.stryker.config.mts (the lib/stats tests only,
 * no database). The mutants that survive are equivalent ones: bisection loops that only iterate longer or
 * stop more precisely, comparisons that differ only at a single point (>= for >), unreachable fallbacks, and
 * zod's issue code, which the API does not report.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.mts" },
  plugins: ["@stryker-mutator/vitest-runner", "./stryker.ignorers.mjs"],
  mutate: ["lib/stats/**/*.ts", "!lib/stats/**/*.test.ts"],
  // OpenAPI descriptions and the wording of error messages are not mutated (see stryker.ignorers.mjs).
  ignorers: ["stats-texts"],
  coverageAnalysis: "perTest",
  // The sandbox needs only the code, the fixtures and the configs, not .data/ (the embedded database).
  ignorePatterns: [
    "/*",
    "!/lib",
    "!/tests",
    "!/package.json",
    "!/tsconfig.json",
    "!/vitest.unit.config.mts",
    "!/vitest.stryker.config.mts",
  ],
  concurrency: 2,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
};

export default config;
