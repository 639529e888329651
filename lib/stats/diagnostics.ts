/**
 * Publication-bias and sensitivity diagnostics of an intercept-only meta-analysis, as metafor 5.1 computes
 * them (R/regtest.r, R/trimfill.rma.uni.r, R/ranktest.r, R/leave1out.rma.uni.r; reference values in
 * tests/fixtures/metafor/metafor-diagnostics.json):
 * - regtest: Egger's regression test, the standard error (or another predictor) added as a moderator;
 * - trimfill: Duval and Tweedie's trim-and-fill with the L0, R0 or Q0 estimator;
 * - ranktest: Begg and Mazumdar's rank correlation;
 * - leave1out: the analysis repeated with each study left out.
 * Inputs are on the analysis scale (log for OR and RR). Problems with the data throw StatsError (a 400).
 */
import type {
  PoolMethod,
  PoolTest,
  RegtestModel,
  RegtestPredictor,
  TrimfillEstimator,
  TrimfillSide,
} from "./constants";
import { twoSidedZ, Z_975 } from "./distributions";
import { fitMetaRegression, fitWeightedLm } from "./regression";
import { kendallTest } from "./kendall";
import { pool, StatsError, type PooledResult } from "./pool";

export type FitSettings = { method: PoolMethod; test: PoolTest };

export type RegtestResult = {
  model: RegtestModel;
  predictor: RegtestPredictor;
  stat: number;
  dist: "z" | "t";
  df: number | null;
  pval: number | null;
  /** The intercept (the estimate for a study of infinite precision), for sei, vi, ninv and sqrtninv only. */
  limitEstimate: number | null;
  limitCiLower: number | null;
  limitCiUpper: number | null;
};

/**
 * Egger's regression test (metafor's regtest): model "rma" fits the meta-analysis's own τ² estimator and
 * test with the predictor as a moderator; "lm" is weighted least squares with weights 1/vi. ni is needed
 * for the sample-size predictors; a missing one is reported on its study ("studies.3.ni").
 */
export function regtest(
  yi: readonly number[],
  vi: readonly number[],
  ni: readonly (number | undefined)[] | null,
  settings: FitSettings,
  options: { model?: RegtestModel; predictor?: RegtestPredictor } = {},
): RegtestResult {
  const model = options.model ?? "rma";
  const predictor = options.predictor ?? "sei";
  const k = yi.length;
  let column: number[];
  if (predictor === "sei") column = vi.map(Math.sqrt);
  else if (predictor === "vi") column = [...vi];
  else {
    const sizes = Array.from({ length: k }, (_, i) => ni?.[i]);
    const missing = sizes.findIndex((n) => n === undefined);
    if (missing >= 0) {
      throw new StatsError(
        "invalid_input",
        `The ${predictor} predictor needs the total sample size ni of every study`,
        ["studies", missing, "ni"],
      );
    }
    const n = sizes as number[];
    column = predictor === "ni" ? n : predictor === "ninv" ? n.map((x) => 1 / x) : n.map((x) => 1 / Math.sqrt(x));
  }
  const columns = [new Array<number>(k).fill(1), column];
  const fit = model === "rma" ? fitMetaRegression(yi, vi, columns, settings) : fitWeightedLm(yi, vi, columns);
  const hasLimit = predictor !== "ni";
  return {
    model,
    predictor,
    stat: fit.stat[1],
    dist: fit.dist,
    df: fit.df,
    pval: fit.pval[1],
    limitEstimate: hasLimit ? fit.beta[0] : null,
    limitCiLower: hasLimit ? fit.ciLower[0] : null,
    limitCiUpper: hasLimit ? fit.ciUpper[0] : null,
  };
}

export type TrimfillResult = {
  estimator: TrimfillEstimator;
  k0: number;
  seK0: number;
  /** R0 only: the probability of k0 or more studies on one side by chance. */
  pK0: number | null;
  side: TrimfillSide;
  /** The imputed studies only. */
  filled: { yi: number; vi: number }[];
  /** The analysis of observed plus imputed studies (with k0 = 0 the original analysis). */
  pooled: PooledResult;
};

const TRIMFILL_MAX_ITERATIONS = 100;

