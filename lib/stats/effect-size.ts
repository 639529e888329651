/**
 * Effect sizes and their sampling variances, following metafor's escalc() defaults (see
 * tests/fixtures/metafor/formulas.md). Group 1 is the treatment group throughout, so a positive SMD or MD
 * favours group 1 when higher scores are better, and a log OR/RR below 0 means fewer events in group 1.
 *
 * Every function takes one study and returns { yi, vi } on the analysis scale (log scale for OR and RR).
 * Inputs are assumed valid (the request schema checks them); impossible values give NaN, never a throw.
 */
import { gammaln, Z_975 } from "./distributions";

export type EffectSize = { yi: number; vi: number };

export type MeansInput = { m1: number; sd1: number; n1: number; m2: number; sd2: number; n2: number };
export type TStatisticInput = { t: number; n1: number; n2: number };
export type FStatisticInput = { F: number; n1: number; n2: number; sign?: -1 | 1 };
export type CountsInput = { ai: number; bi: number; ci: number; di: number };
export type EstimateCiInput = { estimate: number; ciLower: number; ciUpper: number };

/**
 * Hedges' exact small-sample correction J(m) = Γ(m/2) / (√(m/2) · Γ((m−1)/2)), computed on the log
 * scale as metafor's .cmicalc does so that it does not overflow for large m. Undefined (NaN) for m ≤ 1.
 */
export function hedgesCorrection(m: number): number {
  if (!(m > 1)) return Number.NaN;
  return Math.exp(gammaln(m / 2) - Math.log(Math.sqrt(m / 2)) - gammaln((m - 1) / 2));
}

/** Pooled SD √(((n1−1)s1² + (n2−1)s2²)/(n1+n2−2)). */
export function pooledSd({ sd1, n1, sd2, n2 }: Pick<MeansInput, "sd1" | "n1" | "sd2" | "n2">): number {
  return Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2));
}

/**
 * Hedges' g from Cohen's d: g = J(n1+n2−2)·d, with metafor's default large-sample variance
 * (vtype "LS", Hedges 1982 eq. 8) vi = 1/n1 + 1/n2 + g²/(2(n1+n2)) — the corrected g, and 2N not 2(N−2).
 */
export function hedgesGFromD(d: number, n1: number, n2: number): EffectSize {
  const yi = hedgesCorrection(n1 + n2 - 2) * d;
  return { yi, vi: 1 / n1 + 1 / n2 + (yi * yi) / (2 * (n1 + n2)) };
}

/** measure "SMD" from means and SDs (escalc(measure="SMD")). */
export function smdFromMeans(input: MeansInput): EffectSize {
  return hedgesGFromD((input.m1 - input.m2) / pooledSd(input), input.n1, input.n2);
}

/**
 * Cohen's d (escalc(measure="SMD", correct=FALSE)): no J, vi = 1/n1 + 1/n2 + d²/(2N). This is the d that
 * metafor's D2ORL conversion starts from.
 */
export function cohensDFromMeans(input: MeansInput): EffectSize {
  const yi = (input.m1 - input.m2) / pooledSd(input);
  return { yi, vi: 1 / input.n1 + 1 / input.n2 + (yi * yi) / (2 * (input.n1 + input.n2)) };
}

/** measure "SMD" from an independent-samples t statistic (escalc(ti=)): d = t·√(1/n1 + 1/n2). */
export function smdFromT({ t, n1, n2 }: TStatisticInput): EffectSize {
  return hedgesGFromD(t * Math.sqrt(1 / n1 + 1 / n2), n1, n2);
}

/**
 * measure "SMD" from a two-group F statistic: F = t², so t = sign·√F. An F carries no direction, so the
 * sign comes separately (default +1: group 1 scored higher).
 */
export function smdFromF({ F, n1, n2, sign = 1 }: FStatisticInput): EffectSize {
  return smdFromT({ t: sign * Math.sqrt(F), n1, n2 });
}

/** measure "MD": raw mean difference, vi = s1²/n1 + s2²/n2 (vtype "LS", no equal-variance assumption). */
export function mdFromMeans({ m1, sd1, n1, m2, sd2, n2 }: MeansInput): EffectSize {
  return { yi: m1 - m2, vi: (sd1 * sd1) / n1 + (sd2 * sd2) / n2 };
}

/**
 * measure "SMDH" (Bonett): SD = √((s1² + s2²)/2), J-corrected, with Bonett's variance computed from the
 * corrected value as current metafor does (no extra J² factor). Not offered by the API; kept so the
 * reference cases for it can be checked.
 */
