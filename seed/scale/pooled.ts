/**
 * The PooledEffect row of one intervention × outcome, built from the same pieces as
 * lib/evidence/pooling.ts (toBenefitSmd, then pool(…, { method: "REML" })) and mapped to columns the same
 * way, so a later recomputePooledEffects() finds every synthetic row unchanged (seed/scale/load.ts checks
 * a sample of them against it after loading).
 */
import type { EffectMeasure } from "../../generated/prisma/enums";
import { toBenefitSmd } from "../../lib/evidence/compute";
import { pool } from "../../lib/stats/pool";
import { pooledEffectColumns } from "../../lib/evidence/pooling";

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

export type PooledRow = ReturnType<typeof pooledEffectColumns>;

/** Strict REML (no DL fallback): the generator redraws a group whose REML does not converge. */
export function pooledRow(group: PoolGroup): PooledRow {
  const { pooled } = pool(group.yi, group.vi, { method: "REML" });
  return pooledEffectColumns(pooled, group.n);
}
