/**
 * The scale loader (seed/scale/load.ts) switches the facet triggers off while it loads and refreshes each
 * batch's facet rows itself: what it leaves must be exactly what the triggers would keep, the triggers must
 * be on again afterwards (also after a load that was killed), and generating in a worker thread must give
 * the same data as generating on the loader's own thread.
 */
import { describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import type { Db } from "@/lib/database/client";
import { mergeFacetBitmaps } from "@/lib/intervention/facet-merge";
import { loadScaleData } from "@/seed/scale/load";

let db: Db;
const size = { interventions: 240, effects: 1200, seed: 3, analyze: false, batchSize: 100, concurrency: 1 };

withTestDatabase({ seed: true }, (database) => (db = database.prisma));

/** Every facet trigger with whether it is on ('O') or off ('D'). */
const facetTriggerStates = () =>
  db.$queryRawUnsafe<{ table: string; trigger: string; enabled: string }[]>(
    `SELECT c.relname::text AS "table", t.tgname::text AS "trigger", t.tgenabled::text AS enabled
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE NOT t.tgisinternal AND p.proname LIKE 'intervention\\_facet\\_from%' ORDER BY 1, 2`,
  );

/** The facet rows, the bitmaps and (where it exists) the search table, as text. */
async function derivedData() {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT relname::text AS name FROM pg_class
      WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relname LIKE 'Intervention_%'
        AND relname <> 'InterventionFacetPending'
      ORDER BY 1`,
  );
  const data: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${name}" t ORDER BY 1`);
    data[name] = rows.map((r) => r.row);
  }
  return data;
}

/** A digest of the demo data that does not depend on the ids the database handed out. */
async function demoDigest() {
  const [row] = await db.$queryRawUnsafe<{ interventions: string; effects: string; headlines: string }[]>(
    `SELECT
       (SELECT md5(string_agg(concat_ws('|', slug, "nameNl", "summaryEn", "evidenceLevel", "costPerFamily"), ',' ORDER BY slug))
          FROM "Intervention" WHERE "isDemo") AS interventions,
       (SELECT md5(string_agg(concat_ws('|', i.slug, s.citation, e."outcomeDomainId", e.yi, e.vi, e.inputs::text), ','
                              ORDER BY i.slug, s.citation, e."outcomeDomainId", e.yi))
          FROM "EffectSize" e JOIN "Study" s ON s.id = e."studyId" JOIN "Intervention" i ON i.id = s."interventionId"
         WHERE i."isDemo") AS effects,
       (SELECT md5(string_agg(concat_ws('|', i.slug, p."outcomeDomainId", p.basis, p.estimate, p.certainty, p."certaintyReasons"::text), ','
                              ORDER BY i.slug, p."outcomeDomainId"))
          FROM "PooledEffect" p JOIN "Intervention" i ON i.id = p."interventionId" WHERE i."isDemo") AS headlines`,
  );
  return row;
}

describe("the scale loader", () => {
  test("leaves the facet rows, bitmaps and search rows the triggers would keep, and the triggers on", async () => {
    const result = await loadScaleData(db, { ...size, replace: false });
    expect(result.status).toBe("loaded");
    const triggers = await facetTriggerStates();
    expect(triggers.length).toBeGreaterThan(10);
    expect(triggers.filter((t) => t.enabled !== "O")).toEqual([]);

    const loaded = await derivedData();
    expect(loaded.InterventionFacet.length).toBe(240 + 18);
    // Recomputed from the source tables by the function the triggers call, then merged: nothing changes.
    await db.$executeRawUnsafe(`SELECT intervention_facet_refresh(ARRAY(SELECT id FROM "Intervention"))`);
    expect(await mergeFacetBitmaps(db)).toBe(0);
    expect(await derivedData()).toEqual(loaded);
  }, 300_000);

  test("a load that was killed with the triggers off is repaired by the next one, with the app's edits meanwhile", async () => {
    const triggers = await facetTriggerStates();
    for (const t of triggers) await db.$executeRawUnsafe(`ALTER TABLE "${t.table}" DISABLE TRIGGER "${t.trigger}"`);
    // An edit in the app while the triggers were off: its facet row does not follow yet.
    const curated = await db.intervention.findFirstOrThrow({ where: { isDemo: false }, select: { id: true } });
    const group = await db.targetGroup.findFirstOrThrow({
      where: { interventionId: curated.id },
      select: { id: true },
    });
    await db.targetGroup.update({ where: { id: group.id }, data: { ageMinMonths: 300, ageMaxMonths: 301 } });
    const stale = await derivedData();

    const result = await loadScaleData(db, { ...size, interventions: 120, effects: 600, replace: false });
    expect(result.status).toBe("skipped");
    expect((await facetTriggerStates()).filter((t) => t.enabled !== "O")).toEqual([]);
    const [facet] = await db.$queryRawUnsafe<{ ages: string }[]>(
      `SELECT "ageRanges"::text AS ages FROM "InterventionFacet" WHERE "interventionId" = $1`,
      curated.id,
    );
    expect(facet.ages).toContain("[300,302)");
    expect(await derivedData()).not.toEqual(stale);
  }, 300_000);

  test("generates the same data in a worker thread as on its own thread", async () => {
    const here = await loadScaleData(db, { ...size, replace: true });
    expect(here.status).toBe("loaded");
    const digestHere = await demoDigest();
    const inWorker = await loadScaleData(db, { ...size, replace: true, generateInWorker: true });
    expect(inWorker.status).toBe("loaded");
    expect(await demoDigest()).toEqual(digestHere);
    expect(digestHere.effects).toMatch(/^[0-9a-f]{32}$/);
  }, 300_000);
});
