/**
 * Kendall's rank correlation test as R's cor.test(x, y, method = "kendall", exact = TRUE) computes it:
 * tau-b, with the exact null distribution of the number of concordant pairs when there are no ties (R's
 * ckendall/pkendall), and otherwise the normal approximation with R's variance corrected for ties (no
 * continuity correction).
 */
import { pnorm } from "./distributions";

export type KendallTest = { tau: number; pval: number | null; exact: boolean };

function sign(value: number): number {
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

/** Kendall's tau-b: Σ sign(xi − xj)·sign(yi − yj) / √(Σ sign(xi − xj)² · Σ sign(yi − yj)²). */
export function kendallTau(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let concordance = 0;
  let xPairs = 0;
  let yPairs = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const sx = sign(x[i] - x[j]);
      const sy = sign(y[i] - y[j]);
      concordance += sx * sy;
      xPairs += sx * sx;
      yPairs += sy * sy;
    }
  }
  return concordance / Math.sqrt(xPairs * yPairs);
}

/**
 * P(T ≤ q) for the number T of concordant pairs among n untied observations: the counts of permutations
 * with a given number of inversions (Mahonian numbers) summed up to q and divided by n!. Counts are built
 * row by row with a running window sum, c(n, k) = Σ_{i<n} c(n−1, k−i).
 */
export function pKendall(q: number, n: number): number {
  const total = (n * (n - 1)) / 2;
  const upTo = Math.floor(q + 1e-7);
  if (upTo < 0) return 0;
  if (upTo > total) return 1;
  let counts = [1];
  for (let m = 2; m <= n; m++) {
    const size = (m * (m - 1)) / 2 + 1;
    const next = new Array<number>(Math.min(size, upTo + 1));
    let window = 0;
    for (let k = 0; k < next.length; k++) {
      window += k < counts.length ? counts[k] : 0;
      const leaving = k - m;
      if (leaving >= 0 && leaving < counts.length) window -= counts[leaving];
      next[k] = window;
    }
    counts = next;
  }
  let cumulative = 0;
  for (let k = 0; k <= upTo && k < counts.length; k++) cumulative += counts[k];
  let factorial = 1;
  for (let m = 2; m <= n; m++) factorial *= m;
  return cumulative / factorial;
}

function tieCounts(values: ArrayLike<number>): number[] {
  const seen = new Map<number, number>();
  for (let i = 0; i < values.length; i++) seen.set(values[i], (seen.get(values[i]) ?? 0) + 1);
  return [...seen.values()].filter((count) => count > 1);
}

/** Two-sided Kendall test of x against y. */
export function kendallTest(x: ArrayLike<number>, y: ArrayLike<number>): KendallTest {
  const n = x.length;
  const tau = kendallTau(x, y);
  if (!Number.isFinite(tau)) return { tau: Number.NaN, pval: null, exact: false };
  const xTies = tieCounts(x);
  const yTies = tieCounts(y);
  const hasTies = xTies.length > 0 || yTies.length > 0;
  // n! overflows a double beyond 170, where R's exact p-value is NA and metafor falls back to the
  // normal approximation.
  if (!hasTies && n <= 170) {
    const q = Math.round(((tau + 1) * n * (n - 1)) / 4);
    const p = q > (n * (n - 1)) / 4 ? 1 - pKendall(q - 1, n) : pKendall(q, n);
    return { tau, pval: Math.min(2 * p, 1), exact: true };
  }
  const pairs = (t: number[], f: (c: number) => number) => t.reduce((s, c) => s + f(c), 0);
  const T0 = (n * (n - 1)) / 2;
  const T1 = pairs(xTies, (c) => c * (c - 1)) / 2;
  const T2 = pairs(yTies, (c) => c * (c - 1)) / 2;
  const S = tau * Math.sqrt((T0 - T1) * (T0 - T2));
  const v0 = n * (n - 1) * (2 * n + 5);
  const vt = pairs(xTies, (c) => c * (c - 1) * (2 * c + 5));
  const vu = pairs(yTies, (c) => c * (c - 1) * (2 * c + 5));
  const v1 = pairs(xTies, (c) => c * (c - 1)) * pairs(yTies, (c) => c * (c - 1));
  const v2 = pairs(xTies, (c) => c * (c - 1) * (c - 2)) * pairs(yTies, (c) => c * (c - 1) * (c - 2));
  const varS = (v0 - vt - vu) / 18 + v1 / (2 * n * (n - 1)) + v2 / (9 * n * (n - 1) * (n - 2));
  const z = S / Math.sqrt(varS);
  return { tau, pval: 2 * Math.min(pnorm(z), pnorm(-z)), exact: false };
}
