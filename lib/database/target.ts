/**
 * The one place that decides which PostgreSQL the app talks to. No DATABASE_URL means the embedded
 * PGlite database in a local folder; otherwise the server at DATABASE_URL. Shared by the app
 * (lib/db.ts), the Prisma CLI (prisma.config.ts), the seed scripts and the tests.
 *
 * On a server the app may connect as a role that owns nothing (DATABASE_URL) while migrations, the seed,
 * data migrations and bulk loads run as the schema owner (DATABASE_MIGRATION_URL): the app role then cannot
 * change the schema or switch off a trigger. Without DATABASE_MIGRATION_URL one connection does both.
 */
import path from "node:path";

export type DatabaseTarget = { kind: "embedded"; dataDir: string } | { kind: "server"; url: string; poolMax?: number };

/** A syntactically valid URL for the Prisma CLI, which refuses to run without one. */
export const EMBEDDED_PLACEHOLDER_URL = "postgresql://embedded@127.0.0.1:1/embedded";

type Env = Record<string, string | undefined>;

function checkedUrl(name: string, url: string): string {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`${name} must be a postgresql:// URL, got "${url.slice(0, 20)}…"`);
  }
  return url;
}

/** Where the app reads and writes: DATABASE_URL, or the embedded database. */
export function resolveDatabaseTarget(env: Env = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && url !== EMBEDDED_PLACEHOLDER_URL) {
    checkedUrl("DATABASE_URL", url);
    const rawPoolMax = env.DATABASE_POOL_MAX?.trim();
    if (!rawPoolMax) return { kind: "server", url };
    const poolMax = Number(rawPoolMax);
    if (!Number.isInteger(poolMax) || poolMax < 1) {
      throw new Error(`DATABASE_POOL_MAX must be a positive whole number, got "${rawPoolMax}"`);
    }
    return { kind: "server", url, poolMax };
  }
  return {
    kind: "embedded",
    dataDir: path.resolve(/* turbopackIgnore: true */ env.PGLITE_DIR?.trim() || ".data/pglite"),
  };
}

/**
 * Where schema changes and owner-only work go (prisma migrate, seed/prepare.mts, seed:scale, the test
 * databases): DATABASE_MIGRATION_URL when set, else the app's own target. DATABASE_MIGRATION_URL without a
 * server DATABASE_URL is refused: the app would run on the embedded database while the server is migrated.
 */
export function resolveMigrationTarget(env: Env = process.env): DatabaseTarget {
  const target = resolveDatabaseTarget(env);
  const migrationUrl = env.DATABASE_MIGRATION_URL?.trim();
  if (!migrationUrl) return target;
  if (target.kind !== "server") {
    throw new Error(
      "DATABASE_MIGRATION_URL is set but DATABASE_URL is not: set DATABASE_URL to the server too (the app's role)",
    );
  }
  return { ...target, url: checkedUrl("DATABASE_MIGRATION_URL", migrationUrl) };
}

const userOf = (url: string) => decodeURIComponent(new URL(url).username);

/**
 * The app's own role when it differs from the role that migrates, i.e. the role that needs grants on what
 * the migrations create (lib/database/grants.ts); null when one role does both. A DATABASE_URL without a
 * user name cannot be told apart and is refused when DATABASE_MIGRATION_URL names one.
 */
export function separateAppRole(env: Env = process.env): string | null {
  const app = resolveDatabaseTarget(env);
  const migration = resolveMigrationTarget(env);
  if (app.kind !== "server" || migration.kind !== "server" || app.url === migration.url) return null;
  const [appUser, ownerUser] = [userOf(app.url), userOf(migration.url)];
  if (appUser === ownerUser) return null;
  if (!appUser) {
    throw new Error(
      "DATABASE_URL names no user while DATABASE_MIGRATION_URL does: name the app's role in DATABASE_URL",
    );
  }
  return appUser;
}
