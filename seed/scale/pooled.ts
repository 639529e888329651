/**
 * The PooledEffect row of one intervention × outcome, built from the same pieces as
 * lib/evidence/pooling.ts (toBenefitSmd, then pool(…, { method: "REML" })) and mapped to columns the same
 * way, so a later recomputePooledEffects() finds every synthetic row unchanged (seed/scale/load.ts checks
 * a sample of them against it after loading).
 */
import type { EffectMeasure } from "../../generated/prisma/enums";
import { toBenefitSmd } from "../../lib/evidence/compute";
import { pool } from "../../lib/stats/pool";

export type PoolGroup = { yi: number[]; vi: number[]; n: (number | null)[] };

/** Adds one stored effect size to its group, on the benefit SMD scale; returns false if it cannot be pooled. */
export function addToGroup(
  group: PoolGroup,
  effect: {
    measure: EffectMeasure;
    yi: number | null;
    vi: number | null;
    higherIsBetter: boolean;
    sampleSize: number | null;
  },
  studySampleSize: number | null,
): boolean {
  const smd = toBenefitSmd(effect);
  if (!smd) return false;
  group.yi.push(smd.yi);
  group.vi.push(smd.vi);
  group.n.push(effect.sampleSize ?? studySampleSize);
  return true;
}

export type PooledRow = {
  measure: "SMD";
  method: "REML";
  k: number;
  totalN: number | null;
  estimate: number;
  se: number;
  ciLower: number;
  ciUpper: number;
  piLower: number | null;
  piUpper: number | null;
  tau2: number;
  i2: number;
  q: number;
};

export function pooledRow(group: PoolGroup): PooledRow {
  const { pooled } = pool(group.yi, group.vi, { method: "REML" });
  return {
    measure: "SMD",
    method: "REML",
    k: pooled.k,
    totalN: group.n.every((n) => n !== null) ? group.n.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
    estimate: pooled.estimate,
    se: pooled.se,
    ciLower: pooled.ciLower,
    ciUpper: pooled.ciUpper,
    piLower: pooled.k > 1 ? pooled.piLower : null,
    piUpper: pooled.k > 1 ? pooled.piUpper : null,
    tau2: pooled.tau2,
    i2: pooled.I2 ?? 0,
    q: pooled.Q,
  };
}
