import { describe, expect, it } from "vitest";
import { profileLikelihoodInterval, qProfileInterval } from "./heterogeneity-ci";
import { pool } from "./pool";

// dat.raudenbush1985 (yi, vi as stored in metadat): REML τ² = 0.0188, Q = 35.83 on 18 df.
const raudenbush = {
  yi: [
    0.03, 0.12, -0.14, 1.18, 0.26, -0.06, -0.02, -0.32, 0.27, 0.8, 0.54, 0.18, -0.02, 0.23, -0.18, -0.06, 0.3, 0.07,
    -0.07,
  ],
  vi: [
    0.0156, 0.0216, 0.0279, 0.1391, 0.1362, 0.0106, 0.0106, 0.0484, 0.0269, 0.063, 0.0912, 0.0497, 0.0835, 0.0841,
    0.0253, 0.0279, 0.0193, 0.0088, 0.0303,
  ],
};
// dat.hine1989 risk differences (rounded): homogeneous, Q = 0.86 on 5 df, REML τ² = 0.
const hine = {
  yi: [0.02803, 0, 0.01971, 0.01796, 0.03533, 0.04403],
  vi: [0.00178, 0.00376, 0.00081, 0.00109, 0.0008, 0.00061],
};

describe("Q-profile interval for τ²", () => {
  it("has a lower bound of exactly 0 when Q(τ² = 0) is below its 97.5% χ² quantile", () => {
    const interval = qProfileInterval(hine.yi, hine.vi);
    expect(interval.tau2[0]).toBe(0);
    expect(interval.I2[0]).toBe(0);
    expect(interval.H2[0]).toBe(1);
    expect(interval.tau2[1]).toBeGreaterThan(0);
  });

  it("needs at least 2 studies, and works with 2", () => {
    expect(() => qProfileInterval([0.1], [0.01])).toThrow(/at least 2 studies/);
    expect(() => qProfileInterval([0.1], [0.01])).toThrow(expect.objectContaining({ code: "invalid_input" }));
    const [lower, upper] = qProfileInterval([0.1, 0.9], [0.01, 0.02]).tau2;
    const { tau2 } = pool([0.1, 0.9], [0.01, 0.02], { method: "DL" }).pooled;
    expect(lower).toBeGreaterThan(0);
    expect(lower).toBeLessThan(tau2);
    expect(upper).toBeGreaterThan(tau2);
  });

  it("gives up with not_converged, not a hang or Infinity, when a bound lies beyond 1e12", () => {
    expect(() => qProfileInterval([0, 1e8], [1, 1])).toThrow(/Could not bracket/);
    expect(() => qProfileInterval([0, 1e8], [1, 1])).toThrow(expect.objectContaining({ code: "not_converged" }));
  });
});

describe("profile-likelihood interval for τ²", () => {
  it("has a lower bound of exactly 0 when τ² = 0 lies inside it, also when τ̂² > 0", () => {
    expect(pool(raudenbush.yi, raudenbush.vi).pooled.tau2).toBeGreaterThan(0);
    const interval = profileLikelihoodInterval(raudenbush.yi, raudenbush.vi, "REML");
    expect(interval.tau2[0]).toBe(0);
    expect(interval.tau2[1]).toBeGreaterThan(0.0188);
  });

  it("has a lower bound of exactly 0 when τ̂² = 0", () => {
    expect(pool(hine.yi, hine.vi).pooled.tau2).toBe(0);
    expect(profileLikelihoodInterval(hine.yi, hine.vi, "REML").tau2[0]).toBe(0);
  });

  it("needs at least 2 studies, and works with 2", () => {
    expect(() => profileLikelihoodInterval([0.1], [0.01], "ML")).toThrow(/at least 2 studies/);
    expect(() => profileLikelihoodInterval([0.1], [0.01], "ML")).toThrow(
      expect.objectContaining({ code: "invalid_input" }),
    );
    const [lower, upper] = profileLikelihoodInterval([0.1, 0.9], [0.01, 0.02], "REML").tau2;
    expect(lower).toBeGreaterThan(0);
    expect(upper).toBeGreaterThan(lower);
  });
});
