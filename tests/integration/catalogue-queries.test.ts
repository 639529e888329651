/**
 * The catalogue's data layer against a real database: every count and page is checked against plain SQL
 * over the source tables (written out below, independent of lib/intervention/sql.ts and of the derived
 * InterventionFacet / InterventionFacetBitmap tables), on the curated seed and on 300 generated
 * interventions with many random filter combinations, including after edits that the triggers must follow.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { AdviceGroup, EvidenceLevel, PreventionLevel } from "@/generated/prisma/enums";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import type { Database, Db } from "@/lib/database/client";
import { seedTaxonomy } from "@/seed/load-curated";
import {
  countInterventions,
  findInterventions,
  findReferenceLists,
  getInterventionBySlug,
} from "@/lib/intervention/queries";
import {
  adviceGroupBySlug,
  adviceGroupSlugs,
  evidenceLevelBySlug,
  evidenceLevelSlugs,
  filtersToSearchParams,
  interventionFiltersSchema,
  preventionLevelBySlug,
  preventionLevelSlugs,
  searchParamsToObject,
  withDefaults,
  type InterventionFilters,
} from "@/lib/intervention/schemas";
import { searchWords } from "@/lib/intervention/search-text";
import { mergeFacetBitmaps } from "@/lib/intervention/facet-merge";
import type { InterventionList } from "@/lib/intervention/dto";

const NOW = new Date("2026-06-01T12:00:00Z");
const TODAY = "2026-06-01";

/** Query parameters as the URL carries them. */
type FilterInput = Record<string, string | string[]>;

function filters(input: FilterInput): InterventionFilters {
  return withDefaults(interventionFiltersSchema.parse(input));
}

// ------------------------------------------------------------------------------------------------------
// The specification, as plain SQL over the source tables.
// ------------------------------------------------------------------------------------------------------

type Direct = {
  adviceGroups?: AdviceGroup[];
  levels?: PreventionLevel[];
  riskFactors?: string[];
  outcomes?: string[];
  deliveryModes?: string[];
  minLevel?: EvidenceLevel;
  recognised?: "true" | "false" | "current";
  ageMonths?: number;
  ageSpan?: { min: number; max: number };
  minEffect?: { outcome: string; min: number };
};

function directFrom(f: InterventionFilters): Direct {
  return {
    adviceGroups: f.adviceGroup.length ? f.adviceGroup.map((s) => adviceGroupBySlug[s]) : undefined,
    levels: f.targetGroup.length ? f.targetGroup.map((s) => preventionLevelBySlug[s]) : undefined,
    riskFactors: f.riskFactor.length ? f.riskFactor : undefined,
    outcomes: f.outcome.length ? f.outcome : undefined,
    deliveryModes: f.delivery.length ? f.delivery : undefined,
    minLevel: f.rating ? evidenceLevelBySlug[f.rating] : undefined,
    recognised: f.recognised,
    ageMonths: f.ageMonths,
    ageSpan:
      f.ageMin === undefined && f.ageMax === undefined ? undefined : { min: f.ageMin ?? -9, max: f.ageMax ?? 216 },
    minEffect: f.minEffect !== undefined ? { outcome: f.outcome[0], min: f.minEffect } : undefined,
  };
}

/** WHERE clause on "Intervention" i: one EXISTS per filter, as the issue words the semantics. */
function directWhere(d: Direct): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`true`];
  if (d.adviceGroups) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "TargetGroup" tg
      WHERE tg."interventionId" = i.id AND tg."adviceGroups"::text[] && ${d.adviceGroups}::text[])`);
  }
  if (d.levels) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "TargetGroup" tg
      WHERE tg."interventionId" = i.id AND tg."preventionLevel"::text = ANY (${d.levels}::text[]))`);
  }
  if (d.riskFactors) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "TargetGroup" tg
      JOIN "_RiskFactorToTargetGroup" link ON link."B" = tg.id JOIN "RiskFactor" r ON r.id = link."A"
      WHERE tg."interventionId" = i.id AND r.slug = ANY (${d.riskFactors}::text[]))`);
  }
  if (d.outcomes) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Study" s
      JOIN "EffectSize" e ON e."studyId" = s.id JOIN "OutcomeDomain" o ON o.id = e."outcomeDomainId"
      WHERE s."interventionId" = i.id AND s.status = 'ACCEPTED' AND o.slug = ANY (${d.outcomes}::text[]))`);
  }
  if (d.deliveryModes) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "_DeliveryModeToIntervention" link
      JOIN "DeliveryMode" m ON m.id = link."A"
      WHERE link."B" = i.id AND m.slug = ANY (${d.deliveryModes}::text[]))`);
  }
  if (d.minLevel) parts.push(Prisma.sql`i."evidenceLevel" >= ${d.minLevel}::"EvidenceLevel"`);
  if (d.recognised === "current") {
    // Recognised as effective, and today before the re-review date (stored, else decision + 5 years).
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Recognition" r WHERE r."interventionId" = i.id AND r."isRecognised"
      AND coalesce(r."expiresOn", (r."decidedOn" + interval '5 years')::date) > ${TODAY}::date)`);
  }
  if (d.recognised === "true") {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Recognition" r WHERE r."interventionId" = i.id AND r."isRecognised")`);
  }
  if (d.recognised === "false") {
    parts.push(
      Prisma.sql`NOT EXISTS (SELECT 1 FROM "Recognition" r WHERE r."interventionId" = i.id AND r."isRecognised")`,
    );
  }
  if (d.ageMonths !== undefined) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "TargetGroup" tg WHERE tg."interventionId" = i.id
      AND (tg."ageMinMonths" IS NULL OR tg."ageMinMonths" <= ${d.ageMonths})
      AND (tg."ageMaxMonths" IS NULL OR ${d.ageMonths} <= tg."ageMaxMonths"))`);
  }
  if (d.ageSpan) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "TargetGroup" tg WHERE tg."interventionId" = i.id
      AND (tg."ageMinMonths" IS NULL OR tg."ageMaxMonths" IS NULL OR tg."ageMinMonths" <= tg."ageMaxMonths")
      AND (tg."ageMinMonths" IS NULL OR tg."ageMinMonths" <= ${d.ageSpan.max})
      AND (tg."ageMaxMonths" IS NULL OR ${d.ageSpan.min} <= tg."ageMaxMonths"))`);
  }
  if (d.minEffect) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "PooledEffect" pe JOIN "OutcomeDomain" o ON o.id = pe."outcomeDomainId"
      WHERE pe."interventionId" = i.id AND o.slug = ${d.minEffect.outcome} AND pe.estimate >= ${d.minEffect.min})`);
  }
  return Prisma.join(parts, " AND ");
}

async function directCount(db: Db, d: Direct): Promise<number> {
  const [row] = await db.$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM "Intervention" i WHERE ${directWhere(d)}`;
  return row.n;
}

