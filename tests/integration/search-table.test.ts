/**
 * The catalogue's search reads "InterventionSearch" (migration 20261202130000_search_table): each search
 * document split by the first character of its lexemes, kept by the trigger on InterventionFacet. Checked
 * here against the source texts: the rows always hold exactly the entries of the document computed from the
 * source tables, after every kind of edit; and search results, their order and totals equal a plain
 * reference search over those documents (no search table, no bitmaps), on every page. Real database.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { EvidenceLevel } from "@/generated/prisma/enums";
import { createTestDatabase } from "@/tests/helpers/test-database";
import type { Database, Db } from "@/lib/database/client";
import { findInterventions } from "@/lib/intervention/queries";
import { evidenceLevelBySlug, interventionFiltersSchema, withDefaults } from "@/lib/intervention/schemas";
import { searchWords } from "@/lib/intervention/search-text";
import { createDemoIntervention } from "@/seed/factories";

const NOW = new Date("2026-12-01T12:00:00Z");

/** Entries of the search rows of one intervention, and of its document computed from the source tables. */
async function entries(db: Db, id: number) {
  const [row] = await db.$queryRaw<{ stored: string[]; source: string[]; misplaced: number }[]>`
    SELECT
      ARRAY(SELECT u.lexeme || ':' || coalesce(array_to_string(u.positions, ','), '') || ':' ||
                   coalesce(array_to_string(u.weights, ','), '')
            FROM "InterventionSearch" s, unnest(s.vector) u
            WHERE s."interventionId" = ${id} ORDER BY 1) AS stored,
      ARRAY(SELECT u.lexeme || ':' || coalesce(array_to_string(u.positions, ','), '') || ':' ||
                   coalesce(array_to_string(u.weights, ','), '')
            FROM unnest(intervention_search_document(${id})) u ORDER BY 1) AS source,
      (SELECT count(*) FROM "InterventionSearch" s, unnest(s.vector) u
       WHERE s."interventionId" = ${id} AND left(u.lexeme, 1) <> s.initial)::int AS misplaced`;
  return row;
}

async function expectInStep(db: Db, id: number) {
  const { stored, source, misplaced } = await entries(db, id);
  expect(source.length).toBeGreaterThan(0);
  expect(stored).toEqual(source);
  expect(misplaced).toBe(0);
}

/**
 * The reference search, written out independently of the search table and of lib/intervention/sql.ts:
 * every word must match the document computed from the source texts as a prefix (simple, Dutch or English)
 * or, for a word that prefixes nothing in any document, be similar (word similarity >= 0.5) to a word of the
 * Dutch or English name; stop words are required only when every word is one. Relevance is the sum of
 * ts_rank (or the similarity); ties by the accent-folded Dutch name, then id.
 */
async function referenceSearch(db: Db, q: string, minLevel?: EvidenceLevel): Promise<string[]> {
  const words = searchWords(q);
  const rows = await db.$queryRaw<{ slug: string }[]>`
    WITH doc AS MATERIALIZED (
      SELECT i.id, i.slug, i."nameNl", i."nameEn", i."evidenceLevel", intervention_search_document(i.id) AS v
      FROM "Intervention" i
    ),
    word AS (
      SELECT w.word,
        to_tsquery('simple', w.word || ':*') || to_tsquery('dutch', w.word || ':*') ||
          to_tsquery('english', w.word || ':*') AS query,
        numnode(to_tsquery('dutch', w.word)) = 0 OR numnode(to_tsquery('english', w.word)) = 0 AS is_stop
      FROM unnest(${words}::text[]) AS w(word)
    ),
    required AS (
      SELECT DISTINCT ON (word) * FROM word
      WHERE numnode(query) > 0 AND (NOT is_stop OR NOT EXISTS (SELECT 1 FROM word WHERE NOT is_stop))
    ),
    score AS (
      SELECT d.id, r.word,
        CASE
          WHEN EXISTS (SELECT 1 FROM doc x WHERE x.v @@ r.query) THEN
            CASE WHEN d.v @@ r.query THEN ts_rank(d.v, r.query) END
          WHEN greatest(word_similarity(r.word, d."nameNl"), word_similarity(r.word, d."nameEn")) >= 0.5 THEN
            greatest(word_similarity(r.word, d."nameNl"), word_similarity(r.word, d."nameEn"))
        END AS s
      FROM doc d CROSS JOIN required r
    )
    SELECT d.slug
    FROM doc d JOIN score USING (id)
    WHERE ${minLevel ? Prisma.sql`d."evidenceLevel" >= ${minLevel}::"EvidenceLevel"` : Prisma.sql`true`}
    GROUP BY d.id, d.slug, d."nameNl"
    HAVING count(score.s) = (SELECT count(*) FROM required) AND (SELECT count(*) FROM required) > 0
    ORDER BY sum(score.s)::real DESC, lower(unaccent(d."nameNl")), d.id`;
  return rows.map((r) => r.slug);
}

