import "server-only";
import { openDatabase, type Database, type Db } from "./database/client";
import { startFacetMerger } from "./intervention/facet-merge";
import { startImportQueue } from "./jobs/queue";
import { startCacheInvalidation } from "./cache/invalidation";

// One client per server process; cached on globalThis so dev reloads do not open a second PGlite.
const cache = globalThis as unknown as { effectwijzerDb?: Promise<Database> };

export async function db(): Promise<Db> {
  cache.effectwijzerDb ??= openDatabase().then((database) => {
    startFacetMerger(database.prisma);
    startImportQueue(database.prisma, database.target);
    // The process's cache of the reference lists and its listener (lib/cache); until the listener listens,
    // those reads go to the database.
    startCacheInvalidation(database);
    return database;
  });
  return (await cache.effectwijzerDb).prisma;
}
