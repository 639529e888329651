/** The numbers behind a forest plot: per-study CIs and weights, and the pooled REML result. Pure. */
import { studyInterval } from "../stats/effect-size";
import { onePerStudy, poolRandomEffects, toBenefitSmd } from "./compute";
import type { EffectMeasure } from "../../generated/prisma/enums";

export type ForestInput = {
  studyId: number;
  label: string;
  measure: EffectMeasure;
  yi: number | null;
  vi: number | null;
  higherIsBetter: boolean;
};

export type ForestRow = { label: string; yi: number; vi: number; ciLower: number; ciUpper: number; weight: number };
export type Forest = {
  rows: ForestRow[];
  pooled: {
    k: number;
    method: string;
    estimate: number;
    ciLower: number;
    ciUpper: number;
    piLower: number;
    piUpper: number;
    tau2: number;
    I2: number | null;
  };
};

/** Null when fewer than `minStudies` effects can be put on the SMD scale. */
export function buildForest(effects: ForestInput[], minStudies = 2): Forest | null {
  const usable = onePerStudy(
    effects.flatMap((e) => {
      const smd = toBenefitSmd(e);
      return smd ? [{ studyId: e.studyId, label: e.label, smd }] : [];
    }),
  ).map((e) => ({ label: e.label, ...e.smd }));
  if (usable.length < minStudies) return null;
  const { pooled, weights } = poolRandomEffects(
    usable.map((u) => u.yi),
    usable.map((u) => u.vi),
  );
  return {
    rows: usable.map((u, i) => {
      const ci = studyInterval(u);
      return { label: u.label, yi: u.yi, vi: u.vi, ciLower: ci.ciLower, ciUpper: ci.ciUpper, weight: weights[i] };
    }),
    pooled: {
      k: pooled.k,
      method: pooled.method,
      estimate: pooled.estimate,
      ciLower: pooled.ciLower,
      ciUpper: pooled.ciUpper,
      piLower: pooled.piLower,
      piUpper: pooled.piUpper,
      tau2: pooled.tau2,
      I2: pooled.I2,
    },
  };
}
