/**
 * POST /api/v1/meta-analysis end to end through the route handler: a metafor reference case (BCG log RR,
 * REML; from the in-repo copy in tests/fixtures/metafor) and the 400s with the field they name.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/meta-analysis/route";

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
  return POST(
    new Request("http://localhost/api/v1/meta-analysis", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
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
});
