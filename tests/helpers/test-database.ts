/**
 * A fresh, migrated, real PostgreSQL for each test file: in-memory PGlite by default, or a new database on
 * the server at DATABASE_URL (cloned from the template that tests/global-setup.ts migrates with Prisma),
 * created and opened as the migrating role (DATABASE_MIGRATION_URL when set, else DATABASE_URL).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { openPGlite } from "@/lib/database/pglite";
import { applyMigrations } from "@/lib/database/migrate";
import { embedded, prismaOn, type Database } from "@/lib/database/client";
import { resolveMigrationTarget } from "@/lib/database/target";
import { seedCurated } from "@/seed/load-curated";

export const TEMPLATE_DATABASE = "effectwijzer_test_template";

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createTestDatabase(options: { seed?: boolean } = {}): Promise<Database> {
  const target = resolveMigrationTarget();
  let database: Database;
  if (target.kind === "server") {
    const name = `effectwijzer_test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: target.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
    await admin.end();
    const url = withDatabase(target.url, name);
    const prisma = prismaOn(new PrismaPg({ connectionString: url }));
    database = {
      prisma,
      target: { kind: "server", url },
      close: async () => {
        await prisma.$disconnect();
        const dropper = new pg.Client({ connectionString: target.url });
        await dropper.connect();
        try {
          // A background process of the server (autovacuum) may be in the database for a moment; FORCE then
          // refuses with insufficient_privilege (42501) or object_in_use (55006): try again shortly after.
          for (let attempt = 1; ; attempt++) {
            try {
              await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
              break;
            } catch (error) {
              const code = (error as { code?: string }).code;
              if (attempt >= 10 || (code !== "42501" && code !== "55006")) throw error;
              await new Promise((resolve) => setTimeout(resolve, 300));
            }
          }
        } finally {
          await dropper.end();
        }
      },
    };
  } else {
    const pglite = openPGlite();
    await applyMigrations(pglite);
    database = embedded(pglite);
  }
  if (options.seed) await seedCurated(database.prisma);
  return database;
}

/**
 * Migrates and seeds an embedded database in the folder `dir` and closes it again, then points lib/db.ts at
 * that folder (PGLITE_DIR, no DATABASE_URL): for tests of code that opens the app's own database.
 */
export async function prepareAppFolder(dir: string): Promise<void> {
  const pglite = openPGlite(dir);
  await applyMigrations(pglite);
  const prepared = embedded(pglite, { kind: "embedded", dataDir: dir });
  await seedCurated(prepared.prisma);
  await prepared.close();
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = dir;
}
