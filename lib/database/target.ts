/**
 * The one place that decides which PostgreSQL the app talks to. No DATABASE_URL means the embedded
 * PGlite database in a local folder; otherwise the server at DATABASE_URL. Shared by the app
 * (lib/db.ts), the Prisma CLI (prisma.config.ts), the seed scripts and the tests.
 *
 * On a server the app may connect as a role that owns nothing (DATABASE_URL) while migrations, the seed,
 * data migrations and bulk loads run as the schema owner (DATABASE_MIGRATION_URL): the app role then cannot
 * change the schema or switch off a trigger. Without DATABASE_MIGRATION_URL one connection does both.
 */
import { availableParallelism } from "node:os";
import path from "node:path";

export type DatabaseTarget = { kind: "embedded"; dataDir: string } | { kind: "server"; url: string; poolMax?: number };

/** A syntactically valid URL for the Prisma CLI, which refuses to run without one. */
export const EMBEDDED_PLACEHOLDER_URL = "postgresql://embedded@127.0.0.1:1/embedded";

type Env = Record<string, string | undefined>;

/** Refuses what is not a postgresql:// URL without echoing it: a connection string can hold a password. */
function checkedUrl(name: string, url: string): string {
  if (!/^postgres(ql)?:\/\/[^\s]+$/.test(url)) {
    throw new Error(`${name} must be a postgresql:// URL (postgresql://user:password@host:port/database)`);
  }
  try {
    new URL(url);
  } catch {
    throw new Error(
      `${name} is not a valid URL: check its user name, password and host (special characters must be percent-encoded)`,
    );
  }
  return url;
}

/**
 * Connections an app process holds to a server besides Prisma's pool: pg-boss's own pool (lib/jobs/queue.ts
 * opens it with this many at most) and one LISTEN connection for cache invalidation.
 */
export const JOB_QUEUE_CONNECTIONS = 2;
export const LISTEN_CONNECTIONS = 1;
export const CONNECTIONS_BESIDES_POOL = JOB_QUEUE_CONNECTIONS + LISTEN_CONNECTIONS;
/** The fewest connections Prisma's pool may have: one for a long transaction, one for everything else. */
export const MIN_POOL = 2;
const DEFAULT_CONNECTION_BUDGET = 40;

function positiveWhole(name: string, raw: string | undefined): number | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

export type ConnectionPlan = {
  /** App processes serving at the same time (WEB_CONCURRENCY, default one per core; 1 when embedded). */
  processes: number;
  /** Connections all app processes together may hold (DATABASE_CONNECTION_BUDGET, default 40). */
  budget: number;
  /** Prisma's pool in each process: DATABASE_POOL_MAX, else the budget's share less what the process holds besides. */
  poolPerProcess: number;
  /** Connections all processes together hold at most. */
  total: number;
};

/**
 * How many app processes serve and how many database connections each may open, so that together they stay
 * within DATABASE_CONNECTION_BUDGET: floor(budget / processes) minus CONNECTIONS_BESIDES_POOL per process.
 * Refuses a budget too small for MIN_POOL per process, naming what to change. DATABASE_POOL_MAX sets the pool
 * explicitly (and is not checked against the budget). The embedded database is one process.
 */
export function connectionPlan(env: Env = process.env): ConnectionPlan {
  const embedded = resolveDatabaseTarget(env).kind === "embedded";
  const processes = embedded ? 1 : (positiveWhole("WEB_CONCURRENCY", env.WEB_CONCURRENCY) ?? availableParallelism());
  const budget =
    positiveWhole("DATABASE_CONNECTION_BUDGET", env.DATABASE_CONNECTION_BUDGET) ?? DEFAULT_CONNECTION_BUDGET;
  const explicit = positiveWhole("DATABASE_POOL_MAX", env.DATABASE_POOL_MAX);
  const poolPerProcess = explicit ?? Math.floor(budget / processes) - CONNECTIONS_BESIDES_POOL;
  if (poolPerProcess < MIN_POOL) {
    const needed = processes * (MIN_POOL + CONNECTIONS_BESIDES_POOL);
    throw new Error(
      `DATABASE_CONNECTION_BUDGET=${budget} is too small for ${processes} app processes: each needs ` +
        `${MIN_POOL + CONNECTIONS_BESIDES_POOL} connections at least (${MIN_POOL} for queries, ` +
        `${CONNECTIONS_BESIDES_POOL} for background jobs and cache invalidation). Raise DATABASE_CONNECTION_BUDGET ` +
        `to ${needed} or more, or lower WEB_CONCURRENCY to ${Math.max(1, Math.floor(budget / (MIN_POOL + CONNECTIONS_BESIDES_POOL)))}.`,
    );
  }
  return { processes, budget, poolPerProcess, total: processes * (poolPerProcess + CONNECTIONS_BESIDES_POOL) };
}

/** Where the app reads and writes: DATABASE_URL, or the embedded database. */
export function resolveDatabaseTarget(env: Env = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && url !== EMBEDDED_PLACEHOLDER_URL) {
    checkedUrl("DATABASE_URL", url);
    const poolMax = positiveWhole("DATABASE_POOL_MAX", env.DATABASE_POOL_MAX);
    return poolMax === undefined ? { kind: "server", url } : { kind: "server", url, poolMax };
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

export type ReplicaSettings = {
  /** DATABASE_REPLICA_URLS: streaming replicas of DATABASE_URL's server that serve catalogue reads. */
  urls: string[];
  /** REPLICA_MAX_LAG_SECONDS (default 30): a replica further behind serves no reads while the primary can. */
  maxLagSeconds: number;
};
const DEFAULT_REPLICA_MAX_LAG_SECONDS = 30;

/**
 * The read replicas of a server target. Refused for the embedded database (it has no replicas) and for a
 * malformed URL, naming its place in the list without echoing it.
 */
export function resolveReplicaSettings(env: Env = process.env): ReplicaSettings {
  const urls = (env.DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  if (urls.length > 0 && resolveDatabaseTarget(env).kind !== "server") {
    throw new Error("DATABASE_REPLICA_URLS is set but DATABASE_URL is not: replicas need the primary server too");
  }
  urls.forEach((url, i) => checkedUrl(`DATABASE_REPLICA_URLS (entry ${i + 1})`, url));
  const rawLag = env.REPLICA_MAX_LAG_SECONDS?.trim();
  const maxLagSeconds = rawLag ? Number(rawLag) : DEFAULT_REPLICA_MAX_LAG_SECONDS;
  if (!Number.isFinite(maxLagSeconds) || maxLagSeconds <= 0) {
    throw new Error(`REPLICA_MAX_LAG_SECONDS must be a positive number of seconds, got "${rawLag}"`);
  }
  return { urls, maxLagSeconds };
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
