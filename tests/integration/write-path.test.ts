/**
 * The write path never blocks the catalogue: writes that no filter uses leave the facet tables alone, a
 * facet change touches only the intervention's own rows, and two writers on different interventions never
 * wait on each other (checked on a PostgreSQL server, where transactions really run concurrently).
 */
import { describe, expect, test } from "vitest";
import pg from "pg";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import type { Database, Db } from "@/lib/database/client";
import { mergeFacetBitmaps } from "@/lib/intervention/facet-merge";
import { findInterventions } from "@/lib/intervention/queries";
import { interventionFiltersSchema, withDefaults } from "@/lib/intervention/schemas";

let database: Database;
let db: Db;
withTestDatabase({ seed: true }, (opened) => {
  database = opened;
  db = opened.prisma;
});

/** Row versions (xmin) of the facet tables: any rewrite of a row changes its xmin. */
async function facetVersions() {
  const rows = await db.$queryRaw<{ t: string; k: string; x: string }[]>`
    SELECT 'facet' AS t, "interventionId"::text AS k, xmin::text AS x FROM "InterventionFacet"
    UNION ALL SELECT 'bitmap', kind || ':' || value, xmin::text FROM "InterventionFacetBitmap"
    UNION ALL SELECT 'pending', "interventionId"::text, xmin::text FROM "InterventionFacetPending"`;
  return new Map(rows.map((r) => [`${r.t}/${r.k}`, r.x]));
}
const idOf = async (slug: string) =>
  (await db.intervention.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

describe("writes that no filter uses do not touch the facet tables", () => {
  test("a draft or submitted study with effect sizes, and its edits", async () => {
    const before = await facetVersions();
    const outcome = await db.outcomeDomain.findUniqueOrThrow({ where: { slug: "parental-sensitivity" } });
    const study = await db.study.create({
      data: {
        interventionId: await idOf("theraplay"),
        citation: "Draft study",
        design: "RCT",
        status: "DRAFT",
        effectSizes: {
          create: {
            outcomeDomainId: outcome.id,
            measure: "SMD",
            inputForm: "YI_VI",
            inputs: {},
            yi: 0.3,
            vi: 0.05,
            higherIsBetter: true,
          },
        },
      },
    });
    await db.study.update({ where: { id: study.id }, data: { status: "SUBMITTED", citation: "Submitted study" } });
    await db.effectSize.updateMany({ where: { studyId: study.id }, data: { yi: 0.4 } });
    expect(await facetVersions()).toEqual(before);
    await db.study.delete({ where: { id: study.id } });
    expect(await facetVersions()).toEqual(before);
  });

  test("edits of fields that no filter, sort or search reads", async () => {
    const before = await facetVersions();
    await db.intervention.update({
      where: { id: await idOf("home-start") },
      data: { website: "https://www.home-start.nl/", costNote: "Kosten niet bekend", availabilityNote: "Landelijk" },
    });
    expect(await facetVersions()).toEqual(before);
  });

  test("a searchable text edit rewrites only that intervention's facet row, and marks nothing pending", async () => {
    const id = await idOf("home-start");
    const before = await facetVersions();
    await db.intervention.update({
      where: { id },
      data: { descriptionNl: "Vrijwilligers komen thuis: zeldzaamwoord." },
    });
    const after = await facetVersions();
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k));
    expect(changed).toEqual([`facet/${id}`]);
    const list = await findInterventions(db, {
      filters: withDefaults(interventionFiltersSchema.parse({ q: "zeldzaamwoord" })),
    });
    expect(list.items.map((i) => i.slug)).toEqual(["home-start"]);
  });

  test("a facet change marks only its intervention pending, and the answer is exact before the merge", async () => {
    const id = await idOf("theraplay");
    const before = await facetVersions();
    await db.intervention.update({ where: { id }, data: { evidenceLevel: "GOED_BESCHREVEN" } });
    const after = await facetVersions();
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k)).sort();
    expect(changed).toEqual([`facet/${id}`, `pending/${id}`]);
    const parse = (input: Record<string, string>) => withDefaults(interventionFiltersSchema.parse(input));
    const rated = await findInterventions(db, { filters: { ...parse({ rating: "goed-beschreven" }), pageSize: 100 } });
    expect(rated.items.map((i) => i.slug)).toContain("theraplay");
    expect(await mergeFacetBitmaps(db)).toBe(1);
    expect(
      (await findInterventions(db, { filters: { ...parse({ rating: "goed-beschreven" }), pageSize: 100 } })).items,
    ).toEqual(rated.items);
  });
});

describe.skipIf(!process.env.DATABASE_URL)("concurrent writers on a PostgreSQL server", () => {
  test("two writers on different interventions finish without waiting on each other", async () => {
    const url = (database.target as { url: string }).url;
    const [a, b] = [await idOf("home-start"), await idOf("voorzorg")];
    const one = new pg.Client({ connectionString: url });
    const two = new pg.Client({ connectionString: url });
    await Promise.all([one.connect(), two.connect()]);
    try {
      // Writer one: a facet change (level) and a text edit on A, left uncommitted.
      await one.query("BEGIN");
      await one.query(
        `UPDATE "Intervention" SET "evidenceLevel" = 'STERKE_AANWIJZINGEN', "descriptionNl" = 'x' WHERE id = $1`,
        [a],
      );
      // Writer two, on B, with a lock timeout: must not wait for writer one.
      await two.query("BEGIN");
      await two.query("SET LOCAL lock_timeout = '1s'");
      const started = Date.now();
      await two.query(`UPDATE "Intervention" SET "evidenceLevel" = 'GOED_BESCHREVEN' WHERE id = $1`, [b]);
      await two.query(
        `INSERT INTO "Study" ("interventionId", citation, design, status, "updatedAt") VALUES ($1, 'Draft', 'RCT', 'DRAFT', now())`,
        [b],
      );
      await two.query("COMMIT");
      expect(Date.now() - started).toBeLessThan(900);
      // A merge while writer one is open does not wait for it either, and leaves A pending.
      const merger = new pg.Client({ connectionString: url });
      await merger.connect();
      await merger.query("SET lock_timeout = '1s'");
      await merger.query("SELECT intervention_facet_merge()");
      await merger.end();
      await one.query("COMMIT");
      const pending = await db.interventionFacetPending.findMany();
      expect(pending.map((p) => p.interventionId)).toEqual([a]);
    } finally {
      await one.end().catch(() => {});
      await two.end().catch(() => {});
    }
  });
});
