#!/usr/bin/env node
/**
 * Serves an existing production build (next build) on one port:
 *   node scripts/serve.mjs [--port N] [--hostname H]     (port default $PORT, else 3000)
 *   node scripts/serve.mjs --check                       (only checks the connection budget, see below)
 *
 * On a PostgreSQL server (DATABASE_URL) it runs WEB_CONCURRENCY app processes (default one per core): a
 * primary process forks workers with Node's cluster module, each running Next's own `next start`, and the
 * workers share the port (the primary hands out the connections in turn). A worker that dies is replaced,
 * unless workers keep dying (more than MAX_RESTARTS within RESTART_WINDOW_MS: the primary then stops). SIGINT
 * and SIGTERM stop the workers cleanly, then the primary: each app process stops listening, answers the
 * requests in flight, closing their kept-alive connections (scripts/close-connections-on-stop.mjs), and ends.
 * The database connections per process follow from DATABASE_CONNECTION_BUDGET (lib/database/target.ts
 * connectionPlan); a budget too small for the processes is refused here, before anything starts. So is a heap
 * cap too small for the web import's limit (lib/memory-plan.ts: APP_HEAP_MB, default 384, and IMPORT_MAX_MB).
 *
 * With the embedded database (no DATABASE_URL) exactly one process serves, as `next start` would: PGlite
 * belongs to one process.
 */
import { spawn, spawnSync } from "node:child_process";
import cluster from "node:cluster";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/**
 * The plan comes from lib/database/target.ts and lib/memory-plan.ts (TypeScript), read in a short-lived
 * process with tsx so that no compiler service stays behind beside the app processes.
 */
function readPlan() {
  const script =
    'const { connectionPlan, resolveDatabaseTarget } = require("./lib/database/target.ts");' +
    'const { heapPlan } = require("./lib/memory-plan.ts");' +
    "try { const plan = connectionPlan(); process.stdout.write(JSON.stringify({ ...plan, " +
    'embedded: resolveDatabaseTarget().kind === "embedded", heap: heapPlan() })); }' +
    "catch (error) { process.stderr.write(error.message); process.exit(1); }";
  const result = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
    cwd: path.dirname(path.dirname(fileURLToPath(import.meta.url))),
    encoding: "utf8",
  });
  if (result.status !== 0) {
    console.error(result.stderr.trim() || `Could not read the connection plan (exit code ${result.status})`);
    process.exit(1);
  }
  return JSON.parse(result.stdout);
}

const plan = readPlan();
if (process.argv.includes("--check")) process.exit(0);

const port = option("--port") ?? process.env.PORT ?? "3000";
const hostname = option("--hostname");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const nextArgs = ["start", "-p", port, ...(hostname ? ["-H", hostname] : [])];
/** Makes a stop close kept-alive connections after their answer, so that a stop ends (see the file). */
const stopHook = ["--import", new URL("./close-connections-on-stop.mjs", import.meta.url).href];
const nodeOptions = process.env.NODE_OPTIONS ?? "";
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  WEB_CONCURRENCY: String(plan.processes),
  NODE_OPTIONS:
    // Each app process's heap is capped, with a larger young generation (lib/memory-plan.ts), unless NODE_OPTIONS
    // already caps it.
    plan.heap.fromNodeOptions
      ? nodeOptions
      : `${nodeOptions} --max-old-space-size=${plan.heap.heapMb} --max-semi-space-size=${plan.heap.semiSpaceMb}`.trim(),
};

if (plan.embedded) {
  // Next's CLI as a direct child, so a stop signal reaches the process that holds the embedded database.
  const server = spawn(process.execPath, [...stopHook, nextBin, ...nextArgs], { stdio: "inherit", env });
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      server.kill(signal);
    });
  }
  // A stop asked for is a clean end (Next exits with 128 + the signal's number).
  server.on("exit", (code) => process.exit(stopping ? 0 : (code ?? 1)));
} else {
  console.log(
    `Serving on port ${port} with ${plan.processes} app processes, ${plan.poolPerProcess} database connections ` +
      `each for queries (at most ${plan.total} in all; DATABASE_CONNECTION_BUDGET ${plan.budget})`,
  );
  cluster.setupPrimary({ exec: nextBin, args: nextArgs, execArgv: [...process.execArgv, ...stopHook] });
  let stopping = false;
  let exitCode = 0;
  /** When workers stopped unexpectedly and were replaced, for the crash-loop limit. */
  const restarts = [];

  const fork = () => cluster.fork(env);

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      // Removed from cluster.workers before its last "exit" event: the last one ends the primary.
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
      return;
    }
    const now = Date.now();
    while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length >= MAX_RESTARTS) {
      console.error(
        `App process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); ${MAX_RESTARTS} restarts ` +
          `within ${RESTART_WINDOW_MS / 1000} s already, so the server stops instead of restarting it again.`,
      );
      stop("SIGTERM", 1);
      return;
    }
    restarts.push(now);
    console.error(`App process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another.`);
    fork();
  });

  function stop(signal, code = 0) {
    exitCode = Math.max(exitCode, code);
    // Also when the primary ends on its own once the last worker is gone (the stop timer below is unref'd).
    process.exitCode = exitCode;
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker?.process.kill(signal);
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
      process.exit(exitCode || 1);
    }, STOP_TIMEOUT_MS).unref();
  }
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));

  for (let n = 0; n < plan.processes; n++) fork();
}
