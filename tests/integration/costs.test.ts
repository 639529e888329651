/**
 * Costs per family with their currency (migration 20261202120000_intervention_costs): the migration keeps
 * every euro amount and marks it EUR, moves provenance notes to the new field name, and the database refuses
 * an amount without a currency, a currency without an amount, and a currency that is not an ISO 4217 code.
 * The public record shows another currency as such and derives no euro amount from it.
 */
import { describe, expect, test } from "vitest";
import { openPGlite } from "@/lib/database/pglite";
import { listMigrations } from "@/lib/database/migrate";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import type { Db } from "@/lib/database/client";
import { createDemoIntervention } from "@/seed/factories";
import { getInterventionBySlug } from "@/lib/intervention/queries";
import { costFactsOf, formatCost } from "@/lib/decision/costs-display";

const COSTS_MIGRATION = "20261202120000_intervention_costs";

describe("the costs migration", () => {
  test("keeps every amount, marks it EUR, and renames provenance paths", async () => {
    const pg = openPGlite();
    try {
      const migrations = listMigrations();
      const at = migrations.findIndex((m) => m.name === COSTS_MIGRATION);
      expect(at).toBeGreaterThan(0);
      for (const m of migrations.slice(0, at)) await pg.exec(m.sql);
      await pg.exec(`
        INSERT INTO "Intervention" (slug, "nameNl", "nameEn", "summaryNl", "summaryEn", "costPerFamilyEur", "costYear", "costNote", "isDemo", "updatedAt")
        VALUES ('demo-kost-a', 'A', 'A', 's', 's', 1250.50, 2023, 'Per gezin', true, now()),
               ('demo-kost-b', 'B', 'B', 's', 's', NULL, NULL, 'Onbekend', true, now());
        INSERT INTO "FieldProvenance" ("interventionId", path, kind, "reasonNl", "reasonEn")
        SELECT id, 'costPerFamilyEur', 'INFERRED', 'afgeleid', 'inferred' FROM "Intervention" WHERE slug = 'demo-kost-a';
      `);
      await pg.exec(migrations[at].sql);
      const rows = await pg.query<{ slug: string; costPerFamily: string | null; costCurrency: string | null }>(
        `SELECT slug, "costPerFamily"::text AS "costPerFamily", "costCurrency", "costYear", "costSourceUrl", "costNote"
           FROM "Intervention" ORDER BY slug`,
      );
      expect(rows.rows).toEqual([
        {
          slug: "demo-kost-a",
          costPerFamily: "1250.50",
          costCurrency: "EUR",
          costYear: 2023,
          costSourceUrl: null,
          costNote: "Per gezin",
        },
        {
          slug: "demo-kost-b",
          costPerFamily: null,
          costCurrency: null,
          costYear: null,
          costSourceUrl: null,
          costNote: "Onbekend",
        },
      ]);
      const paths = await pg.query<{ path: string }>(`SELECT path FROM "FieldProvenance"`);
      expect(paths.rows).toEqual([{ path: "costPerFamily" }]);
    } finally {
      await pg.close();
    }
  });
});

describe("costs in the database", () => {
  let db: Db;
  withTestDatabase({}, (database) => (db = database.prisma));

  test("an amount needs a currency, a currency an amount, and a currency is three capital letters", async () => {
    const { id } = await createDemoIntervention(db, { slug: "demo-kosten", nameNl: "Synthetische kosten" });
    const update = (data: { costPerFamily?: number | null; costCurrency?: string | null }) =>
      db.intervention.update({ where: { id }, data });
    await expect(update({ costPerFamily: 900 })).rejects.toThrow(/Intervention_cost_has_currency/);
    await expect(update({ costCurrency: "EUR" })).rejects.toThrow(/Intervention_cost_has_currency/);
    await expect(update({ costPerFamily: 900, costCurrency: "eur" })).rejects.toThrow(
      /Intervention_costCurrency_iso4217/,
    );
    await expect(update({ costPerFamily: 900, costCurrency: "EURO" })).rejects.toThrow(/iso4217/);
    await update({ costPerFamily: 2000, costCurrency: "GBP" });
  });

  test("the public record keeps another currency as such, and derives no euro amount", async () => {
    await db.intervention.update({
      where: { slug: "demo-kosten" },
      data: { costPerFamily: 2000, costCurrency: "GBP", costYear: 2021, costSourceUrl: "https://example.org/cost" },
    });
    const detail = (await getInterventionBySlug(db, { slug: "demo-kosten" }))!;
    expect(detail).toMatchObject({
      costPerFamily: 2000,
      costCurrency: "GBP",
      costYear: 2021,
      costSourceUrl: "https://example.org/cost",
      costPerFamilyEur: null,
    });
    expect(formatCost(costFactsOf(detail), "en")).toBe("£2,000 (GBP, 2021 prices)");
    await db.intervention.update({ where: { slug: "demo-kosten" }, data: { costCurrency: "EUR" } });
    expect((await getInterventionBySlug(db, { slug: "demo-kosten" }))!.costPerFamilyEur).toBe(2000);
  });

  test("the curated catalogue invents no costs: every amount it has names its currency", async () => {
    const seeded = await createTestDatabase({ seed: true });
    try {
      const invented = await seeded.prisma.intervention.count({
        where: { isDemo: false, costPerFamily: { not: null }, costSourceUrl: null },
      });
      expect(invented).toBe(0);
    } finally {
      await seeded.close();
    }
  });
});
