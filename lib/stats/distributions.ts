/**
 * The few distribution functions the statistics need, wrapped so the rest of lib/stats reads like R
 * (pnorm, qnorm, pt, qt, pchisq). Upper tails are computed from the symmetric lower tail where possible,
 * so small p-values keep their precision instead of rounding to 1 − 1 = 0.
 */
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import chiSquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import gammaln from "@stdlib/math-base-special-gammaln";

export { gammaln };

/** qnorm(0.975) = 1.959963984540054, the critical value of every 95% z interval. */
export const Z_975 = normalQuantile(0.975, 0, 1);

export function pnorm(x: number): number {
  return normalCdf(x, 0, 1);
}

export function qnorm(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** Two-sided p-value of a z statistic: 2·Φ(−|z|). */
export function twoSidedZ(z: number): number {
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}

/** Two-sided p-value of a t statistic with df degrees of freedom: 2·F_t(−|t|). */
export function twoSidedT(t: number, df: number): number {
  return 2 * tCdf(-Math.abs(t), df);
}

export function pt(x: number, df: number): number {
  return tCdf(x, df);
}

export function qt(p: number, df: number): number {
  return tQuantile(p, df);
}

export function pchisq(x: number, df: number): number {
  return chiSquareCdf(x, df);
}

/** Upper tail of the χ² distribution, P(X > x). */
export function pchisqUpper(x: number, df: number): number {
  return Math.max(0, 1 - chiSquareCdf(x, df));
}

/**
 * χ² quantile by bisection on the CDF: the installed @stdlib set has the CDF only. Only confidence
 * intervals for τ² use it, so a few hundred CDF calls per interval are no concern.
 */
export function qchisq(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN;
  let lower = 0;
  let upper = df + 10 * Math.sqrt(2 * df) + 10;
  while (chiSquareCdf(upper, df) < p) upper *= 2;
  for (let i = 0; i < 200 && upper - lower > 1e-12 * Math.max(1, upper); i++) {
    const mid = (lower + upper) / 2;
    if (chiSquareCdf(mid, df) < p) lower = mid;
    else upper = mid;
  }
  return (lower + upper) / 2;
}
