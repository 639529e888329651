/**
 * Certainty of the headline effects on the seeded catalogue: computed with every headline, filled in once
 * for older rows by a data migration, and overridden by a curator with a reason (append-only, audited,
 * kept through later recomputes).
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { overrideCertainty } from "@/lib/curation/certainty";
import { recomputePooledEffects } from "@/lib/evidence/pooling";
import { apply as fillCertainty } from "@/seed/data-migrations/0002-headline-certainty";

let db: Db;
let admin: Viewer;
let researcher: Viewer;

withTestDatabase({ seed: true }, (database) => (db = database.prisma));
beforeAll(async () => {
  admin = await createViewer(db, "ADMIN", "certainty-admin");
  researcher = await createViewer(db, "RESEARCHER", "certainty-researcher");
});

async function someHeadline() {
  const row = await db.pooledEffect.findFirstOrThrow({
    orderBy: [{ interventionId: "asc" }, { outcomeDomainId: "asc" }],
    include: { intervention: { select: { slug: true } }, outcomeDomain: { select: { slug: true } } },
  });
  return { ...row, slug: row.intervention.slug, outcome: row.outcomeDomain.slug };
}

describe("computed certainty", () => {
  test("every seeded headline has a level and its reasons", async () => {
    const rows = await db.pooledEffect.findMany({ select: { certainty: true, certaintyReasons: true } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.certainty).not.toBeNull();
      expect(Array.isArray(row.certaintyReasons)).toBe(true);
      expect((row.certaintyReasons as { code: string }[])[0].code).toMatch(/^start-/);
    }
  });

  test("the data migration fills in rows stored without certainty, exactly as the seed computed them", async () => {
    const before = await db.pooledEffect.findMany({ orderBy: [{ interventionId: "asc" }, { outcomeDomainId: "asc" }] });
    await db.$executeRaw`UPDATE "PooledEffect" SET certainty = NULL, "certaintyReasons" = NULL`;
    await db.$transaction((tx) => fillCertainty(tx), { timeout: 120_000 });
    const after = await db.pooledEffect.findMany({ orderBy: [{ interventionId: "asc" }, { outcomeDomainId: "asc" }] });
    const strip = (rows: typeof before) => rows.map(({ updatedAt: _u, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before));
  });
});

describe("a curator's override", () => {
  test("is refused to a researcher, and names the field for a short reason or an outcome without headline", async () => {
    const h = await someHeadline();
    const forbidden = await refusal(
      overrideCertainty(
        {
          viewer: researcher,
          slug: h.slug,
          input: { outcome: h.outcome, level: "high", reason: "x".repeat(20) },
        },
        db,
      ),
    );
    expect(forbidden.code).toBe("FORBIDDEN");
    const short = await refusal(
      overrideCertainty(
        {
          viewer: admin,
          slug: h.slug,
          input: { outcome: h.outcome, level: "high", reason: "kort" },
          locale: "nl",
        },
        db,
      ),
    );
    expect(short.issues).toEqual([{ path: "reason", message: "Geef de reden (minstens 10 tekens)" }]);
    const missing = await refusal(
      overrideCertainty(
        { viewer: admin, slug: h.slug, input: { outcome: h.outcome, level: "high" }, locale: "nl" },
        db,
      ),
    );
    expect(missing.issues).toEqual([{ path: "reason", message: "Geef de reden (minstens 10 tekens)" }]);
    const other = await db.outcomeDomain.findFirstOrThrow({
      where: { pooledEffects: { none: { interventionId: h.interventionId } } },
    });
    const none = await refusal(
      overrideCertainty(
        {
          viewer: admin,
          slug: h.slug,
          input: { outcome: other.slug, level: "low", reason: "x".repeat(20) },
        },
        db,
      ),
    );
    expect(none.issues.map((i) => i.path)).toEqual(["outcome"]);
    expect(await db.certaintyOverride.count()).toBe(0);
  });

  test("sets the level with its reason, is audited, survives a recompute, and 'computed' undoes it", async () => {
    const h = await someHeadline();
    const target = h.certainty === "HIGH" ? "low" : "high";
    await overrideCertainty(
      {
        viewer: admin,
        slug: h.slug,
        input: { outcome: h.outcome, level: target, reason: "Alle studies uitgevoerd door de ontwikkelaar" },
      },
      db,
    );
    const read = () =>
      db.pooledEffect.findUniqueOrThrow({
        where: {
          interventionId_outcomeDomainId: { interventionId: h.interventionId, outcomeDomainId: h.outcomeDomainId },
        },
      });
    let row = await read();
    expect(row.certainty).toBe(target.toUpperCase());
    const reasons = row.certaintyReasons as { code: string; params?: Record<string, string> }[];
    expect(reasons.at(-1)).toMatchObject({ code: "override", params: { actor: "certainty-admin" } });
    expect(await db.auditLog.count({ where: { action: "headline.certainty-override", actorId: admin.id } })).toBe(1);

    await db.$transaction((tx) => recomputePooledEffects(tx, h.interventionId));
    expect((await read()).certainty).toBe(target.toUpperCase());

    await overrideCertainty(
      {
        viewer: admin,
        slug: h.slug,
        input: { outcome: h.outcome, level: "computed", reason: "Terug naar de berekende zekerheid" },
      },
      db,
    );
    row = await read();
    expect(row.certainty).toBe(h.certainty);
    expect(row.certaintyReasons).toEqual(h.certaintyReasons);
    expect(await db.certaintyOverride.count({ where: { interventionId: h.interventionId } })).toBe(2);
    await expect(db.certaintyOverride.updateMany({ data: { reason: "changed afterwards" } })).rejects.toThrow(
      /append-only/,
    );
  });
});
