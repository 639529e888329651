import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qt, Z_975 } from "./distributions";
import { logLikelihood, pool, StatsError, type PoolMethod, type PoolTest } from "./pool";
import { POOL_METHODS, POOL_TESTS } from "./constants";

const yi = [-0.9, -1.6, -1.3, -1.4, -0.2, -0.8, -1.6, 0.01, -0.5, -1.4];
const vi = [0.33, 0.19, 0.42, 0.02, 0.05, 0.007, 0.22, 0.004, 0.056, 0.073];

/** Builds P = W − w wᵀ/Σw explicitly: the O(k²) definition the closed forms in pool.ts replace. */
function explicitReml(y: number[], v: number[], tau2: number) {
  const w = v.map((value) => 1 / (value + tau2));
  const sum = w.reduce((a, b) => a + b, 0);
  const P = w.map((wi, i) => w.map((wj, j) => (i === j ? wi : 0) - (wi * wj) / sum));
  const Py = P.map((row) => row.reduce((acc, p, j) => acc + p * y[j], 0));
  const trP = P.reduce((acc, row, i) => acc + row[i], 0);
  const trPP = P.reduce((acc, row) => acc + row.reduce((inner, p) => inner + p * p, 0), 0);
  const yPPy = Py.reduce((acc, value) => acc + value * value, 0);
  return { step: (yPPy - trP) / trPP, se: Math.sqrt(2 / trPP) };
}

describe("pool", () => {
  it("REML stops where the explicit-matrix Fisher step is zero, with SE √(2/tr(PP))", () => {
    const { pooled, iterations } = pool(yi, vi, { method: "REML" });
    expect(iterations).toBeGreaterThan(1);
    const explicit = explicitReml(yi, vi, pooled.tau2);
    expect(Math.abs(explicit.step)).toBeLessThan(1e-5);
    expect(pooled.seTau2).toBeCloseTo(explicit.se, 10);
  });

  it("REML and ML maximise their likelihoods", () => {
    for (const kind of ["REML", "ML"] as const) {
      const { tau2 } = pool(yi, vi, { method: kind }).pooled;
      const best = logLikelihood(yi, vi, tau2, kind);
      for (const delta of [-0.01, -0.001, 0.001, 0.01]) {
        expect(logLikelihood(yi, vi, tau2 + delta, kind)).toBeLessThan(best + 1e-9);
      }
    }
  });

  it("DL's I² equals Higgins' (Q − df)/Q", () => {
    const { pooled } = pool(yi, vi, { method: "DL" });
    expect(pooled.I2).toBeCloseTo((100 * (pooled.Q - pooled.Qdf)) / pooled.Q, 10);
  });

  it("Knapp–Hartung scales the variance by s² without truncating at 1 and uses t(k−1)", () => {
    // Nearly homogeneous data: s² < 1, so the untruncated se is smaller than the z-test se.
    const y = [0.1, 0.12, 0.09, 0.11];
    const v = [0.04, 0.05, 0.03, 0.06];
    const z = pool(y, v, { method: "REML", test: "z" }).pooled;
    const knha = pool(y, v, { method: "REML", test: "knha" }).pooled;
    expect(knha.se).toBeLessThan(z.se);
    if (knha.test !== "knha") throw new Error("expected a knha result");
    expect(knha.df).toBe(3);
    expect(knha.ciUpper - knha.estimate).toBeCloseTo(qt(0.975, 3) * knha.se, 12);
    expect(knha.piUpper - knha.estimate).toBeCloseTo(qt(0.975, 3) * Math.sqrt(knha.se ** 2 + knha.tau2), 12);
  });

  it("uses the z prediction interval by default", () => {
    const { pooled } = pool(yi, vi, { method: "REML" });
    expect(pooled.piUpper - pooled.estimate).toBeCloseTo(Z_975 * Math.sqrt(pooled.se ** 2 + pooled.tau2), 12);
  });

  it("handles k = 1: τ² = 0, Q = 0, no heterogeneity statistics, PI = CI", () => {
    for (const method of POOL_METHODS) {
      const { pooled, weights } = pool([0.3], [0.04], { method });
      expect(pooled).toMatchObject({
        k: 1,
        estimate: 0.3,
        tau2: 0,
        tau: 0,
        Q: 0,
        Qdf: 0,
        Qp: null,
        I2: null,
        H2: null,
      });
      expect(pooled.se).toBeCloseTo(0.2, 14);
      expect(pooled.seTau2).toBeNull();
      expect(pooled.piLower).toBe(pooled.ciLower);
      expect(pooled.piUpper).toBe(pooled.ciUpper);
      expect(weights).toEqual([100]);
    }
  });

  it("refuses Knapp–Hartung with one study and non-positive variances", () => {
    expect(() => pool([0.3], [0.04], { test: "knha" })).toThrow(StatsError);
    expect(() => pool([0.3, 0.2], [0.04, 0])).toThrow(StatsError);
    expect(() => pool([0.3, Number.NaN], [0.04, 0.1])).toThrow(StatsError);
    expect(() => pool([0.3, 0.2], [1e-320, 0.1])).toThrow(/too extreme/);
  });

  it("reports non-convergence as a StatsError, not a wrong answer", () => {
    expect(() => pool(yi, vi, { method: "REML", maxIterations: 1 })).toThrow(/did not converge/);
  });

  it("gives weights in percent that sum to 100", () => {
    const { weights } = pool(yi, vi);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });
});

