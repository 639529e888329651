/**
 * The decision aid's query (lib/decision/decision-aid.ts) on a real database: the SQL order is exactly the
 * pure comparator's order (lib/decision/ranking.ts), on the curated catalogue and on a few thousand synthetic
 * interventions from the scale generator; the matches are what plain reads of the source tables give for the
 * same situation; pages continue each other; the counts behind the "effects are modest" caveat are right.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import type { Db } from "@/lib/database/client";
import { createDemoIntervention } from "@/seed/factories";
import { loadScaleData } from "@/seed/scale/load";
import { findDecisionAid, rankDecisionCandidates, MODEST_EFFECT_BELOW } from "@/lib/decision/decision-aid";
import { decisionAidSchema, parseSituation, type DecisionSituation } from "@/lib/decision/decision-aid-schema";
import { compareCandidates, type DecisionCandidate, type LevelSlug } from "@/lib/decision/ranking";
import { adviceGroupBySlug, evidenceLevelSlug } from "@/lib/intervention/schemas";
import { CERTAINTY_FROM_DB } from "@/lib/evidence/certainty";

let db: Db;
withTestDatabase({ seed: true }, (database) => (db = database.prisma));

const situation = (query: string): DecisionSituation =>
  decisionAidSchema.parse(
    Object.fromEntries(
      [...new URLSearchParams(query)].reduce((acc, [k, v]) => {
        const prev = acc.get(k);
        acc.set(k, prev === undefined ? v : [prev, v].flat());
        return acc;
      }, new Map<string, string | string[]>()),
    ),
  );

/**
 * The same situation read with plain Prisma over the source tables (not the facet rows) and filtered here,
 * each candidate in the comparator's terms.
 */
async function plainCandidates(s: DecisionSituation): Promise<(DecisionCandidate & { estimate: number | null })[]> {
  const span = { min: s.ageMin ?? -9, max: s.ageMax ?? 216 };
  const hasAge = s.ageMin !== undefined || s.ageMax !== undefined;
  const groups = s.adviceGroup.map((g) => adviceGroupBySlug[g]);
  const rows = await db.intervention.findMany({
    where: {
      studies: { some: { status: "ACCEPTED", effectSizes: { some: { outcomeDomain: { slug: s.outcome } } } } },
    },
    select: {
      slug: true,
      evidenceLevel: true,
      recognition: { select: { isRecognised: true } },
      targetGroups: {
        select: { adviceGroups: true, ageMinMonths: true, ageMaxMonths: true, riskFactors: { select: { slug: true } } },
      },
      pooledEffects: {
        where: { outcomeDomain: { slug: s.outcome } },
        select: { estimate: true, ciLower: true, ciUpper: true, certainty: true },
      },
    },
  });
  const fits = (r: (typeof rows)[number]) =>
    (groups.length === 0 || r.targetGroups.some((g) => g.adviceGroups.some((a) => groups.includes(a)))) &&
    (s.riskFactor.length === 0 ||
      r.targetGroups.some((g) => g.riskFactors.some((f) => s.riskFactor.includes(f.slug)))) &&
    (!hasAge ||
      r.targetGroups.some(
        (g) =>
          (g.ageMinMonths === null || g.ageMinMonths <= span.max) &&
          (g.ageMaxMonths === null || g.ageMaxMonths >= span.min),
      ));
  return rows.filter(fits).map((r) => {
    const p = r.pooledEffects[0];
    return {
      slug: r.slug,
      isRecognised: r.recognition?.isRecognised ?? false,
      evidenceLevel: evidenceLevelSlug[r.evidenceLevel] as LevelSlug,
      effect: p
        ? {
            estimate: p.estimate,
            ciLower: p.ciLower,
            ciUpper: p.ciUpper,
            certainty: p.certainty ? CERTAINTY_FROM_DB[p.certainty] : null,
          }
        : null,
      estimate: p?.estimate ?? null,
    };
  });
}

async function sqlOrder(s: DecisionSituation) {
  return rankDecisionCandidates(db, { situation: s, limit: 100_000, offset: 0 });
}

