/**
 * Fuzzing (tests/helpers/fuzz.ts): generated requests and form inputs against every API route module and
 * every server action's data-layer call, on a seeded database. None may answer 5xx or throw anything but a
 * refusal, and none that is refused may leave a table changed. In CI: a fixed seed and about 450 cases.
 * `npm run bench:fuzz` runs this file with FUZZ_RUNS (10,000 or more), FUZZ_SEED, FUZZ_ONLY and FUZZ_REPORT
 * (where the per-target counts and failures are written for it to print).
 */
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase } from "@/tests/helpers/test-database";
import type { Database } from "@/lib/database/client";
import {
  actionTargets,
  fingerprint,
  fuzzTarget,
  loadRoutes,
  prepareFuzz,
  routeTargets,
  unloadRoutes,
  type FuzzContext,
  type FuzzTarget,
  type TargetResult,
} from "@/tests/helpers/fuzz";

const SEED = Number(process.env.FUZZ_SEED || 20261202);
/** Cases in all: about 450 in CI, split over the targets by weight. */
const RUNS = Number(process.env.FUZZ_RUNS || 450);
const ONLY = process.env.FUZZ_ONLY || "";

let database: Database;
let ctx: FuzzContext;
let targets: FuzzTarget[] = [];
const savedLimits = process.env.RATE_LIMITS;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  ctx = await prepareFuzz(database.prisma);
  const routes = await loadRoutes(database);
  targets = [...routeTargets(routes, ctx), ...actionTargets(database.prisma, ctx)];
});
afterAll(async () => {
  unloadRoutes();
  if (savedLimits === undefined) delete process.env.RATE_LIMITS;
  else process.env.RATE_LIMITS = savedLimits;
  await database?.close();
});

describe("fuzzed requests and form inputs", () => {
  test("the fingerprint sees a write, so the checks below can fail", async () => {
    const before = await fingerprint(database.prisma, "all");
    await database.prisma.savedSearch.update({ where: { id: ctx.savedSearchId }, data: { name: "Veranderd" } });
    expect(await fingerprint(database.prisma, "all")).not.toBe(before);
    // Row counts are compared for tables that are not hashed.
    const counted = await fingerprint(database.prisma, []);
    await database.prisma.shortlist.create({ data: { ownerId: ctx.officer.id, name: "Nog een lijst" } });
    expect(await fingerprint(database.prisma, [])).not.toBe(counted);
  });

  test("every route and action: no 5xx, no unexpected error, nothing written when refused", async () => {
    const names = targets.map((t) => t.name);
    for (const route of [
      "/api/v1/interventions",
      "/api/v1/interventions/{slug}",
      "/api/v1/interventions.csv",
      "/api/v1/interventions.json",
      "/api/v1/evidence-map",
      "/api/v1/meta-analysis",
      "POST /api/v1/submissions",
      "GET /api/v1/submissions",
      "/api/v1/submissions/{id}",
      "/submit",
      "/withdraw",
      "/api/openapi.json",
      "/api/health",
      "/api/report/compare.pdf",
    ]) {
      expect(names.filter((n) => n.includes(route)).length, route).toBeGreaterThan(0);
    }
    const chosen = targets.filter((t) => t.name.includes(ONLY));
    const weights = chosen.reduce((sum, t) => sum + t.weight, 0);
    const started = performance.now();
    const results: TargetResult[] = [];
    for (const [index, t] of chosen.entries()) {
      const cases = Math.max(2, Math.ceil((RUNS * t.weight) / weights));
      results.push(await fuzzTarget(database.prisma, t, cases, SEED + index * 1_000_003));
    }
    const ms = performance.now() - started;
    if (process.env.FUZZ_REPORT) {
      writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ seed: SEED, runs: RUNS, ms, results }, null, 2));
    }
    const failures = results.flatMap((r) => r.failures);
    expect(failures).toEqual([]);
    if (ONLY) return;
    expect(results.reduce((sum, r) => sum + r.cases, 0)).toBeGreaterThanOrEqual(RUNS);
    // Each target refused some of its inputs, so the state comparison ran for each.
    expect(results.filter((r) => r.refused === 0 && !/openapi|health/.test(r.name)).map((r) => r.name)).toEqual([]);
  }, 3_600_000);
});
