/**
 * What the curated catalogue says must be what its sources say: Dutch recognitions as NJi words them,
 * unknown Dutch decisions as unknown, headline effects with their basis (a published meta-analysis never
 * re-pooled), the Health Council's target groups, and search over what the filters know. Real database.
 */
import { describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import type { Db } from "@/lib/database/client";
import { findInterventions, getInterventionBySlug } from "@/lib/intervention/queries";
import { interventionFiltersSchema, withDefaults } from "@/lib/intervention/schemas";
import { handleCsvRequest } from "@/lib/intervention/http";
import { curatedInterventions } from "@/seed/curated/interventions";

const NOW = new Date("2026-12-01T12:00:00Z");
const filters = (input: Record<string, string | string[]>) => withDefaults(interventionFiltersSchema.parse(input));
const slugsFor = async (db: Db, input: Record<string, string | string[]>, now = NOW) =>
  (await findInterventions(db, { filters: { ...filters(input), pageSize: 100 }, now })).items.map((i) => i.slug);

let db: Db;
withTestDatabase({ seed: true }, (database) => (db = database.prisma));

describe("Dutch recognition as NJi words it", () => {
  test("Incredible Years: erkend als effectief volgens sterke aanwijzingen on 8 November 2019", async () => {
    const iy = (await getInterventionBySlug(db, { slug: "incredible-years-preschool", now: NOW }))!;
    expect(iy.recognition).toMatchObject({
      status: "erkend",
      level: "sterke-aanwijzingen",
      isRecognised: true,
      decidedOn: "2019-11-08",
      isVerified: true,
    });
    expect(iy.recognition.committee).toMatch(/Jeugdzorg en psychosociale\/pedagogische preventie/);
    expect(iy.evidenceLevel).toBe("sterke-aanwijzingen");
  });

  test("K-VHT is its own intervention, erkend als goed onderbouwd in 2017, which is a recognition but not as effective", async () => {
    const kvht = (await getInterventionBySlug(db, { slug: "k-vht", now: NOW }))!;
    expect(kvht.recognition).toMatchObject({ status: "erkend", level: "goed-onderbouwd", isRecognised: false });
    expect(kvht.ratingHistory.at(-1)).toMatchObject({ toStatus: "erkend", toLevel: "goed-onderbouwd" });
    expect(kvht.ratingHistory.at(-1)!.decidedOn).toBe("2017-12-16");
  });

  test("an intervention without a known Dutch decision is onbekend, never niet erkend", async () => {
    const theraplay = (await getInterventionBySlug(db, { slug: "theraplay", now: NOW }))!;
    expect(theraplay.recognition.status).toBe("onbekend");
    expect(theraplay.recognition.level).toBeNull();
    expect(theraplay.evidenceLevel).toBe("niet-beoordeeld");
    expect(theraplay.ratingHistory).toEqual([]);
  });

  test("the database refuses a recognition flag that contradicts its status and level", async () => {
    const { id } = await db.intervention.findUniqueOrThrow({ where: { slug: "k-vht" }, select: { id: true } });
    await expect(
      db.recognition.update({ where: { interventionId: id }, data: { isRecognised: true } }),
    ).rejects.toThrow();
    await expect(
      db.recognition.update({ where: { interventionId: id }, data: { status: "ERKEND", level: "GOED_BESCHREVEN" } }),
    ).rejects.toThrow();
    const after = await db.recognition.findUniqueOrThrow({ where: { interventionId: id } });
    expect(after).toMatchObject({ isRecognised: false, level: "GOED_ONDERBOUWD" });
  });

  test("recognised=current depends on today: before and after a re-review date", async () => {
    // Incredible Years was decided on 2019-11-08; re-review five years later.
    expect(await slugsFor(db, { recognised: "current" }, new Date("2024-11-07T12:00:00Z"))).toContain(
      "incredible-years-preschool",
    );
    expect(await slugsFor(db, { recognised: "current" }, new Date("2024-11-08T12:00:00Z"))).not.toContain(
      "incredible-years-preschool",
    );
    // recognised=true keeps it (marked stale) after that date.
    expect(await slugsFor(db, { recognised: "true" })).toContain("incredible-years-preschool");
    const list = await findInterventions(db, { filters: filters({}), now: NOW });
    expect(list.facets.recognised.current).toBeLessThanOrEqual(list.facets.recognised.true);
  });
});

describe("headline effects", () => {
  test("VIPP × parental sensitivity is pooled from primary trials, with a real forest plot", async () => {
    const vipp = (await getInterventionBySlug(db, { slug: "vipp", now: NOW }))!;
    const headline = vipp.pooledEffects.find((p) => p.outcome === "parental-sensitivity")!;
    expect(headline.basis).toBe("pooled");
    expect(headline.k).toBeGreaterThanOrEqual(2);
    expect(headline.tau2).not.toBeNull();
  });

  test("Incredible Years × child behaviour problems is pooled from its trials", async () => {
    const iy = (await getInterventionBySlug(db, { slug: "incredible-years-preschool", now: NOW }))!;
    const headline = iy.pooledEffects.find((p) => p.outcome === "child-behaviour-problems")!;
    expect(headline.basis).toBe("pooled");
    expect(headline.k).toBeGreaterThanOrEqual(2);
  });

  test("a published meta-analysis is shown with its own k and CI exactly as reported, never as k = 1", async () => {
    const pcit = (await getInterventionBySlug(db, { slug: "pcit", now: NOW }))!;
    const meta = pcit.pooledEffects.filter((p) => p.basis === "meta-analysis");
    expect(meta.length).toBeGreaterThan(0);
    for (const p of meta) {
      expect(p.k).toBeGreaterThan(1);
      const study = pcit.studies.find((s) => s.id === p.sourceStudyId)!;
      expect(study.design).toBe("meta-analysis");
      const reported = study.effectSizes.find((e) => e.outcome === p.outcome)!;
      expect(Math.abs(p.estimate)).toBe(Math.abs(reported.reportedEstimate!));
      expect([Math.abs(p.ciLower!), Math.abs(p.ciUpper!)].sort()).toEqual(
        [Math.abs(reported.reportedCiLower!), Math.abs(reported.reportedCiUpper!)].sort(),
      );
    }
  });

  test("minEffect and sort=effect use the headline effect", async () => {
    const slugs = await slugsFor(db, { outcome: "child-behaviour-problems", sort: "effect" });
    expect(slugs.length).toBeGreaterThan(0);
    const items = (
      await findInterventions(db, {
        filters: { ...filters({ outcome: "child-behaviour-problems", sort: "effect" }), pageSize: 100 },
        now: NOW,
      })
    ).items.filter((i) => i.chosenEffect);
    const estimates = items.map((i) => i.chosenEffect!.estimate);
    expect(estimates).toEqual([...estimates].sort((a, b) => b - a));
  });
});

describe("the Health Council's target groups", () => {
  test("Home-Start serves parents who ask for support themselves, not all parents", async () => {
    const hs = (await getInterventionBySlug(db, { slug: "home-start", now: NOW }))!;
    expect(hs.adviceGroups).toContain("asks-for-support");
    expect(hs.adviceGroups).not.toContain("universal");
    expect(hs.targetGroups.map((g) => g.preventionLevel)).not.toContain("universal");
  });

  test("adviceGroup filters with facet counts that match the items", async () => {
    const list = await findInterventions(db, { filters: { ...filters({}), pageSize: 100 }, now: NOW });
    for (const group of ["risk-factors", "maltreatment-occurs", "asks-for-support", "universal"] as const) {
      const expected = list.items
        .filter((i) => i.adviceGroups.includes(group))
        .map((i) => i.slug)
        .sort();
      expect((await slugsFor(db, { adviceGroup: group })).sort()).toEqual(expected);
      expect(list.facets.adviceGroup[group]).toBe(expected.length);
    }
    expect(list.facets.adviceGroup["risk-factors"]).toBeGreaterThan(0);
  });

  test("every curated target group names at least one advice group", () => {
    for (const i of curatedInterventions)
      for (const g of i.targetGroups) expect(g.adviceGroups.length).toBeGreaterThan(0);
  });

  test("the CSV carries the advice groups and the recognition status", async () => {
    const response = await handleCsvRequest(
      db,
      new Request("http://localhost/api/v1/interventions.csv?adviceGroup=asks-for-support"),
    );
    const text = await response.text();
    const [header, ...rows] = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header.split(",")).toEqual(expect.arrayContaining(["advice_groups", "recognition_status"]));
    expect(rows.some((r) => r.startsWith("home-start,"))).toBe(true);
  });
});