export function smdhFromMeans({ m1, sd1, n1, m2, sd2, n2 }: MeansInput): EffectSize {
  const variance = (sd1 * sd1 + sd2 * sd2) / 2;
  const yi = (hedgesCorrection(n1 + n2 - 2) * (m1 - m2)) / Math.sqrt(variance);
  const fourth = sd1 ** 4 / (n1 - 1) + sd2 ** 4 / (n2 - 1);
  const second = (sd1 * sd1) / (n1 - 1) + (sd2 * sd2) / (n2 - 1);
  return { yi, vi: (yi * yi * fourth) / (8 * variance * variance) + second / variance };
}

/**
 * measure "ROM": log ratio of means log(m1/m2), vi = s1²/(n1·m1²) + s2²/(n2·m2²). metafor applies no bias
 * correction here (its own tests and source agree). Not offered by the API.
 */
export function romFromMeans({ m1, sd1, n1, m2, sd2, n2 }: MeansInput): EffectSize {
  return { yi: Math.log(m1 / m2), vi: (sd1 * sd1) / (n1 * m1 * m1) + (sd2 * sd2) / (n2 * m2 * m2) };
}

export type TwoByTwoMeasure = "OR" | "RR" | "RD";

/**
 * metafor's default zero-cell rule (add = 1/2, to = "only0"): a table with any zero cell gets 1/2 added to
 * all four cells; other tables are left alone.
 */
export function adjustZeroCells(counts: CountsInput): CountsInput & { adjusted: boolean } {
  const { ai, bi, ci, di } = counts;
  if (ai > 0 && bi > 0 && ci > 0 && di > 0) return { ai, bi, ci, di, adjusted: false };
  return { ai: ai + 0.5, bi: bi + 0.5, ci: ci + 0.5, di: di + 0.5, adjusted: true };
}

/**
 * Log odds ratio, log risk ratio or risk difference from a 2×2 table (ai/bi = events/non-events in
 * group 1, ci/di in group 2).
 *
 * Zero cells: both yi and vi come from the adjusted table, for RD too. That is what metafor's escalc()
 * does by default (addyi = TRUE, addvi = TRUE; R/escalc.r), although formulas.md says the RD estimate stays
 * uncorrected. Pass { adjustRdEstimate: false } for that convention (metafor's addyi = FALSE for RD).
 */
export function effectFromCounts(
  measure: TwoByTwoMeasure,
  counts: CountsInput,
  options: { adjustRdEstimate?: boolean } = {},
): EffectSize {
  const { ai, bi, ci, di } = adjustZeroCells(counts);
  const n1 = ai + bi;
  const n2 = ci + di;
  if (measure === "OR") {
    return { yi: Math.log((ai * di) / (bi * ci)), vi: 1 / ai + 1 / bi + 1 / ci + 1 / di };
  }
  if (measure === "RR") {
    return { yi: Math.log(ai / n1 / (ci / n2)), vi: 1 / ai - 1 / n1 + 1 / ci - 1 / n2 };
  }
  const p1 = ai / n1;
  const p2 = ci / n2;
  const yi =
    options.adjustRdEstimate === false
      ? counts.ai / (counts.ai + counts.bi) - counts.ci / (counts.ci + counts.di)
      : p1 - p2;
  return { yi, vi: (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2 };
}

/**
 * A reported estimate with its 95% CI (metafor's conv.wald): se = (upper − lower)/(2·z.975). For OR and
 * RR the estimate and CI are ratios and are taken to the log scale first.
 */
export function effectFromEstimateCi(input: EstimateCiInput, ratio: boolean): EffectSize {
  const transform = ratio ? Math.log : (x: number) => x;
  const se = (transform(input.ciUpper) - transform(input.ciLower)) / (2 * Z_975);
  return { yi: transform(input.estimate), vi: se * se };
}

/** Logistic conversion (Hasselblad & Hedges; metafor D2ORL): log OR = π/√3 · d, v = π²/3 · v_d. */
export function dToLogOddsRatio({ yi, vi }: EffectSize): EffectSize {
  return { yi: (Math.PI / Math.sqrt(3)) * yi, vi: ((Math.PI * Math.PI) / 3) * vi };
}

/** Reverse logistic conversion (metafor OR2DL): d = √3/π · log OR, v = 3/π² · v. */
export function logOddsRatioToD({ yi, vi }: EffectSize): EffectSize {
  return { yi: (Math.sqrt(3) / Math.PI) * yi, vi: (3 / (Math.PI * Math.PI)) * vi };
}

/** d from a correlation, d = 2r/√(1 − r²); for display only (no variance). */
export function rToD(r: number): number {
  return (2 * r) / Math.sqrt(1 - r * r);
}

/** Per-study z-based 95% CI on the analysis scale (metafor's summary.escalc). */
export function studyInterval({ yi, vi }: EffectSize): { se: number; zval: number; ciLower: number; ciUpper: number } {
  const se = Math.sqrt(vi);
  return { se, zval: yi / se, ciLower: yi - Z_975 * se, ciUpper: yi + Z_975 * se };
}
