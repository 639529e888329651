/**
 * Keeps PooledEffect in step with the accepted effect sizes: called inside the transaction that changes
 * them. One REML random-effects pool per intervention × outcome, on the SMD scale, positive = benefit.
 */
import type { Tx } from "../database/client";
import { pool } from "../stats/pool";
import { toBenefitSmd } from "./compute";
import { sameData } from "../same-data";

export async function recomputePooledEffects(tx: Tx, interventionId: number): Promise<void> {
  const effects = await tx.effectSize.findMany({
    where: { study: { interventionId, status: "ACCEPTED" }, yi: { not: null }, vi: { not: null } },
    select: {
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
  const byOutcome = new Map<number, { yi: number[]; vi: number[]; n: (number | null)[] }>();
  for (const e of effects) {
    const smd = toBenefitSmd(e);
    if (!smd) continue;
    const group = byOutcome.get(e.outcomeDomainId) ?? { yi: [], vi: [], n: [] };
    group.yi.push(smd.yi);
    group.vi.push(smd.vi);
    group.n.push(e.sampleSize ?? e.study.sampleSize);
    byOutcome.set(e.outcomeDomainId, group);
  }

  const existing = await tx.pooledEffect.findMany({ where: { interventionId } });
  const stale = existing.filter((p) => !byOutcome.has(p.outcomeDomainId)).map((p) => p.outcomeDomainId);
  if (stale.length) {
    await tx.pooledEffect.deleteMany({ where: { interventionId, outcomeDomainId: { in: stale } } });
  }
  for (const [outcomeDomainId, group] of byOutcome) {
    const { pooled } = pool(group.yi, group.vi, { method: "REML" });
    const data = {
      measure: "SMD" as const,
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
    const current = existing.find((p) => p.outcomeDomainId === outcomeDomainId);
    const unchanged =
      current && sameData(data, Object.fromEntries(Object.keys(data).map((k) => [k, current[k as keyof typeof current]])));
    if (unchanged) continue;
    await tx.pooledEffect.upsert({
      where: { interventionId_outcomeDomainId: { interventionId, outcomeDomainId } },
      create: { interventionId, outcomeDomainId, ...data },
      update: data,
    });
  }
}