async function expectComparatorOrder(s: DecisionSituation) {
  const ranked = await sqlOrder(s);
  const plain = await plainCandidates(s);
  const expected = [...plain].sort(compareCandidates).map((c) => c.slug);
  expect(ranked.rows.map((r) => r.slug)).toEqual(expected);
  expect(ranked.total).toBe(plain.length);
  expect(ranked.withEffect).toBe(plain.filter((c) => c.estimate !== null).length);
  expect(ranked.modest).toBe(plain.filter((c) => c.estimate !== null && c.estimate < MODEST_EFFECT_BELOW).length);
  return ranked;
}

describe("on the curated catalogue", () => {
  test("child behaviour problems: recognised first, then level, then certainty — the comparator's order", async () => {
    const ranked = await expectComparatorOrder(situation("outcome=child-behaviour-problems"));
    expect(ranked.total).toBeGreaterThanOrEqual(4);
    // Recognised at the strongest level with a highly certain pool comes first.
    expect(ranked.rows[0]).toMatchObject({ slug: "incredible-years-preschool", isRecognised: true });
    // Every recognised intervention precedes every other one.
    const flags = ranked.rows.map((r) => r.isRecognised);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });

  test("filters narrow by the Health Council's group, risk factor and age, as plain reads do", async () => {
    for (const query of [
      "outcome=attachment-security",
      "outcome=attachment-security&adviceGroup=risk-factors",
      "outcome=child-behaviour-problems&adviceGroup=maltreatment-occurs&adviceGroup=asks-for-support",
      "outcome=child-behaviour-problems&riskFactor=child-behaviour-problems&ageMin=36&ageMax=47",
      "outcome=maltreatment&riskFactor=first-time-parent&ageMin=-9&ageMax=-1",
      "outcome=parental-sensitivity&ageMin=0&ageMax=11",
    ]) {
      await expectComparatorOrder(situation(query));
    }
  });

  test("a page has the ranked interventions in full, with why and what is unknown", async () => {
    const aid = await findDecisionAid(db, {
      situation: situation("outcome=child-behaviour-problems"),
      outcomeName: { nl: "gedragsproblemen", en: "behaviour problems" },
      pageSize: 3,
    });
    expect(aid.results.map((r) => r.rank)).toEqual([1, 2, 3]);
    const [first] = aid.results;
    expect(first.intervention.slug).toBe("incredible-years-preschool");
    expect(first.effect?.outcome).toBe("child-behaviour-problems");
    expect(first.why.nl).toMatch(/^Erkend als effectief volgens sterke aanwijzingen; groot effect op gedragsproblemen/);
    const page2 = await findDecisionAid(db, {
      situation: { ...situation("outcome=child-behaviour-problems"), page: 2 },
      outcomeName: { nl: "gedragsproblemen", en: "behaviour problems" },
      pageSize: 3,
    });
    expect(page2.results[0].rank).toBe(4);
    const all = await sqlOrder(situation("outcome=child-behaviour-problems"));
    expect([...aid.results, ...page2.results].map((r) => r.intervention.slug)).toEqual(
      all.rows.slice(0, aid.results.length + page2.results.length).map((r) => r.slug),
    );
  });

  test("equal keys fall back to the slug; a missing CI bound or certainty ranks lower, as in the comparator", async () => {
    const study = {
      citation: "Synthetic tie trial",
      outcome: "child-language",
      estimate: 0.3,
      ciLower: 0.1,
      ciUpper: 0.5,
    };
    const large = { ...study, estimate: 0.9, ciLower: 0.7, ciUpper: 1.1 };
    for (const slug of ["demo-tie-b", "demo-tie-a", "demo-tie-a-2"]) {
      await createDemoIntervention(db, { slug, nameNl: `Synthetisch ${slug}`, studies: [study] });
    }
    const noCi = await createDemoIntervention(db, {
      slug: "demo-tie-no-ci",
      nameNl: "Synthetisch zonder BI",
      studies: [large],
    });
    const noCertainty = await createDemoIntervention(db, {
      slug: "demo-tie-no-certainty",
      nameNl: "Synthetisch zonder zekerheid",
      studies: [large],
    });
    // Headlines as the schema allows them: a reported estimate without a CI, and a row not yet assessed.
    await db.pooledEffect.updateMany({ where: { interventionId: noCi.id }, data: { ciLower: null, ciUpper: null } });
    await db.pooledEffect.updateMany({ where: { interventionId: noCertainty.id }, data: { certainty: null } });
    const ranked = await expectComparatorOrder(situation("outcome=child-language"));
    const ties = ranked.rows.map((r) => r.slug).filter((slug) => slug.startsWith("demo-tie-"));
    expect(ties).toEqual(["demo-tie-a", "demo-tie-a-2", "demo-tie-b", "demo-tie-no-ci", "demo-tie-no-certainty"]);
  });
});

