/**
 * npm run test:scale-out: Effectwijzer on a PostgreSQL primary with a streaming replica and two app
 * processes, tested for real on this machine (tests/scale-out/scale-out.spec.ts says what is proven).
 *
 * 1. initdb a primary, pg_basebackup a replica from it (-R: it streams and replays), both started here;
 *    two roles as in production (the schema owner migrates, the app role owns nothing).
 * 2. Migrate and seed as the owner (seed/prepare.mts, demo accounts and the browser tests' fixtures).
 * 3. A production build (`next build`, unless one exists; SCALE_OUT_BUILD=1 forces one), served by two
 *    independent `scripts/serve.mjs` processes on two ports, each with DATABASE_REPLICA_URLS.
 * 4. Playwright runs the spec against them; the spec stops and starts the servers itself.
 * Everything is removed afterwards. Ports: SCALE_OUT_PG_PORT (primary; the replica uses the next one) and
 * SCALE_OUT_APP_PORT (process A; B uses the next one).
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createCluster, destroyCluster, sql, superuserUrl, type ClusterInfo } from "../tests/scale-out/cluster";

const pgPort = Number(process.env.SCALE_OUT_PG_PORT ?? 5481);
const appPort = Number(process.env.SCALE_OUT_APP_PORT ?? 3701);
const DATABASE = "effectwijzer_scale_out";
/** Small, so that the spec can see a lagging replica set aside within seconds. */
const MAX_LAG_SECONDS = 8;

const log = (message: string) => console.log(`[scale-out] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function run(command: string, args: string[], env: Record<string, string>): void {
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(500);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const root = mkdtempSync(path.join(tmpdir(), "effectwijzer-scale-out-"));
// The servers may run as another user (postgres, when this runs as root): they must reach their folders.
chmodSync(root, 0o755);
let cluster: ClusterInfo | null = null;
const apps: ChildProcess[] = [];
let exitCode = 1;

/** Stops the app processes and the servers and removes their folders (also on Ctrl-C). */
let cleanedUp = false;
async function cleanUp(): Promise<void> {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const child of apps) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await sleep(2000);
  for (const child of apps) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // stopped cleanly
    }
  }
  if (cluster) destroyCluster(cluster);
  execFileSync("rm", ["-rf", root]);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

try {
  log(`primary on ${pgPort}, replica on ${pgPort + 1}, data in ${root}`);
  cluster = createCluster(path.join(root, "pg"), { primary: pgPort, replica: pgPort + 1 });
  const primaryAdmin = superuserUrl(cluster.primary);
  await sql(primaryAdmin, "CREATE ROLE effectwijzer_owner LOGIN PASSWORD 'owner'");
  await sql(primaryAdmin, "CREATE ROLE effectwijzer_app LOGIN PASSWORD 'app'");
  await sql(primaryAdmin, `CREATE DATABASE ${DATABASE} OWNER effectwijzer_owner`);
  // In a schema of its own: the app's grants cover the public schema, and the owner cannot grant these.
  await sql(superuserUrl(cluster.primary, DATABASE), "CREATE SCHEMA monitoring");
  await sql(superuserUrl(cluster.primary, DATABASE), "CREATE EXTENSION pg_stat_statements SCHEMA monitoring");

  const on = (port: number, user: string, password: string) =>
    `postgresql://${user}:${password}@127.0.0.1:${port}/${DATABASE}`;
  const env = {
    DATABASE_URL: on(pgPort, "effectwijzer_app", "app"),
    DATABASE_MIGRATION_URL: on(pgPort, "effectwijzer_owner", "owner"),
    BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
    DEMO_ACCOUNTS: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  log("migrating and seeding the primary");
  run("npx", ["tsx", "seed/prepare.mts"], env);
  run("npx", ["tsx", "tests/e2e/fixtures/prepare.mts"], env);

  if (process.env.SCALE_OUT_BUILD === "1" || !existsSync(".next/BUILD_ID")) {
    log("building");
    run("npx", ["next", "build"], env);
  }

  const appEnv = {
    ...env,
    DATABASE_REPLICA_URLS: on(pgPort + 1, "effectwijzer_app", "app"),
    REPLICA_MAX_LAG_SECONDS: String(MAX_LAG_SECONDS),
    WEB_CONCURRENCY: "1",
  };
  const urls = [appPort, appPort + 1].map((port) => `http://127.0.0.1:${port}`);
  for (const [i, port] of [appPort, appPort + 1].entries()) {
    const child = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(port), "--hostname", "127.0.0.1"], {
      env: { ...process.env, ...appEnv },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    });
    apps.push(child);
    log(`app process ${"AB"[i]} (pid ${child.pid}) on ${urls[i]}`);
  }
  for (const url of urls) {
    await waitFor(
      `${url}/api/health`,
      async () => {
        const response = await fetch(`${url}/api/health`);
        return response.ok && (await response.json()).status === "ok";
      },
      120_000,
    );
  }

  const statePath = path.join(root, "state.json");
  writeFileSync(
    statePath,
    JSON.stringify({ cluster, apps: urls, database: DATABASE, maxLagSeconds: MAX_LAG_SECONDS, env: appEnv }),
  );
  log("running tests/scale-out");
  try {
    run("npx", ["playwright", "test", "--config", "tests/scale-out/playwright.config.ts"], {
      SCALE_OUT_STATE: statePath,
    });
    exitCode = 0;
  } catch {
    exitCode = 1;
  }
} catch (error) {
  const failed = error as Error & { stderr?: string };
  console.error(`[scale-out] ${failed.message}${failed.stderr ? `\n${failed.stderr}` : ""}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
