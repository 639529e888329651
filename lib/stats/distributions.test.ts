import { describe, expect, it } from "vitest";
import { pchisq, pchisqUpper, pnorm, pt, qchisq, qnorm, qt, twoSidedT, twoSidedZ, Z_975 } from "./distributions";

// Reference values: R's qnorm(.975) and qt(.975, 10), and closed forms of the χ² distribution
// (with 1 df it is Z², so qchisq(p, 1) = qnorm((1 + p)/2)²; with 2 df it is exponential, qchisq(p, 2) = −2·log(1 − p)).
const Z = 1.959963984540054;
const T_10 = 2.228138851986274;

describe("normal and t distributions", () => {
  it("have R's 97.5% points", () => {
    expect(Z_975).toBeCloseTo(Z, 14);
    expect(qnorm(0.975)).toBeCloseTo(Z, 14);
    expect(qt(0.975, 10)).toBeCloseTo(T_10, 10);
  });

  it("give the lower-tail probabilities of those points", () => {
    expect(pnorm(-Z)).toBeCloseTo(0.025, 14);
    expect(pt(T_10, 10)).toBeCloseTo(0.975, 12);
    expect(pt(-T_10, 10)).toBeCloseTo(0.025, 12);
  });

  it("give two-sided p-values of 0.05 at ±the 97.5% point, whatever the sign", () => {
    for (const sign of [1, -1]) {
      expect(twoSidedZ(sign * Z)).toBeCloseTo(0.05, 14);
      expect(twoSidedT(sign * T_10, 10)).toBeCloseTo(0.05, 12);
    }
  });

  it("keep the precision of tiny p-values (no 1 − 1 rounding)", () => {
    // 2·Φ(−10) = 1.523971e-23: computed from the lower tail, not as 1 − Φ(10) = 0.
    expect(twoSidedZ(10)).toBeCloseTo(1.523970604832105e-23, 35);
    expect(twoSidedT(50, 10)).toBeGreaterThan(0);
  });
});

describe("χ² distribution", () => {
  it("qchisq matches the closed forms for 1 and 2 degrees of freedom", () => {
    for (const p of [0.025, 0.5, 0.95, 0.975]) {
      expect(qchisq(p, 1)).toBeCloseTo(qnorm((1 + p) / 2) ** 2, 9);
      expect(qchisq(p, 2)).toBeCloseTo(-2 * Math.log(1 - p), 9);
    }
  });

  it("qchisq finds quantiles far in the upper tail, beyond its first bracket (df + 10·√(2df) + 10)", () => {
    // −2·log(1e-8) = 36.84 > 32, the first upper bound for 2 df.
    expect(qchisq(1 - 1e-8, 2)).toBeCloseTo(-2 * Math.log(1e-8), 5);
  });

  it("qchisq is the inverse of pchisq, and pchisqUpper the complement", () => {
    expect(pchisq(qchisq(0.3, 7), 7)).toBeCloseTo(0.3, 10);
    // Fractional df too, where df + 10·√(2df) − 10 would be a negative first bracket.
    expect(pchisq(qchisq(0.6, 0.25), 0.25)).toBeCloseTo(0.6, 10);
    expect(pchisqUpper(-2 * Math.log(0.05), 2)).toBeCloseTo(0.05, 12);
  });

  it("qchisq is undefined outside 0 < p < 1 and for df ≤ 0", () => {
    expect(qchisq(0, 3)).toBeNaN();
    expect(qchisq(1, 3)).toBeNaN();
    expect(qchisq(-0.1, 3)).toBeNaN();
    expect(qchisq(0.5, 0)).toBeNaN();
  });
});
