/**
 * With DATABASE_URL, prepares a template database migrated by Prisma's own `migrate deploy`. Test databases
 * are created, migrated and dropped as the migrating role (DATABASE_MIGRATION_URL when set): the app's role
 * need not be allowed to create databases. tests/integration/database-roles.test.ts checks the app's role.
 */
import { execFileSync } from "node:child_process";
import pg from "pg";
import { resolveMigrationTarget } from "../lib/database/target";
import { TEMPLATE_DATABASE, withDatabase } from "./helpers/test-database";

export async function setup() {
  const target = resolveMigrationTarget();
  if (target.kind !== "server") return;
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  await admin.end();
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: "inherit",
    // Only the template: DATABASE_MIGRATION_URL would point the CLI at the configured database instead.
    env: { ...process.env, DATABASE_URL: withDatabase(target.url, TEMPLATE_DATABASE), DATABASE_MIGRATION_URL: "" },
  });
}
