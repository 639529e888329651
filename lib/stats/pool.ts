/**
 * Intercept-only meta-analysis, following metafor's rma.uni() defaults (R/rma.uni.r; conventions in
 * tests/fixtures/metafor/formulas.md): inverse-variance pooling with FE, DL, HE, ML or REML estimation of τ²,
 * z or Knapp–Hartung tests, Q, I², H² and a prediction interval.
 *
 * Everything runs in O(k): for the intercept-only model P = W − w wᵀ/Σw, so P·y, tr(P) and tr(PP) have
 * closed forms in sums of w, w², w³ and no k×k matrix is ever built.
 */
import type { PoolMethod, PoolTest } from "./constants";
import { pchisqUpper, pnorm, pt, qt, twoSidedT, twoSidedZ, Z_975 } from "./distributions";

export type { PoolMethod, PoolTest };

export type PoolOptions = {
  method?: PoolMethod;
  test?: PoolTest;
  /** Fisher scoring (ML/REML): stop when |Δτ²| is at most this (metafor's control threshold). */
  threshold?: number;
  /** Fisher scoring (ML/REML): give up after this many iterations (metafor's maxiter). */
  maxIterations?: number;
};

type PooledCommon = {
  k: number;
  method: PoolMethod;
  estimate: number;
  se: number;
  ciLower: number;
  ciUpper: number;
  /** Null only when the test is undefined (Knapp–Hartung with all estimates equal gives se = 0). */
  pval: number | null;
  Q: number;
  Qdf: number;
  /** Null for k = 1. */
  Qp: number | null;
  tau2: number;
  tau: number;
  /** Standard error of τ² (null for FE and for k = 1). */
  seTau2: number | null;
  /** Percent; null for k = 1. */
  I2: number | null;
  /** Null for k = 1. */
  H2: number | null;
  piLower: number;
  piUpper: number;
};

export type PooledResult = PooledCommon &
  ({ test: "z"; zval: number | null } | { test: "knha"; tval: number | null; df: number });

export type PoolFit = {
  pooled: PooledResult;
  /** Per-study weights in percent, in input order. */
  weights: number[];
  /** Fisher-scoring iterations (0 for the non-iterative estimators). */
  iterations: number;
};

export type StatsErrorCode = "invalid_input" | "not_converged";

/** A problem with the data rather than a bug: callers turn it into a 400, never a 500. */
export class StatsError extends Error {
  constructor(
    readonly code: StatsErrorCode,
    message: string,
    /** The request field at fault when known, e.g. ["studies", 3]. */
    readonly path: (string | number)[] = [],
  ) {
    super(message);
    this.name = "StatsError";
  }
}

const DOUBLE_EPS = 2.220446049250313e-16;
/** metafor's control tol (.Machine$double.eps^0.25), used by its ll0check. */
const LL0_TOLERANCE = Math.pow(DOUBLE_EPS, 0.25);
const LOG_2PI = Math.log(2 * Math.PI);

/** Sums of the weights wi = 1/(vi + τ²) and the weighted mean μ̂ and residual sum of squares they give. */
type WeightSums = { S: number; S2: number; S3: number; mu: number; rss: number; yPPy: number };

function weightSums(yi: ArrayLike<number>, vi: ArrayLike<number>, tau2: number): WeightSums {
  const k = yi.length;
  let S = 0;
  let S2 = 0;
  let S3 = 0;
  let Sy = 0;
  for (let i = 0; i < k; i++) {
    const w = 1 / (vi[i] + tau2);
    const w2 = w * w;
    S += w;
    S2 += w2;
    S3 += w2 * w;
    Sy += w * yi[i];
  }
  const mu = Sy / S;
  let rss = 0;
  let yPPy = 0;
  for (let i = 0; i < k; i++) {
    const w = 1 / (vi[i] + tau2);
    const r = yi[i] - mu;
    rss += w * r * r;
    // (P·y)_i = w_i (y_i − μ̂), so y′PPy = Σ w_i² (y_i − μ̂)².
    yPPy += w * w * r * r;
  }
  return { S, S2, S3, mu, rss, yPPy };
}

