/**
 * What the HTTP benchmarks share: serving the existing production build as `npm start` does on a server
 * (scripts/serve.mjs, with rate limits off and a fresh session secret), or measuring BENCH_URL, and percentiles.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { SubmissionDraft } from "../../lib/submission/schemas";
import { existsSync } from "node:fs";
import path from "node:path";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export async function waitForServer(base: string, server: ChildProcess | null, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${base}/api/v1/interventions?pageSize=1`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${base} did not answer within ${timeoutMs / 1000} s`);
}

export type Server = { base: string; child: ChildProcess | null; log: string[] };

export async function startServer(
  databaseUrl: string,
  defaultPort: string,
  extraEnv: Record<string, string> = {},
): Promise<Server> {
  const given = process.env.BENCH_URL?.trim();
  if (given) {
    const base = given.replace(/\/$/, "");
    await waitForServer(base, null, 10_000);
    return { base, child: null, log: [] };
  }
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.resolve(distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir}: run \`npm run build\` first, or set BENCH_URL`);
  }
  const port = process.env.BENCH_PORT ?? defaultPort;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    // A server refuses to sign sessions without a fixed secret; the bench's own is fresh every run.
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET?.trim() || randomBytes(32).toString("hex"),
    // The bench is one client address sending far more than any person: rate limits would only measure themselves.
    RATE_LIMITS: "off",
    ...extraEnv,
  };
  delete env.NODE_OPTIONS; // the react-server condition is for this script's imports, not for Next
  // The app as `npm start` serves it on a server: WEB_CONCURRENCY processes (scripts/serve.mjs).
  const child = spawn(process.execPath, ["scripts/serve.mjs", "--port", port, "--hostname", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => log.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(base, child);
  return { base, child, log };
}

/** A synthetic draft entry the benchmarks save through the API: a small RCT with one outcome, varied by `n`. */
export function syntheticDraft(citation: string, slug: string, n: number): SubmissionDraft {
  return {
    intervention: slug,
    study: {
      citation,
      year: 2024,
      design: "rct",
      country: "Netherlands",
      sampleSize: 120,
      riskOfBias: { tool: "rob2", domains: ["low", "low", "some-concerns", "low", "low"], overall: "some-concerns" },
    },
    outcomes: [
      {
        outcome: "parental-sensitivity",
        timepointMonths: 0,
        measure: "SMD",
        higherIsBetter: true,
        statistics: { m1: 12 + (n % 7) / 10, sd1: 3, n1: 60, m2: 10.5, sd2: 3.2, n2: 60 },
      },
    ],
  };
}
