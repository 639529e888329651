/**
 * Brings the configured database up to date before the app starts: applies the migrations (Prisma's
 * `migrate deploy` on a server, the same migrations in-process on the embedded PGlite), loads the curated
 * seed data the first time (when the catalogue is empty), and then, on every start, applies the data
 * migrations (seed/data-migrations) this database has not had yet. `--no-seed` does the schema migrations only.
 * All of it runs as the schema owner: through DATABASE_MIGRATION_URL when set (the app's role in DATABASE_URL
 * then gets its grants on what the migrations created, lib/database/grants.ts), else through DATABASE_URL.
 */
import { execFileSync, type StdioOptions } from "node:child_process";
import { embedded, openDatabase, type Database } from "../lib/database/client";
import { grantAppRole, grantJobQueue } from "../lib/database/grants";
import { installJobQueues, JOB_SCHEMA } from "../lib/jobs/install";
import { applyMigrations, serverMigrationsApplied } from "../lib/database/migrate";
import { openPGlite } from "../lib/database/pglite";
import { resolveMigrationTarget, separateAppRole, type DatabaseTarget } from "../lib/database/target";
import { seedCurated } from "./load-curated";
import { applyDataMigrations, pendingDataMigrations } from "./data-migrations/runner";

/**
 * The configured database with all migrations applied (in-process on PGlite; the server is done above by
 * `prisma migrate deploy`), opened as the migrating role. On a server whose app connects as another role,
 * that role is granted what it needs on everything the migrations created. pg-boss's schema (the import jobs'
 * queue, lib/jobs/queue.ts) is installed or upgraded here too, by the owner, and granted the same way.
 */
export async function openMigrated(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "server") {
    const database = await openDatabase(target);
    const appRole = separateAppRole();
    try {
      // The background-job queue's schema (pg-boss) belongs to the owner too; the app starts it without migrating.
      await installJobQueues(target.url);
      if (appRole) {
        const { schema } = await grantAppRole(database.prisma, appRole);
        await grantJobQueue(database.prisma, appRole, JOB_SCHEMA);
        console.error(
          `Granted the app's role "${appRole}" row access in schemas "${schema}" and "${JOB_SCHEMA}" (it owns nothing)`,
        );
      }
    } catch (error) {
      await database.close();
      throw error;
    }
    return database;
  }
  const pglite = openPGlite(target.dataDir);
  await applyMigrations(pglite);
  return embedded(pglite, target);
}

/**
 * On a server: Prisma's `migrate deploy` (prisma.config.ts connects through DATABASE_MIGRATION_URL as well),
 * unless every migration is already applied.
 */
export async function deployServerMigrations(target: DatabaseTarget, stdio: StdioOptions): Promise<void> {
  if (target.kind !== "server") return;
  if (await serverMigrationsApplied(target.url)) {
    console.error("Migrations: all applied");
    return;
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio });
}

export async function prepareDatabase({ seed = "auto" }: { seed?: "auto" | "force" | "never" } = {}) {
  const target = resolveMigrationTarget();
  await deployServerMigrations(target, "inherit");
  const started = Date.now();
  const database = await openMigrated(target);
  try {
    const where = target.kind === "embedded" ? `embedded PostgreSQL in ${target.dataDir}` : "PostgreSQL server";
    const count = await database.prisma.intervention.count({ where: { isDemo: false } });
    // A release with new data migrations may also bring new curated records and vocabulary they rely on:
    // the seed (which only adds what is missing) runs before them.
    const pending = seed === "never" ? [] : await pendingDataMigrations(database.prisma);
    if (seed === "force" || (seed === "auto" && (count === 0 || pending.length > 0))) {
      const summary = await seedCurated(database.prisma);
      console.log(
        `Seeded the ${where} in ${Date.now() - started} ms: ${summary.created} of ${summary.interventions} curated ` +
          `interventions and ${summary.studiesAdded} studies were missing and added (existing records are left as ` +
          `they are); it holds ${summary.studies} studies, ${summary.effectSizes} effect sizes`,
      );
    } else {
      console.log(`Database ready (${where}, ${count} curated interventions)`);
    }
    // Data migrations correct curated records that are already loaded, so they follow the seed.
    if (seed !== "never") {
      const applied = await applyDataMigrations(database.prisma);
      for (const m of applied) console.log(`Applied data migration ${m.name}: ${m.description}`);
      if (applied.length === 0) console.log("Data migrations: none to apply");
    }
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await prepareDatabase({ seed: process.argv.includes("--no-seed") ? "never" : "auto" });
}
