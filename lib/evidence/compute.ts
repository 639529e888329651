/**
 * From the raw inputs of a stored effect size to its yi/vi (analysis scale), and from there to the common
 * SMD scale on which the catalogue pools, filters and sorts. Pure; browser-safe.
 */
import type { EffectInputForm, EffectMeasure } from "../../generated/prisma/enums";
import {
  effectFromCounts,
  effectFromEstimateCi,
  logOddsRatioToD,
  mdFromMeans,
  smdFromF,
  smdFromMeans,
  smdFromT,
  type EffectSize,
} from "../stats/effect-size";

type Inputs = Record<string, number>;

/** yi/vi for the inputs, or null when the source reported no usable statistics (REPORTED). */
export function effectFromInputs(measure: EffectMeasure, form: EffectInputForm, inputs: Inputs): EffectSize | null {
  const i = inputs as Record<string, number>;
  switch (form) {
    case "MEANS": {
      const means = { m1: i.m1, sd1: i.sd1, n1: i.n1, m2: i.m2, sd2: i.sd2, n2: i.n2 };
      if (measure === "SMD") return smdFromMeans(means);
      if (measure === "MD") return mdFromMeans(means);
      break;
    }
    case "T_STATISTIC":
      if (measure === "SMD") return smdFromT({ t: i.t, n1: i.n1, n2: i.n2 });
      break;
    case "F_STATISTIC":
      if (measure === "SMD") return smdFromF({ F: i.F, n1: i.n1, n2: i.n2, sign: i.sign === -1 ? -1 : 1 });
      break;
    case "COUNTS":
      if (measure === "OR" || measure === "RR" || measure === "RD") {
        return effectFromCounts(measure, { ai: i.ai, bi: i.bi, ci: i.ci, di: i.di });
      }
      break;
    case "ESTIMATE_CI":
      if (measure !== "COR") {
        return effectFromEstimateCi(
          { estimate: i.estimate, ciLower: i.ciLower, ciUpper: i.ciUpper },
          measure === "OR" || measure === "RR",
        );
      }
      break;
    case "YI_VI":
      return { yi: i.yi, vi: i.vi };
    case "REPORTED":
      return null;
  }
  throw new Error(`Input form ${form} cannot give measure ${measure}`);
}

/**
 * The effect on the SMD (Hedges' g) scale with positive meaning benefit, or null when the measure has no
 * defensible conversion (RR, RD, MD, correlations without a variance, generic effects).
 */
export function toBenefitSmd(
  effect: { measure: EffectMeasure; yi: number | null; vi: number | null; higherIsBetter: boolean },
): EffectSize | null {
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
