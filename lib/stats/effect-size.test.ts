import { describe, expect, it, test } from "vitest";
import { Z_975 } from "./distributions";
import {
  adjustZeroCells,
  cohensDFromMeans,
  dToLogOddsRatio,
  effectFromCounts,
  effectFromEstimateCi,
  hedgesCorrection,
  logOddsRatioToD,
  mdFromMeans,
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
  it("uses the corrected g and 2N in the LS variance", () => {
    const { yi, vi } = smdFromMeans(study);
    const d = (12 - 10) / pooledSd(study);
    const g = hedgesCorrection(43) * d;
    expect(yi).toBeCloseTo(g, 14);
    expect(vi).toBeCloseTo(1 / 20 + 1 / 25 + (g * g) / (2 * 45), 14);
  });

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

describe("MD", () => {
  it("uses s1²/n1 + s2²/n2", () => {
    expect(mdFromMeans(study)).toEqual({ yi: 2, vi: 16 / 20 + 25 / 25 });
  });
});

describe("2×2 tables", () => {
  it("leaves tables without a zero cell alone", () => {
    expect(adjustZeroCells({ ai: 1, bi: 2, ci: 3, di: 4 })).toEqual({ ai: 1, bi: 2, ci: 3, di: 4, adjusted: false });
    const { yi, vi } = effectFromCounts("OR", { ai: 1, bi: 2, ci: 3, di: 4 });
    expect(yi).toBeCloseTo(Math.log((1 * 4) / (2 * 3)), 14);
    expect(vi).toBeCloseTo(1 + 1 / 2 + 1 / 3 + 1 / 4, 14);
  });

  it("adds 1/2 to all four cells of a table with a zero cell", () => {
    const or = effectFromCounts("OR", { ai: 0, bi: 10, ci: 3, di: 7 });
    expect(or.yi).toBeCloseTo(Math.log((0.5 * 7.5) / (10.5 * 3.5)), 14);
    expect(or.vi).toBeCloseTo(1 / 0.5 + 1 / 10.5 + 1 / 3.5 + 1 / 7.5, 14);
    const rr = effectFromCounts("RR", { ai: 0, bi: 10, ci: 3, di: 7 });
    expect(rr.yi).toBeCloseTo(Math.log(0.5 / 11 / (3.5 / 11)), 14);
    expect(rr.vi).toBeCloseTo(1 / 0.5 - 1 / 11 + 1 / 3.5 - 1 / 11, 14);
  });

  it("computes RD from the adjusted table by default (metafor addyi = TRUE) and raw on request", () => {
    const counts = { ai: 0, bi: 10, ci: 3, di: 7 };
    const p1 = 0.5 / 11;
    const p2 = 3.5 / 11;
    const adjusted = effectFromCounts("RD", counts);
    expect(adjusted.yi).toBeCloseTo(p1 - p2, 14);
    expect(adjusted.vi).toBeCloseTo((p1 * (1 - p1)) / 11 + (p2 * (1 - p2)) / 11, 14);
    const raw = effectFromCounts("RD", counts, { adjustRdEstimate: false });
    expect(raw.yi).toBeCloseTo(0 - 0.3, 14);
    expect(raw.vi).toBe(adjusted.vi);
  });
});

describe("reported estimate with 95% CI", () => {
  it("takes se = (upper − lower)/(2·1.959964)", () => {
    const { yi, vi } = effectFromEstimateCi({ estimate: 0.4, ciLower: 0.1, ciUpper: 0.7 }, false);
    expect(yi).toBe(0.4);
    expect(Math.sqrt(vi)).toBeCloseTo(0.6 / (2 * 1.959964), 7);
  });

  it("works on the log scale for ratios", () => {
    const { yi, vi } = effectFromEstimateCi({ estimate: 0.5, ciLower: 0.25, ciUpper: 1 }, true);
    expect(yi).toBeCloseTo(Math.log(0.5), 14);
    expect(Math.sqrt(vi)).toBeCloseTo((Math.log(1) - Math.log(0.25)) / (2 * Z_975), 14);
  });

  it("round-trips through the per-study interval", () => {
    const effect = effectFromEstimateCi({ estimate: 0.4, ciLower: 0.1, ciUpper: 0.7 }, false);
    const interval = studyInterval(effect);
    expect(interval.ciLower).toBeCloseTo(0.1, 12);
    expect(interval.ciUpper).toBeCloseTo(0.7, 12);
  });
});

describe("conversions", () => {
  it("d → log OR multiplies by π/√3 and the variance by π²/3, and back", () => {
    const d = { yi: 0.5, vi: 0.04 };
    const logOr = dToLogOddsRatio(d);
    expect(logOr.yi).toBeCloseTo((0.5 * Math.PI) / Math.sqrt(3), 14);
    expect(logOr.vi).toBeCloseTo((0.04 * Math.PI ** 2) / 3, 14);
    const back = logOddsRatioToD(logOr);
    expect(back.yi).toBeCloseTo(d.yi, 14);
    expect(back.vi).toBeCloseTo(d.vi, 14);
  });

  it("starts metafor's D2ORL from the uncorrected d and its variance", () => {
    const d = cohensDFromMeans(study);
    expect(d.yi).toBeCloseTo(2 / pooledSd(study), 14);
    expect(d.vi).toBeCloseTo(1 / 20 + 1 / 25 + d.yi ** 2 / 90, 14);
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
