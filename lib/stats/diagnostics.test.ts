/**
 * regtest, trimfill, ranktest and leave1out against metafor 5.1-12 on seven data sets, every estimator and
 * test (tests/fixtures/metafor/metafor-diagnostics.json, made by diagnostics.R in the same folder).
 */
import { describe, expect, test } from "vitest";
import reference from "../../tests/fixtures/metafor/metafor-diagnostics.json";
import { leave1out, ranktest, regtest, trimfill } from "./diagnostics";
import { StatsError, type PooledResult } from "./pool";
import type { PoolMethod, PoolTest, RegtestPredictor, TrimfillEstimator } from "./constants";

type Num = number | null;
type RegRef = {
  predictor: RegtestPredictor;
  stat: number;
  df: number;
  pval: number;
  limitEstimate?: Num;
  limitCiLower?: Num;
  limitCiUpper?: Num;
  error?: string;
};
type FitRef = {
  k: number;
  estimate: number;
  se: number;
  stat: number;
  pval: Num;
  ciLower: Num;
  ciUpper: Num;
  Q: number;
  Qp: number;
  tau2: number;
  I2: number;
  H2: number;
  test: string;
};
type TrimRef = {
  estimator: TrimfillEstimator;
  sideGiven?: "left" | "right" | null;
  error?: string;
  k0?: number;
  seK0?: number;
  pK0?: Num;
  side?: "left" | "right";
  filledYi?: number[] | number;
  filledVi?: number[] | number;
  pooled?: FitRef;
};
type RowRef = { estimate: Num; se: Num; pval: Num; ciLower: Num; ciUpper: Num; Q: Num; Qp: Num; tau2?: Num; I2: Num };
type CaseRef = {
  name: string;
  yi: number[];
  vi: number[];
  ni?: number[];
  ranktest: { tau: number; pval: number };
  regtestLm: RegRef[];
  fits: {
    method: PoolMethod;
    test: PoolTest;
    regtest: RegRef[];
    trimfill: TrimRef[];
    leave1out: RowRef[];
  }[];
};
const cases = reference.cases as unknown as CaseRef[];

