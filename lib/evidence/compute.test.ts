import { describe, expect, it } from "vitest";
import { effectFromInputs, onePerStudy, toBenefitSmd } from "./compute";
import { buildForest } from "./forest";

describe("effect inputs", () => {
  it("turns a reported SMD with its 95% CI into yi/vi (se from the CI width)", () => {
    const e = effectFromInputs("SMD", "ESTIMATE_CI", { estimate: 1.22, ciLower: 0.75, ciUpper: 1.69 })!;
    expect(e.yi).toBe(1.22);
    expect(Math.sqrt(e.vi)).toBeCloseTo(0.94 / (2 * 1.959964), 6);
  });
  it("takes ratio estimates to the log scale", () => {
    const e = effectFromInputs("RR", "ESTIMATE_CI", { estimate: 0.5, ciLower: 0.25, ciUpper: 1 })!;
    expect(e.yi).toBeCloseTo(Math.log(0.5), 12);
  });
  it("gives nothing for results reported without statistics, and refuses impossible combinations", () => {
    expect(effectFromInputs("GENERIC", "REPORTED", {})).toBeNull();
    expect(() => effectFromInputs("RR", "MEANS", { m1: 1, sd1: 1, n1: 2, m2: 1, sd2: 1, n2: 2 })).toThrow(/cannot/);
    expect(effectFromInputs("SMD", "T_STATISTIC", { t: 2, n1: 20, n2: 20 })!.yi).toBeCloseTo(
      2 * Math.sqrt(0.1) * (1 - 3 / (4 * 38 - 1)),
      3,
    );
  });
});

describe("benefit scale", () => {
  it("flips effects where lower is better and converts log OR with the logistic factor", () => {
    expect(toBenefitSmd({ measure: "SMD", yi: -0.3, vi: 0.01, higherIsBetter: false })).toEqual({ yi: 0.3, vi: 0.01 });
    const d = toBenefitSmd({ measure: "OR", yi: Math.PI / Math.sqrt(3), vi: 1, higherIsBetter: true })!;
    expect(d.yi).toBeCloseTo(1, 12);
    expect(d.vi).toBeCloseTo(3 / Math.PI ** 2, 12);
    expect(toBenefitSmd({ measure: "RR", yi: -0.5, vi: 0.1, higherIsBetter: false })).toBeNull();
    expect(toBenefitSmd({ measure: "SMD", yi: null, vi: null, higherIsBetter: true })).toBeNull();
  });
  it("counts a study once per outcome, keeping its most precise effect", () => {
    const picked = onePerStudy([
      { studyId: 1, smd: { yi: 0.61, vi: 0.009 } },
      { studyId: 1, smd: { yi: 0.42, vi: 0.05 } },
      { studyId: 2, smd: { yi: 0.2, vi: 0.02 } },
    ]);
    expect(picked.map((p) => p.smd.yi)).toEqual([0.61, 0.2]);
  });
});

describe("forest plot data", () => {
  it("needs two studies and gives weights that sum to 100%", () => {
    const effect = (studyId: number, yi: number, vi: number) => ({
      studyId,
      label: `S${studyId}`,
      measure: "SMD" as const,
      yi,
      vi,
      higherIsBetter: true,
    });
    expect(buildForest([effect(1, 0.3, 0.02)])).toBeNull();
    const forest = buildForest([effect(1, 0.3, 0.02), effect(2, 0.1, 0.04), effect(3, 0.5, 0.03)])!;
    expect(forest.rows).toHaveLength(3);
    expect(forest.rows.reduce((s, r) => s + r.weight, 0)).toBeCloseTo(100, 8);
    expect(forest.pooled.ciLower).toBeLessThan(forest.pooled.estimate);
    expect(forest.pooled.piLower).toBeLessThanOrEqual(forest.pooled.ciLower);
  });
});

describe("catalogue pooling", () => {
  it("uses REML and says so", async () => {
    const { poolRandomEffects } = await import("./compute");
    const fit = poolRandomEffects([0.1, 0.5, 0.3], [0.02, 0.03, 0.04]);
    expect(fit.pooled.method).toBe("REML");
  });
});
