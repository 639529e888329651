import "server-only";
import { openDatabase, type Database, type Db } from "./database/client";

// One client per server process; cached on globalThis so dev reloads do not open a second PGlite.
const cache = globalThis as unknown as { effectwijzerDb?: Promise<Database> };

export async function db(): Promise<Db> {
  cache.effectwijzerDb ??= openDatabase();
  return (await cache.effectwijzerDb).prisma;
}
