/** With DATABASE_URL, prepares a template database migrated by Prisma's own `migrate deploy`. */
import { execFileSync } from "node:child_process";
import pg from "pg";
import { resolveDatabaseTarget } from "../lib/database/target";
import { TEMPLATE_DATABASE, withDatabase } from "./helpers/test-database";

export async function setup() {
  const target = resolveDatabaseTarget();
  if (target.kind !== "server") return;
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  await admin.end();
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: withDatabase(target.url, TEMPLATE_DATABASE) },
  });
}
