/** Kendall's test as R's cor.test(method = "kendall") computes it; values from R 4.2.2. */
import { describe, expect, test } from "vitest";
import { kendallTau, kendallTest, pKendall } from "./kendall";

describe("the exact distribution of concordant pairs", () => {
  test("n = 4: 24 permutations with 1, 3, 5, 6, 5, 3, 1 of them having 0 … 6 inversions", () => {
    const cumulative = [1, 4, 9, 15, 20, 23, 24];
    cumulative.forEach((count, q) => expect(pKendall(q, 4)).toBeCloseTo(count / 24, 15));
    expect(pKendall(-1, 4)).toBe(0);
    expect(pKendall(7, 4)).toBe(1);
  });

  test("is symmetric: P(T ≤ q) = 1 − P(T ≤ n(n−1)/2 − q − 1)", () => {
    for (const n of [5, 9, 17]) {
      const total = (n * (n - 1)) / 2;
      for (let q = 0; q < total; q += 3) expect(pKendall(q, n)).toBeCloseTo(1 - pKendall(total - q - 1, n), 12);
    }
  });
});

describe("kendallTest", () => {
  test("without ties the p-value is exact (cor.test(1:8, c(2,1,4,3,6,5,8,7), method = 'kendall'))", () => {
    const result = kendallTest([1, 2, 3, 4, 5, 6, 7, 8], [2, 1, 4, 3, 6, 5, 8, 7]);
    expect(result.exact).toBe(true);
    expect(result.tau).toBeCloseTo(0.7142857142857143, 12);
    // R: T = 24, p-value = 0.01413690476.
    expect(result.pval).toBeCloseTo(0.01413690476, 10);
  });

  test("with ties it is the normal approximation with R's tie-corrected variance", () => {
    // cor.test(c(1,2,2,3,4), c(1,3,2,2,5), method = "kendall"): z = 1.5613850424, p-value = 0.1184329289,
    // tau = 0.6666666667
    const result = kendallTest([1, 2, 2, 3, 4], [1, 3, 2, 2, 5]);
    expect(result.exact).toBe(false);
    expect(result.tau).toBeCloseTo(0.6666666667, 10);
    expect(result.pval).toBeCloseTo(0.1184329289, 10);
  });

  test("beyond 170 observations the normal approximation is used (n! overflows, as in R)", () => {
    const x = Array.from({ length: 200 }, (_, i) => i);
    const y = x.map((value) => (value * 37) % 200);
    const result = kendallTest(x, y);
    expect(result.exact).toBe(false);
    expect(result.tau).toBeCloseTo(kendallTau(x, y), 15);
    expect(result.pval).toBeGreaterThan(0);
  });
});
