/**
 * From the raw inputs of a stored effect size to its yi/vi (analysis scale), and from there to the common
 * SMD scale on which the catalogue pools, filters and sorts. Pure; browser-safe.
 */
import type { EffectInputForm, EffectMeasure } from "../../generated/prisma/enums";
import { logOddsRatioToD, type EffectSize } from "../stats/effect-size";
import { studyEffect } from "../stats/meta-analysis";
import { pool, StatsError, type PoolFit } from "../stats/pool";
import type { Measure } from "../stats/constants";
import type { StudyInput } from "../stats/schemas";

/**
 * yi/vi for stored inputs, or null when the source reported no usable statistics (REPORTED). The inputs use
 * the same field names as POST /api/v1/meta-analysis, and go through the same code.
 */
export function effectFromInputs(
  measure: EffectMeasure,
  form: EffectInputForm,
  inputs: Record<string, number>,
): EffectSize | null {
  if (form === "REPORTED") return null;
  if (measure === "COR") throw new Error("Correlations are stored as reported only");
  return studyEffect(measure as Measure, inputs as StudyInput);
}

/**
 * The effect on the SMD (Hedges' g) scale with positive meaning benefit, or null when the measure has no
 * defensible conversion (RR, RD, MD, correlations without a variance, generic effects).
 */
export function toBenefitSmd(effect: {
  measure: EffectMeasure;
  yi: number | null;
  vi: number | null;
  higherIsBetter: boolean;
}): EffectSize | null {
  if (effect.yi === null || effect.vi === null || !(effect.vi > 0)) return null;
  let smd: EffectSize;
  if (effect.measure === "SMD") smd = { yi: effect.yi, vi: effect.vi };
  else if (effect.measure === "OR") smd = logOddsRatioToD({ yi: effect.yi, vi: effect.vi });
  else return null;
  return effect.higherIsBetter ? smd : { yi: -smd.yi, vi: smd.vi };
}

/**
 * A study counts once per outcome: when it reports several effects on one outcome (e.g. mother and father
 * reports), the most precise one (smallest variance on the SMD scale) enters the pool.
 */
export function onePerStudy<T extends { studyId: number; smd: EffectSize }>(effects: T[]): T[] {
  const best = new Map<number, T>();
  for (const e of effects) {
    const current = best.get(e.studyId);
    if (!current || e.smd.vi < current.smd.vi) best.set(e.studyId, e);
  }
  return effects.filter((e) => best.get(e.studyId) === e);
}

/**
 * The catalogue's random-effects pool: REML, as metafor defaults to; when Fisher scoring does not converge
 * (rare, with few and discordant studies), the non-iterative DerSimonian–Laird estimator instead.
 */
export function poolRandomEffects(yi: number[], vi: number[]): PoolFit {
  try {
    return pool(yi, vi, { method: "REML" });
  } catch (error) {
    if (error instanceof StatsError && error.code === "not_converged") return pool(yi, vi, { method: "DL" });
    throw error;
  }
}
