/**
 * Creates a Prisma client for a database target. lib/db.ts holds the app's single instance; scripts and
 * tests create their own and must call close() (PGlite belongs to one process and must be closed).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "../../generated/prisma/client";
import { openPGlite } from "./pglite";
import { connectionPlan, resolveDatabaseTarget, type DatabaseTarget } from "./target";

/**
 * Secret columns are never returned unless a query asks for them explicitly. Account.password (the
 * scrypt hash) is read by better-auth, whose Prisma adapter cannot ask for an omitted column; only
 * lib/auth reaches the Account table.
 */
const omit = { apiToken: { tokenHash: true } } as const;

export const CONNECT_TIMEOUT_MS = 10_000;

export function prismaOn(adapter: PrismaPg | PrismaPGlite) {
  return new PrismaClient({ adapter, omit });
}

/** The app's client type (with the global omit) and its interactive-transaction client. */
export type Db = ReturnType<typeof prismaOn>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type Database = {
  prisma: Db;
  target: DatabaseTarget;
  close: () => Promise<void>;
  /** The embedded database itself (absent on a server), for what Prisma cannot do, such as LISTEN. */
  pglite?: PGlite;
};

export async function openDatabase(target: DatabaseTarget = resolveDatabaseTarget()): Promise<Database> {
  if (target.kind === "server") {
    // This process's share of the connection budget of all app processes (DATABASE_POOL_MAX overrides).
    const max = target.poolMax ?? connectionPlan().poolPerProcess;
    // A server that does not answer fails the request after CONNECT_TIMEOUT_MS instead of hanging it (the
    // same timeout bounds the wait for a free connection of the pool).
    const prisma = prismaOn(
      new PrismaPg({ connectionString: target.url, max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
    );
    return { prisma, target, close: () => prisma.$disconnect() };
  }
  return embedded(openPGlite(target.dataDir), target);
}

/** Wraps an open PGlite (a folder, or memory in tests). */
export function embedded(pg: PGlite, target: DatabaseTarget = { kind: "embedded", dataDir: "memory" }): Database {
  const prisma = prismaOn(new PrismaPGlite(pg));
  return {
    prisma,
    target,
    pglite: pg,
    close: async () => {
      await prisma.$disconnect();
      await pg.close();
    },
  };
}
