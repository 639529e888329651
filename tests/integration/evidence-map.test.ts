/**
 * The evidence gap map on the seeded catalogue: every cell's count is the catalogue's total for the same two
 * filters, studies and headline effects are counted per cell, gaps are zero cells, bad queries are 400s.
 */
import { describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import type { Db } from "@/lib/database/client";
import { getEvidenceMap } from "@/lib/evidence/evidence-map";
import { evidenceMapQuerySchema, evidenceMapSchema } from "@/lib/evidence/evidence-map-schemas";
import { findInterventions } from "@/lib/intervention/queries";
import { adviceGroupBySlug, parseInterventionFilters } from "@/lib/intervention/schemas";
import type { AdviceGroupSlug } from "@/lib/intervention/filter-values";
import { GET } from "@/app/api/v1/evidence-map/route";

let db: Db;
withTestDatabase({ seed: true }, (database) => (db = database.prisma));

async function catalogueTotal(query: string): Promise<number> {
  const parsed = parseInterventionFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(query);
  return (await findInterventions(db, { filters: parsed.filters })).total;
}

describe("evidence map", () => {
  for (const columns of ["adviceGroup", "targetGroup"] as const) {
    test(`by ${columns}: each cell counts what the catalogue shows for both filters`, async () => {
      const map = evidenceMapSchema.parse(await getEvidenceMap(db, evidenceMapQuerySchema.parse({ columns })));
      const outcomes = await db.outcomeDomain.count();
      expect(map.rows).toHaveLength(outcomes);
      expect(map.columns).toHaveLength(4);
      expect(map.cells).toHaveLength(outcomes * 4);
      let nonEmpty = 0;
      for (const cell of map.cells) {
        expect(cell.interventions).toBe(await catalogueTotal(`outcome=${cell.row}&${columns}=${cell.column}`));
        if (cell.interventions === 0) {
          expect(cell).toMatchObject({ studies: 0, bestCertainty: null, largestEffect: null });
        } else {
          nonEmpty++;
          expect(cell.studies).toBeGreaterThanOrEqual(1);
        }
      }
      // The curated catalogue has evidence on some outcomes and gaps on others.
      expect(nonEmpty).toBeGreaterThan(0);
      expect(nonEmpty).toBeLessThan(map.cells.length);
    });
  }

  test("studies and the largest headline effect of a cell match the accepted evidence", async () => {
    const map = await getEvidenceMap(db, { columns: "adviceGroup", lang: "nl" });
    const cell = map.cells.find((c) => c.interventions > 0)!;
    const outcome = await db.outcomeDomain.findUniqueOrThrow({ where: { slug: cell.row } });
    const facets = (
      await db.interventionFacet.findMany({ select: { interventionId: true, outcomeIds: true, adviceGroups: true } })
    ).filter(
      (f) =>
        f.outcomeIds.includes(outcome.id) && f.adviceGroups.includes(adviceGroupBySlug[cell.column as AdviceGroupSlug]),
    );
    const ids = facets.map((f) => f.interventionId);
    const studies = await db.study.count({
      where: {
        interventionId: { in: ids },
        status: "ACCEPTED",
        effectSizes: { some: { outcomeDomainId: outcome.id } },
      },
    });
    expect(cell.studies).toBe(studies);
    const heads = await db.pooledEffect.findMany({
      where: { interventionId: { in: ids }, outcomeDomainId: outcome.id },
      select: { estimate: true },
    });
    expect(cell.largestEffect).toBe(heads.length ? Math.max(...heads.map((h) => h.estimate)) : null);
  });

  test("names follow lang; the route refuses unknown values naming the parameter", async () => {
    const en = await getEvidenceMap(db, { columns: "targetGroup", lang: "en" });
    expect(en.columns.map((c) => c.slug)).toEqual(["universal", "selective", "indicated", "care"]);
    expect(en.columns[0].name).toBe(en.columns[0].nameEn);
    expect((await getEvidenceMap(db, evidenceMapQuerySchema.parse({}))).columns[0].slug).toBe("risk-factors");
    // The route parses before it opens the database.
    const bad = await GET(new Request("http://localhost/api/v1/evidence-map?columns=outcome&x=1"));
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual(["columns", "x"]);
  });
});
