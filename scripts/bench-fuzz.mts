/**
 * npm run bench:fuzz -- [--runs 10000] [--seed S] [--only TEXT]
 *
 * Property-based fuzzing of every API route and every server action's input: tests/integration/fuzz.test.ts
 * (whose small fixed-seed run is part of CI) at bench size, --runs cases in all (10,000 by default) split
 * over the targets by weight, from --seed (random when left out; printed, so a failing run can be repeated).
 * --only keeps the targets whose name contains TEXT. It runs under vitest as the integration tests do, so
 * the route modules load as they do there: on a fresh in-memory embedded database, or with DATABASE_URL on
 * a fresh database of that server (created from the template the integration tests migrate, dropped at the
 * end). Rate limits are off for the run.
 *
 * It prints the cases per target (with how many were refused), every failure (a 5xx, an error other than a
 * refusal, or a refusal that left a table changed; none expected) with its input, the seed and the time; it
 * exits 1 when anything failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { TargetResult } from "../tests/helpers/fuzz";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10000" },
    seed: { type: "string" },
    only: { type: "string", default: "" },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");
if (!Number.isInteger(seed)) throw new Error("--seed must be a whole number");

const where = process.env.DATABASE_URL
  ? "a fresh database on the DATABASE_URL server"
  : "the embedded database (in memory)";
console.log(`bench:fuzz: ${runs} cases, seed ${seed}, on ${where}`);

const dir = mkdtempSync(path.join(tmpdir(), "bench-fuzz-"));
const report = path.join(dir, "report.json");
const started = performance.now();
const run = spawnSync(
  "npx",
  ["vitest", "run", "--config", "vitest.integration.config.mts", "tests/integration/fuzz.test.ts"],
  {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    env: {
      ...process.env,
      FUZZ_RUNS: String(runs),
      FUZZ_SEED: String(seed),
      FUZZ_ONLY: values.only,
      FUZZ_REPORT: report,
    },
    maxBuffer: 64 * 1024 * 1024,
  },
);
const seconds = (performance.now() - started) / 1000;

if (!existsSync(report)) {
  process.stdout.write(run.stdout ?? "");
  rmSync(dir, { recursive: true, force: true });
  console.error("bench:fuzz: the fuzz run ended before it could report (its output is above)");
  process.exit(1);
}
const { results, ms } = JSON.parse(readFileSync(report, "utf8")) as { results: TargetResult[]; ms: number };
rmSync(dir, { recursive: true, force: true });

const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  console.log(
    `${r.name.padEnd(width)}  ${String(r.cases).padStart(6)} cases  ${String(r.refused).padStart(6)} refused  ` +
      `${String(r.failures.length).padStart(4)} failed  ${(r.ms / 1000).toFixed(1).padStart(6)} s`,
  );
}
const failures = results.flatMap((r) => r.failures);
const cases = results.reduce((sum, r) => sum + r.cases, 0);
if (failures.length > 0) {
  console.log(`\nFailures (${failures.length}):`);
  for (const failure of failures) console.log(`- ${failure.target}: ${failure.problem}\n  input: ${failure.input}`);
}
console.log(
  `\n${cases} cases in ${(ms / 1000).toFixed(1)} s (${seconds.toFixed(1)} s with set-up), ${failures.length} failures, ` +
    `seed ${seed} (repeat: npm run bench:fuzz -- --seed ${seed} --runs ${runs})`,
);
process.exit(failures.length > 0 || run.status !== 0 ? 1 : 0);