describe("pool properties", () => {
  const study = fc.record({
    yi: fc.double({ min: -3, max: 3, noNaN: true }),
    vi: fc.double({ min: 0.001, max: 2, noNaN: true }),
  });
  const studies = fc.array(study, { minLength: 2, maxLength: 25 });
  const method = fc.constantFrom<PoolMethod>(...POOL_METHODS);
  const test = fc.constantFrom<PoolTest>(...POOL_TESTS);
  const close = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));

  it("does not depend on study order", () => {
    const permuted = studies.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(
          list.map((_, index) => index),
          { minLength: list.length, maxLength: list.length },
        ),
      ),
    );
    fc.assert(
      fc.property(permuted, method, test, ([list, order], m, t) => {
        const a = pool(
          list.map((s) => s.yi),
          list.map((s) => s.vi),
          { method: m, test: t },
        );
        const b = pool(
          order.map((i) => list[i].yi),
          order.map((i) => list[i].vi),
          { method: m, test: t },
        );
        for (const key of [
          "estimate",
          "se",
          "tau2",
          "Q",
          "I2",
          "H2",
          "ciLower",
          "ciUpper",
          "piLower",
          "piUpper",
        ] as const) {
          if (!close(a.pooled[key], b.pooled[key])) return false;
        }
        return order.every((i, position) => close(a.weights[i], b.weights[position]));
      }),
    );
  });

  it("REML equals FE when all estimates are equal (τ² = 0)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.array(fc.double({ min: 0.001, max: 2, noNaN: true }), { minLength: 2, maxLength: 25 }),
        (value, variances) => {
          const y = variances.map(() => value);
          const reml = pool(y, variances, { method: "REML" }).pooled;
          const fe = pool(y, variances, { method: "FE" }).pooled;
          return reml.tau2 === 0 && reml.estimate === fe.estimate && reml.se === fe.se && reml.I2 === 0;
        },
      ),
    );
  });

  it("keeps I² within [0, 100], the estimate within its CI, and the CI within the PI", () => {
    fc.assert(
      fc.property(studies, method, test, (list, m, t) => {
        const { pooled } = pool(
          list.map((s) => s.yi),
          list.map((s) => s.vi),
          { method: m, test: t },
        );
        const I2 = pooled.I2 ?? Number.NaN;
        return (
          I2 >= 0 &&
          I2 <= 100 &&
          pooled.ciLower <= pooled.estimate &&
          pooled.estimate <= pooled.ciUpper &&
          pooled.piLower <= pooled.ciLower &&
          pooled.ciUpper <= pooled.piUpper
        );
      }),
    );
  });
});
