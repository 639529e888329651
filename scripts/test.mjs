#!/usr/bin/env node
/**
 * npm test: every test. Unit and integration tests (vitest, on a real database: in-memory PGlite, or the
 * server at DATABASE_URL), then a production build and the browser tests (Playwright on Chromium) against
 * a freshly migrated and seeded database. With DATABASE_MIGRATION_URL as well, the integration tests create,
 * migrate and use their databases as that (owning) role, tests/integration/database-roles.test.ts checks the
 * app's role, and the browser tests run the app as DATABASE_URL's role on a database the other role owns.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const run = (cmd, args, extra = {}) => execFileSync(cmd, args, { stdio: "inherit", env: { ...env, ...extra } });
const only = process.argv.slice(2);
const wants = (step) => only.length === 0 || only.includes(step);

run("npx", ["prisma", "generate"]);
if (wants("unit")) run("npx", ["vitest", "run"]);
if (wants("e2e")) {
  let e2eEnv;
  if (env.DATABASE_URL) {
    // A fresh database on the server, next to the one in DATABASE_URL, created by the migrating role
    // (DATABASE_MIGRATION_URL when set), which then owns it. seed/prepare.mts migrates and seeds it as that
    // role and grants the app's role its rights; the browser tests' `next start` connects as DATABASE_URL.
    const e2eUrl = (raw) => {
      const url = new URL(raw);
      url.pathname = "/effectwijzer_e2e";
      return url.toString();
    };
    const ownerUrl = env.DATABASE_MIGRATION_URL?.trim() || env.DATABASE_URL;
    const admin = new pg.Client({ connectionString: ownerUrl });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS "effectwijzer_e2e" WITH (FORCE)');
    await admin.query('CREATE DATABASE "effectwijzer_e2e"');
    await admin.end();
    e2eEnv = { DATABASE_URL: e2eUrl(env.DATABASE_URL) };
    if (env.DATABASE_MIGRATION_URL?.trim()) e2eEnv.DATABASE_MIGRATION_URL = e2eUrl(env.DATABASE_MIGRATION_URL.trim());
    // With a server the app refuses to sign sessions without a fixed secret; the browser tests bring one.
    e2eEnv.BETTER_AUTH_SECRET = env.BETTER_AUTH_SECRET?.trim() || "e2e-only-secret-never-used-in-production-7f3a";
  } else {
    const dir = path.resolve(".data/e2e-pglite");
    rmSync(dir, { recursive: true, force: true });
    e2eEnv = { PGLITE_DIR: dir };
  }
  run("npx", ["next", "build"], e2eEnv);
  run("npx", ["tsx", "seed/prepare.mts"], e2eEnv);
  run("npx", ["tsx", "tests/e2e/fixtures/prepare.mts"], e2eEnv);
  run("npx", ["playwright", "test"], e2eEnv);
}
