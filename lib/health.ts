/**
 * GET /api/health: whether this app process can serve, for load balancers and monitoring.
 *
 * status: ok (every database answers, no replica lags beyond REPLICA_MAX_LAG_SECONDS), degraded (reads are
 * served but the primary or a replica is missing: see lib/database/read-routing.ts), down (no database can
 * serve reads). migrations: whether the database has every schema migration this version ships.
 */
import "server-only";
import { databaseRouter, db } from "./db";
import { listMigrations } from "./database/migrate";
import { isDatabaseUnreachable } from "./database/unavailable";
import type { HealthStatus } from "./database/read-routing";
import packageJson from "../package.json";

export type Health = {
  status: HealthStatus;
  databases: {
    primary: { ok: boolean; latencyMs: number | null };
    replicas: { ok: boolean; lagSeconds: number | null }[];
  };
  migrations: "current" | "pending";
  version: string;
};

/** The names of the shipped migrations, read once per process. */
let shipped: string[] | null = null;
/** The last answer about migrations, for when no database answers the question now. */
let lastMigrations: Health["migrations"] = "pending";

async function migrationsState(): Promise<Health["migrations"]> {
  shipped ??= listMigrations().map((migration) => migration.name);
  try {
    const rows = await (
      await db()
    ).$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((row) => row.migration_name));
    lastMigrations = shipped.every((name) => applied.has(name)) ? "current" : "pending";
  } catch (error) {
    if (!isDatabaseUnreachable(error)) throw error;
  }
  return lastMigrations;
}

export async function getHealth(): Promise<Health> {
  const router = await databaseRouter();
  const version = packageJson.version;
  if (!router) {
    // The embedded database: one process, in this process.
    const started = performance.now();
    const ok = await (
      await db()
    )
      .$queryRawUnsafe("SELECT 1")
      .then(() => true)
      .catch(() => false);
    const latencyMs = ok ? Math.round((performance.now() - started) * 10) / 10 : null;
    return {
      status: ok ? "ok" : "down",
      databases: { primary: { ok, latencyMs }, replicas: [] },
      migrations: ok ? await migrationsState() : lastMigrations,
      version,
    };
  }
  await router.check();
  const { status, databases } = router.health();
  return { status, databases, migrations: status === "down" ? lastMigrations : await migrationsState(), version };
}