const filters = (input: Record<string, string>) => withDefaults(interventionFiltersSchema.parse(input));

/** Every page of the catalogue's answer, page by page, with the totals it reported. */
async function catalogue(db: Db, input: Record<string, string>, pageSize: number) {
  const slugs: string[] = [];
  const totals = new Set<number>();
  for (let page = 1; ; page++) {
    const list = await findInterventions(db, {
      filters: filters({ ...input, pageSize: String(pageSize), page: String(page) }),
      now: NOW,
    });
    totals.add(list.total);
    slugs.push(...list.items.map((i) => i.slug));
    if (list.items.length < pageSize) break;
  }
  return { slugs, totals: [...totals] };
}

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  db = database.prisma;
  // Names that share words and initials, so that relevance ties and several rows per initial occur.
  const names = [
    "Video-opvoeding thuis",
    "Opvoeden met video",
    "Ouders en video",
    "Vaders video-ondersteuning",
    "Opvoedingsondersteuning op school",
    "Oudergroep opvoeding",
  ];
  for (const [n, nameNl] of names.entries()) {
    await createDemoIntervention(db, {
      slug: `search-table-${n}`,
      nameNl,
      nameEn: `Synthetic ${n}`,
      evidenceLevel: n % 2 ? "GOED_ONDERBOUWD" : "GOED_BESCHREVEN",
    });
  }
});
afterAll(async () => {
  await database?.close();
});

