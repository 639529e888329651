/**
 * recomputePooledEffectsOf, the batched recompute behind data migration 0002, stores exactly what
 * recomputePooledEffects stores one intervention at a time: on the curated catalogue and a few hundred
 * synthetic interventions, with certainty missing, headlines missing, left over and changed, and curators'
 * overrides in force or set back.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import type { Db, Tx } from "@/lib/database/client";
import { recomputePooledEffects, recomputePooledEffectsOf } from "@/lib/evidence/pooling";
import { apply as fillCertainty } from "@/seed/data-migrations/0002-headline-certainty";
import { loadScaleData } from "@/seed/scale/load";

let db: Db;

withTestDatabase({ seed: true }, (database) => (db = database.prisma));
beforeAll(async () => {
  const loaded = await loadScaleData(db, {
    interventions: 300,
    effects: 1500,
    seed: 7,
    replace: false,
    analyze: false,
    batchSize: 300,
  });
  expect(loaded.status).toBe("loaded");
}, 300_000);

class Rollback extends Error {}

/** What `change` leaves in PooledEffect (without updatedAt), in a transaction that is rolled back. */
async function headlinesAfter(change: (tx: Tx) => Promise<void>) {
  let rows: unknown[] = [];
  try {
    await db.$transaction(
      async (tx) => {
        await change(tx);
        rows = await tx.pooledEffect.findMany({
          omit: { updatedAt: true },
          orderBy: [{ interventionId: "asc" }, { outcomeDomainId: "asc" }],
        });
        throw new Rollback();
      },
      { timeout: 300_000 },
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return rows;
}

const byId = (ids: { interventionId: number }[]) =>
  [...new Set(ids.map((r) => r.interventionId))].sort((a, b) => a - b);

describe("the batched recompute of headline effects", () => {
  test("stores what the one-by-one recompute stores, and the data migration stores it too", async () => {
    const pick = await db.pooledEffect.findMany({
      distinct: ["interventionId"],
      orderBy: { interventionId: "asc" },
      select: { interventionId: true, outcomeDomainId: true },
    });
    const [missing, leftOver, changed, overriddenOne, setBack] = pick.slice(10, 15);
    const noEffects = await db.outcomeDomain.findFirstOrThrow({
      where: { effectSizes: { none: { study: { interventionId: leftOver.interventionId } } } },
      select: { id: true },
    });
    // An override in force, and one that an older override set back to computed.
    await db.certaintyOverride.createMany({
      data: [
        { ...overriddenOne, level: "HIGH", reason: "Large registered trial outweighs the rest", actorName: "Test" },
        { ...setBack, level: "VERY_LOW", reason: "Selective reporting suspected by the panel", actorName: "Test" },
      ],
    });
    await db.certaintyOverride.create({
      data: { ...setBack, level: null, reason: "Panel withdrew its concern after contact", actorName: "Test" },
    });
    const olderDatabase = async (tx: Tx) => {
      await tx.$executeRaw`UPDATE "PooledEffect" SET certainty = NULL, "certaintyReasons" = NULL`;
      await tx.pooledEffect.delete({ where: { interventionId_outcomeDomainId: missing } });
      await tx.pooledEffect.create({
        data: {
          interventionId: leftOver.interventionId,
          outcomeDomainId: noEffects.id,
          measure: "SMD",
          method: "REML",
          k: 2,
          estimate: 0.3,
        },
      });
      await tx.pooledEffect.update({
        where: { interventionId_outcomeDomainId: changed },
        data: { estimate: 9, ciLower: null, certainty: "LOW" },
      });
    };

    const all = byId(
      await db.intervention.findMany({ select: { id: true } }).then((r) => r.map(({ id }) => ({ interventionId: id }))),
    );
    const oneByOne = await headlinesAfter(async (tx) => {
      await olderDatabase(tx);
      for (const id of all) await recomputePooledEffects(tx, id);
    });
    const batched = await headlinesAfter(async (tx) => {
      await olderDatabase(tx);
      for (let from = 0; from < all.length; from += 97) await recomputePooledEffectsOf(tx, all.slice(from, from + 97));
    });
    const older = await headlinesAfter(olderDatabase);

    expect(oneByOne.length).toBeGreaterThan(600);
    expect(batched).toEqual(oneByOne);
    // The comparison can fail: the older database differs from the recomputed one in every way set up above.
    expect(older).not.toEqual(oneByOne);
    const overridden = oneByOne.find(
      (r) =>
        (r as typeof overriddenOne).interventionId === overriddenOne.interventionId &&
        (r as typeof overriddenOne).outcomeDomainId === overriddenOne.outcomeDomainId,
    ) as { certainty: string };
    expect(overridden.certainty).toBe("HIGH");

    // 0002 recomputes the interventions that have a row without certainty, as the one-by-one recompute of
    // those would.
    const migrated = await headlinesAfter(async (tx) => {
      await olderDatabase(tx);
      await fillCertainty(tx);
    });
    const migratedByOne = await headlinesAfter(async (tx) => {
      await olderDatabase(tx);
      const pending = byId(
        await tx.pooledEffect.findMany({ where: { certainty: null }, select: { interventionId: true } }),
      );
      for (const id of pending) await recomputePooledEffects(tx, id);
    });
    expect(migrated).toEqual(migratedByOne);
  });
});
