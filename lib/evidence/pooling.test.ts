import { describe, expect, test } from "vitest";
import { headlineEffect, type HeadlineInput } from "./pooling";

const primary = (studyId: number, yi: number, vi: number, extra: Partial<HeadlineInput> = {}): HeadlineInput => ({
  studyId,
  design: "RCT",
  studiesCount: null,
  year: 2010,
  measure: "SMD",
  yi,
  vi,
  reportedEstimate: null,
  reportedCiLower: null,
  reportedCiUpper: null,
  higherIsBetter: true,
  n: 100,
  ...extra,
});
const meta = (
  studyId: number,
  estimate: number,
  ci: [number, number] | null,
  k: number,
  extra: Partial<HeadlineInput> = {},
) =>
  primary(studyId, estimate, 0.01, {
    design: "META_ANALYSIS",
    studiesCount: k,
    reportedEstimate: estimate,
    reportedCiLower: ci?.[0] ?? null,
    reportedCiUpper: ci?.[1] ?? null,
    n: 4883,
    ...extra,
  });

describe("the headline effect of one outcome", () => {
  test("two primary studies are pooled (REML); a meta-analysis beside them is not pooled with them", () => {
    const h = headlineEffect([primary(1, 0.4, 0.04), primary(2, 0.6, 0.05), meta(3, 0.1, [0.0, 0.2], 20)])!;
    expect(h.basis).toBe("POOLED");
    expect(h.k).toBe(2);
    expect(h.totalN).toBe(200);
    expect(h.estimate).toBeGreaterThan(0.4);
    expect(h.estimate).toBeLessThan(0.6);
    expect(h.tau2).not.toBeNull();
  });

  test("one primary study and a meta-analysis: the meta-analysis as reported, its own k and N, never k = 1", () => {
    const h = headlineEffect([primary(1, 0.9, 0.04), meta(3, 0.61, [0.42, 0.79], 23)])!;
    expect(h).toMatchObject({ basis: "META_ANALYSIS", sourceStudyId: 3, k: 23, totalN: 4883, estimate: 0.61 });
    expect([h.ciLower, h.ciUpper]).toEqual([0.42, 0.79]);
    expect([h.se, h.tau2, h.i2, h.q, h.piLower]).toEqual([null, null, null, null, null]);
  });

  test("a meta-analysis where lower is better is turned to benefit without re-rounding", () => {
    const h = headlineEffect([meta(3, -0.254, [-0.4, -0.1], 37, { higherIsBetter: false })])!;
    expect(h.estimate).toBe(0.254);
    expect([h.ciLower, h.ciUpper]).toEqual([0.1, 0.4]);
  });

  test("of several meta-analyses, one with a CI wins over a larger one without", () => {
    const h = headlineEffect([meta(3, -1.38, null, 37), meta(4, 0.61, [0.42, 0.79], 33)])!;
    expect(h.sourceStudyId).toBe(4);
    const larger = headlineEffect([meta(3, 0.3, [0.1, 0.5], 12), meta(4, 0.5, [0.2, 0.8], 40)])!;
    expect(larger.sourceStudyId).toBe(4);
  });

  test("a meta-analysis without a CI keeps it absent rather than inventing one", () => {
    const h = headlineEffect([meta(3, 0.27, null, 50)])!;
    expect([h.estimate, h.ciLower, h.ciUpper, h.k]).toEqual([0.27, null, null, 50]);
  });

  test("a meta-analysis on a measure without a common scale (a correlation) is no headline", () => {
    expect(headlineEffect([meta(3, 0.23, null, 25, { measure: "COR" })])).toBeNull();
  });

  test("a single primary study gives its own effect with a 95% CI", () => {
    const h = headlineEffect([primary(1, 0.5, 0.04)])!;
    expect(h).toMatchObject({ basis: "SINGLE_STUDY", sourceStudyId: 1, k: 1, estimate: 0.5 });
    expect(h.ciLower).toBeCloseTo(0.5 - 1.959964 * 0.2, 5);
    expect(h.ciUpper).toBeCloseTo(0.5 + 1.959964 * 0.2, 5);
  });

  test("a study that only reports words gives no headline", () => {
    expect(headlineEffect([primary(1, 0, 0, { yi: null, vi: null })])).toBeNull();
  });

  test("a study counts once: two effects of one study are not two studies", () => {
    const h = headlineEffect([primary(1, 0.4, 0.04), primary(1, 0.5, 0.02)])!;
    expect(h.basis).toBe("SINGLE_STUDY");
    expect(h.estimate).toBe(0.5);
  });
});

describe("the headline's certainty", () => {
  test("a pool of two Dutch low-risk trials with N = 200 is moderate: imprecise by sample size only", () => {
    const h = headlineEffect([
      primary(1, 0.4, 0.02, { riskOfBias: "LOW", country: "NL" }),
      primary(2, 0.5, 0.02, { riskOfBias: "LOW", country: "NL" }),
    ])!;
    expect(h.certainty).toBe("MODERATE");
    expect(h.certaintyReasons.map((r) => r.code)).toEqual(["start-randomised", "imprecision-sample"]);
  });

  test("a meta-analysis's reported estimate without its design mix starts low and is not judged for bias", () => {
    const h = headlineEffect([meta(3, 0.13, [0.05, 0.21], 20)])!;
    expect(h.basis).toBe("META_ANALYSIS");
    expect(h.certaintyReasons.map((r) => r.code)).toEqual([
      "start-meta-analysis-unknown-design",
      "meta-analysis-not-judged",
      "indirectness",
    ]);
    expect(h.certainty).toBe("VERY_LOW");
    expect(headlineEffect([meta(3, 0.13, [0.05, 0.21], 20, { randomisedShare: 1, country: "NL" })])!.certainty).toBe(
      "MODERATE",
    );
  });
});
