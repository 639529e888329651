/**
 * 95% confidence intervals for τ² and the I² and H² derived from it (metafor's confint() on an rma.uni
 * fit): the Q-profile method (default) and, for ML/REML fits, the profile likelihood. O(k) per evaluation.
 */
import { qchisq, Z_975 } from "./distributions";
import { logLikelihood, pool, StatsError } from "./pool";

export type Interval = [lower: number, upper: number];
export type HeterogeneityInterval = { tau2: Interval; tau: Interval; I2: Interval; H2: Interval };

/** Generalised Q: Σ wi (yi − μ̂)² with wi = 1/(vi + τ²); decreasing in τ². */
function generalisedQ(yi: ArrayLike<number>, vi: ArrayLike<number>, tau2: number): number {
  let S = 0;
  let Sy = 0;
  for (let i = 0; i < yi.length; i++) {
    const w = 1 / (vi[i] + tau2);
    S += w;
    Sy += w * yi[i];
  }
  const mu = Sy / S;
  let q = 0;
  for (let i = 0; i < yi.length; i++) q += (yi[i] - mu) ** 2 / (vi[i] + tau2);
  return q;
}

/** Root of a decreasing function f on [from, ∞) with f(from) > 0, by bracketing and bisection. */
function decreasingRoot(f: (x: number) => number, from: number): number {
  let lower = from;
  let upper = Math.max(1, 2 * from);
  while (f(upper) > 0) {
    lower = upper;
    upper *= 2;
    if (upper > 1e12) throw new StatsError("not_converged", "Could not bracket the tau² confidence bound");
  }
  for (let i = 0; i < 200 && upper - lower > 1e-12 * Math.max(1, upper); i++) {
    const mid = (lower + upper) / 2;
    if (f(mid) > 0) lower = mid;
    else upper = mid;
  }
  return (lower + upper) / 2;
}

/** Root of an increasing function f on [from, to] with f(from) < 0 < f(to). */
function increasingRoot(f: (x: number) => number, from: number, to: number): number {
  let lower = from;
  let upper = to;
  for (let i = 0; i < 200 && upper - lower > 1e-12 * Math.max(1, upper); i++) {
    const mid = (lower + upper) / 2;
    if (f(mid) < 0) lower = mid;
    else upper = mid;
  }
  return (lower + upper) / 2;
}

function typicalVariance(vi: ArrayLike<number>): number {
  let S = 0;
  let S2 = 0;
  for (let i = 0; i < vi.length; i++) {
    S += 1 / vi[i];
    S2 += 1 / (vi[i] * vi[i]);
  }
  return (vi.length - 1) / (S - S2 / S);
}

function withDerived(vi: ArrayLike<number>, tau2: Interval): HeterogeneityInterval {
  const typicalV = typicalVariance(vi);
  const i2 = (t: number) => (100 * t) / (typicalV + t);
  const h2 = (t: number) => t / typicalV + 1;
  return {
    tau2,
    tau: [Math.sqrt(tau2[0]), Math.sqrt(tau2[1])],
    I2: [i2(tau2[0]), i2(tau2[1])],
    H2: [h2(tau2[0]), h2(tau2[1])],
  };
}

/**
 * Q-profile interval (Viechtbauer 2007): the τ² values where the generalised Q equals the 97.5% and 2.5%
 * χ²(k−1) quantiles; a bound is 0 when Q(0) is already below its quantile.
 */
export function qProfileInterval(yi: ArrayLike<number>, vi: ArrayLike<number>): HeterogeneityInterval {
  const k = yi.length;
  if (k < 2) throw new StatsError("invalid_input", "A tau² interval needs at least 2 studies");
  const df = k - 1;
  const q0 = generalisedQ(yi, vi, 0);
  const bound = (p: number) => {
    const target = qchisq(p, df);
    return q0 < target ? 0 : decreasingRoot((t) => generalisedQ(yi, vi, t) - target, 0);
  };
  return withDerived(vi, [bound(0.975), bound(0.025)]);
}

/**
 * Profile-likelihood interval for an ML or REML fit: the τ² values where 2(ℓ(τ̂²) − ℓ(τ²)) = χ²₁(0.95).
 */
export function profileLikelihoodInterval(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  kind: "ML" | "REML",
): HeterogeneityInterval {
  if (yi.length < 2) throw new StatsError("invalid_input", "A tau² interval needs at least 2 studies");
  const tau2 = pool(yi, vi, { method: kind }).pooled.tau2;
  const llMax = logLikelihood(yi, vi, tau2, kind);
  const crit = Z_975 * Z_975;
  const drop = (t: number) => crit - 2 * (llMax - logLikelihood(yi, vi, t, kind));
  const lower = tau2 === 0 || drop(0) > 0 ? 0 : increasingRoot(drop, 0, tau2);
  const upper = decreasingRoot(drop, tau2);
  return withDerived(vi, [lower, upper]);
}