/** Relative agreement to 1e-6 (absolute near zero): metafor's printed values have 15 significant digits. */
function close(actual: number | null | undefined, expected: number | null | undefined, what: string) {
  if (expected === null || expected === undefined) {
    expect(actual ?? null, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  const tolerance = 1e-6 * Math.max(1, Math.abs(expected));
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

const asArray = (value: number[] | number | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function pooledStat(pooled: PooledResult): number | null {
  return pooled.test === "knha" ? pooled.tval : pooled.zval;
}

function checkPooled(actual: PooledResult, expected: FitRef, what: string) {
  expect(actual.k, `${what} k`).toBe(expected.k);
  expect(actual.test, `${what} test`).toBe(expected.test);
  close(actual.estimate, expected.estimate, `${what} estimate`);
  close(actual.se, expected.se, `${what} se`);
  close(pooledStat(actual), expected.stat, `${what} stat`);
  close(actual.pval, expected.pval, `${what} pval`);
  close(actual.ciLower, expected.ciLower, `${what} ciLower`);
  close(actual.ciUpper, expected.ciUpper, `${what} ciUpper`);
  close(actual.Q, expected.Q, `${what} Q`);
  close(actual.Qp, expected.Qp, `${what} Qp`);
  close(actual.tau2, expected.tau2, `${what} tau2`);
  close(actual.I2, expected.I2, `${what} I2`);
}

function checkRegtest(actual: ReturnType<typeof regtest>, expected: RegRef, what: string) {
  close(actual.stat, expected.stat, `${what} stat`);
  close(actual.pval, expected.pval, `${what} pval`);
  expect(actual.df, `${what} df`).toBe(expected.df ?? null);
  close(actual.limitEstimate, expected.limitEstimate, `${what} limit`);
  close(actual.limitCiLower, expected.limitCiLower, `${what} limit CI lower`);
  close(actual.limitCiUpper, expected.limitCiUpper, `${what} limit CI upper`);
}

for (const data of cases) {
  describe(data.name, () => {
    const ni = data.ni ?? null;
    test("ranktest", () => {
      const result = ranktest(data.yi, data.vi);
      close(result.tau, data.ranktest.tau, "tau");
      close(result.pval, data.ranktest.pval, "pval");
    });

    test("regtest with model lm, every predictor", () => {
      for (const expected of data.regtestLm) {
        const result = regtest(
          data.yi,
          data.vi,
          ni,
          { method: "REML", test: "z" },
          {
            model: "lm",
            predictor: expected.predictor,
          },
        );
        expect(result.dist).toBe("t");
        checkRegtest(result, expected, `lm ${expected.predictor}`);
      }
    });

    for (const fit of data.fits) {
      const settings = { method: fit.method, test: fit.test };
      const name = `${fit.method} ${fit.test}`;

      test(`${name}: regtest (model rma), every predictor`, () => {
        for (const expected of fit.regtest) {
          const result = regtest(data.yi, data.vi, ni, settings, { predictor: expected.predictor });
          expect(result.dist).toBe(fit.test === "knha" ? "t" : "z");
          checkRegtest(result, expected, `${name} ${expected.predictor}`);
        }
      });

      test(`${name}: trimfill`, () => {
        for (const expected of fit.trimfill) {
          const what = `${name} ${expected.estimator} side ${expected.sideGiven ?? "auto"}`;
          const run = () =>
            trimfill(data.yi, data.vi, settings, {
              estimator: expected.estimator,
              side: expected.sideGiven ?? undefined,
            });
          if (expected.error) {
            expect(run, what).toThrow(StatsError);
            continue;
          }
          const result = run();
          expect(result.side, `${what} side`).toBe(expected.side);
          expect(result.k0, `${what} k0`).toBe(expected.k0);
          close(result.seK0, expected.seK0, `${what} se k0`);
          close(result.pK0, expected.pK0, `${what} p k0`);
          const filledYi = asArray(expected.filledYi);
          const filledVi = asArray(expected.filledVi);
          expect(result.filled.length, `${what} filled`).toBe(filledYi.length);
          result.filled.forEach((f, i) => {
            close(f.yi, filledYi[i], `${what} filled yi ${i}`);
            close(f.vi, filledVi[i], `${what} filled vi ${i}`);
          });
          checkPooled(result.pooled, expected.pooled!, what);
        }
      });

      test(`${name}: leave1out`, () => {
        const labels = data.yi.map((_, i) => `Study ${i + 1}`);
        const rows = leave1out(data.yi, data.vi, labels, settings);
        expect(rows).toHaveLength(fit.leave1out.length);
        rows.forEach((row, i) => {
          const expected = fit.leave1out[i];
          const what = `${name} without ${i + 1}`;
          expect(row.label).toBe(labels[i]);
          for (const key of ["estimate", "se", "pval", "ciLower", "ciUpper", "Q", "Qp", "I2"] as const) {
            close(row[key], expected[key], `${what} ${key}`);
          }
          close(row.tau2, fit.method === "FE" ? null : (expected.tau2 ?? null), `${what} tau2`);
        });
      });
    }
  });
}

describe("leave1out with two studies (each subset a single study)", () => {
  const [first] = cases;
  const yi = first.yi.slice(0, 2);
  const vi = first.vi.slice(0, 2);
  const twoStudies = reference.leave1outTwoStudies as unknown as { test: PoolTest; rows: RowRef[] }[];
  for (const { test: testName, rows: expected } of twoStudies) {
    test(`test ${testName}`, () => {
      const rows = leave1out(yi, vi, ["A", "B"], { method: "REML", test: testName });
      rows.forEach((row, i) => {
        for (const key of ["estimate", "se", "pval", "ciLower", "ciUpper", "Q", "Qp", "tau2", "I2"] as const) {
          close(row[key], expected[i][key] ?? null, `${testName} without ${i + 1} ${key}`);
        }
      });
    });
  }
});

describe("edge cases", () => {
  const [bcg] = cases;

  test("Egger's test needs two different variances: equal ones are refused, not fitted", () => {
    const error = (() => {
      try {
        regtest([0.1, 0.2, 0.4, 0.3], [0.05, 0.05, 0.05, 0.05], null, { method: "REML", test: "z" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(StatsError);
    expect((error as StatsError).message).toMatch(/not of full rank/);
  });

  test("a sample-size predictor names the first study without ni", () => {
    const ni = bcg.ni!.map((n, i) => (i === 4 ? undefined : n));
    try {
      regtest(bcg.yi, bcg.vi, ni, { method: "REML", test: "z" }, { predictor: "ninv" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StatsError);
      expect((error as StatsError).path).toEqual(["studies", 4, "ni"]);
    }
  });

  test("a subset whose fit fails gives a row of nulls with the reason, the others are computed", () => {
    const rows = leave1out(
      bcg.yi,
      bcg.vi,
      bcg.yi.map((_, i) => `S${i}`),
      {
        method: "REML",
        test: "z",
        maxIterations: 1,
      },
    );
    const failed = rows.filter((row) => row.note);
    expect(failed.length).toBeGreaterThan(0);
    for (const row of failed) {
      expect(row.estimate).toBeNull();
      expect(row.note).toMatch(/did not converge/);
    }
  });

  test("R0 without any study below the trimmed estimate is refused with the reason", () => {
    // All studies equal: no centred value is negative.
    expect(() =>
      trimfill(
        [0.2, 0.2, 0.2, 0.2],
        [0.01, 0.02, 0.03, 0.04],
        { method: "FE", test: "z" },
        {
          estimator: "R0",
          side: "left",
        },
      ),
    ).toThrow(/R0 estimator is undefined/);
  });
});
