/**
 * POST /api/v1/meta-analysis end to end through its handler (lib/api/meta-analysis.ts, here without rate
 * limits): a metafor reference case (BCG log RR, REML; from the in-repo copy in tests/fixtures/metafor) and the
 * 400s with the field they name.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { handleMetaAnalysis } from "@/lib/api/meta-analysis";
import { noRateLimits } from "@/lib/security/rate-limit";

const CASES_PATH = path.resolve(__dirname, "../fixtures/metafor/metafor-cases.json");
if (!existsSync(CASES_PATH)) throw new Error(`metafor reference cases not found at ${CASES_PATH}`);

type Row = { author: string; year: number; tpos: number; tneg: number; cpos: number; cneg: number };
type Case = { name: string; rows: Row[] | string; expected: Record<string, unknown> };
const cases = (JSON.parse(readFileSync(CASES_PATH, "utf8")) as { cases: Case[] }).cases;
const byName = (name: string) => {
  const found = cases.find((referenceCase) => referenceCase.name === name);
  if (!found) throw new Error(`reference case ${name} is missing`);
  return found;
};

const bcgRows = byName("bcg_RR_escalc").rows as Row[];
const bcgStudies = bcgRows.map((row) => ({
  label: `${row.author} ${row.year}`,
  ai: row.tpos,
  bi: row.tneg,
  ci: row.cpos,
  di: row.cneg,
}));

function post(body: unknown): Promise<Response> {
  return handleMetaAnalysis(
    new Request("http://localhost/api/v1/meta-analysis", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    noRateLimits(),
  );
}

async function issues(body: unknown) {
  const response = await post(body);
  expect(response.status).toBe(400);
  const json = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
  expect(json.error).toBe("invalid_request");
  return json.issues;
}

describe("POST /api/v1/meta-analysis", () => {
  it("reproduces metafor's BCG log risk ratio REML analysis", async () => {
    const response = await post({ measure: "RR", studies: bcgStudies });
    expect(response.status).toBe(200);
    const body = await response.json();
    const expected = byName("bcg_RR_REML").expected as Record<string, number> & {
      exp: Record<string, number>;
    };
    const near = (actual: number, value: number, tolerance = 1e-4) =>
      expect(Math.abs(actual - value), `${actual} vs ${value}`).toBeLessThanOrEqual(tolerance);

    expect(body.scale).toBe("log");
    expect(body.pooled).toMatchObject({ k: 13, method: "REML", test: "z", Qdf: 12 });
    near(body.pooled.estimate, expected.estimate);
    near(body.pooled.se, expected.se);
    near(body.pooled.zval, expected.zval);
    near(body.pooled.ciLower, expected["ci.lb"]);
    near(body.pooled.ciUpper, expected["ci.ub"]);
    near(body.pooled.tau2, expected.tau2);
    near(body.pooled.tau, expected.tau);
    near(body.pooled.seTau2, expected.se_tau2);
    near(body.pooled.Q, expected.Q, 1e-3);
    near(body.pooled.I2, expected.I2_percent, 1e-2);
    near(body.pooled.H2, expected.H2, 1e-2);
    expect(body.pooled.pval).toBeLessThan(1e-4);
    near(body.backTransformed.estimate, expected.exp.pred);
    near(body.backTransformed.ciLower, expected.exp["ci.lb"]);
    near(body.backTransformed.ciUpper, expected.exp["ci.ub"]);
    near(body.backTransformed.piLower, expected.exp["pi.lb"]);
    near(body.backTransformed.piUpper, expected.exp["pi.ub"], 1e-3);

    const yi = (byName("bcg_RR_escalc").expected as { yi_8dp: number[] }).yi_8dp;
    expect(body.studies).toHaveLength(13);
    body.studies.forEach((study: { yi: number; label: string; backTransformed: { estimate: number } }, i: number) => {
      near(study.yi, yi[i], 1e-8);
      expect(study.label).toBe(bcgStudies[i].label);
      near(study.backTransformed.estimate, Math.exp(yi[i]), 1e-8);
    });
    const totalWeight = body.studies.reduce((sum: number, study: { weight: number }) => sum + study.weight, 0);
    near(totalWeight, 100, 1e-9);
  });

  it("runs Knapp–Hartung with t and df", async () => {
    const response = await post({ measure: "OR", method: "ML", test: "knha", studies: bcgStudies });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.pooled).toMatchObject({ test: "knha", df: 12 });
    expect(body.pooled.zval).toBeUndefined();
    // metafor (test_analysis_example_vanhouwelingen2002.r): exp CI 0.3175 to 0.7141
    expect(body.backTransformed.ciLower).toBeCloseTo(0.3175, 4);
    expect(body.backTransformed.ciUpper).toBeCloseTo(0.7141, 4);
  });

  it("answers malformed JSON with a 400", async () => {
    expect(await issues("{ not json")).toEqual([{ path: "(body)", message: "Body must be valid JSON" }]);
  });

  it("needs at least 2 studies", async () => {
    expect(await issues({ measure: "RR", studies: bcgStudies.slice(0, 1) })).toEqual([
      { path: "studies", message: "At least 2 studies are needed" },
    ]);
  });

  it("names the study and field of each problem", async () => {
    const means = { m1: 10, sd1: 3, n1: 20, m2: 9, sd2: 3, n2: 20 };
    const cases: [unknown, string[]][] = [
      [{ measure: "SMD", studies: [means, means, { ...means, sd1: -3 }] }, ["studies.2.sd1"]],
      [{ measure: "SMD", studies: [means, { ...means, n2: 0 }] }, ["studies.1.n2"]],
      [{ measure: "SMD", studies: [{ ...means, n1: 2.5 }, means] }, ["studies.0.n1"]],
      [{ measure: "RR", studies: [bcgStudies[0], { ...bcgStudies[1], ai: -1 }] }, ["studies.1.ai"]],
      [
        {
          measure: "GENERIC",
          studies: [
            { estimate: 1, ciLower: 1.2, ciUpper: 2 },
            { yi: 1, vi: 1 },
          ],
        },
        ["studies.0.ciLower"],
      ],
      [
        { measure: "OR", studies: [{ estimate: -1, ciLower: -2, ciUpper: 2 }, bcgStudies[0]] },
        ["studies.0.estimate", "studies.0.ciLower"],
      ],
      [
        {
          measure: "GENERIC",
          studies: [
            { yi: 1, vi: -1 },
            { yi: 1, vi: 1 },
          ],
        },
        ["studies.0.vi"],
      ],
      [{ measure: "OR", studies: [bcgStudies[0], means] }, ["studies.1.m1"]],
      [{ measure: "SMD", studies: [means, { ...means, typo: 1 }] }, ["studies.1.typo"]],
      [{ measure: "SMD", studies: [means, { ...means, t: 2 }] }, ["studies.1.t"]],
    ];
    for (const [body, paths] of cases) {
      expect((await issues(body)).map((issue) => issue.path)).toEqual(paths);
    }
  });

  it("turns data that cannot be analysed into a 400, not a 500", async () => {
    // n1 = 1 leaves only group 2's SD in the pooled SD; with sd2 = 0 it is 0 and g is infinite.
    const degenerate = { m1: 10, sd1: 3, n1: 1, m2: 9, sd2: 0, n2: 3 };
    const ok = { m1: 10, sd1: 3, n1: 20, m2: 9, sd2: 3, n2: 20 };
    expect((await issues({ measure: "SMD", studies: [ok, degenerate] })).map((issue) => issue.path)).toEqual([
      "studies.1",
    ]);
  });

  describe("diagnostics (values from metafor 5.1-12: regtest, trimfill, ranktest, leave1out)", () => {
    // dat.egger2001 as 2×2 counts (bi = n1i − ai, di = n2i − ci); one zero cell gets metafor's 0.5.
    const eggerStudies = [
      { ai: 1, bi: 39, ci: 2, di: 34 },
      { ai: 9, bi: 126, ci: 23, di: 112 },
      { ai: 2, bi: 198, ci: 7, di: 193 },
      { ai: 1, bi: 47, ci: 1, di: 45 },
      { ai: 10, bi: 140, ci: 8, di: 140 },
      { ai: 1, bi: 58, ci: 9, di: 47 },
      { ai: 1, bi: 24, ci: 3, di: 20 },
      { ai: 0, bi: 22, ci: 1, di: 20 },
      { ai: 6, bi: 70, ci: 11, di: 64 },
      { ai: 1, bi: 26, ci: 7, di: 20 },
      { ai: 2, bi: 87, ci: 12, di: 68 },
      { ai: 5, bi: 18, ci: 13, di: 20 },
      { ai: 4, bi: 126, ci: 8, di: 114 },
      { ai: 90, bi: 1069, ci: 118, di: 1039 },
      { ai: 4, bi: 103, ci: 17, di: 91 },
      { ai: 2216, bi: 26795, ci: 2103, di: 26936 },
    ];

    it("trim and fill refits with z even after a Knapp–Hartung analysis; ni comes from the counts", async () => {
      const response = await post({
        measure: "OR",
        test: "knha",
        studies: eggerStudies,
        diagnostics: { trimfill: {}, regtest: { model: "lm", predictor: "ninv" } },
      });
      expect(response.status).toBe(200);
      const { diagnostics, pooled } = await response.json();
      expect(pooled.test).toBe("knha");
      // trimfill(rma(yi, vi, test = "knha")): k0 = 7 on the right, refit with z.
      expect(diagnostics.trimfill).toMatchObject({ estimator: "L0", k0: 7, side: "right", pK0: null });
      expect(diagnostics.trimfill.seK0).toBeCloseTo(2.445217621346568, 9);
      expect(diagnostics.trimfill.filled).toHaveLength(7);
      expect(diagnostics.trimfill.pooled).toMatchObject({ k: 23, test: "z" });
      expect(diagnostics.trimfill.pooled.estimate).toBeCloseTo(-0.391533926513152, 9);
      expect(diagnostics.trimfill.pooled.ciUpper).toBeCloseTo(0.030619824538528, 9);
      // regtest(res, ni = n1i + n2i, predictor = "ninv", model = "lm").
      expect(diagnostics.regtest).toMatchObject({ model: "lm", predictor: "ninv", dist: "t", df: 14 });
      expect(diagnostics.regtest.stat).toBeCloseTo(-3.6161708212970018, 9);
      expect(diagnostics.regtest.pval).toBeCloseTo(0.0028069717529807, 9);
      expect(diagnostics.regtest.limitEstimate).toBeCloseTo(0.0371727278712341, 9);
      expect(diagnostics.ranktest).toBeUndefined();
    });

    it("BCG with Knapp–Hartung: Egger's test with √(1/ni), no missing studies, rank test, leave-one-out", async () => {
      const response = await post({
        measure: "RR",
        test: "knha",
        studies: bcgStudies,
        diagnostics: { regtest: { predictor: "sqrtninv" }, trimfill: { estimator: "R0" }, ranktest: {}, leave1out: {} },
      });
      expect(response.status).toBe(200);
      const { diagnostics, pooled } = await response.json();
      expect(diagnostics.regtest).toMatchObject({ model: "rma", dist: "t", df: 11 });
      expect(diagnostics.regtest.stat).toBeCloseTo(-1.8137763520413499, 9);
      expect(diagnostics.regtest.pval).toBeCloseTo(0.0970565739695491, 9);
      expect(diagnostics.regtest.limitCiLower).toBeCloseTo(-0.9195853713407407, 9);
      // k0 = 0: the original (Knapp–Hartung) analysis comes back.
      expect(diagnostics.trimfill).toMatchObject({ k0: 0, side: "right", pK0: 0.5, filled: [] });
      expect(diagnostics.trimfill.seK0).toBeCloseTo(Math.SQRT2, 12);
      expect(diagnostics.trimfill.pooled).toEqual(pooled);
      expect(diagnostics.ranktest.tau).toBeCloseTo(0.0256410256410256, 12);
      expect(diagnostics.ranktest.pval).toBeCloseTo(0.9523619079608663, 12);
      expect(diagnostics.leave1out).toHaveLength(13);
      expect(diagnostics.leave1out[0].label).toBe(bcgStudies[0].label);
      expect(diagnostics.leave1out[0].estimate).toBeCloseTo(-0.707083788031437, 9);
      expect(diagnostics.leave1out[0].ciLower).toBeCloseTo(-1.134080938768798, 9);
      expect(diagnostics.leave1out[0].tau2).toBeCloseTo(0.336156745300306, 9);
    });

    it("names the field when there are too few studies, a study lacks ni, or an option is unknown", async () => {
      const two = { measure: "RR", studies: bcgStudies.slice(0, 2) };
      expect(
        (await issues({ ...two, diagnostics: { regtest: {}, trimfill: {}, ranktest: {}, leave1out: {} } })).map(
          (issue) => issue.path,
        ),
      ).toEqual(["diagnostics.regtest", "diagnostics.trimfill", "diagnostics.ranktest"]);
      const estimates = [0.2, 0.35, 0.1, 0.5].map((estimate) => ({
        estimate,
        ciLower: estimate - 0.3,
        ciUpper: estimate + 0.3,
      }));
      estimates[1] = { ...estimates[1], ni: 120 } as (typeof estimates)[number];
      const missingNi = await issues({
        measure: "GENERIC",
        studies: estimates,
        diagnostics: { regtest: { predictor: "ni" } },
      });
      expect(missingNi).toEqual([{ path: "studies.0.ni", message: expect.stringContaining("ni") }]);
      const unknown = await issues({
        measure: "RR",
        studies: bcgStudies,
        diagnostics: { trimfill: { estimator: "L1" } },
      });
      expect(unknown.map((issue) => issue.path)).toEqual(["diagnostics.trimfill.estimator"]);
      const wrongTotal = await issues({ measure: "RR", studies: [{ ...bcgStudies[0], ni: 5 }, bcgStudies[1]] });
      expect(wrongTotal.map((issue) => issue.path)).toEqual(["studies.0.ni"]);
    });
  });
});
