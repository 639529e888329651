import { describe, expect, it } from "vitest";
import { z } from "zod";
import { metaAnalysisRequestSchema, metaAnalysisResponseSchema } from "./schemas";
import { issuesFromZod } from "../api/http";
import { runMetaAnalysis, studyEffect } from "./meta-analysis";
import { smdFromMeans, smdFromT } from "./effect-size";
import { StatsError } from "./pool";

const means = { m1: 12, sd1: 4, n1: 20, m2: 10, sd2: 5, n2: 25 };
const counts = { ai: 4, bi: 119, ci: 11, di: 128 };

function issuesOf(body: unknown) {
  const parsed = metaAnalysisRequestSchema.safeParse(body);
  if (parsed.success) throw new Error("expected the body to be rejected");
  return issuesFromZod(parsed.error);
}

function pathsOf(body: unknown) {
  return issuesOf(body).map((issue) => issue.path);
}

describe("metaAnalysisRequestSchema", () => {
  it("accepts every form a measure can take and defaults to REML with a z test", () => {
    const parsed = metaAnalysisRequestSchema.parse({
      measure: "SMD",
      studies: [
        { label: "A", ...means },
        { t: 2.1, n1: 30, n2: 30 },
        { F: 4.41, n1: 30, n2: 30, sign: -1 },
        { estimate: 0.3, ciLower: 0.1, ciUpper: 0.5 },
        { yi: 0.2, vi: 0.01 },
      ],
    });
    expect(parsed.method).toBe("REML");
    expect(parsed.test).toBe("z");
  });

  it("needs at least 2 studies", () => {
    expect(issuesOf({ measure: "MD", studies: [means] })).toEqual([
      { path: "studies", message: "At least 2 studies are needed" },
    ]);
  });

  it("names the study and field of each value problem", () => {
    expect(pathsOf({ measure: "MD", studies: [means, { ...means, sd1: -1 }] })).toEqual(["studies.1.sd1"]);
    expect(pathsOf({ measure: "MD", studies: [{ ...means, n1: 0 }, means] })).toEqual(["studies.0.n1"]);
    expect(pathsOf({ measure: "MD", studies: [means, { ...means, n2: 12.5 }] })).toEqual(["studies.1.n2"]);
    expect(pathsOf({ measure: "OR", studies: [counts, { ...counts, ci: -2 }] })).toEqual(["studies.1.ci"]);
    expect(
      pathsOf({
        measure: "GENERIC",
        studies: [
          { yi: 1, vi: 0 },
          { yi: 1, vi: 1 },
        ],
      }),
    ).toEqual(["studies.0.vi"]);
    expect(pathsOf({ measure: "MD", studies: [means, { ...means, sd1: 0, sd2: 0 }] })).toEqual(["studies.1.sd1"]);
    expect(pathsOf({ measure: "RD", studies: [counts, { ai: 0, bi: 0, ci: 3, di: 4 }] })).toEqual(["studies.1.bi"]);
  });

  it("rejects a CI that does not contain its estimate", () => {
    const ok = { estimate: 0.3, ciLower: 0.1, ciUpper: 0.5 };
    expect(pathsOf({ measure: "GENERIC", studies: [ok, { estimate: 0.6, ciLower: 0.1, ciUpper: 0.5 }] })).toEqual([
      "studies.1.ciUpper",
    ]);
    expect(pathsOf({ measure: "GENERIC", studies: [{ estimate: 0, ciLower: 0.1, ciUpper: 0.5 }, ok] })).toEqual([
      "studies.0.ciLower",
    ]);
    expect(pathsOf({ measure: "GENERIC", studies: [{ estimate: 0.3, ciLower: 0.5, ciUpper: 0.1 }, ok] })).toEqual([
      "studies.0.ciUpper",
    ]);
  });

  it("rejects ratios at or below 0", () => {
    const ok = { estimate: 0.8, ciLower: 0.5, ciUpper: 1.2 };
    expect(pathsOf({ measure: "RR", studies: [ok, { estimate: 0, ciLower: -0.1, ciUpper: 1 }] })).toEqual([
      "studies.1.estimate",
      "studies.1.ciLower",
    ]);
  });

  it("rejects input forms the measure cannot take", () => {
    expect(issuesOf({ measure: "OR", studies: [counts, means] })).toEqual([
      {
        path: "studies.1.m1",
        message:
          "OR cannot be computed from means and SDs (m1, sd1, n1, m2, sd2, n2); use 2×2 counts (ai, bi, ci, di); " +
          "an estimate with its 95% CI (estimate, ciLower, ciUpper); yi and vi",
      },
    ]);
    expect(pathsOf({ measure: "MD", studies: [means, { t: 2, n1: 10, n2: 10 }] })).toEqual(["studies.1.t"]);
    expect(pathsOf({ measure: "GENERIC", studies: [{ yi: 1, vi: 1 }, counts] })).toEqual(["studies.1.ai"]);
  });

  it("rejects mixed forms, incomplete forms, stray fields and empty studies", () => {
    expect(pathsOf({ measure: "SMD", studies: [means, { ...means, yi: 0.2, vi: 0.1 }] })).toEqual(["studies.1.yi"]);
    expect(pathsOf({ measure: "SMD", studies: [means, { m1: 1, sd1: 1, n1: 10, m2: 2, n2: 10 }] })).toEqual([
      "studies.1.sd2",
    ]);
    expect(pathsOf({ measure: "OR", studies: [counts, { ...counts, n1: 123 }] })).toEqual(["studies.1.n1"]);
    expect(pathsOf({ measure: "OR", studies: [counts, { label: "empty" }] })).toEqual(["studies.1"]);
  });

  it("names unknown keys one by one, in studies and at the root", () => {
    expect(pathsOf({ measure: "MD", studies: [means, { ...means, foo: 1, bar: 2 }] })).toEqual([
      "studies.1.foo",
      "studies.1.bar",
    ]);
    expect(pathsOf({ measure: "MD", studies: [means, means], extra: true })).toEqual(["extra"]);
  });

  it("needs n1 + n2 ≥ 4 for Hedges' g", () => {
    expect(pathsOf({ measure: "SMD", studies: [means, { t: 1, n1: 1, n2: 2 }] })).toEqual(["studies.1.n2"]);
  });

  it("rejects unknown measures, methods and tests", () => {
    expect(pathsOf({ measure: "COR", method: "PM", test: "t", studies: [means, means] })).toEqual([
      "measure",
      "method",
      "test",
    ]);
  });

  it("converts to JSON Schema for the OpenAPI document, with descriptions", () => {
    const request = z.toJSONSchema(metaAnalysisRequestSchema, { io: "input" }) as Record<string, unknown>;
    expect(JSON.stringify(request)).toContain("Standard deviation in group 1");
    expect(() => z.toJSONSchema(metaAnalysisResponseSchema)).not.toThrow();
  });
});

