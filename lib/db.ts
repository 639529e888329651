import "server-only";
import { cookies } from "next/headers";
import { openDatabase, type Database, type Db } from "./database/client";
import { connectionPlan, resolveReplicaSettings } from "./database/target";
import { CHECK_INTERVAL_MS, DatabaseRouter, replicaClient } from "./database/router";
import { startFacetMerger } from "./intervention/facet-merge";
import { startImportQueue } from "./jobs/queue";
import { startCacheInvalidation } from "./cache/invalidation";

/**
 * The app's database: one per server process, cached on globalThis so dev reloads do not open a second
 * PGlite. On the embedded database (and on a server without replicas) `client` and `catalogue` read and write
 * the one database; with DATABASE_REPLICA_URLS the router (lib/database/router.ts) sends the catalogue's reads
 * to the replicas.
 */
type AppDatabase = Database & { client: Db; catalogue: Db; router: DatabaseRouter | null };
const cache = globalThis as unknown as { effectwijzerDb?: Promise<AppDatabase> };

/**
 * Read-your-writes across processes and machines: a signed-in person's write sets this cookie to the time
 * until which their requests read from the primary (see lib/database/router.ts for why that is long enough).
 */
const PIN_COOKIE = "ew-primary-until";

/** better-auth's session cookie, plain and with the __Secure- prefix it has over https. */
const SESSION_COOKIE = /^(__Secure-)?better-auth\.session_token$/;

async function pinToPrimary(pinSeconds: number): Promise<void> {
  try {
    const jar = await cookies();
    // Only signed-in people browse after writing; API clients with a token carry no cookies.
    if (!jar.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return;
    const until = Date.now() + pinSeconds * 1000;
    jar.set(PIN_COOKIE, String(until), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: Math.ceil(pinSeconds),
    });
  } catch {
    // Not in a server action or route handler (a page, a script, a background job): nobody to pin.
  }
}

async function pinnedToPrimary(): Promise<boolean> {
  try {
    const until = Number((await cookies()).get(PIN_COOKIE)?.value);
    return Number.isFinite(until) && until > Date.now();
  } catch {
    return false;
  }
}

function open(): Promise<AppDatabase> {
  return openDatabase().then((database) => {
    let router: DatabaseRouter | null = null;
    if (database.target.kind === "server") {
      const replicaSettings = resolveReplicaSettings();
      const pool = database.target.poolMax ?? connectionPlan().poolPerProcess;
      const replicas = replicaSettings.urls.map((url) => replicaClient(url, pool));
      const pinSeconds = replicaSettings.maxLagSeconds + (2 * CHECK_INTERVAL_MS) / 1000;
      router = new DatabaseRouter(database.prisma, replicas, {
        maxLagSeconds: replicaSettings.maxLagSeconds,
        ...(replicas.length > 0 ? { onWrite: () => pinToPrimary(pinSeconds), pinnedToPrimary } : {}),
      });
      void router.start();
    }
    const client = router?.primaryClient() ?? database.prisma;
    const catalogue = router?.catalogueClient() ?? database.prisma;
    const stopFacetMerger = startFacetMerger(database.prisma);
    startImportQueue(database.prisma, database.target);
    // The process's cache of the reference lists and its listener (lib/cache); until the listener listens,
    // those reads go to the database. Cached lists are loaded from the primary (lib/cache/process-cache.ts).
    const invalidation = startCacheInvalidation(database, {
      clients: router
        ? [
            { client, source: client },
            { client: catalogue, source: client },
          ]
        : [],
    });
    return {
      ...database,
      client,
      catalogue,
      router,
      close: async () => {
        stopFacetMerger();
        await invalidation.close();
        await router?.close();
        await database.close();
      },
    };
  });
}

function app(): Promise<AppDatabase> {
  cache.effectwijzerDb ??= open();
  return cache.effectwijzerDb;
}

/** Writes, transactions and everything but the public catalogue's reads (on the primary). */
export async function db(): Promise<Db> {
  return (await app()).client;
}

/** The public catalogue's reads: list, search, detail, pages, feeds (on a replica when there is one). */
export async function catalogueDb(): Promise<Db> {
  return (await app()).catalogue;
}

/** For a catalogue read in its own transaction (the streamed exports): a replica's or the primary's client. */
export async function catalogueSnapshotDb(): Promise<Db> {
  const database = await app();
  return database.router ? database.router.catalogueTransactionClient() : database.client;
}

/** The router on a server (its checks feed GET /api/health and the paused-changes notice); null embedded. */
export async function databaseRouter(): Promise<DatabaseRouter | null> {
  return (await app()).router;
}
