/**
 * Small, hot, rarely changing reads (the reference lists) kept in the memory of an app process and dropped
 * when their tables change in the database, whichever process or script changed them: triggers announce
 * every change on a channel (migration 20261202140000_cache_notify) and each app process listens to it
 * (./invalidation.ts).
 *
 * A cache only serves while its process is listening. Without a listener (tests, scripts, a connection that
 * was lost) every read goes to the database, so nothing can be served that a missed announcement should have
 * dropped. When the listener (re)connects the cache starts empty.
 *
 * A read that was under way when an announcement arrived is returned to its caller but not kept: it may
 * have read the data as it was before the change (the generation check below).
 *
 * Values are frozen (deeply), cached or not, so no caller can change what another one reads.
 *
 * With read replicas, a cached list is loaded from the primary even when the client that asks reads the
 * catalogue from a replica: the announcement comes from the primary at its commit, and a replica that has
 * not replayed the change yet would put the old list back into the cache.
 */
import type { Db, Tx } from "../database/client";

type Entry = { tables: readonly string[]; value: unknown };

export class ProcessCache {
  #listening = false;
  /** Changes at every invalidation; a read keeps its value only if none happened while it ran. */
  #generation = 0;
  #entries = new Map<string, Entry>();

  get isListening(): boolean {
    return this.#listening;
  }

  /** The listener started or stopped listening; either way what was kept may be out of date. */
  setListening(listening: boolean): void {
    this.#listening = listening;
    this.clear();
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  /** A table changed: drop every entry read from it. */
  invalidate(table: string): void {
    this.#generation++;
    for (const [key, entry] of this.#entries) if (entry.tables.includes(table)) this.#entries.delete(key);
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  async read<T>(key: string, tables: readonly string[], load: () => Promise<T>): Promise<T> {
    if (!this.#listening) return deepFreeze(await load());
    const hit = this.#entries.get(key);
    if (hit) return hit.value as T;
    const generation = this.#generation;
    const value = deepFreeze(await load());
    if (this.#listening && generation === this.#generation) this.#entries.set(key, { tables, value });
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The cache of each open database (keyed by its Prisma client), on globalThis: Next.js may load this module
 * more than once in one process (server components, route handlers, actions), and lib/db.ts's one client
 * must find its one cache from all of them.
 */
type Registration = { cache: ProcessCache; source: Db };
const caches: WeakMap<object, Registration> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for("effectwijzer.processCaches")
] ??= new WeakMap<object, Registration>()) as WeakMap<object, Registration>;

/** Reads through `db` use `cache`, and what the cache keeps is loaded through `source` (default `db`). */
export function registerCache(db: Db, cache: ProcessCache, source: Db = db): void {
  caches.set(db, { cache, source });
}

export function unregisterCache(db: Db, cache: ProcessCache): void {
  if (caches.get(db)?.cache === cache) caches.delete(db);
}

/**
 * Reads through the cache of `db` when it has a listening one, loading through the registered source;
 * otherwise (a script, a test, a transaction client, a lost connection) straight from `db`.
 */
export function cachedRead<T, D extends Db | Tx>(
  db: D,
  key: string,
  tables: readonly string[],
  load: (source: D) => Promise<T>,
): Promise<T> {
  const registration = caches.get(db);
  // Only clients (never transaction clients) are registered, each with a client as its source.
  return registration
    ? registration.cache.read(key, tables, () => load(registration.source as D))
    : load(db).then(deepFreeze);
}