/** Slugs in the catalogue's rating order (the default without q). */
async function directSlugs(db: Db, d: Direct): Promise<string[]> {
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT i.slug FROM "Intervention" i WHERE ${directWhere(d)}
    ORDER BY i."evidenceLevel" DESC, lower(unaccent(i."nameNl")), i.id`;
  return rows.map((r) => r.slug);
}

/** Standard faceted counts: per value, the matches of all the other filters plus that value. */
async function directFacets(db: Db, d: Direct): Promise<InterventionList["facets"]> {
  const count = (extra: Partial<Direct>) => directCount(db, { ...d, ...extra });
  const facets: InterventionList["facets"] = {
    adviceGroup: {},
    targetGroup: {},
    riskFactor: {},
    outcome: {},
    delivery: {},
    rating: {},
    recognised: {},
  };
  for (const slug of adviceGroupSlugs)
    facets.adviceGroup[slug] = await count({ adviceGroups: [adviceGroupBySlug[slug]] });
  for (const slug of preventionLevelSlugs)
    facets.targetGroup[slug] = await count({ levels: [preventionLevelBySlug[slug]] });
  const refs = await db.$queryRaw<{ kind: string; slug: string }[]>`
    SELECT 'riskFactor' AS kind, slug FROM "RiskFactor"
    UNION ALL SELECT 'outcome', slug FROM "OutcomeDomain"
    UNION ALL SELECT 'delivery', slug FROM "DeliveryMode"`;
  for (const { kind, slug } of refs) {
    if (kind === "riskFactor") facets.riskFactor[slug] = await count({ riskFactors: [slug] });
    if (kind === "outcome") facets.outcome[slug] = await count({ outcomes: [slug] });
    if (kind === "delivery") facets.delivery[slug] = await count({ deliveryModes: [slug] });
  }
  for (const slug of evidenceLevelSlugs) facets.rating[slug] = await count({ minLevel: evidenceLevelBySlug[slug] });
  facets.recognised.true = await count({ recognised: "true" });
  facets.recognised.false = await count({ recognised: "false" });
  facets.recognised.current = await count({ recognised: "current" });
  return facets;
}

/** The whole result in order, page by page. */
async function allPages(db: Db, f: InterventionFilters, pageSize: number): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    const list = await findInterventions(db, { filters: { ...f, page, pageSize }, now: NOW });
    slugs.push(...list.items.map((i) => i.slug));
    if (list.items.length < pageSize) return slugs;
  }
}

// ------------------------------------------------------------------------------------------------------
// Curated seed
// ------------------------------------------------------------------------------------------------------

describe("catalogue on the curated seed", () => {
  let db: Db;
  withTestDatabase({ seed: true }, (database) => (db = database.prisma));

  test("no filters: every intervention, sorted by evidence level, with facets for every reference value", async () => {
    const list = await findInterventions(db, { filters: filters({}), now: NOW });
    const all = await db.intervention.count();
    expect(all).toBeGreaterThan(10);
    expect(list.total).toBe(all);
    expect(list.page).toBe(1);
    expect(list.pageSize).toBe(20);
    expect(list.items.map((i) => i.slug)).toEqual((await directSlugs(db, {})).slice(0, 20));
    expect(list.facets).toEqual(await directFacets(db, {}));

    const refs = await findReferenceLists(db);
    expect(Object.keys(list.facets.riskFactor).sort()).toEqual(refs.riskFactors.map((r) => r.slug).sort());
    expect(Object.keys(list.facets.outcome).sort()).toEqual(refs.outcomes.map((r) => r.slug).sort());
    expect(Object.keys(list.facets.delivery).sort()).toEqual(refs.deliveryModes.map((r) => r.slug).sort());
    expect(Object.keys(list.facets.targetGroup)).toEqual([...preventionLevelSlugs]);
    expect(Object.keys(list.facets.rating)).toEqual([...evidenceLevelSlugs]);
    expect(Object.keys(list.facets.recognised).sort()).toEqual(["current", "false", "true"]);
    expect(Object.keys(list.facets.adviceGroup)).toEqual([...adviceGroupSlugs]);
    expect(Object.values(list.facets.riskFactor)).toContain(0);
    expect(list.facets.recognised.true + list.facets.recognised.false).toBe(all);
  });

  test("the list item has the documented shape", async () => {
    const list = await findInterventions(db, { filters: filters({ q: "voorzorg" }), now: NOW });
    const item = list.items.find((i) => i.slug === "voorzorg")!;
    expect(item).toBeDefined();
    expect(Object.keys(item).sort()).toEqual(
      [
        "adviceGroups",
        "chosenEffect",
        "deliveryModes",
        "evidenceLevel",
        "matchedOn",
        "outcomes",
        "isDemo",
        "isStale",
        "lastReviewedOn",
        "name",
        "pooledEffects",
        "recognition",
        "slug",
        "summary",
        "targetGroups",
      ].sort(),
    );
    expect(item.name.nl).toBe("VoorZorg");
    expect(item.targetGroups.length).toBeGreaterThan(0);
    expect(preventionLevelSlugs).toContain(item.targetGroups[0].preventionLevel);
    expect(item.deliveryModes).toContain("home-visits");
    expect(item.chosenEffect).toBeNull();
    expect(item.matchedOn).toContain("name");
    for (const p of item.pooledEffects) {
      expect(p.measure).toBe("SMD");
      if (p.ciLower !== null) expect(p.ciLower).toBeLessThanOrEqual(p.estimate);
      if (p.ciUpper !== null) expect(p.ciUpper).toBeGreaterThanOrEqual(p.estimate);
    }
    if (item.lastReviewedOn) expect(item.lastReviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("values of one parameter combine with OR, parameters with AND", async () => {
    const selective = await countInterventions(db, { filters: filters({ targetGroup: "selective" }) });
    const care = await countInterventions(db, { filters: filters({ targetGroup: "care" }) });
    const either = await countInterventions(db, { filters: filters({ targetGroup: ["selective", "care"] }) });
    expect(either).toBe(await directCount(db, { levels: ["SELECTIVE", "CARE"] }));
    expect(either).toBeGreaterThanOrEqual(Math.max(selective, care));
    expect(either).toBeLessThanOrEqual(selective + care);

    const both = filters({ targetGroup: "selective", delivery: "home-visits" });
    const list = await findInterventions(db, { filters: both, now: NOW });
    expect(list.total).toBe(await directCount(db, directFrom(both)));
    expect(list.total).toBeLessThanOrEqual(selective);
    expect(list.facets).toEqual(await directFacets(db, directFrom(both)));
    for (const item of list.items) {
      expect(item.targetGroups.some((g) => g.preventionLevel === "selective")).toBe(true);
      expect(item.deliveryModes).toContain("home-visits");
    }
  });

  test("rating is a minimum; its facet is cumulative over the five ladder levels", async () => {
    const list = await findInterventions(db, { filters: filters({ rating: "eerste-aanwijzingen" }), now: NOW });
    expect(list.total).toBe(await directCount(db, { minLevel: "EERSTE_AANWIJZINGEN" }));
    const ladder = evidenceLevelSlugs.map((slug) => list.facets.rating[slug]);
    for (let i = 1; i < ladder.length; i++) expect(ladder[i]).toBeLessThanOrEqual(ladder[i - 1]);
    expect(list.facets.rating["eerste-aanwijzingen"]).toBe(list.total);
    for (const item of list.items) {
      expect(["eerste-aanwijzingen", "goede-aanwijzingen", "sterke-aanwijzingen"]).toContain(item.evidenceLevel);
    }
    // NIET_BEOORDEELD and NIET_EFFECTIEF never reach a minimum.
    const offLadder = await db.intervention.count({
      where: { evidenceLevel: { in: ["NIET_BEOORDEELD", "NIET_EFFECTIEF"] } },
    });
    expect(list.facets.rating["goed-beschreven"]).toBe((await db.intervention.count()) - offLadder);
  });

  test("recognised=true counts expired recognitions (marked stale); false is everything else", async () => {
    const yes = await findInterventions(db, { filters: filters({ recognised: "true", pageSize: "100" }), now: NOW });
    const no = await findInterventions(db, { filters: filters({ recognised: "false", pageSize: "100" }), now: NOW });
    expect(yes.total).toBe(await db.recognition.count({ where: { isRecognised: true } }));
    expect(yes.total).toBeGreaterThan(0);
    expect(yes.total + no.total).toBe(await db.intervention.count());
    expect(yes.items.every((i) => i.recognition.isRecognised)).toBe(true);
    expect(no.items.every((i) => !i.recognition.isRecognised)).toBe(true);
    for (const item of yes.items) {
      if (item.recognition.expiresOn && item.recognition.expiresOn < "2026-06-01") {
        expect(item.recognition.isExpired).toBe(true);
        expect(item.isStale).toBe(true);
      }
    }
    // Far in the future every recognition has expired and every review is old; in the past none has.
    const later = await findInterventions(db, {
      filters: filters({ recognised: "true" }),
      now: new Date("2090-01-01"),
    });
    const dated = later.items.filter((i) => i.recognition.expiresOn !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((i) => i.recognition.isExpired && i.isStale)).toBe(true);
    const earlier = await findInterventions(db, {
      filters: filters({ recognised: "true" }),
      now: new Date("2000-01-01"),
    });
    expect(earlier.items.every((i) => !i.recognition.isExpired)).toBe(true);
  });

  test("ageMonths must fall inside a target group's range: boundaries inclusive, open bounds, pregnancy", async () => {
    const groups = await db.targetGroup.findMany({
      where: { ageMinMonths: { not: null }, ageMaxMonths: { not: null } },
      select: { ageMinMonths: true, ageMaxMonths: true },
    });
    const ages = new Set<number>([-9, -5, -1, 0, 216]);
    for (const g of groups) {
      for (const a of [g.ageMinMonths! - 1, g.ageMinMonths!, g.ageMaxMonths!, g.ageMaxMonths! + 1]) {
        if (a >= -9 && a <= 216) ages.add(a);
      }
    }
    for (const age of ages) {
      const f = filters({ ageMonths: String(age) });
      const list = await findInterventions(db, { filters: f, now: NOW });
      expect({ age, total: list.total }).toEqual({ age, total: await directCount(db, { ageMonths: age }) });
    }
    const prenatal = await findInterventions(db, { filters: filters({ ageMonths: "-6" }), now: NOW });
    expect(prenatal.items.map((i) => i.slug)).toContain("voorzorg");
    for (const item of prenatal.items) {
      expect(
        item.targetGroups.some((g) => (g.ageMinMonths ?? -Infinity) <= -6 && -6 <= (g.ageMaxMonths ?? Infinity)),
      ).toBe(true);
    }
  });

  test("q searches Dutch and English text with prefixes, and tolerates small typos in names", async () => {
    const slugsFor = async (q: string) =>
      (await findInterventions(db, { filters: filters({ q, pageSize: "100" }), now: NOW })).items.map((i) => i.slug);

    const huisbezoeken = await slugsFor("huisbezoeken");
    expect(huisbezoeken).toContain("voorzorg");
    expect(huisbezoeken).toContain("nurse-family-partnership");
    expect(huisbezoeken).not.toContain("pcit");
    // Dutch stemming: "jeugdverpleegkundigen" (plural) finds "jeugdverpleegkundige" in Stevig Ouderschap's provider.
    expect(await slugsFor("jeugdverpleegkundige")).toContain("stevig-ouderschap");
    expect(await slugsFor("jeugdverpleegkundigen")).toContain("stevig-ouderschap");
    const homeVisits = await slugsFor("home visits");
    expect(homeVisits).toContain("voorzorg");
    expect(homeVisits).not.toContain("pcit");
    const video = await slugsFor("video");
    expect(video).toEqual(expect.arrayContaining(["vipp-sd", "video-interaction-guidance"]));
    expect(await slugsFor("vid")).toEqual(expect.arrayContaining(video));
    // Diacritics and case are folded on both sides.
    expect(await slugsFor("HUISBEZOEKÉN")).toEqual(huisbezoeken);

    const trippel = await slugsFor("trippel p");
    expect(trippel).toContain("triple-p");
    expect(trippel).not.toContain("voorzorg");
    const voorzrog = await slugsFor("voorzrog");
    expect(voorzrog).toContain("voorzorg");
    expect(voorzrog).not.toContain("triple-p");
    expect(await slugsFor("xyzzyq")).toEqual([]);
    expect(await slugsFor("kwpzrtv")).toEqual([]);

    // Every word must match.
    const both = await slugsFor("video huisbezoeken");
    expect(both.every((s) => video.includes(s) && huisbezoeken.includes(s))).toBe(true);

    // tsquery syntax in the text is never syntax.
    for (const nasty of ["a & b | !c:* 'd' \\ <-> ((", "):*", "'", "!!!", "<2>", "—", "ééé:*", "x".repeat(200)]) {
      const list = await findInterventions(db, { filters: filters({ q: nasty }), now: NOW });
      expect(list.total).toBeGreaterThanOrEqual(0);
    }
    // Text without letters or digits is no search at all.
    expect((await findInterventions(db, { filters: filters({ q: "!!!" }), now: NOW })).total).toBe(
      await db.intervention.count(),
    );
  });

  test("q with facets: counts are over the text matches", async () => {
    const f = filters({ q: "huisbezoeken", targetGroup: "selective" });
    const list = await findInterventions(db, { filters: f, now: NOW });
    const textMatches = (await allPages(db, filters({ q: "huisbezoeken" }), 100)).sort();
    const direct = await db.$queryRaw<{ slug: string }[]>`
      SELECT i.slug FROM "Intervention" i
      WHERE i.slug = ANY (${textMatches}::text[]) AND ${directWhere(directFrom(f))}`;
    expect(list.total).toBe(direct.length);
    expect(list.facets.targetGroup.selective).toBe(direct.length);
    const selectiveOrNot = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Intervention" i WHERE i.slug = ANY (${textMatches}::text[])
        AND ${directWhere({ levels: ["CARE"] })}`;
    expect(list.facets.targetGroup.care).toBe(selectiveOrNot[0].n);
  });

  test("relevance is the default sort with q; rating without", async () => {
    const withQ = filters({ q: "video" });
    expect(withQ.sort).toBe("relevance");
    expect(filters({}).sort).toBe("rating");
    const list = await findInterventions(db, { filters: withQ, now: NOW });
    expect(list.items.length).toBeGreaterThan(1);
  });

  test("sorts: name (accent- and case-insensitive), reviewed (newest first, unknown last), stable", async () => {
    const byName = await allPages(db, filters({ sort: "name" }), 7);
    const expected = await db.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM "Intervention" ORDER BY lower(unaccent("nameNl")), id`;
    expect(byName).toEqual(expected.map((r) => r.slug));

    const reviewed = await findInterventions(db, { filters: filters({ sort: "reviewed", pageSize: "100" }), now: NOW });
    const dates = reviewed.items.map((i) => i.lastReviewedOn);
    const known = dates.filter((d): d is string => d !== null);
    expect(known).toEqual([...known].sort().reverse());
    expect(dates.slice(known.length).every((d) => d === null)).toBe(true);

    const rating = await findInterventions(db, { filters: filters({ pageSize: "100" }), now: NOW });
    const order = ["niet-beoordeeld", "niet-effectief", ...evidenceLevelSlugs];
    const ranks = rating.items.map((i) => order.indexOf(i.evidenceLevel));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  test("minEffect and sort=effect work on the one chosen outcome's pooled effect", async () => {
    const [best] = await db.$queryRaw<{ slug: string; n: number }[]>`
      SELECT o.slug, count(*)::int AS n FROM "PooledEffect" pe JOIN "OutcomeDomain" o ON o.id = pe."outcomeDomainId"
      GROUP BY o.slug ORDER BY n DESC, o.slug LIMIT 1`;
    expect(best.n).toBeGreaterThan(1);

    const sorted = await findInterventions(db, {
      filters: filters({ outcome: best.slug, sort: "effect", pageSize: "100" }),
      now: NOW,
    });
    expect(sorted.total).toBe(await directCount(db, { outcomes: [best.slug] }));
    const effects = sorted.items.map((i) => i.chosenEffect?.estimate ?? null);
    const present = effects.filter((e): e is number => e !== null);
    expect(present.length).toBe(best.n);
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(effects.slice(present.length).every((e) => e === null)).toBe(true);
    for (const item of sorted.items) {
      if (item.chosenEffect) {
        expect(item.chosenEffect.outcome).toBe(best.slug);
        expect(item.pooledEffects).toContainEqual(item.chosenEffect);
      }
    }

    const threshold = present[Math.floor(present.length / 2)];
    const f = filters({ outcome: best.slug, minEffect: String(threshold) });
    const min = await findInterventions(db, { filters: f, now: NOW });
    expect(min.total).toBe(present.filter((e) => e >= threshold).length);
    expect(min.total).toBe(await directCount(db, directFrom(f)));
    expect(min.items.every((i) => i.chosenEffect !== null && i.chosenEffect.estimate >= threshold)).toBe(true);
    expect(min.facets).toEqual(await directFacets(db, directFrom(f)));
  });

  test("pages partition the result; a page past the end is empty", async () => {
    const f = filters({});
    const all = (await findInterventions(db, { filters: { ...f, pageSize: 100 }, now: NOW })).items.map((i) => i.slug);
    for (const size of [1, 3, 5]) {
      const paged = await allPages(db, f, size);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(paged.length);
    }
    const past = await findInterventions(db, { filters: { ...f, page: 50, pageSize: 20 }, now: NOW });
    expect(past.items).toEqual([]);
    expect(past.total).toBe(all.length);
    expect(past.page).toBe(50);
    const far = await findInterventions(db, { filters: filters({ page: "100000", pageSize: "100" }), now: NOW });
    expect(far.items).toEqual([]);
  });

  test("unknown slugs in filters match nothing instead of failing", async () => {
    const list = await findInterventions(db, { filters: filters({ riskFactor: "no-such-risk" }), now: NOW });
    expect(list.total).toBe(0);
    expect(list.items).toEqual([]);
    expect(list.facets.riskFactor.neglect).toBe(await directCount(db, { riskFactors: ["neglect"] }));
    const outcome = await findInterventions(db, {
      filters: filters({ outcome: "no-such-outcome", sort: "effect", minEffect: "0" }),
      now: NOW,
    });
    expect(outcome.total).toBe(0);
  });

  test("the URL round-trip: filtersToSearchParams(parse(x)) parses to the same filters", () => {
    const inputs = [
      "",
      "q=home%20visits&targetGroup=selective&targetGroup=care&riskFactor=neglect&ageMonths=-3",
      "outcome=parental-sensitivity&minEffect=0.25&sort=effect&page=3&pageSize=50",
      "delivery=home-visits&delivery=video-feedback&rating=goed-onderbouwd&recognised=false&sort=reviewed",
      "recognised=true&sort=name&pageSize=20&page=1",
    ];
    for (const input of inputs) {
      const parsed = filters(searchParamsToObject(new URLSearchParams(input)));
      const again = filters(searchParamsToObject(filtersToSearchParams(parsed)));
      expect(again).toEqual(parsed);
    }
  });

  test("detail: full record, accepted studies newest first, history oldest first; unknown slug is null", async () => {
    const detail = await getInterventionBySlug(db, { slug: "voorzorg", now: NOW });
    expect(detail).not.toBeNull();
    const d = detail!;
    expect(d.name.nl).toBe("VoorZorg");
    expect(["available", "limited", "not-available", "unknown"]).toContain(d.availabilityNl);
    expect(d.studies.length).toBeGreaterThan(0);
    const years = d.studies.map((s) => s.year ?? -Infinity);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const accepted = await db.study.count({ where: { intervention: { slug: "voorzorg" }, status: "ACCEPTED" } });
    expect(d.studies.length).toBe(accepted);
    for (const s of d.studies) {
      expect(s.design).toMatch(/^[a-z-]+$/);
      for (const e of s.effectSizes) {
        expect(typeof e.outcome).toBe("string");
        expect(typeof e.id).toBe("number");
      }
    }
    const created = d.ratingHistory.map((e) => e.createdAt);
    expect(created).toEqual([...created].sort());
    for (const e of d.ratingHistory) expect(["level", "recognition"]).toContain(e.kind);
    expect(d.externalRatings.every((r) => Array.isArray(r.clearinghouse.scale))).toBe(true);
    // The list item part is the same as in the list.
    const listed = (await findInterventions(db, { filters: filters({ q: "voorzorg" }), now: NOW })).items.find(
      (i) => i.slug === "voorzorg",
    )!;
    const {
      slug,
      name,
      summary,
      evidenceLevel,
      recognition,
      lastReviewedOn,
      isStale,
      isDemo,
      targetGroups,
      adviceGroups,
      deliveryModes,
      outcomes,
      pooledEffects,
    } = d;
    expect({
      slug,
      name,
      summary,
      evidenceLevel,
      recognition,
      lastReviewedOn,
      isStale,
      isDemo,
      targetGroups,
      adviceGroups,
      deliveryModes,
      outcomes,
      pooledEffects,
    }).toEqual({
      ...listed,
      chosenEffect: undefined,
      matchedOn: undefined,
    } as unknown as typeof listed);

    expect(await getInterventionBySlug(db, { slug: "no-such-intervention" })).toBeNull();
  });

  test("a draft or rejected study is not an outcome match and not in the detail", async () => {
    const target = await db.intervention.findUniqueOrThrow({ where: { slug: "theraplay" }, select: { id: true } });
    const outcome = await db.outcomeDomain.findUniqueOrThrow({ where: { slug: "harsh-discipline" } });
    const before = await countInterventions(db, { filters: filters({ outcome: "harsh-discipline" }) });
    await db.study.create({
      data: {
        interventionId: target.id,
        citation: "Draft study (test)",
        design: "RCT",
        status: "SUBMITTED",
        effectSizes: {
          create: {
            outcomeDomainId: outcome.id,
            measure: "SMD",
            inputForm: "YI_VI",
            inputs: { yi: 0.3, vi: 0.02 },
            yi: 0.3,
            vi: 0.02,
            higherIsBetter: true,
          },
        },
      },
    });
    expect(await countInterventions(db, { filters: filters({ outcome: "harsh-discipline" }) })).toBe(before);
    const detail = await getInterventionBySlug(db, { slug: "theraplay" });
    expect(detail!.studies.some((s) => s.citation === "Draft study (test)")).toBe(false);
  });

  test("search words are letters and digits only, accents folded", () => {
    expect(searchWords("Huisbezoeken & Video-feedback!")).toEqual(["huisbezoeken", "video", "feedback"]);
    expect(searchWords("Één straße Øresund ĳs")).toEqual(["een", "strasse", "oresund", "ijs"]);
    expect(searchWords("a:* | !b (c) 'd' <-> \\e")).toEqual(["a", "b", "c", "d", "e"]);
    expect(searchWords("  ")).toEqual([]);
    expect(searchWords(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" "))).toHaveLength(10);
  });
});

// ------------------------------------------------------------------------------------------------------
// 300 generated interventions, random filter combinations, and edits the triggers must follow
// ------------------------------------------------------------------------------------------------------

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)];
  const some = <T>(items: readonly T[], max: number) => {
    const n = int(0, max);
    return [...new Set(Array.from({ length: n }, () => pick(items)))];
  };
  return { next, int, pick, some };
}

const LEVELS: EvidenceLevel[] = [
  "NIET_BEOORDEELD",
  "NIET_EFFECTIEF",
  "GOED_BESCHREVEN",
  "GOED_ONDERBOUWD",
  "EERSTE_AANWIJZINGEN",
  "GOEDE_AANWIJZINGEN",
  "STERKE_AANWIJZINGEN",
];
const PREVENTION: PreventionLevel[] = ["UNIVERSAL", "SELECTIVE", "INDICATED", "CARE"];
const ADVICE: AdviceGroup[] = ["RISK_FACTORS", "MALTREATMENT_OCCURS", "ASKS_FOR_SUPPORT", "UNIVERSAL"];

describe("catalogue on 300 generated interventions", () => {
  let database: Database;
  let db: Db;
  const random = prng(20261128);
  let riskSlugs: string[];
  let outcomeSlugs: string[];
  let deliverySlugs: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.prisma;
    await seedTaxonomy(db);
    const [risks, outcomes, deliveries] = await Promise.all([
      db.riskFactor.findMany({ select: { id: true, slug: true } }),
      db.outcomeDomain.findMany({ select: { id: true, slug: true } }),
      db.deliveryMode.findMany({ select: { id: true, slug: true } }),
    ]);
    riskSlugs = risks.map((r) => r.slug);
    outcomeSlugs = outcomes.map((o) => o.slug);
    deliverySlugs = deliveries.map((d) => d.slug);

    for (let n = 1; n <= 300; n++) {
      const level = random.pick(LEVELS);
      // A decision in force for some: erkend at the intervention's level when that is a recognition level,
      // else niet erkend; decision dates spread so that some are past their re-review date on TODAY.
      const recognition =
        random.next() < 0.4
          ? LEVELS.indexOf(level) >= LEVELS.indexOf("GOED_ONDERBOUWD")
            ? {
                status: random.pick(["ERKEND", "ERKEND", "IN_HERBEOORDELING"] as const),
                level,
                isRecognised: LEVELS.indexOf(level) >= LEVELS.indexOf("EERSTE_AANWIJZINGEN"),
              }
            : { status: "NIET_ERKEND" as const, level: null, isRecognised: false }
          : null;
      const decidedOn =
        random.next() < 0.15 ? null : new Date(Date.UTC(2015 + random.int(0, 10), random.int(0, 11), 1));
      const groups = Array.from({ length: random.int(0, 3) }, () => {
        const min = random.next() < 0.15 ? null : random.int(-9, 120);
        const max = random.next() < 0.15 ? null : random.int(min ?? -9, 216);
        return {
          preventionLevel: random.pick(PREVENTION),
          ageMinMonths: min,
          ageMaxMonths: max,
          descriptionNl: "Synthetische doelgroep",
          descriptionEn: "Synthetic target group",
          adviceGroups: random.some(ADVICE, 2),
          riskFactors: { connect: random.some(risks, 3).map((r) => ({ id: r.id })) },
        };
      });
      const studies = Array.from({ length: random.int(0, 3) }, (_, k) => ({
        citation: `Synthetic study ${n}.${k}`,
        design: "RCT" as const,
        status: random.next() < 0.8 ? ("ACCEPTED" as const) : random.pick(["DRAFT", "SUBMITTED", "REJECTED"] as const),
        isDemo: true,
        effectSizes: {
          create: random.some(outcomes, 3).map((o) => ({
            outcomeDomainId: o.id,
            measure: "SMD" as const,
            inputForm: "YI_VI" as const,
            inputs: {},
            yi: random.next() - 0.2,
            vi: 0.02,
            higherIsBetter: true,
          })),
        },
      }));
      const intervention = await db.intervention.create({
        data: {
          slug: `synthetic-${n}`,
          nameNl: `Synthetische interventie ${random.pick(["Ä", "a", "B", "é", "z"])}${n}`,
          nameEn: `Synthetic intervention ${n}`,
          summaryNl: "Synthetische interventie voor tests.",
          summaryEn: "Synthetic intervention for tests.",
          evidenceLevel: level,
          lastReviewedOn:
            random.next() < 0.8 ? new Date(Date.UTC(2010 + random.int(0, 15), random.int(0, 11), 1)) : null,
          isDemo: true,
          deliveryModes: { connect: random.some(deliveries, 3).map((d) => ({ id: d.id })) },
          targetGroups: { create: groups },
          studies: { create: studies },
          ...(recognition
            ? {
                recognition: {
                  create: {
                    ...recognition,
                    justification: "Synthetic",
                    decidedOn,
                    expiresOn: random.next() < 0.5 ? null : new Date(Date.UTC(2022 + random.int(0, 8), 5, 1)),
                  },
                },
              }
            : {}),
        },
      });
      // Pooled effects as the curation code would store them: one per accepted outcome, on some of them.
      const accepted = await db.effectSize.findMany({
        where: { study: { interventionId: intervention.id, status: "ACCEPTED" } },
        select: { outcomeDomainId: true, yi: true },
      });
      const byOutcome = new Map<number, number[]>();
      for (const e of accepted) byOutcome.set(e.outcomeDomainId, [...(byOutcome.get(e.outcomeDomainId) ?? []), e.yi!]);
      for (const [outcomeDomainId, ys] of byOutcome) {
        if (random.next() < 0.2) continue;
        const estimate = ys.reduce((a, b) => a + b, 0) / ys.length;
        await db.pooledEffect.create({
          data: {
            interventionId: intervention.id,
            outcomeDomainId,
            measure: "SMD",
            method: "REML",
            k: ys.length,
            estimate,
            se: 0.1,
            ciLower: estimate - 0.2,
            ciUpper: estimate + 0.2,
            tau2: 0,
            i2: 0,
            q: 0,
          },
        });
      }
    }
  }, 300_000);

  afterAll(async () => {
    await database?.close();
  });

  function randomFilters(): FilterInput {
    const input: Record<string, string | string[]> = {};
    const maybe = (p: number) => random.next() < p;
    if (maybe(0.3)) input.adviceGroup = random.some(adviceGroupSlugs, 2);
    if (maybe(0.35)) input.targetGroup = random.some(preventionLevelSlugs, 2);
    if (maybe(0.35)) input.riskFactor = random.some(riskSlugs, 3);
    if (maybe(0.35)) input.outcome = random.some(outcomeSlugs, 2);
    if (maybe(0.35)) input.delivery = random.some(deliverySlugs, 2);
    if (maybe(0.3)) input.rating = random.pick(evidenceLevelSlugs);
    if (maybe(0.3)) input.recognised = random.pick(["true", "false", "current"]);
    if (maybe(0.3)) input.ageMonths = String(random.int(-9, 216));
    if (maybe(0.25)) {
      const min = random.int(-9, 150);
      if (maybe(0.8)) input.ageMin = String(min);
      if (maybe(0.8)) input.ageMax = String(random.int(min, 216));
    }
    const outcomes = input.outcome as string[] | undefined;
    if (outcomes?.length === 1 && maybe(0.5)) input.minEffect = random.pick(["-0.1", "0", "0.15", "0.4"]);
    if (outcomes?.length === 1 && maybe(0.3)) input.sort = "effect";
    else if (maybe(0.3)) input.sort = random.pick(["name", "rating", "reviewed"]);
    return input as FilterInput;
  }

  async function expectMatchesDirectSql(input: FilterInput) {
    const f = filters(input);
    const direct = directFrom(f);
    const list = await findInterventions(db, { filters: { ...f, pageSize: 100 }, now: NOW });
    const label = JSON.stringify(input);
    expect({ label, total: list.total }).toEqual({ label, total: await directCount(db, direct) });
    expect({ label, facets: list.facets }).toEqual({ label, facets: await directFacets(db, direct) });
    if (f.sort === "rating") {
      expect({ label, slugs: list.items.map((i) => i.slug) }).toEqual({
        label,
        slugs: (await directSlugs(db, direct)).slice(0, 100),
      });
    } else {
      const slugs = new Set(await directSlugs(db, direct));
      expect(list.items.every((i) => slugs.has(i.slug))).toBe(true);
      expect(list.items.length).toBe(Math.min(100, slugs.size));
    }
    return list;
  }

  test("totals, facets and pages equal plain SQL for 60 random filter combinations", async () => {
    expect(await db.intervention.count()).toBe(300);
    // Nothing merged yet: every answer comes from the pending interventions' facet rows.
    expect(await db.interventionFacetPending.count()).toBe(300);
    await expectMatchesDirectSql({});
    let nonEmpty = 0;
    for (let i = 0; i < 60; i++) {
      const list = await expectMatchesDirectSql(randomFilters());
      if (list.total > 0) nonEmpty += 1;
    }
    // The combinations are not all trivially empty.
    expect(nonEmpty).toBeGreaterThan(15);
  }, 300_000);

  test("a merge brings the stored bitmaps up to date and empties the pending set; answers do not change", async () => {
    const probes: FilterInput[] = [{}, ...Array.from({ length: 8 }, () => randomFilters())];
    const before = await Promise.all(probes.map((p) => findInterventions(db, { filters: filters(p), now: NOW })));
    expect(await mergeFacetBitmaps(db)).toBe(300);
    expect(await db.interventionFacetPending.count()).toBe(0);
    expect(await mergeFacetBitmaps(db)).toBe(0);
    // Each stored bitmap now holds exactly the interventions whose facet row has that value.
    const [wrong] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "InterventionFacetBitmap" b
      WHERE b.bits <> intervention_facet_bits(ARRAY(
        SELECT f."interventionId" FROM "InterventionFacet" f,
          intervention_facet_memberships(f."preventionLevels", f."riskFactorIds", f."outcomeIds", f."deliveryModeIds",
            f."ageRanges", f."evidenceLevel", f."isRecognised", f."adviceGroups", f."recognisedUntil") m
        WHERE m.kind = b.kind AND m.value = b.value), length(b.bits))`;
    expect(wrong.n).toBe(0);
    for (const [i, p] of probes.entries()) {
      const after = await findInterventions(db, { filters: filters(p), now: NOW });
      expect(after).toEqual(before[i]);
      await expectMatchesDirectSql(p);
    }
  }, 120_000);

  test("both page plans (walk the sort index / filter then sort) give the same pages", async () => {
    // Broad filters take the walk, narrow ones the filter plan; deep pages flip a broad filter to the filter plan.
    const inputs: FilterInput[] = [
      {},
      { rating: "goed-beschreven" },
      { riskFactor: riskSlugs[0], delivery: deliverySlugs[0] },
    ];
    for (const input of inputs) {
      const f = filters({ ...input, sort: "name" });
      const direct = await db.$queryRaw<{ slug: string }[]>`
        SELECT i.slug FROM "Intervention" i WHERE ${directWhere(directFrom(f))} ORDER BY lower(unaccent(i."nameNl")), i.id`;
      for (const size of [4, 25]) {
        expect(await allPages(db, f, size)).toEqual(direct.map((r) => r.slug));
      }
    }
  }, 120_000);

  test("sort=effect pages (walking the pooled-effect index, or filter then sort) equal plain SQL", async () => {
    const [top] = await db.$queryRaw<{ slug: string }[]>`
      SELECT o.slug FROM "OutcomeDomain" o ORDER BY (SELECT count(*) FROM "PooledEffect" pe WHERE pe."outcomeDomainId" = o.id) DESC, o.slug LIMIT 1`;
    for (const extra of [{}, { minEffect: "0.1" }, { targetGroup: "selective" }] as FilterInput[]) {
      const f = filters({ outcome: top.slug, sort: "effect", ...extra });
      const direct = await db.$queryRaw<{ slug: string }[]>`
        SELECT i.slug FROM "Intervention" i
        LEFT JOIN "PooledEffect" pe ON pe."interventionId" = i.id
          AND pe."outcomeDomainId" = (SELECT id FROM "OutcomeDomain" WHERE slug = ${top.slug})
        WHERE ${directWhere(directFrom(f))}
        ORDER BY pe.estimate DESC NULLS LAST, lower(unaccent(i."nameNl")), i.id`;
      expect(direct.length).toBeGreaterThan(0);
      for (const size of [1, 3, 10]) {
        expect(await allPages(db, f, size)).toEqual(direct.map((r) => r.slug));
      }
    }
  }, 120_000);

  test("age boundaries at every generated range end", async () => {
    const groups = await db.targetGroup.findMany({ select: { ageMinMonths: true, ageMaxMonths: true }, take: 40 });
    const ages = new Set<number>([-9, 216]);
    for (const g of groups) {
      for (const a of [g.ageMinMonths, g.ageMaxMonths]) {
        if (a === null) continue;
        for (const b of [a - 1, a, a + 1]) if (b >= -9 && b <= 216) ages.add(b);
      }
    }
    for (const age of ages) {
      expect({ age, n: await countInterventions(db, { filters: filters({ ageMonths: String(age) }) }) }).toEqual({
        age,
        n: await directCount(db, { ageMonths: age }),
      });
    }
  }, 120_000);

  test("edits to the source tables are reflected at once (trigger-maintained facet rows and bitmaps)", async () => {
    const pickId = async (slug: string) =>
      (await db.intervention.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    // Each edit is checked while pending and again after a merge.
    const check = async () => {
      for (let i = 0; i < 4; i++) await expectMatchesDirectSql(randomFilters());
      await expectMatchesDirectSql({});
      await mergeFacetBitmaps(db);
      expect(await db.interventionFacetPending.count()).toBe(0);
      for (let i = 0; i < 3; i++) await expectMatchesDirectSql(randomFilters());
    };

    // Target group added, changed and removed (prevention level, ages, risk factors).
    const a = await pickId("synthetic-1");
    const tg = await db.targetGroup.create({
      data: {
        interventionId: a,
        preventionLevel: "CARE",
        ageMinMonths: -9,
        ageMaxMonths: 2,
        descriptionNl: "Nieuw",
        descriptionEn: "New",
        riskFactors: { connect: [{ slug: riskSlugs[1] }] },
      },
    });
    await check();
    await db.targetGroup.update({
      where: { id: tg.id },
      data: { preventionLevel: "INDICATED", ageMaxMonths: 200, riskFactors: { set: [{ slug: riskSlugs[2] }] } },
    });
    await check();
    await db.targetGroup.delete({ where: { id: tg.id } });
    await check();

    // Evidence level, delivery modes, recognition toggled and removed.
    const b = await pickId("synthetic-2");
    await db.intervention.update({
      where: { id: b },
      data: {
        evidenceLevel: "STERKE_AANWIJZINGEN",
        nameNl: "Ååå eerst",
        deliveryModes: { set: [{ slug: deliverySlugs[3] }] },
      },
    });
    await db.recognition.upsert({
      where: { interventionId: b },
      create: {
        interventionId: b,
        status: "ERKEND",
        level: "STERKE_AANWIJZINGEN",
        isRecognised: true,
        decidedOn: new Date("2024-01-01"),
        justification: "Test",
      },
      update: { status: "ERKEND", level: "STERKE_AANWIJZINGEN", isRecognised: true, decidedOn: new Date("2024-01-01") },
    });
    await check();
    expect((await findInterventions(db, { filters: filters({ sort: "name" }), now: NOW })).items[0].slug).toBe(
      "synthetic-2",
    );
    await db.recognition.update({
      where: { interventionId: b },
      data: { status: "NIET_ERKEND", level: null, isRecognised: false },
    });
    await check();
    await db.recognition.delete({ where: { interventionId: b } });
    await check();

    // A study accepted, rejected, its effect moved to another outcome, then deleted.
    const c = await pickId("synthetic-3");
    const study = await db.study.create({
      data: {
        interventionId: c,
        citation: "Edited study",
        design: "RCT",
        status: "SUBMITTED",
        effectSizes: {
          create: {
            outcomeDomainId: 1,
            measure: "SMD",
            inputForm: "YI_VI",
            inputs: {},
            yi: 0.2,
            vi: 0.02,
            higherIsBetter: true,
          },
        },
      },
      include: { effectSizes: true },
    });
    await db.study.update({ where: { id: study.id }, data: { status: "ACCEPTED" } });
    await check();
    await db.effectSize.update({ where: { id: study.effectSizes[0].id }, data: { outcomeDomainId: 2 } });
    await check();
    await db.study.update({ where: { id: study.id }, data: { status: "REJECTED" } });
    await check();
    await db.study.delete({ where: { id: study.id } });
    await check();

    // Interventions deleted (cascading to everything) and a new one created.
    await db.intervention.deleteMany({ where: { id: { in: [a, c] } } });
    await db.intervention.create({
      data: {
        slug: "synthetic-new",
        nameNl: "Nieuwe interventie",
        nameEn: "New intervention",
        summaryNl: "Nieuw",
        summaryEn: "New",
        evidenceLevel: "GOED_ONDERBOUWD",
        targetGroups: {
          create: {
            preventionLevel: "UNIVERSAL",
            ageMinMonths: null,
            ageMaxMonths: null,
            descriptionNl: "Alle",
            descriptionEn: "All",
          },
        },
      },
    });
    expect(await db.intervention.count()).toBe(299);
    await check();
  }, 300_000);
});