/** tr(P) = Σw − Σw²/Σw. */
function traceP({ S, S2 }: WeightSums): number {
  return S - S2 / S;
}

/** tr(PP) = Σ_ij P_ij² = Σw² − 2Σw³/Σw + (Σw²)²/(Σw)². */
function tracePP({ S, S2, S3 }: WeightSums): number {
  return S2 - (2 * S3) / S + (S2 * S2) / (S * S);
}

function sumLog(vi: ArrayLike<number>, tau2: number): number {
  let total = 0;
  for (let i = 0; i < vi.length; i++) total += Math.log(vi[i] + tau2);
  return total;
}

/** Log-likelihood of the intercept-only model at τ² (metafor's ll.ML / ll.REML, REMLf = TRUE). */
export function logLikelihood(yi: ArrayLike<number>, vi: ArrayLike<number>, tau2: number, kind: "ML" | "REML"): number {
  const k = yi.length;
  const sums = weightSums(yi, vi, tau2);
  if (kind === "ML") return -0.5 * k * LOG_2PI - 0.5 * sumLog(vi, tau2) - 0.5 * sums.rss;
  return (
    -0.5 * (k - 1) * LOG_2PI + 0.5 * Math.log(k) - 0.5 * sumLog(vi, tau2) - 0.5 * Math.log(sums.S) - 0.5 * sums.rss
  );
}

/** Hedges' (HE) estimator, unclipped: (Σ(yi − ȳ)² − (k−1)/k·Σvi)/(k−1). */
function hedgesTau2(yi: ArrayLike<number>, vi: ArrayLike<number>): { raw: number; sumV: number; sumV2: number } {
  const k = yi.length;
  let sumY = 0;
  let sumV = 0;
  let sumV2 = 0;
  for (let i = 0; i < k; i++) {
    sumY += yi[i];
    sumV += vi[i];
    sumV2 += vi[i] * vi[i];
  }
  const mean = sumY / k;
  let rss = 0;
  for (let i = 0; i < k; i++) rss += (yi[i] - mean) ** 2;
  return { raw: (rss - ((k - 1) / k) * sumV) / (k - 1), sumV, sumV2 };
}

type Tau2Estimate = { tau2: number; seTau2: number | null; iterations: number };

/**
 * Fisher scoring for ML or REML exactly as rma.uni: start at max(0, HE), step
 * τ² ← τ² + (y′PPy − tr P)/tr(PP) (REML) or (y′PPy − Σw)/Σw² (ML), halve steps that would go below 0,
 * stop when |Δτ²| ≤ threshold, fail after maxIterations; then the ll0check against τ² = 0.
 */
function fisherScoring(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  kind: "ML" | "REML",
  start: number,
  threshold: number,
  maxIterations: number,
): Tau2Estimate {
  let tau2 = Math.max(0, start);
  let change = threshold + 1;
  let iterations = 0;
  while (change > threshold) {
    iterations++;
    const previous = tau2;
    const sums = weightSums(yi, vi, tau2);
    let step = kind === "REML" ? (sums.yPPy - traceP(sums)) / tracePP(sums) : (sums.yPPy - sums.S) / sums.S2;
    // Step-halving keeps τ² ≥ 0; from τ² = 0 a negative step halves to −0 in metafor, i.e. no step.
    if (tau2 === 0 && step < 0) step = 0;
    while (tau2 + step < 0) step /= 2;
    tau2 += step;
    change = Math.abs(previous - tau2);
    if (iterations > maxIterations) {
      throw new StatsError(
        "not_converged",
        `The ${kind} estimate of tau² did not converge in ${maxIterations} iterations`,
      );
    }
  }
  if (tau2 > threshold && logLikelihood(yi, vi, 0, kind) - logLikelihood(yi, vi, tau2, kind) > LL0_TOLERANCE) {
    // metafor warns that Fisher scoring may be stuck at a local maximum and uses τ² = 0.
    tau2 = 0;
  }
  const sums = weightSums(yi, vi, tau2);
  const seTau2 = kind === "REML" ? Math.sqrt(2 / tracePP(sums)) : Math.sqrt(2 / sums.S2);
  return { tau2, seTau2, iterations };
}

