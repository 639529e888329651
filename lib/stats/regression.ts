/**
 * Meta-regression with a few moderators, following metafor's rma.uni(yi, vi, mods = X, intercept = FALSE)
 * (R/rma.uni.r): τ² by FE, DL, HE, ML or REML, then weighted least squares with z or Knapp–Hartung tests.
 * Egger's test (diagnostics.ts, regtest) and trim-and-fill's choice of side need it.
 *
 * No k×k matrix is built: with A = (X′WX)⁻¹ and residuals r = y − Xβ, the projection P = W − WXAX′W gives
 * y′Py = Σ wᵢrᵢ², y′PPy = Σ wᵢ²rᵢ², tr P = Σw − tr(A·X′W²X) and tr PP = Σw² − 2 tr(A·X′W³X) + tr((A·X′W²X)²),
 * all from p×p matrices, so k may be in the thousands.
 */
import type { PoolMethod, PoolTest } from "./constants";
import { qt, twoSidedT, twoSidedZ, Z_975 } from "./distributions";
import { StatsError } from "./pool";

const DOUBLE_EPS = 2.220446049250313e-16;
const LL0_TOLERANCE = Math.pow(DOUBLE_EPS, 0.25);
const LOG_2PI = Math.log(2 * Math.PI);
/** lm()'s QR tolerance for a column that adds nothing to the ones before it. */
const RANK_TOLERANCE = 1e-7;

type Matrix = number[][];

export type RegressionOptions = {
  method?: PoolMethod;
  test?: PoolTest;
  threshold?: number;
  maxIterations?: number;
};

export type RegressionFit = {
  k: number;
  p: number;
  method: PoolMethod;
  tau2: number;
  beta: number[];
  se: number[];
  /** z or t statistics (t with Knapp–Hartung, on k − p df). */
  stat: number[];
  pval: (number | null)[];
  ciLower: (number | null)[];
  ciUpper: (number | null)[];
  dist: "z" | "t";
  df: number | null;
};

/** Σ over studies of w^power · x_a · x_b for every pair of columns: X′WᵖX. */
function crossWeighted(columns: Matrix, w: ArrayLike<number>, power: number): Matrix {
  const p = columns.length;
  const out: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < w.length; i++) {
    const weight = w[i] ** power;
    for (let a = 0; a < p; a++) {
      const xa = columns[a][i] * weight;
      for (let b = a; b < p; b++) out[a][b] += xa * columns[b][i];
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) out[a][b] = out[b][a];
  return out;
}

/** Inverse of a small symmetric positive definite matrix (Gauss–Jordan with partial pivoting). */
function invert(matrix: Matrix): Matrix {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    if (a[pivot][col] === 0) throw new StatsError("invalid_input", "The model matrix is not of full rank");
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const scale = a[col][col];
    for (let j = 0; j < 2 * n; j++) a[col][j] /= scale;
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = a[row][col];
      if (factor !== 0) for (let j = 0; j < 2 * n; j++) a[row][j] -= factor * a[col][j];
    }
  }
  return a.map((row) => row.slice(n));
}

function multiply(a: Matrix, b: Matrix): Matrix {
  return a.map((row) => b[0].map((_, j) => row.reduce((sum, value, m) => sum + value * b[m][j], 0)));
}

function trace(matrix: Matrix): number {
  return matrix.reduce((sum, row, i) => sum + row[i], 0);
}

function logDeterminant(matrix: Matrix): number {
  // Symmetric positive definite: log det by Cholesky.
  const n = matrix.length;
  const l: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let logDet = 0;
  for (let j = 0; j < n; j++) {
    let diagonal = matrix[j][j];
    for (let m = 0; m < j; m++) diagonal -= l[j][m] * l[j][m];
    l[j][j] = Math.sqrt(diagonal);
    logDet += 2 * Math.log(l[j][j]);
    for (let i = j + 1; i < n; i++) {
      let value = matrix[i][j];
      for (let m = 0; m < j; m++) value -= l[i][m] * l[j][m];
      l[i][j] = value / l[j][j];
    }
  }
  return logDet;
}

/**
 * Refuses a model matrix whose columns are (nearly) linearly dependent, as metafor does after lm()'s QR
 * decomposition: a column whose part orthogonal to the previous columns is below 1e-7 of its length.
 */
