/**
 * Keeps PooledEffect in step with the accepted effect sizes: called inside the transaction that changes
 * them. One REML random-effects pool per intervention × outcome, on the SMD scale, positive = benefit,
 * with one effect per study (see onePerStudy).
 */
import type { Tx } from "../database/client";
import { onePerStudy, poolRandomEffects, toBenefitSmd } from "./compute";
import type { EffectSize } from "../stats/effect-size";
import type { PooledResult } from "../stats/pool";
import { sameData } from "../same-data";

/** The PooledEffect columns of a pooled result (shared with the scale generator, which inserts in bulk). */
export function pooledEffectColumns(pooled: PooledResult, sampleSizes: (number | null)[]) {
  return {
    measure: "SMD" as const,
    method: pooled.method,
    k: pooled.k,
    totalN: sampleSizes.every((n) => n !== null) ? sampleSizes.reduce<number>((sum, n) => sum + (n ?? 0), 0) : null,
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

export async function recomputePooledEffects(tx: Tx, interventionId: number): Promise<void> {
  const effects = await tx.effectSize.findMany({
    where: { study: { interventionId, status: "ACCEPTED" }, yi: { not: null }, vi: { not: null } },
    select: {
      studyId: true,
      outcomeDomainId: true,
      measure: true,
      yi: true,
      vi: true,
      higherIsBetter: true,
      sampleSize: true,
      study: { select: { sampleSize: true } },
    },
    orderBy: { id: "asc" },
  });
  const byOutcome = new Map<number, { studyId: number; smd: EffectSize; n: number | null }[]>();
  for (const e of effects) {
    const smd = toBenefitSmd(e);
    if (!smd) continue;
    const group = byOutcome.get(e.outcomeDomainId) ?? [];
    group.push({ studyId: e.studyId, smd, n: e.sampleSize ?? e.study.sampleSize });
    byOutcome.set(e.outcomeDomainId, group);
  }

  const existing = await tx.pooledEffect.findMany({ where: { interventionId } });
  const stale = existing.filter((p) => !byOutcome.has(p.outcomeDomainId)).map((p) => p.outcomeDomainId);
  if (stale.length) {
    await tx.pooledEffect.deleteMany({ where: { interventionId, outcomeDomainId: { in: stale } } });
  }
  for (const [outcomeDomainId, all] of byOutcome) {
    const group = onePerStudy(all);
    const { pooled } = poolRandomEffects(
      group.map((g) => g.smd.yi),
      group.map((g) => g.smd.vi),
    );
    const data = pooledEffectColumns(
      pooled,
      group.map((g) => g.n),
    );
    const current = existing.find((p) => p.outcomeDomainId === outcomeDomainId);
    const unchanged =
      current &&
      sameData(data, Object.fromEntries(Object.keys(data).map((k) => [k, current[k as keyof typeof current]])));
    if (unchanged) continue;
    await tx.pooledEffect.upsert({
      where: { interventionId_outcomeDomainId: { interventionId, outcomeDomainId } },
      create: { interventionId, outcomeDomainId, ...data },
      update: data,
    });
  }
}
