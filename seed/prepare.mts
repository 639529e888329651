/**
 * Brings the configured database up to date before the app starts: applies the migrations (Prisma's
 * `migrate deploy` on a server, the same migrations in-process on the embedded PGlite), and loads the
 * curated seed data the first time (when the catalogue is empty).
 */
import { execFileSync } from "node:child_process";
import { embedded, openDatabase, type Database } from "../lib/database/client";
import { applyMigrations } from "../lib/database/migrate";
import { openPGlite } from "../lib/database/pglite";
import { resolveDatabaseTarget, type DatabaseTarget } from "../lib/database/target";
import { seedCurated } from "./load-curated";

/** The configured database with all migrations applied (in-process on PGlite; the server is done above). */
export async function openMigrated(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "server") return openDatabase(target);
  const pglite = openPGlite(target.dataDir);
  await applyMigrations(pglite);
  return embedded(pglite, target);
}

export async function prepareDatabase({ seed = "auto" }: { seed?: "auto" | "force" | "never" } = {}) {
  const target = resolveDatabaseTarget();
  if (target.kind === "server") {
    execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit" });
  }
  const started = Date.now();
  const database = await openMigrated(target);
  try {
    const where = target.kind === "embedded" ? `embedded PostgreSQL in ${target.dataDir}` : "PostgreSQL server";
    const count = await database.prisma.intervention.count({ where: { isDemo: false } });
    if (seed === "force" || (seed === "auto" && count === 0)) {
      const summary = await seedCurated(database.prisma);
      console.log(
        `Seeded ${summary.interventions} curated interventions (${summary.created} new), ` +
          `${summary.studies} studies, ${summary.effectSizes} effect sizes into the ${where} in ${Date.now() - started} ms`,
      );
    } else {
      console.log(`Database ready (${where}, ${count} curated interventions)`);
    }
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await prepareDatabase({ seed: process.argv.includes("--no-seed") ? "never" : "auto" });
}
