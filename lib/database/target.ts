/**
 * The one place that decides which PostgreSQL the app talks to. No DATABASE_URL means the embedded
 * PGlite database in a local folder; otherwise the server at DATABASE_URL. Shared by the app
 * (lib/db.ts), the Prisma CLI (prisma.config.ts), the seed scripts and the tests.
 */
import path from "node:path";

export type DatabaseTarget = { kind: "embedded"; dataDir: string } | { kind: "server"; url: string; poolMax?: number };

/** A syntactically valid URL for the Prisma CLI, which refuses to run without one. */
export const EMBEDDED_PLACEHOLDER_URL = "postgresql://embedded@127.0.0.1:1/embedded";

export function resolveDatabaseTarget(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && url !== EMBEDDED_PLACEHOLDER_URL) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must be a postgresql:// URL, got "${url.slice(0, 20)}…"`);
    }
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
