#!/usr/bin/env node
/**
 * npm start: generate the Prisma client, build, bring the database up to date (migrate; seed on first
 * start) and serve on $PORT (default 3000) with scripts/serve.mjs: on a database server one app process per
 * core (WEB_CONCURRENCY), within the connection budget (DATABASE_CONNECTION_BUDGET). `--dev` serves with hot
 * reload instead of a production build.
 */
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";

const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
// The embedded demo comes with sign-in accounts for each role; a server only when DEMO_ACCOUNTS=true says so.
if (!env.DATABASE_URL && env.DEMO_ACCOUNTS === undefined) env.DEMO_ACCOUNTS = "true";
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env });
if (env.DATABASE_URL && !env.BETTER_AUTH_SECRET?.trim()) {
  console.error(
    "BETTER_AUTH_SECRET is not set. With a database server the app needs a fixed secret to sign session cookies:\n" +
      "  export BETTER_AUTH_SECRET=$(openssl rand -base64 32)",
  );
  process.exit(1);
}

// A connection budget too small for the app processes is refused before the build, not after it.
if (!dev) run(process.execPath, ["scripts/serve.mjs", "--check"]);
run("npx", ["prisma", "generate"]);
if (!dev) run("npx", ["next", "build"]);
run("npx", ["tsx", "seed/prepare.mts"]);
if (env.DEMO_ACCOUNTS === "true") run("npx", ["tsx", "scripts/demo-accounts.mts"]);

// A direct child (not through npx), so a stop signal reaches the server (in dev the one that holds the
// embedded database; in production scripts/serve.mjs, which stops its app processes) and no orphan keeps the
// port.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = dev
  ? spawn(process.execPath, [nextBin, "dev", "-p", port], { stdio: "inherit", env })
  : spawn(process.execPath, ["scripts/serve.mjs", "--port", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