describe("URL problems", () => {
  const known = { riskFactors: ["poverty"], outcomes: ["maltreatment"] };
  test("name the parameter; no parameters at all is the empty form", () => {
    expect(parseSituation({}, known)).toEqual({ kind: "empty" });
    const missing = parseSituation({ adviceGroup: "risk-factors" }, known);
    expect(missing).toMatchObject({ kind: "invalid", problems: [{ param: "outcome", known: true }] });
    const bad = parseSituation({ outcome: "maltreatment", ageMin: "x", adviceGroup: "everyone", foo: "1" }, known);
    expect(bad.kind === "invalid" && bad.problems.map((p) => p.param).sort()).toEqual(["adviceGroup", "ageMin", "foo"]);
    const unknown = parseSituation({ outcome: "happiness", riskFactor: ["poverty", "moon-phase"] }, known);
    expect(unknown).toEqual({
      kind: "invalid",
      problems: [
        { param: "riskFactor", known: true, values: ["moon-phase"] },
        { param: "outcome", known: true, values: ["happiness"] },
      ],
    });
    expect(parseSituation({ outcome: ["maltreatment", "maltreatment"] }, known).kind).toBe("invalid");
    // An unknown outcome is named even when another parameter is wrong too.
    const both = parseSituation({ outcome: "happiness", ageMin: "abc" }, known);
    expect(both.kind === "invalid" && both.problems.map((p) => p.param)).toEqual(["ageMin", "outcome"]);
  });
});

describe("on the scale generator's data", () => {
  beforeAll(async () => {
    const result = await loadScaleData(db, {
      interventions: 1500,
      effects: 6000,
      seed: 11,
      // Replaces the synthetic records made above (demo data too).
      replace: true,
      analyze: false,
      batchSize: 1500,
    });
    expect(result.status).toBe("loaded");
  }, 300_000);

  test("the SQL order equals the comparator's order for several situations", async () => {
    const outcomes = await db.outcomeDomain.findMany({ select: { slug: true }, orderBy: { id: "asc" } });
    const queries = [
      ...outcomes.slice(0, 6).map((o) => `outcome=${o.slug}`),
      `outcome=${outcomes[0].slug}&adviceGroup=risk-factors`,
      `outcome=${outcomes[4].slug}&adviceGroup=maltreatment-occurs&riskFactor=neglect&riskFactor=poverty`,
      `outcome=${outcomes[6].slug}&ageMin=24&ageMax=35`,
      `outcome=${outcomes[1].slug}&adviceGroup=universal&ageMin=-9&ageMax=11`,
    ];
    let compared = 0;
    for (const query of queries) {
      const ranked = await expectComparatorOrder(situation(query));
      compared += ranked.total;
    }
    // Enough matches to exercise every key, including ties on level and certainty.
    expect(compared).toBeGreaterThan(1000);
  });

  test("pages follow each other without gaps or repeats", async () => {
    const s = situation(`outcome=${(await db.outcomeDomain.findFirstOrThrow({ orderBy: { id: "asc" } })).slug}`);
    const all = await sqlOrder(s);
    const pages = [];
    for (let offset = 0; offset < Math.min(all.total, 60); offset += 20) {
      pages.push(...(await rankDecisionCandidates(db, { situation: s, limit: 20, offset })).rows.map((r) => r.slug));
    }
    expect(pages).toEqual(all.rows.slice(0, pages.length).map((r) => r.slug));
  });
});
