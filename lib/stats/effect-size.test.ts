import { describe, expect, it, test } from "vitest";
import {
  dToLogOddsRatio,
  effectFromEstimateCi,
  hedgesCorrection,
  logOddsRatioToD,
  pooledSd,
  rToD,
  smdFromF,
  smdFromMeans,
  smdFromT,
  studyInterval,
} from "./effect-size";
import { studyEffect } from "./meta-analysis";
import { metaAnalysisRequestSchema } from "./schemas";

const study = { m1: 12, sd1: 4, n1: 20, m2: 10, sd2: 5, n2: 25 };

describe("hedgesCorrection", () => {
  it("is the exact gamma-function correction, not an approximation", () => {
    // J(10) = Γ(5) / (√5 · Γ(4.5)) = 24 / (2.2360680 · 11.6317284)
    expect(hedgesCorrection(10)).toBeCloseTo(24 / (Math.sqrt(5) * 11.63172839656745), 12);
    expect(Math.abs(hedgesCorrection(10) - (1 - 3 / (4 * 10 - 1)))).toBeGreaterThan(1e-4);
  });

  it("stays finite for large samples, where Γ itself overflows", () => {
    // Γ(500000) overflows; the lgamma difference keeps ~1e-10 precision (as in metafor's .cmicalc).
    const m = 1_000_000;
    expect(hedgesCorrection(m)).toBeCloseTo(1 - 3 / (4 * m - 1), 9);
  });

  it("is undefined for m ≤ 1, as in metafor", () => {
    expect(hedgesCorrection(1)).toBeNaN();
  });
});

describe("SMD", () => {
  it("gives the same g from the t statistic of the same data", () => {
    const t = (study.m1 - study.m2) / (pooledSd(study) * Math.sqrt(1 / study.n1 + 1 / study.n2));
    const fromT = smdFromT({ t, n1: study.n1, n2: study.n2 });
    const fromMeans = smdFromMeans(study);
    expect(fromT.yi).toBeCloseTo(fromMeans.yi, 12);
    expect(fromT.vi).toBeCloseTo(fromMeans.vi, 12);
  });

  it("takes t = √F from an F statistic, with the sign given separately (default +1)", () => {
    expect(smdFromF({ F: 4, n1: 10, n2: 12 }).yi).toBeCloseTo(smdFromT({ t: 2, n1: 10, n2: 12 }).yi, 14);
    expect(smdFromF({ F: 4, n1: 10, n2: 12, sign: -1 }).yi).toBeCloseTo(smdFromT({ t: -2, n1: 10, n2: 12 }).yi, 14);
  });
});

// Effect sizes themselves are checked against metafor in metafor-cases.test.ts; these are the relations between forms.
describe("reported estimate with 95% CI", () => {
  it("round-trips through the per-study interval", () => {
    const effect = effectFromEstimateCi({ estimate: 0.4, ciLower: 0.1, ciUpper: 0.7 }, false);
    const interval = studyInterval(effect);
    expect(interval.ciLower).toBeCloseTo(0.1, 12);
    expect(interval.ciUpper).toBeCloseTo(0.7, 12);
  });
});

describe("conversions", () => {
  // The values of both directions are metafor cases (gibson2002_D2ORL, escalc_OR2DL_single_table).
  it("d → log OR and back is the identity", () => {
    const d = { yi: 0.5, vi: 0.04 };
    const back = logOddsRatioToD(dToLogOddsRatio(d));
    expect(back.yi).toBeCloseTo(d.yi, 14);
    expect(back.vi).toBeCloseTo(d.vi, 14);
  });

  it("r → d is 2r/√(1 − r²)", () => {
    expect(rToD(0)).toBe(0);
    expect(rToD(0.5)).toBeCloseTo(1 / Math.sqrt(0.75), 14);
    expect(rToD(-0.3)).toBeCloseTo(-rToD(0.3), 14);
  });
});

describe("a reported Cohen's d with group sizes (escalc di=)", () => {
  test("gives the same Hedges' g and variance as the t statistic it implies, t = d·√(n1·n2/(n1+n2))", () => {
    for (const [d, n1, n2] of [
      [0.65, 50, 50],
      [0.51, 40, 28],
      [-0.3, 12, 9],
    ]) {
      const viaD = studyEffect("SMD", { d, n1, n2 });
      const viaT = studyEffect("SMD", { t: d * Math.sqrt((n1 * n2) / (n1 + n2)), n1, n2 });
      expect(viaD.yi).toBeCloseTo(viaT.yi, 12);
      expect(viaD.vi).toBeCloseTo(viaT.vi, 12);
    }
  });
  test("applies the exact small-sample correction J(n1+n2-2) to d", () => {
    const { yi } = studyEffect("SMD", { d: 0.5, n1: 10, n2: 10 });
    expect(yi).toBeLessThan(0.5);
    expect(yi).toBeCloseTo(0.5 * hedgesCorrection(18), 12);
  });
  test("is refused for measures other than SMD, naming the field", () => {
    const parsed = metaAnalysisRequestSchema.safeParse({
      measure: "OR",
      studies: [
        { d: 0.5, n1: 10, n2: 10 },
        { yi: 0.1, vi: 0.1 },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].path).toEqual(["studies", 0, "d"]);
  });
});
