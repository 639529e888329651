/**
 * The reference lists kept in an app process's memory (lib/cache) are dropped when their tables change, in
 * every process: triggers announce each change (migration 20261202140000_cache_notify) and each process
 * listens. A committed change is seen, a rolled-back one drops nothing, a process without a listener (or
 * whose listener lost its connection) reads the database every time, and a listener that reconnects starts
 * empty. On a PostgreSQL server two "processes" are two database clients with a listener each; the embedded
 * database (PGlite) is always tested as well.
 *
 * To tell a kept list from a fresh read, a change is made with the announcing trigger switched off: only a
 * read from the database sees it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import net from "node:net";
import pg from "pg";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { embedded, openDatabase, type Database, type Db } from "@/lib/database/client";
import { openPGlite } from "@/lib/database/pglite";
import { applyMigrations } from "@/lib/database/migrate";
import { seedCurated } from "@/seed/load-curated";
import { LISTENER_APPLICATION_NAME, startCacheInvalidation, type CacheInvalidation } from "@/lib/cache/invalidation";
import { findReferenceLists } from "@/lib/intervention/queries";
import { filterSlugIds } from "@/lib/intervention/slug-ids";
import { parseInterventionFilters } from "@/lib/intervention/schemas";

const onServer = Boolean(process.env.DATABASE_URL?.trim());
const KEY = "referenceLists";
const MODE = "home-visits";
const TABLES = ["RiskFactor", "OutcomeDomain", "DeliveryMode", "Clearinghouse", "ClearinghouseLevel"];

const modeName = async (db: Db) => (await findReferenceLists(db)).deliveryModes.find((d) => d.slug === MODE)?.nameNl;

async function rename(db: Db, nameNl: string) {
  await db.deliveryMode.update({ where: { slug: MODE }, data: { nameNl }, select: { id: true } });
}

/** A change no listener hears of: the announcing trigger is off while it is made (as the tables' owner). */
async function renameSilently(db: Db, nameNl: string) {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "DeliveryMode" DISABLE TRIGGER cache_notify`);
    await tx.deliveryMode.update({ where: { slug: MODE }, data: { nameNl }, select: { id: true } });
    await tx.$executeRawUnsafe(`ALTER TABLE "DeliveryMode" ENABLE TRIGGER cache_notify`);
  });
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The behaviour every database kind shares, for a process that writes and one that reads (maybe the same). */
function sharedBehaviour(get: () => { writer: Db; reader: Db; readerCache: CacheInvalidation; original: string }) {
  test("a process without a listener reads the database every time", async () => {
    const { writer, original } = get();
    const plain = await openPlainClientOf();
    try {
      expect(await modeName(plain.db)).toBe(original);
      await renameSilently(writer, "Zonder luisteraar");
      expect(await modeName(plain.db)).toBe("Zonder luisteraar");
    } finally {
      await plain.close();
    }
  });

  test("a listening process serves the lists from memory until they change", async () => {
    const { writer, reader, readerCache, original } = get();
    expect(await modeName(reader)).toBe(original);
    expect(readerCache.cache.has(KEY)).toBe(true);
    await renameSilently(writer, "Stil veranderd");
    expect(await modeName(reader)).toBe(original);
  });

  test("a committed change drops the lists, and the next read sees it", async () => {
    const { writer, reader, readerCache, original } = get();
    expect(await modeName(reader)).toBe(original);
    await rename(writer, "Huisbezoek (nieuw)");
    await readerCache.settle();
    expect(readerCache.cache.has(KEY)).toBe(false);
    expect(await modeName(reader)).toBe("Huisbezoek (nieuw)");
  });

  test("a rolled-back change drops nothing", async () => {
    const { writer, reader, readerCache, original } = get();
    expect(await modeName(reader)).toBe(original);
    await expect(
      writer.$transaction(async (tx) => {
        await tx.deliveryMode.update({ where: { slug: MODE }, data: { nameNl: "Nooit" }, select: { id: true } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await readerCache.settle();
    expect(readerCache.cache.has(KEY)).toBe(true);
    expect(await modeName(reader)).toBe(original);
  });

  test("the filters' slugs are kept as well, and a changed slug is found after its change", async () => {
    const { writer, reader, readerCache } = get();
    const idOf = async (slug: string) => {
      const parsed = parseInterventionFilters(new URLSearchParams({ delivery: slug }));
      if (!parsed.ok) throw new Error(`not a filter: ${slug}`);
      return (await filterSlugIds(reader, parsed.filters)).delivery.get(slug);
    };
    const id = await idOf(MODE);
    expect(id).toEqual(expect.any(Number));
    expect(readerCache.cache.has("filterSlugIds")).toBe(true);
    try {
      await writer.deliveryMode.update({ where: { slug: MODE }, data: { slug: "home-visits-renamed" } });
      await readerCache.settle();
      expect(readerCache.cache.has("filterSlugIds")).toBe(false);
      expect(await idOf("home-visits-renamed")).toBe(id);
      expect(await idOf(MODE)).toBeUndefined();
    } finally {
      await writer.deliveryMode.update({ where: { id }, data: { slug: MODE } });
      await readerCache.settle();
    }
  });

  test("a change to any of the lists' tables drops them, even one that changes no row", async () => {
    const { writer, reader, readerCache } = get();
    for (const table of TABLES) {
      await findReferenceLists(reader);
      expect(readerCache.cache.has(KEY)).toBe(true);
      await writer.$executeRawUnsafe(
        `UPDATE "${table}" SET "${table === "ClearinghouseLevel" ? "position" : "id"}" = 0 WHERE false`,
      );
      await readerCache.settle();
      expect(readerCache.cache.has(KEY), table).toBe(false);
    }
  });
}

/** A second client of the same database without a listener. */
async function openPlainClientOf(): Promise<{ db: Db; close: () => Promise<void> }> {
  if (serverUrl) {
    const other = await openDatabase({ kind: "server", url: serverUrl });
    return { db: other.prisma, close: other.close };
  }
  // PGlite serves one client per process: the same database through a client object without a cache.
  const other = embedded(pgliteHandle!);
  return { db: other.prisma, close: () => other.prisma.$disconnect() };
}

let serverUrl: string | null = null;
let pgliteHandle: Database["pglite"] | null = null;

describe("on the embedded database", () => {
  let database: Database;
  let invalidation: CacheInvalidation;
  let original: string;

  beforeAll(async () => {
    const pglite = openPGlite();
    await applyMigrations(pglite);
    database = embedded(pglite);
    pgliteHandle = pglite;
    await seedCurated(database.prisma);
    original = (await database.prisma.deliveryMode.findUniqueOrThrow({ where: { slug: MODE } })).nameNl;
    invalidation = startCacheInvalidation(database);
    await invalidation.listening;
  });

  afterEach(async () => {
    await rename(database.prisma, original);
  });

  afterAll(async () => {
    await invalidation?.close();
    await database?.close();
    pgliteHandle = null;
  });

  sharedBehaviour(() => ({
    writer: database.prisma,
    reader: database.prisma,
    readerCache: invalidation,
    original,
  }));

  test("a committed change is seen by the very next read, without waiting", async () => {
    expect(await modeName(database.prisma)).toBe(original);
    await database.prisma.$transaction(async (tx) => {
      await tx.deliveryMode.update({ where: { slug: MODE }, data: { nameNl: "Direct" }, select: { id: true } });
    });
    expect(invalidation.cache.has(KEY)).toBe(false);
    expect(await modeName(database.prisma)).toBe("Direct");
  });

  test("after the listener stops, reads go to the database", async () => {
    await findReferenceLists(database.prisma);
    await invalidation.close();
    expect(invalidation.cache.isListening).toBe(false);
    await renameSilently(database.prisma, "Na het stoppen");
    expect(await modeName(database.prisma)).toBe("Na het stoppen");
    invalidation = startCacheInvalidation(database);
    await invalidation.listening;
  });
});

describe.skipIf(!onServer)("on a PostgreSQL server, across two app processes", () => {
  let owner: Database;
  let a: Database;
  let b: Database;
  let cacheA: CacheInvalidation;
  let cacheB: CacheInvalidation;
  let original: string;
  const timing = { reconnect: { initialMs: 200, maxMs: 400 }, heartbeat: { intervalMs: 200, timeoutMs: 300 } };

  beforeAll(async () => {
    owner = await createTestDatabase({ seed: true });
    serverUrl = (owner.target as { url: string }).url;
    a = await openDatabase({ kind: "server", url: serverUrl });
    b = await openDatabase({ kind: "server", url: serverUrl });
    cacheA = startCacheInvalidation(a, { timing });
    cacheB = startCacheInvalidation(b, { timing });
    await Promise.all([cacheA.listening, cacheB.listening]);
    original = (await owner.prisma.deliveryMode.findUniqueOrThrow({ where: { slug: MODE } })).nameNl;
  });

  afterEach(async () => {
    await rename(owner.prisma, original);
    await Promise.all([cacheA.settle(), cacheB.settle()]);
  });

  afterAll(async () => {
    await cacheA?.close();
    await cacheB?.close();
    await a?.close();
    await b?.close();
    await owner?.close();
    serverUrl = null;
  });

  // Process B writes (or the owner, for the silent changes), process A reads.
  sharedBehaviour(() => ({ writer: owner.prisma, reader: a.prisma, readerCache: cacheA, original }));

  test("a change committed through one process drops the lists of both", async () => {
    expect(await modeName(a.prisma)).toBe(original);
    expect(await modeName(b.prisma)).toBe(original);
    await rename(b.prisma, "Via proces B");
    await Promise.all([cacheA.settle(), cacheB.settle()]);
    expect([cacheA.cache.has(KEY), cacheB.cache.has(KEY)]).toEqual([false, false]);
    expect(await modeName(a.prisma)).toBe("Via proces B");
    expect(await modeName(b.prisma)).toBe("Via proces B");
  });

  test("a listener that loses its connection stops serving, reconnects, and starts empty", async () => {
    expect(await modeName(a.prisma)).toBe(original);
    const admin = new pg.Client({ connectionString: serverUrl! });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND application_name = $1`,
        [LISTENER_APPLICATION_NAME],
      );
      expect(rowCount).toBe(2);
    } finally {
      await admin.end();
    }
    await until(() => !cacheA.cache.isListening, "the listener noticed the lost connection");
    expect(cacheA.cache.has(KEY)).toBe(false);
    // Not listening: a change it cannot hear of is read from the database.
    await renameSilently(owner.prisma, "Tijdens de storing");
    expect(await modeName(a.prisma)).toBe("Tijdens de storing");
    expect(cacheA.cache.has(KEY)).toBe(false);
    await until(() => cacheA.cache.isListening && cacheB.cache.isListening, "the listeners reconnected");
    expect(cacheA.cache.has(KEY)).toBe(false);
    // Listening again: it serves, and hears of changes.
    expect(await modeName(a.prisma)).toBe("Tijdens de storing");
    expect(cacheA.cache.has(KEY)).toBe(true);
    await rename(b.prisma, "Weer verbonden");
    await cacheA.settle();
    expect(await modeName(a.prisma)).toBe("Weer verbonden");
  });

  test("a listener whose connection falls silent notices, stops serving, and listens again once it answers", async () => {
    // The listener reaches the server through a relay that can stop passing data without closing anything.
    const server = new URL(serverUrl!);
    let silent = false;
    const sockets = new Set<net.Socket>();
    const relay = net.createServer((inbound) => {
      const outbound = net.connect(Number(server.port || 5432), server.hostname);
      for (const socket of [inbound, outbound]) {
        sockets.add(socket);
        socket.on("error", () => {});
      }
      inbound.on("data", (chunk) => void (silent || outbound.write(chunk)));
      outbound.on("data", (chunk) => void (silent || inbound.write(chunk)));
      inbound.on("close", () => outbound.destroy());
      outbound.on("close", () => inbound.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
    const viaRelay = new URL(serverUrl!);
    viaRelay.host = `127.0.0.1:${(relay.address() as net.AddressInfo).port}`;
    const c = await openDatabase({ kind: "server", url: serverUrl! });
    const cacheC = startCacheInvalidation({ ...c, target: { kind: "server", url: viaRelay.toString() } }, { timing });
    try {
      await cacheC.listening;
      expect(await modeName(c.prisma)).toBe(original);
      expect(cacheC.cache.has(KEY)).toBe(true);
      silent = true;
      await until(() => !cacheC.cache.isListening, "the listener noticed the silent connection");
      // It hears nothing now, so it must not serve: a change it hears nothing of is read from the database.
      await rename(owner.prisma, "Stille lijn");
      expect(await modeName(c.prisma)).toBe("Stille lijn");
      silent = false;
      await until(() => cacheC.cache.isListening, "the listener listened again");
      expect(await modeName(c.prisma)).toBe("Stille lijn");
      expect(cacheC.cache.has(KEY)).toBe(true);
    } finally {
      await cacheC.close();
      await c.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => relay.close(resolve));
    }
  });
});