describe("search results equal a plain search over the source texts", () => {
  const queries = [
    "video",
    "opvoeding",
    "ouders",
    "vid",
    "home visits",
    "huisbezoeken",
    "video opvoeding",
    "trippel p",
    "voorzrog",
    "kindermishandeling",
    "de",
    "de ouders",
    "HUISBEZOEKÉN",
    "zzzqqq",
  ];

  test.each(queries)("q=%s: same interventions in the same order, on every page", async (q) => {
    const expected = await referenceSearch(db, q);
    const { slugs, totals } = await catalogue(db, { q }, 7);
    expect(slugs).toEqual(expected);
    expect(totals).toEqual([expected.length]);
    if (!["zzzqqq"].includes(q)) expect(expected.length).toBeGreaterThan(0);
  });

  test.each(["video", "opvoeding", "vid", "voorzrog", "de", "huisbezoeken", "zzzqqq", "video opvoeding"])(
    "q=%s: the one-word path gives the general function's rows and relevance exactly",
    async (q) => {
      const words = searchWords(q);
      const [row] = await db.$queryRaw<{ general: number; differ: number }[]>`
        SELECT (SELECT count(*) FROM intervention_text_matches_general(${words}::text[], true))::int AS general,
          (SELECT count(*) FROM (
            (SELECT * FROM intervention_text_matches(${words}::text[], true)
             EXCEPT ALL SELECT * FROM intervention_text_matches_general(${words}::text[], true))
            UNION ALL
            (SELECT * FROM intervention_text_matches_general(${words}::text[], true)
             EXCEPT ALL SELECT * FROM intervention_text_matches(${words}::text[], true))
          ) d)::int AS differ`;
      expect(row.differ).toBe(0);
      if (q !== "zzzqqq") expect(row.general).toBeGreaterThan(0);
    },
  );

  test.each(["video", "opvoeding", "ouders", "video opvoeding"])(
    "q=%s with a rating filter: filtered before the page, same order",
    async (q) => {
      const expected = await referenceSearch(db, q, evidenceLevelBySlug["goed-onderbouwd"]);
      const { slugs, totals } = await catalogue(db, { q, rating: "goed-onderbouwd" }, 3);
      expect(slugs).toEqual(expected);
      expect(totals).toEqual([expected.length]);
      expect(expected.length).toBeGreaterThan(0);
    },
  );

  test("the first page of a search with many matches is the best-ranked interventions", async () => {
    const expected = await referenceSearch(db, "ouders");
    const first = await findInterventions(db, { filters: filters({ q: "ouders", pageSize: "5" }), now: NOW });
    expect(first.items.map((i) => i.slug)).toEqual(expected.slice(0, 5));
    expect(first.total).toBe(expected.length);
    expect(first.total).toBeGreaterThan(10);
  });

  test.each(["video", "opvoeding", "ouders", "home visits", "kindermishandeling", "trippel p", "de ouders"])(
    "q=%s: each card says where the words were found, as intervention_match_fields does",
    async (q) => {
      const list = await findInterventions(db, { filters: filters({ q, pageSize: "100" }), now: NOW });
      expect(list.items.length).toBeGreaterThan(0);
      const rows = await db.$queryRaw<{ slug: string; fields: string[] }[]>`
        SELECT i.slug, intervention_match_fields(i.id, ${searchWords(q)}::text[]) AS fields
        FROM "Intervention" i WHERE i.slug = ANY (${list.items.map((i) => i.slug)}::text[])`;
      const expected = new Map(rows.map((r) => [r.slug, r.fields.length ? r.fields : ["name"]]));
      for (const item of list.items) expect([item.slug, item.matchedOn]).toEqual([item.slug, expected.get(item.slug)]);
    },
  );

  test("sorting by name keeps the same matches", async () => {
    const expected = await referenceSearch(db, "video");
    const { slugs } = await catalogue(db, { q: "video", sort: "name" }, 4);
    expect([...slugs].sort()).toEqual([...expected].sort());
  });
});