export function checkFullRank(columns: Matrix): void {
  const basis: number[][] = [];
  for (const column of columns) {
    const residual = [...column];
    for (const q of basis) {
      const dot = q.reduce((sum, value, i) => sum + value * residual[i], 0);
      for (let i = 0; i < residual.length; i++) residual[i] -= dot * q[i];
    }
    const norm = Math.hypot(...residual);
    const original = Math.hypot(...column);
    if (!(norm > RANK_TOLERANCE * original)) {
      throw new StatsError(
        "invalid_input",
        "The model matrix is not of full rank after adding the predictor (for example, all studies have the same variance)",
      );
    }
    basis.push(residual.map((value) => value / norm));
  }
}

type Wls = { beta: number[]; A: Matrix; residuals: number[]; rss: number };

/** Weighted least squares with weights w: β = (X′WX)⁻¹X′Wy, and the weighted residual sum of squares. */
function wls(yi: ArrayLike<number>, columns: Matrix, w: ArrayLike<number>): Wls {
  const A = invert(crossWeighted(columns, w, 1));
  const p = columns.length;
  const xwy = new Array<number>(p).fill(0);
  for (let i = 0; i < yi.length; i++) for (let a = 0; a < p; a++) xwy[a] += columns[a][i] * w[i] * yi[i];
  const beta = A.map((row) => row.reduce((sum, value, m) => sum + value * xwy[m], 0));
  const residuals = new Array<number>(yi.length);
  let rss = 0;
  for (let i = 0; i < yi.length; i++) {
    let fitted = 0;
    for (let a = 0; a < p; a++) fitted += columns[a][i] * beta[a];
    residuals[i] = yi[i] - fitted;
    rss += w[i] * residuals[i] * residuals[i];
  }
  return { beta, A, residuals, rss };
}

function weightsAt(vi: ArrayLike<number>, tau2: number): number[] {
  return Array.from({ length: vi.length }, (_, i) => 1 / (vi[i] + tau2));
}

function sum(values: ArrayLike<number>, power = 1): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] ** power;
  return total;
}

/** tr P, tr PP and y′PPy at the weights w (see the file comment). */
function projectionTraces(columns: Matrix, w: number[], fit: Wls) {
  const AB2 = multiply(fit.A, crossWeighted(columns, w, 2));
  const AB3 = multiply(fit.A, crossWeighted(columns, w, 3));
  const trP = sum(w) - trace(AB2);
  const trPP = sum(w, 2) - 2 * trace(AB3) + trace(multiply(AB2, AB2));
  let yPPy = 0;
  for (let i = 0; i < w.length; i++) yPPy += w[i] * w[i] * fit.residuals[i] * fit.residuals[i];
  return { trP, trPP, yPPy };
}

function logLikelihood(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  columns: Matrix,
  tau2: number,
  kind: "ML" | "REML",
): number {
  const k = yi.length;
  const p = columns.length;
  const w = weightsAt(vi, tau2);
  const { rss } = wls(yi, columns, w);
  let sumLog = 0;
  for (let i = 0; i < k; i++) sumLog += Math.log(vi[i] + tau2);
  if (kind === "ML") return -0.5 * k * LOG_2PI - 0.5 * sumLog - 0.5 * rss;
  return -0.5 * (k - p) * LOG_2PI - 0.5 * sumLog - 0.5 * logDeterminant(crossWeighted(columns, w, 1)) - 0.5 * rss;
}

