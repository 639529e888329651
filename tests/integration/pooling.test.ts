import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../helpers/test-database";
import { createDemoIntervention } from "@/seed/factories";
import { recomputePooledEffects } from "@/lib/evidence/pooling";
import { pool } from "@/lib/stats/pool";
import { effectFromInputs } from "@/lib/evidence/compute";
import type { Database } from "@/lib/database/client";

let database: Database;
let interventionId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.prisma.outcomeDomain.create({
    data: { slug: "parental-sensitivity", nameNl: "Sensitiviteit", nameEn: "Sensitivity", higherIsBetter: true },
  });
  const intervention = await createDemoIntervention(database.prisma, {
    slug: "demo-pooling",
    nameNl: "Demo pooling",
    studies: [
      { citation: "Demo 1", outcome: "parental-sensitivity", estimate: 0.35, ciLower: 0.1, ciUpper: 0.6 },
      { citation: "Demo 2", outcome: "parental-sensitivity", estimate: 0.15, ciLower: -0.1, ciUpper: 0.4 },
      { citation: "Demo 3", outcome: "parental-sensitivity", estimate: 0.5, ciLower: 0.2, ciUpper: 0.8 },
    ],
  });
  interventionId = intervention.id;
});
afterAll(async () => {
  await database?.close();
});

const estimates = (values: [number, number, number][]) => {
  const effects = values.map(([estimate, ciLower, ciUpper]) =>
    effectFromInputs("SMD", "ESTIMATE_CI", { estimate, ciLower, ciUpper })!,
  );
  return pool(
    effects.map((e) => e.yi),
    effects.map((e) => e.vi),
    { method: "REML" },
  ).pooled;
};

describe("pooled effects follow the accepted effect sizes", () => {
  it("stores the REML pool of the accepted studies", async () => {
    const stored = await database.prisma.pooledEffect.findFirstOrThrow({ where: { interventionId } });
    const expected = estimates([
      [0.35, 0.1, 0.6],
      [0.15, -0.1, 0.4],
      [0.5, 0.2, 0.8],
    ]);
    expect(stored.k).toBe(3);
    expect(stored.method).toBe("REML");
    expect(stored.estimate).toBeCloseTo(expected.estimate, 10);
    expect(stored.tau2).toBeCloseTo(expected.tau2, 10);
  });

  it("recomputes in the transaction that rejects a study, and drops the pool when nothing is left", async () => {
    const study = await database.prisma.study.findFirstOrThrow({ where: { interventionId, citation: "Demo 3" } });
    await database.prisma.$transaction(async (tx) => {
      await tx.study.update({ where: { id: study.id }, data: { status: "REJECTED", reviewReason: "test" } });
      await recomputePooledEffects(tx, interventionId);
    });
    const stored = await database.prisma.pooledEffect.findFirstOrThrow({ where: { interventionId } });
    expect(stored.k).toBe(2);
    expect(stored.estimate).toBeCloseTo(
      estimates([
        [0.35, 0.1, 0.6],
        [0.15, -0.1, 0.4],
      ]).estimate,
      10,
    );

    await database.prisma.$transaction(async (tx) => {
      await tx.study.updateMany({ where: { interventionId }, data: { status: "REJECTED", reviewReason: "test" } });
      await recomputePooledEffects(tx, interventionId);
    });
    expect(await database.prisma.pooledEffect.count({ where: { interventionId } })).toBe(0);
  });

  it("leaves nothing half-written when the transaction fails", async () => {
    await database.prisma.study.updateMany({ where: { interventionId }, data: { status: "ACCEPTED" } });
    await database.prisma.$transaction((tx) => recomputePooledEffects(tx, interventionId));
    const before = await database.prisma.pooledEffect.findFirstOrThrow({ where: { interventionId } });
    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.study.updateMany({ where: { interventionId, citation: "Demo 1" }, data: { status: "REJECTED" } });
        await recomputePooledEffects(tx, interventionId);
        throw new Error("reviewer aborted");
      }),
    ).rejects.toThrow("reviewer aborted");
    const after = await database.prisma.pooledEffect.findFirstOrThrow({ where: { interventionId } });
    expect(after.k).toBe(before.k);
    expect(after.estimate).toBe(before.estimate);
  });
});