describe("the search rows stay in step with the source texts", () => {
  const idOf = async (slug: string) =>
    (await db.intervention.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const search = async (q: string) =>
    (await findInterventions(db, { filters: filters({ q, pageSize: "100" }), now: NOW })).items.map((i) => i.slug);

  test("every intervention of the seed", async () => {
    const ids = await db.intervention.findMany({ select: { id: true } });
    for (const { id } of ids) await expectInStep(db, id);
  });

  test("a new intervention", async () => {
    const created = await createDemoIntervention(db, { slug: "search-table-new", nameNl: "Kwartelkoning" });
    await expectInStep(db, created.id);
    expect(await search("kwartelkoning")).toEqual(["search-table-new"]);
  });

  test("a renamed intervention", async () => {
    const id = await idOf("search-table-new");
    await db.intervention.update({ where: { id }, data: { nameNl: "Grutto-aanpak", nameEn: "Godwit approach" } });
    await expectInStep(db, id);
    expect(await search("grutto")).toEqual(["search-table-new"]);
    expect(await search("kwartelkoning")).toEqual([]);
  });

  test("a changed description", async () => {
    const id = await idOf("search-table-new");
    await db.intervention.update({
      where: { id },
      data: { descriptionNl: "Met wekelijkse zeilkampen", descriptionEn: "With weekly sailing camps" },
    });
    await expectInStep(db, id);
    expect(await search("zeilkamp")).toEqual(["search-table-new"]);
    expect(await search("sailing")).toEqual(["search-table-new"]);
  });

  test("a reference label added, renamed and removed", async () => {
    const id = await idOf("search-table-new");
    const mode = await db.deliveryMode.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.intervention.update({ where: { id }, data: { deliveryModes: { connect: { id: mode.id } } } });
    await expectInStep(db, id);

    await db.deliveryMode.update({ where: { id: mode.id }, data: { nameNl: "Ijsvogelbezoek" } });
    await expectInStep(db, id);
    const carriers = await db.intervention.findMany({
      where: { deliveryModes: { some: { id: mode.id } } },
      select: { id: true, slug: true },
    });
    expect(carriers.length).toBeGreaterThan(1);
    for (const c of carriers) await expectInStep(db, c.id);
    expect((await search("ijsvogelbezoek")).sort()).toEqual(carriers.map((c) => c.slug).sort());

    await db.intervention.update({ where: { id }, data: { deliveryModes: { disconnect: { id: mode.id } } } });
    await expectInStep(db, id);
    expect(await search("ijsvogelbezoek")).not.toContain("search-table-new");
    await db.deliveryMode.update({ where: { id: mode.id }, data: { nameNl: mode.nameNl } });
    for (const c of carriers) await expectInStep(db, c.id);
  });

  test("a renamed risk factor and outcome domain", async () => {
    const risk = await db.riskFactor.findFirstOrThrow({ where: { targetGroups: { some: {} } } });
    await db.riskFactor.update({ where: { id: risk.id }, data: { nameEn: "Kingfisher stress" } });
    const withRisk = await db.intervention.findMany({
      where: { targetGroups: { some: { riskFactors: { some: { id: risk.id } } } } },
      select: { id: true, slug: true },
    });
    for (const c of withRisk) await expectInStep(db, c.id);
    expect((await search("kingfisher")).sort()).toEqual(withRisk.map((c) => c.slug).sort());

    const outcome = await db.outcomeDomain.findFirstOrThrow({
      where: { effectSizes: { some: { study: { status: "ACCEPTED" } } } },
    });
    await db.outcomeDomain.update({ where: { id: outcome.id }, data: { nameNl: "Roerdompgedrag" } });
    const withOutcome = await db.intervention.findMany({
      where: { studies: { some: { status: "ACCEPTED", effectSizes: { some: { outcomeDomainId: outcome.id } } } } },
      select: { id: true, slug: true },
    });
    for (const c of withOutcome) await expectInStep(db, c.id);
    expect((await search("roerdomp")).sort()).toEqual(withOutcome.map((c) => c.slug).sort());
  });

  test("an edit that leaves the document as it is rewrites no search row", async () => {
    const id = await idOf("search-table-new");
    const versions = () =>
      db.$queryRaw<
        { x: string }[]
      >`SELECT xmin::text AS x FROM "InterventionSearch" WHERE "interventionId" = ${id} ORDER BY initial`;
    const before = await versions();
    await db.intervention.update({ where: { id }, data: { website: "https://example.org/grutto" } });
    await db.intervention.update({ where: { id }, data: { evidenceLevel: "GOED_ONDERBOUWD" } });
    expect(await versions()).toEqual(before);
  });

  test("a deleted intervention takes its search rows with it", async () => {
    const id = await idOf("search-table-new");
    await db.intervention.delete({ where: { id } });
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "InterventionSearch" WHERE "interventionId" = ${id}`;
    expect(n).toBe(0);
    expect(await search("grutto")).toEqual([]);
  });

  test("only a query of OR-ed lexemes with one initial is answered from the search rows", async () => {
    const [row] = await db.$queryRaw<{ initial: string | null; many: string | null; and: string | null }[]>`
      SELECT intervention_search_initial(to_tsquery('simple', 'video:*') || to_tsquery('dutch', 'videos:*')) AS initial,
             intervention_search_initial(to_tsquery('simple', 'video:* | opvoeding:*')) AS many,
             intervention_search_initial(to_tsquery('simple', 'video:* & vader:*')) AS "and"`;
    expect(row).toEqual({ initial: "v", many: null, and: null });
  });
});