function estimateTau2(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  method: PoolMethod,
  fixedSums: WeightSums,
  Q: number,
  options: Required<Pick<PoolOptions, "threshold" | "maxIterations">>,
): Tau2Estimate {
  const k = yi.length;
  if (method === "FE") return { tau2: 0, seTau2: null, iterations: 0 };
  if (method === "DL") {
    const trP = traceP(fixedSums);
    const tau2 = Math.max(0, (Q - (k - 1)) / trP);
    const seTau2 = Math.sqrt((2 * (k - 1) + 4 * tau2 * trP + 2 * tau2 * tau2 * tracePP(fixedSums)) / (trP * trP));
    return { tau2, seTau2, iterations: 0 };
  }
  const he = hedgesTau2(yi, vi);
  if (method === "HE") {
    const tau2 = Math.max(0, he.raw);
    // With P = I − J/k: tr(PV) = (k−1)/k·Σv and Σ(PV∘(PV)ᵀ) = Σv²(1 − 2/k) + (Σv)²/k².
    const trPV = ((k - 1) / k) * he.sumV;
    const sumPVPV = he.sumV2 * (1 - 2 / k) + (he.sumV * he.sumV) / (k * k);
    const seTau2 = Math.sqrt((2 * sumPVPV + 4 * tau2 * trPV + 2 * tau2 * tau2 * (k - 1)) / ((k - 1) * (k - 1)));
    return { tau2, seTau2, iterations: 0 };
  }
  return fisherScoring(yi, vi, method, he.raw, options.threshold, options.maxIterations);
}

function checkInput(yi: ArrayLike<number>, vi: ArrayLike<number>, test: PoolTest): void {
  if (yi.length !== vi.length) throw new StatsError("invalid_input", "yi and vi must have the same length");
  if (yi.length < 1) throw new StatsError("invalid_input", "At least 1 study is needed");
  if (test === "knha" && yi.length < 2) {
    throw new StatsError("invalid_input", "The Knapp–Hartung test needs at least 2 studies");
  }
  for (let i = 0; i < yi.length; i++) {
    if (!Number.isFinite(yi[i])) throw new StatsError("invalid_input", `yi[${i}] is not a finite number`);
    if (!(vi[i] > 0) || !Number.isFinite(vi[i])) {
      throw new StatsError("invalid_input", `vi[${i}] must be a positive finite number`);
    }
  }
}

/**
 * Pools k effect sizes yi with sampling variances vi (metafor: rma(yi, vi, method, test)).
 * Throws StatsError for invalid input or when ML/REML does not converge.
 */