describe("runMetaAnalysis", () => {
  it("turns each form into yi/vi and validates against the response schema", () => {
    const request = metaAnalysisRequestSchema.parse({
      measure: "SMD",
      method: "DL",
      studies: [
        { label: "means", ...means },
        { t: 2.1, n1: 30, n2: 30 },
        { yi: 0.2, vi: 0.01 },
      ],
    });
    const response = metaAnalysisResponseSchema.parse(runMetaAnalysis(request));
    expect(response.scale).toBe("identity");
    expect(response.backTransformed).toBeUndefined();
    expect(response.studies.map((study) => study.label)).toEqual(["means", "Study 2", "Study 3"]);
    expect(response.studies[0].yi).toBe(smdFromMeans(means).yi);
    expect(response.studies[1].yi).toBe(smdFromT({ t: 2.1, n1: 30, n2: 30 }).yi);
    expect(response.pooled).toMatchObject({ k: 3, method: "DL", test: "z" });
  });

  it("reports OR and RR on the log scale with exp() back-transformations", () => {
    const request = metaAnalysisRequestSchema.parse({
      measure: "OR",
      test: "knha",
      studies: [counts, { estimate: 0.5, ciLower: 0.25, ciUpper: 1 }, { yi: -0.2, vi: 0.05 }],
    });
    const response = metaAnalysisResponseSchema.parse(runMetaAnalysis(request));
    expect(response.scale).toBe("log");
    expect(response.studies[1].yi).toBeCloseTo(Math.log(0.5), 14);
    expect(response.studies[1].backTransformed?.ciLower).toBeCloseTo(0.25, 12);
    expect(response.backTransformed?.estimate).toBeCloseTo(Math.exp(response.pooled.estimate), 14);
    expect(response.backTransformed?.piUpper).toBeCloseTo(Math.exp(response.pooled.piUpper), 14);
    expect(response.pooled).toMatchObject({ test: "knha", df: 2 });
  });

  it("refuses a form the measure cannot take even without the schema", () => {
    expect(() => studyEffect("OR", means)).toThrow(StatsError);
  });
});
