/**
 * Applies prisma/migrations to an embedded PGlite database, recording them in Prisma's own
 * _prisma_migrations table so `prisma migrate status/deploy` agree with it. The Prisma CLI itself is used
 * for PostgreSQL servers; on PGlite it never closes the database and can leave the folder unusable.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve(/* turbopackIgnore: true */ process.cwd(), "prisma/migrations");

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string; checksum: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export async function applyMigrations(pglite: PGlite, dir = MIGRATIONS_DIR): Promise<string[]> {
  await pglite.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
  const done = await pglite.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Map(done.rows.map((row) => [row.migration_name, row.checksum]));
  const ran: string[] = [];
  for (const migration of listMigrations(dir)) {
    const checksum = applied.get(migration.name);
    if (checksum) {
      if (checksum !== migration.checksum) {
        throw new Error(`Migration ${migration.name} was changed after it was applied`);
      }
      continue;
    }
    await pglite.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
         VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
    });
    ran.push(migration.name);
  }
  return ran;
}

/**
 * Whether the server at url has every migration in dir recorded as applied, each with the checksum of its
 * file as it is now (Prisma's rule). `prisma migrate deploy` then has nothing to do, yet its process stays
 * alive for 10 s after finishing (a timer in Prisma's schema engine), so starting a server, `db:migrate`
 * and `seed:scale` call it only when this is false. Anything else (a missing table, a pending, failed or
 * changed migration) is left to the CLI, which applies it or reports it.
 */
export async function serverMigrationsApplied(url: string, dir = MIGRATIONS_DIR): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    return listMigrations(dir).every((m) => applied.get(m.name) === m.checksum);
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return false; // no _prisma_migrations yet
    throw error;
  } finally {
    await client.end();
  }
}