describe("provenance", () => {
  test("an inferred value carries its reason in Dutch and English; sourced fields have no entry", async () => {
    const all = await Promise.all(
      curatedInterventions.map((c) => getInterventionBySlug(db, { slug: c.slug, now: NOW })),
    );
    const entries = all.flatMap((i) => Object.entries(i!.provenance));
    expect(entries.length).toBeGreaterThan(0);
    for (const [path, p] of entries) {
      expect(path).toMatch(/^[a-zA-Z]+(\.\d+\.[a-zA-Z]+)?$/);
      expect(p.reason.nl.length).toBeGreaterThan(10);
      expect(p.reason.en.length).toBeGreaterThan(10);
    }
  });
});

describe("search finds what the filters know", () => {
  test.each([
    ["kindermishandeling", ["voorzorg", "nurse-family-partnership"]],
    ["maltreatment", ["voorzorg", "nurse-family-partnership"]],
    ["huisbezoek", ["home-start"]],
    ["video", ["vipp", "vipp-sd"]],
  ])("%s finds %j, and the cards say why", async (q, expected) => {
    const list = await findInterventions(db, { filters: { ...filters({ q }), pageSize: 100 }, now: NOW });
    const slugs = list.items.map((i) => i.slug);
    expect(slugs).toEqual(expect.arrayContaining(expected));
    for (const item of list.items) expect(item.matchedOn.length).toBeGreaterThan(0);
  });

  test("a delivery-mode word is matched on the delivery mode", async () => {
    const list = await findInterventions(db, { filters: filters({ q: "huisbezoek" }), now: NOW });
    expect(list.items.find((i) => i.slug === "home-start")!.matchedOn).toContain("delivery");
  });
});

describe("no text a user reads names how the data was gathered", () => {
  test("no curated text mentions the research notes or a file path", () => {
    const text = JSON.stringify(curatedInterventions);
    expect(text).not.toMatch(/field[- ]notes/i);
    expect(text).not.toMatch(/\/work\//);
  });
});
