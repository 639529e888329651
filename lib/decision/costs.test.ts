/** Budget, NNT and cost per additional family helped, against hand-computed cases (NNT values from R). */
import { describe, expect, test } from "vitest";
import { calculateCosts } from "./costs";

describe("calculateCosts", () => {
  test("budget is families × cost per family, with or without an effect", () => {
    expect(calculateCosts({ families: 40, costPerFamily: 1250, effect: null })).toEqual({
      budget: 50_000,
      nnt: null,
      costPerFamilyHelped: null,
      familiesHelped: null,
    });
  });

  test("g = 0.3 [0.1; 0.5]: NNT 5.95 [3.62; 17.74], € 1,000 per family → € 5,952.52 [3,618.91; 17,739.31]", () => {
    const result = calculateCosts({
      families: 60,
      costPerFamily: 1000,
      effect: { estimate: 0.3, ciLower: 0.1, ciUpper: 0.5 },
    });
    expect(result.budget).toBe(60_000);
    expect(result.nnt!.estimate).toBeCloseTo(5.9525236915, 8);
    expect(result.nnt!.lower).toBeCloseTo(3.6189087817, 8);
    expect(result.nnt!.upper).toBeCloseTo(17.7393101871, 8);
    expect(result.costPerFamilyHelped!.estimate).toBeCloseTo(5952.5236915, 5);
    expect(result.costPerFamilyHelped!.lower).toBeCloseTo(3618.9087817, 5);
    expect(result.costPerFamilyHelped!.upper).toBeCloseTo(17739.3101871, 5);
    // 60 families / 5.95 ≈ 10.08 more families helped.
    expect(result.familiesHelped).toBeCloseTo(60 / 5.9525236915, 8);
  });

  test("a CI through zero leaves the upper bound open; no benefit gives no NNT", () => {
    const open = calculateCosts({
      families: 10,
      costPerFamily: 500,
      effect: { estimate: 0.3, ciLower: -0.1, ciUpper: 0.5 },
    });
    expect(open.costPerFamilyHelped!.upper).toBeNull();
    expect(open.costPerFamilyHelped!.lower).toBeCloseTo(500 * 3.6189087817, 5);
    expect(
      calculateCosts({ families: 10, costPerFamily: 500, effect: { estimate: -0.2, ciLower: -0.4, ciUpper: 0 } }).nnt,
    ).toBeNull();
  });
});