export function pool(yi: ArrayLike<number>, vi: ArrayLike<number>, options: PoolOptions = {}): PoolFit {
  const method = options.method ?? "REML";
  const test = options.test ?? "z";
  const threshold = options.threshold ?? 1e-5;
  const maxIterations = options.maxIterations ?? 100;
  checkInput(yi, vi, test);
  const k = yi.length;

  // Heterogeneity test: always with FE weights 1/vi, the same Q for every method.
  const fixedSums = weightSums(yi, vi, 0);
  const Q = k > 1 ? Math.max(0, fixedSums.rss) : 0;
  const Qdf = k - 1;

  const { tau2, seTau2, iterations } =
    k > 1
      ? estimateTau2(yi, vi, method, fixedSums, Q, { threshold, maxIterations })
      : { tau2: 0, seTau2: null, iterations: 0 };

  const sums = tau2 === 0 ? fixedSums : weightSums(yi, vi, tau2);
  const estimate = sums.mu;
  let variance = 1 / sums.S;
  if (test === "knha") {
    // Knapp–Hartung: scale by s² = Σwi(yi − μ̂)²/(k−1), not truncated at 1 (that would be "adhoc").
    // metafor sets s² = 0 when the RSS is numerically zero (all yi equal).
    variance *= sums.rss <= DOUBLE_EPS ? 0 : sums.rss / (k - 1);
  }
  const se = Math.sqrt(variance);
  if (![estimate, se, tau2, Q].every(Number.isFinite)) {
    // Only reachable with extreme magnitudes (e.g. vi near the smallest double), where the sums overflow.
    throw new StatsError("invalid_input", "The effect sizes or variances are too extreme to pool");
  }
  const crit = test === "knha" ? qt(0.975, k - 1) : Z_975;
  const statistic = se > 0 ? estimate / se : null;
  const pval = statistic === null ? null : test === "knha" ? twoSidedT(statistic, k - 1) : twoSidedZ(statistic);

  // Prediction interval (metafor's predict): μ̂ ± crit·√(se² + τ²), crit z or t(k−1) as for the CI.
  const piHalfWidth = crit * Math.sqrt(variance + tau2);

  let I2: number | null = null;
  let H2: number | null = null;
  if (k > 1) {
    if (method === "FE") {
      I2 = Q > 0 ? Math.max(0, (100 * (Q - Qdf)) / Q) : 0;
      H2 = Q / Qdf;
    } else {
      // "Typical" within-study variance ṽ = (k−1)/tr(P) with FE weights (metafor's i2def = "1").
      const typicalV = Qdf / traceP(fixedSums);
      I2 = (100 * tau2) / (typicalV + tau2);
      H2 = tau2 / typicalV + 1;
    }
  }

  const weights = new Array<number>(k);
  for (let i = 0; i < k; i++) weights[i] = 100 / (vi[i] + tau2) / sums.S;

  const common: PooledCommon = {
    k,
    method,
    estimate,
    se,
    ciLower: estimate - crit * se,
    ciUpper: estimate + crit * se,
    pval,
    Q,
    Qdf,
    Qp: k > 1 ? pchisqUpper(Q, Qdf) : null,
    tau2,
    tau: Math.sqrt(tau2),
    seTau2,
    I2,
    H2,
    piLower: estimate - piHalfWidth,
    piUpper: estimate + piHalfWidth,
  };
  const pooled: PooledResult =
    test === "knha" ? { ...common, test, tval: statistic, df: k - 1 } : { ...common, test, zval: statistic };
  return { pooled, weights, iterations };
}

/**
 * Probability that the true effect in a new study lies below `value` (metafor's predict.rma example):
 * the predictive distribution N(μ̂, se² + τ²), or t(k−1) scaled likewise with Knapp–Hartung.
 */
export function probabilityBelow(pooled: PooledResult, value: number): number {
  const x = (value - pooled.estimate) / Math.sqrt(pooled.se * pooled.se + pooled.tau2);
  return pooled.test === "knha" ? pt(x, pooled.df) : pnorm(x);
}

/**
 * Mean of the distribution of true ratios, E[exp(θ)] with θ ~ N(μ̂, τ²) = exp(μ̂ + τ²/2), and the same
 * shift applied to the CI bounds (metafor's transf = transf.exp.int with targs = list(tau2 = τ²)).
 * For OR and RR this differs from exp(μ̂), the median true ratio, when τ² > 0.
 */
export function meanOfTrueRatios(pooled: PooledResult): { estimate: number; ciLower: number; ciUpper: number } {
  const shift = pooled.tau2 / 2;
  return {
    estimate: Math.exp(pooled.estimate + shift),
    ciLower: Math.exp(pooled.ciLower + shift),
    ciUpper: Math.exp(pooled.ciUpper + shift),
  };
}