/** Which side studies are missing on when not given: metafor regresses yi on √vi and reads the slope's sign. */
function trimfillSide(yi: readonly number[], vi: readonly number[], settings: FitSettings): TrimfillSide {
  let slope: number;
  try {
    const fit = fitMetaRegression(yi, vi, [new Array<number>(yi.length).fill(1), vi.map(Math.sqrt)], {
      method: settings.method,
      test: "z",
    });
    slope = fit.beta[1];
  } catch (error) {
    if (error instanceof StatsError && error.code === "invalid_input") {
      throw new StatsError(
        "invalid_input",
        "The side of the missing studies cannot be estimated (all studies have the same variance); give side",
        ["diagnostics", "trimfill", "side"],
      );
    }
    throw error;
  }
  return slope < 0 ? "right" : "left";
}

/** Ranks of |x| from 1, ties in order of appearance (R's rank(ties.method = "first")). */
function ranksFirst(values: number[]): number[] {
  const order = values.map((value, index) => ({ value: Math.abs(value), index }));
  order.sort((a, b) => a.value - b.value || a.index - b.index);
  const ranks = new Array<number>(values.length);
  order.forEach((entry, position) => (ranks[entry.index] = position + 1));
  return ranks;
}

function varSr(k: number, k0: number): number {
  return (
    (k * (k + 1) * (2 * k + 1) +
      10 * k0 ** 3 +
      27 * k0 ** 2 +
      17 * k0 -
      18 * k * k0 ** 2 -
      18 * k * k0 +
      6 * k ** 2 * k0) /
    24
  );
}

/**
 * Trim and fill (metafor's trimfill.rma.uni): trims the most extreme studies on one side until the estimate
 * of the number missing stops changing, then imputes their mirror images around the trimmed estimate and
 * refits. The refit uses the z test, as metafor's does; with k0 = 0 the original analysis is returned.
 */
export function trimfill(
  yi: readonly number[],
  vi: readonly number[],
  settings: FitSettings,
  options: { estimator?: TrimfillEstimator; side?: TrimfillSide } = {},
): TrimfillResult {
  const estimator = options.estimator ?? "L0";
  const side = options.side ?? trimfillSide(yi, vi, settings);
  const k = yi.length;
  const flipped = side === "right" ? yi.map((y) => -1 * y) : [...yi];
  const order = flipped.map((_, index) => index).sort((a, b) => flipped[a] - flipped[b] || a - b);
  const ys = order.map((index) => flipped[index]);
  const vs = order.map((index) => vi[index]);

  let k0Saved = -1;
  let k0 = 0;
  let seK0 = 0;
  let iterations = 0;
  let beta = 0;
  let centred: number[] = [];
  while (Math.abs(k0 - k0Saved) > 0) {
    k0Saved = k0;
    iterations++;
    if (iterations > TRIMFILL_MAX_ITERATIONS) {
      throw new StatsError("not_converged", "The trim-and-fill algorithm did not converge in 100 iterations", [
        "diagnostics",
        "trimfill",
      ]);
    }
    const kept = k - k0;
    if (kept < 1) {
      throw new StatsError("invalid_input", "Trim and fill would trim every study", ["diagnostics", "trimfill"]);
    }
    beta = pool(ys.slice(0, kept), vs.slice(0, kept), { method: settings.method, test: "z" }).pooled.estimate;
    centred = ys.map((y) => y - beta);
    const ranks = ranksFirst(centred);
    const signed = centred.map((c, i) => Math.sign(c) * ranks[i]);
    let estimate: number;
    if (estimator === "R0") {
      const negatives = signed.filter((s) => s < 0).map((s) => -1 * s);
      if (negatives.length === 0) {
        throw new StatsError(
          "invalid_input",
          "The R0 estimator is undefined: no study lies below the trimmed estimate",
          ["diagnostics", "trimfill", "estimator"],
        );
      }
      estimate = k - Math.max(...negatives) - 1;
      seK0 = Math.sqrt(2 * Math.max(0, estimate) + 2);
    } else {
      const Sr = signed.filter((s) => s > 0).reduce((total, s) => total + s, 0);
      if (estimator === "L0") {
        estimate = (4 * Sr - k * (k + 1)) / (2 * k - 1);
        seK0 = (4 * Math.sqrt(varSr(k, estimate))) / (2 * k - 1);
      } else {
        estimate = k - 1 / 2 - Math.sqrt(2 * k ** 2 - 4 * Sr + 1 / 4);
        seK0 = (2 * Math.sqrt(varSr(k, estimate))) / Math.sqrt((k - 1 / 2) ** 2 - estimate * (2 * k - estimate - 1));
      }
    }
    if (Number.isNaN(estimate)) {
      throw new StatsError("invalid_input", `The ${estimator} estimator is undefined for these studies; try L0`, [
        "diagnostics",
        "trimfill",
        "estimator",
      ]);
    }
    k0 = Math.max(0, roundHalfEven(estimate));
    seK0 = Math.max(0, seK0);
  }

  const pK0 = estimator === "R0" ? 1 - sumHalfPowers(k0) : null;
  if (k0 === 0) {
    return { estimator, k0, seK0, pK0, side, filled: [], pooled: pool(yi, vi, settings).pooled };
  }
  const mirrored = centred.map((c) => (side === "right" ? -1 * (c - beta) : c - beta));
  const filled = Array.from({ length: k0 }, (_, j) => ({
    yi: -1 * mirrored[k - k0 + j],
    vi: vs[k - k0 + j],
  }));
  const refit = pool([...yi, ...filled.map((f) => f.yi)], [...vi, ...filled.map((f) => f.vi)], {
    method: settings.method,
    test: "z",
  });
  return { estimator, k0, seK0, pK0, side, filled, pooled: refit.pooled };
}