function estimateTau2(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  columns: Matrix,
  method: PoolMethod,
  threshold: number,
  maxIterations: number,
): number {
  const k = yi.length;
  const p = columns.length;
  if (method === "FE") return 0;
  if (method === "DL") {
    const w = weightsAt(vi, 0);
    const fit = wls(yi, columns, w);
    const { trP } = projectionTraces(columns, w, fit);
    return Math.max(0, (fit.rss - (k - p)) / trP);
  }
  // Hedges' estimator from ordinary least squares: (y′P₀y − tr(P₀V))/(k − p) with P₀ = I − X(X′X)⁻¹X′.
  const ones = new Array<number>(k).fill(1);
  const ols = wls(yi, columns, ones);
  const C = ols.A;
  const trPV = sum(vi) - trace(multiply(C, crossWeighted(columns, vi, 1)));
  const he = (ols.rss - trPV) / (k - p);
  if (method === "HE") return Math.max(0, he);

  let tau2 = Math.max(0, he);
  let change = threshold + 1;
  let iterations = 0;
  while (change > threshold) {
    iterations++;
    const previous = tau2;
    const w = weightsAt(vi, tau2);
    const fit = wls(yi, columns, w);
    const { trP, trPP, yPPy } = projectionTraces(columns, w, fit);
    let step = method === "REML" ? (yPPy - trP) / trPP : (yPPy - sum(w)) / sum(w, 2);
    if (Number.isNaN(step)) step = 0;
    if (tau2 === 0 && step < 0) step = 0;
    while (tau2 + step < 0) step /= 2;
    tau2 += step;
    change = Math.abs(previous - tau2);
    if (iterations > maxIterations) {
      throw new StatsError(
        "not_converged",
        `The ${method} estimate of tau² did not converge in ${maxIterations} iterations`,
      );
    }
  }
  if (
    tau2 > threshold &&
    logLikelihood(yi, vi, columns, 0, method) - logLikelihood(yi, vi, columns, tau2, method) > LL0_TOLERANCE
  ) {
    tau2 = 0;
  }
  return Math.max(0, tau2);
}

/**
 * Fits yi = Xβ + u + e with the columns of X given (include a column of ones for an intercept).
 * Throws StatsError when X is not of full rank or ML/REML does not converge.
 */
export function fitMetaRegression(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  columns: Matrix,
  options: RegressionOptions = {},
): RegressionFit {
  const method = options.method ?? "REML";
  const test = options.test ?? "z";
  const k = yi.length;
  const p = columns.length;
  if (k <= p) throw new StatsError("invalid_input", `At least ${p + 1} studies are needed for this model`);
  checkFullRank(columns);
  const tau2 = estimateTau2(yi, vi, columns, method, options.threshold ?? 1e-5, options.maxIterations ?? 100);
  const w = weightsAt(vi, tau2);
  const fit = wls(yi, columns, w);
  let s2w = 1;
  if (test === "knha") s2w = fit.rss <= DOUBLE_EPS ? 0 : fit.rss / (k - p);
  const se = fit.A.map((row, i) => Math.sqrt(s2w * row[i]));
  const stat = fit.beta.map((b, i) => b / se[i]);
  const df = test === "knha" ? k - p : null;
  const crit = df === null ? Z_975 : qt(0.975, df);
  const pval = stat.map((value) =>
    Number.isFinite(value) ? (df === null ? twoSidedZ(value) : twoSidedT(value, df)) : null,
  );
  return {
    k,
    p,
    method,
    tau2,
    beta: fit.beta,
    se,
    stat,
    pval,
    ciLower: fit.beta.map((b, i) => b - crit * se[i]),
    ciUpper: fit.beta.map((b, i) => b + crit * se[i]),
    dist: df === null ? "z" : "t",
    df,
  };
}

/**
 * Ordinary weighted least squares as R's lm(yi ~ 0 + X, weights = 1/vi): the residual variance is estimated,
 * so tests are t with k − p df (regtest's model "lm").
 */
export function fitWeightedLm(yi: ArrayLike<number>, vi: ArrayLike<number>, columns: Matrix): RegressionFit {
  const k = yi.length;
  const p = columns.length;
  if (k <= p) throw new StatsError("invalid_input", `At least ${p + 1} studies are needed for this model`);
  checkFullRank(columns);
  const fit = wls(yi, columns, weightsAt(vi, 0));
  const df = k - p;
  const sigma2 = fit.rss / df;
  const se = fit.A.map((row, i) => Math.sqrt(sigma2 * row[i]));
  const stat = fit.beta.map((b, i) => b / se[i]);
  const crit = qt(0.975, df);
  return {
    k,
    p,
    method: "FE",
    tau2: 0,
    beta: fit.beta,
    se,
    stat,
    pval: stat.map((value) => (Number.isFinite(value) ? twoSidedT(value, df) : null)),
    ciLower: fit.beta.map((b, i) => b - crit * se[i]),
    ciUpper: fit.beta.map((b, i) => b + crit * se[i]),
    dist: "t",
    df,
  };
}
