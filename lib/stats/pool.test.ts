import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qt } from "./distributions";
import { logLikelihood, pool, probabilityBelow, type PoolMethod, type PoolTest } from "./pool";
import { POOL_METHODS, POOL_TESTS } from "./constants";

/** The error a call throws (the tests then check its code and path as well as its message). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

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

  it("refuses input it cannot pool with a StatsError naming the problem (a 400, not a 500)", () => {
    const refusals: [() => unknown, RegExp][] = [
      [() => pool([0.3, 0.2], [0.04]), /same length/],
      [() => pool([], []), /At least 1 study/],
      [() => pool([0.3], [0.04], { test: "knha" }), /Knapp–Hartung test needs at least 2 studies/],
      [() => pool([0.3, Number.NaN], [0.04, 0.1]), /yi\[1\] is not a finite number/],
      [() => pool([0.3, 0.2], [0.04, 0]), /vi\[1\] must be a positive finite number/],
      [() => pool([0.3, 0.2], [Number.POSITIVE_INFINITY, 0.1]), /vi\[0\] must be a positive finite number/],
      [() => pool([0.3, 0.2], [1e-320, 0.1]), /too extreme/],
      // Only Q overflows here (the FE estimate is 0): one non-finite result is enough to refuse.
      [() => pool([1e200, -1e200], [1, 1], { method: "FE" }), /too extreme/],
    ];
    for (const [call, message] of refusals) {
      expect(call).toThrow(message);
      expect(thrown(call)).toMatchObject({ name: "StatsError", code: "invalid_input", path: [] });
    }
  });

  it("reports non-convergence as a StatsError, not a wrong answer", () => {
    const call = () => pool(yi, vi, { method: "REML", maxIterations: 1 });
    expect(call).toThrow(/did not converge/);
    expect(thrown(call)).toMatchObject({ code: "not_converged" });
  });

  it("allows exactly maxIterations Fisher-scoring iterations", () => {
    const { iterations } = pool(yi, vi, { method: "REML" });
    expect(pool(yi, vi, { method: "REML", maxIterations: iterations }).iterations).toBe(iterations);
    expect(() => pool(yi, vi, { method: "REML", maxIterations: iterations - 1 })).toThrow(/did not converge/);
  });

  it("halves a Fisher step that would take τ² below 0", () => {
    // From the HE start (0.111) the first REML step overshoots below 0; the optimum is τ² = 0.
    const y = [0.25, 1.43, 0.07];
    const v = [0.2, 1.05, 0.05];
    const { tau2 } = pool(y, v, { method: "REML" }).pooled;
    expect(tau2).toBeGreaterThanOrEqual(0);
    expect(tau2).toBeLessThan(1e-4);
    expect(logLikelihood(y, v, tau2, "REML")).toBeGreaterThan(logLikelihood(y, v, 0.01, "REML"));
  });

  it("uses τ² = 0 when Fisher scoring ends at a local maximum below the likelihood at 0 (metafor's ll0check)", () => {
    // ML here has a stationary point near τ² = 1.37 that Fisher scoring converges to, but ℓ(0) is higher.
    const y = [2.1, -2.8, -0.7];
    const v = [1.98, 1.09, 0.01];
    expect(logLikelihood(y, v, 0, "ML")).toBeGreaterThan(logLikelihood(y, v, 1.37, "ML") + 1);
    const ml = pool(y, v, { method: "ML" }).pooled;
    expect(ml.tau2).toBe(0);
    expect(ml.estimate).toBe(pool(y, v, { method: "FE" }).pooled.estimate);
  });

  it("gives Knapp–Hartung no test when all estimates are equal (s² = 0, as metafor)", () => {
    // The weighted residual sum of squares comes out at 2e-30 here, not 0: rounding, treated as 0.
    const { pooled } = pool([0.7, 0.7, 0.7], [0.01, 0.02, 0.03], { test: "knha" });
    expect(pooled).toMatchObject({ se: 0, pval: null, tval: null, ciLower: pooled.estimate, ciUpper: pooled.estimate });
  });

  it("gives weights in percent that sum to 100", () => {
    const { weights } = pool(yi, vi);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });
});

describe("log-likelihood", () => {
  const normalLogDensity = (x: number, mean: number, variance: number) =>
    -0.5 * Math.log(2 * Math.PI * variance) - (x - mean) ** 2 / (2 * variance);

  it("ML is the sum of the normal log densities at the weighted mean (metafor's own check)", () => {
    for (const tau2 of [0, 0.05, 0.5]) {
      const w = vi.map((v) => 1 / (v + tau2));
      const mu = w.reduce((sum, wi, i) => sum + wi * yi[i], 0) / w.reduce((a, b) => a + b, 0);
      const expected = yi.reduce((sum, y, i) => sum + normalLogDensity(y, mu, vi[i] + tau2), 0);
      expect(logLikelihood(yi, vi, tau2, "ML")).toBeCloseTo(expected, 10);
    }
  });

  it("REML for two studies is the likelihood of their orthonormal contrast (y1 − y2)/√2", () => {
    const y = [0.3, -0.4];
    const v = [0.05, 0.2];
    for (const tau2 of [0, 0.1, 1]) {
      const expected = normalLogDensity((y[0] - y[1]) / Math.SQRT2, 0, (v[0] + v[1] + 2 * tau2) / 2);
      expect(logLikelihood(y, v, tau2, "REML")).toBeCloseTo(expected, 12);
    }
  });

  it("REML for three studies is the likelihood of their two orthonormal (Helmert) contrasts", () => {
    const y = [0.3, -0.4, 0.9];
    const v = [0.05, 0.2, 0.1];
    const contrasts = [
      [1 / Math.SQRT2, -1 / Math.SQRT2, 0],
      [1 / Math.sqrt(6), 1 / Math.sqrt(6), -2 / Math.sqrt(6)],
    ];
    for (const tau2 of [0, 0.1, 1]) {
      // c = A′y ~ N(0, A′VA) with V = diag(v + τ²): a bivariate normal density.
      const c = contrasts.map((a) => a.reduce((sum, aj, j) => sum + aj * y[j], 0));
      const m = contrasts.map((a) =>
        contrasts.map((b) => a.reduce((sum, aj, j) => sum + aj * b[j] * (v[j] + tau2), 0)),
      );
      const det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
      const quadratic = (m[1][1] * c[0] ** 2 - 2 * m[0][1] * c[0] * c[1] + m[0][0] * c[1] ** 2) / det;
      const expected = -Math.log(2 * Math.PI) - 0.5 * Math.log(det) - 0.5 * quadratic;
      expect(logLikelihood(y, v, tau2, "REML")).toBeCloseTo(expected, 12);
    }
  });
});

describe("p-values, intervals and the predictive distribution agree", () => {
  const cases = POOL_METHODS.flatMap((method) => POOL_TESTS.map((test) => ({ method, test })));

  it("p = 0.05 exactly when the 95% CI touches 0", () => {
    for (const { method, test } of cases) {
      const { ciLower } = pool(yi, vi, { method, test }).pooled;
      // Shifting every estimate moves the CI and leaves τ² and the se unchanged.
      const shifted = pool(
        yi.map((y) => y - ciLower),
        vi,
        { method, test },
      ).pooled;
      expect(shifted.ciLower).toBeCloseTo(0, 10);
      expect(shifted.pval, `${method} ${test}`).toBeCloseTo(0.05, 8);
    }
  });

  it("the prediction interval runs from the 2.5% to the 97.5% point of the predictive distribution", () => {
    for (const { method, test } of cases) {
      const { pooled } = pool(yi, vi, { method, test });
      expect(probabilityBelow(pooled, pooled.estimate)).toBeCloseTo(0.5, 12);
      expect(probabilityBelow(pooled, pooled.piLower), `${method} ${test}`).toBeCloseTo(0.025, 10);
      expect(probabilityBelow(pooled, pooled.piUpper), `${method} ${test}`).toBeCloseTo(0.975, 10);
    }
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