/** R's round(): halves go to the even neighbour. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Σ 0.5^(m+2) for m = −1 … k0 − 1, summed in R's order. */
function sumHalfPowers(k0: number): number {
  let total = 0;
  for (let m = -1; m <= k0 - 1; m++) total += 0.5 ** (m + 2);
  return total;
}

export type RanktestResult = { tau: number; pval: number | null };

/**
 * Begg and Mazumdar's rank correlation (metafor's ranktest): Kendall's tau between the standardised
 * deviations from the fixed-effect estimate and the variances.
 */
export function ranktest(yi: readonly number[], vi: readonly number[]): RanktestResult {
  let sumW = 0;
  let sumWy = 0;
  for (let i = 0; i < yi.length; i++) {
    sumW += 1 / vi[i];
    sumWy += yi[i] / vi[i];
  }
  const theta = sumWy / sumW;
  const vb = 1 / sumW;
  const standardised = yi.map((y, i) => (y - theta) / Math.sqrt(vi[i] - vb));
  const { tau, pval } = kendallTest(standardised, vi);
  return { tau, pval };
}

export type LeaveOneOutRow = {
  label: string;
  estimate: number | null;
  se: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  pval: number | null;
  Q: number | null;
  Qp: number | null;
  /** Null for the fixed-effect model, whose τ² is 0 by definition (metafor leaves the column out). */
  tau2: number | null;
  I2: number | null;
  /** Why the numbers are null, when the analysis without this study could not be done. */
  note?: string;
};

/**
 * One study left: what metafor's rma.uni reports for k = 1 — the study itself with a z test (metafor
 * switches any other test to z when k = 1), Q = 0, Qp = 1, I² = 0.
 */
function singleStudy(label: string, yi: number, vi: number, settings: FitSettings): LeaveOneOutRow {
  const tau2 = settings.method === "FE" ? null : 0;
  const se = Math.sqrt(vi);
  return {
    label,
    estimate: yi,
    se,
    ciLower: yi - Z_975 * se,
    ciUpper: yi + Z_975 * se,
    pval: twoSidedZ(yi / se),
    Q: 0,
    Qp: 1,
    tau2,
    I2: 0,
  };
}

/**
 * The analysis repeated with each study left out in turn (metafor's leave1out), with the same estimator
 * and test. A subset whose fit fails (e.g. REML not converging) gives a row of nulls with the reason.
 */
export function leave1out(
  yi: readonly number[],
  vi: readonly number[],
  labels: readonly string[],
  settings: FitSettings & { maxIterations?: number },
): LeaveOneOutRow[] {
  return yi.map((_, omitted) => {
    const label = labels[omitted];
    const keep = (_: number, i: number) => i !== omitted;
    const ys = yi.filter(keep);
    const vs = vi.filter(keep);
    if (ys.length === 1) return singleStudy(label, ys[0], vs[0], settings);
    try {
      const { pooled } = pool(ys, vs, settings);
      return {
        label,
        estimate: pooled.estimate,
        se: pooled.se,
        ciLower: pooled.ciLower,
        ciUpper: pooled.ciUpper,
        pval: pooled.pval,
        Q: pooled.Q,
        Qp: pooled.Qp,
        tau2: settings.method === "FE" ? null : pooled.tau2,
        I2: pooled.I2,
      };
    } catch (error) {
      if (!(error instanceof StatsError)) throw error;
      return {
        label,
        estimate: null,
        se: null,
        ciLower: null,
        ciUpper: null,
        pval: null,
        Q: null,
        Qp: null,
        tau2: null,
        I2: null,
        note: error.message,
      };
    }
  });
}
