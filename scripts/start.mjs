#!/usr/bin/env node
/**
 * npm start: generate the Prisma client, build, bring the database up to date (migrate; seed on first
 * start) and serve on $PORT (default 3000). `--dev` serves with hot reload instead of a production build.
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

run("npx", ["prisma", "generate"]);
if (!dev) run("npx", ["next", "build"]);
run("npx", ["tsx", "seed/prepare.mts"]);
if (env.DEMO_ACCOUNTS === "true") run("npx", ["tsx", "scripts/demo-accounts.mts"]);

// Next's own CLI as a direct child (not through npx), so a stop signal reaches the server that holds the
// embedded database and no orphan keeps the port.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
