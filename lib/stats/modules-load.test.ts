import { expect, it } from "vitest";

// Imported inside the test on purpose: an error while a module of lib/stats is evaluated (a schema that cannot
// be built, say) then fails this test. A static import would only leave a test file without tests, which a
// runner such as StrykerJS's vitest runner does not count as a failure.
it("every module of lib/stats loads and exports its entry points", async () => {
  const stats = await import("./index");
  expect(typeof stats.pool).toBe("function");
  expect(typeof stats.runMetaAnalysis).toBe("function");
  expect(stats.metaAnalysisRequestSchema.safeParse({}).success).toBe(false);
  expect(stats.metaAnalysisResponseSchema.safeParse({}).success).toBe(false);
});
