/**
 * One listener per app process on the channel the cache triggers announce on (migration
 * 20261202140000_cache_notify); each announcement names the table that changed and drops what the process
 * kept from it (./process-cache.ts).
 *
 * On a PostgreSQL server the listener is a dedicated connection (a LISTEN needs a session of its own; the
 * pool's connections come and go). When it is lost the cache stops serving and is emptied, and the listener
 * reconnects with a growing delay; once it listens again the cache starts empty.
 * On the embedded database (PGlite, one process) the listener is PGlite's own listen().
 *
 * When a change is seen. NOTIFY is transactional: a rolled-back change announces nothing, and a committed one
 * is announced at its commit.
 * - Embedded: the announcement is handled while the committing statement returns, before the code that
 *   committed continues, so no read after a commit can be served the old value.
 * - Server: PostgreSQL sends the announcement to the listening connection right after the commit, and it
 *   reaches the process a moment later (typically well under a millisecond on one host, longer under load).
 *   A read in that window, in any process including the one that committed, may still be served the list as
 *   it was just before the commit. This is the price of not asking the database on every read. Code that
 *   must read its own change at once awaits settle() after the commit: a round trip on the listening
 *   connection, which PostgreSQL answers only after it has delivered every announcement committed before.
 */
import pg from "pg";
import type { PGlite } from "@electric-sql/pglite";
import type { Database, Db } from "../database/client";
import { ProcessCache, registerCache, unregisterCache } from "./process-cache";

export const CACHE_CHANNEL = "effectwijzer_cache";
/** How the listening connections show in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = "effectwijzer cache listener";

export type CacheInvalidation = {
  cache: ProcessCache;
  /** Resolves when the listener first listens (the cache serves from then on). */
  listening: Promise<void>;
  /** Resolves when every announcement committed before the call has been handled (see above). */
  settle: () => Promise<void>;
  /** Stops listening; the database's reads then go to the database. */
  close: () => Promise<void>;
};

/**
 * Server only: the delays between reconnection attempts, how often to check that the connection still
 * answers, and how long an answer (or a new connection) may take.
 */
export type ListenerTiming = {
  reconnect: { initialMs: number; maxMs: number };
  heartbeat: { intervalMs: number; timeoutMs: number };
};
const DEFAULT_TIMING: ListenerTiming = {
  reconnect: { initialMs: 250, maxMs: 10_000 },
  heartbeat: { intervalMs: 15_000, timeoutMs: 5_000 },
};

/**
 * Gives `database` a cache that its reads through cachedRead use, and starts its listener. `clients` are
 * further clients over the same database (lib/database/router.ts's routed clients) that share the cache,
 * each with the client its cached lists are loaded through.
 */
export function startCacheInvalidation(
  database: Database,
  options: { timing?: ListenerTiming; clients?: { client: Db; source: Db }[] } = {},
): CacheInvalidation {
  const cache = new ProcessCache();
  registerCache(database.prisma, cache);
  for (const { client, source } of options.clients ?? []) registerCache(client, cache, source);
  const listener =
    database.target.kind === "server"
      ? listenOnServer(database.target.url, cache, options.timing ?? DEFAULT_TIMING)
      : listenOnEmbedded(requirePGlite(database), cache);
  return {
    cache,
    listening: listener.listening,
    settle: listener.settle,
    close: async () => {
      unregisterCache(database.prisma, cache);
      for (const { client } of options.clients ?? []) unregisterCache(client, cache);
      await listener.close();
    },
  };
}

function requirePGlite(database: Database): PGlite {
  if (!database.pglite) throw new Error("An embedded database needs its PGlite handle to listen");
  return database.pglite;
}

type Listener = Omit<CacheInvalidation, "cache">;

function onAnnouncement(cache: ProcessCache, table: string | undefined) {
  if (table) cache.invalidate(table);
  else cache.clear();
}

function listenOnEmbedded(pglite: PGlite, cache: ProcessCache): Listener {
  const unlisten = pglite.listen(CACHE_CHANNEL, (table) => onAnnouncement(cache, table));
  const listening = unlisten.then(() => cache.setListening(true));
  return {
    listening,
    // Announcements are handled before the committing statement returns.
    settle: async () => {},
    close: async () => {
      cache.setListening(false);
      const stop = await unlisten.catch(() => null);
      if (stop && !pglite.closed) await stop();
    },
  };
}

/**
 * Queries on one connection one after the other: the heartbeat and settle() may ask at the same moment, and a
 * pg client that is handed a query while another runs only queues it with a deprecation warning.
 */
function serialized(client: pg.Client): (text: string) => Promise<unknown> {
  let tail: Promise<unknown> = Promise.resolve();
  return (text) => {
    const run = tail.then(() => client.query(text));
    tail = run.catch(() => {});
    return run;
  };
}

function listenOnServer(url: string, cache: ProcessCache, timing: ListenerTiming): Listener {
  const delays = timing.reconnect;
  let client: pg.Client | null = null;
  /** Queries on `client`, one at a time. */
  let ask: ((text: string) => Promise<unknown>) | null = null;
  let closed = false;
  let delay = delays.initialMs;
  let retry: NodeJS.Timeout | null = null;
  let reportedOutage = false;
  let resolveListening: () => void = () => {};
  const listening = new Promise<void>((resolve) => (resolveListening = resolve));

  const connect = async () => {
    retry = null;
    const candidate = new pg.Client({
      connectionString: url,
      keepAlive: true,
      connectionTimeoutMillis: timing.heartbeat.timeoutMs,
      application_name: LISTENER_APPLICATION_NAME,
    });
    let lost = false;
    let heartbeat: NodeJS.Timeout | null = null;
    const onLost = (error?: unknown) => {
      if (lost) return;
      lost = true;
      if (heartbeat) clearInterval(heartbeat);
      if (client === candidate) {
        client = null;
        ask = null;
        cache.setListening(false);
      }
      candidate.end().catch(() => {});
      if (closed) return;
      if (!reportedOutage) {
        reportedOutage = true;
        console.error("The cache listener has no connection; reads go to the database until it reconnects", error);
      }
      retry = setTimeout(() => void connect(), delay);
      retry.unref();
      delay = Math.min(delay * 2, delays.maxMs);
    };
    candidate.on("notification", (message) => {
      if (message.channel === CACHE_CHANNEL && client === candidate) onAnnouncement(cache, message.payload);
    });
    candidate.on("error", onLost);
    candidate.on("end", () => onLost());
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${CACHE_CHANNEL}`);
    } catch (error) {
      onLost(error);
      return;
    }
    if (closed || lost) {
      await candidate.end().catch(() => {});
      return;
    }
    const askCandidate = serialized(candidate);
    client = candidate;
    ask = askCandidate;
    delay = delays.initialMs;
    reportedOutage = false;
    cache.setListening(true);
    resolveListening();
    // A connection that died without a word (no reset reaches us) would otherwise look idle for as long as
    // TCP keepalive takes to give up (minutes): ask for an answer now and then instead.
    heartbeat = setInterval(() => {
      const timeout = setTimeout(
        () => onLost(new Error("The cache listener's connection does not answer")),
        timing.heartbeat.timeoutMs,
      );
      timeout.unref();
      askCandidate("SELECT 1")
        .catch(onLost)
        .finally(() => clearTimeout(timeout));
    }, timing.heartbeat.intervalMs);
    heartbeat.unref();
  };
  void connect();

  return {
    listening,
    settle: async () => {
      if (ask) await ask("SELECT 1");
    },
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      cache.setListening(false);
      const current = client;
      client = null;
      ask = null;
      await current?.end().catch(() => {});
    },
  };
}
