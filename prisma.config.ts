import { randomUUID } from "node:crypto";
import { defineConfig } from "prisma/config";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { EMBEDDED_PLACEHOLDER_URL, resolveMigrationTarget } from "./lib/database/target";
import { openPGlite } from "./lib/database/pglite";

// The CLI migrates as the schema owner: DATABASE_MIGRATION_URL when set, else DATABASE_URL (lib/database/target.ts).
const target = resolveMigrationTarget();
// The schema's datasource reads DATABASE_URL; the CLI needs it to parse even when PGlite is used, and within
// this process it names the migrating role, so nothing the CLI does connects as the app's role.
process.env.DATABASE_URL = target.kind === "embedded" ? EMBEDDED_PLACEHOLDER_URL : target.url;

type PgFields = { host: string; port: number; user: string; password: string; database: string };
function pgFields(url: string): PgFields {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}

// Workarounds for @prisma/adapter-pg 6.19.3 used as the *migrate* adapter (wasm schema engine):
// 1. it cannot map catalog types "char" (oid 18) and name (oid 19) (prisma/orm#27403): report them as text;
// 2. its executeScript() splits a migration on every ";", which breaks function bodies ($$ … $$): send the
//    whole script as one simple query instead (PostgreSQL runs it as one implicit transaction);
// 3. its connectToShadowDb() ignores the shadow database name with a connection string and drops the
//    shadow database before closing its pool, so create and drop it here.
type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Field = { dataTypeID: number };
type AdapterInternals = {
  performIO: (q: unknown) => Promise<{ fields?: Field[] }>;
  executeScript: (script: string) => Promise<void>;
  client: { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
};
function patchAdapter(adapter: Adapter): Adapter {
  const io = adapter as unknown as AdapterInternals;
  io.executeScript = async (script) => {
    try {
      await io.client.query(script);
    } catch (error) {
      io.onError(error);
    }
  };
  const original = io.performIO.bind(io);
  io.performIO = async (query) => {
    const result = await original(query);
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    }
    return result;
  };
  return adapter;
}

function pgMigrateAdapter(url: string) {
  const fields = pgFields(url);
  const factory = new PrismaPg({ ...fields, allowExitOnIdle: true });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patchAdapter(await connect());
  factory.connectToShadowDb = async () => {
    const admin = await factory.connect();
    const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = patchAdapter(await new PrismaPg({ ...fields, database: name, allowExitOnIdle: true }).connect());
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}

/**
 * The embedded database is opened only when a command connects: commands that never do (prisma -v, generate,
 * which @prisma/client's postinstall runs) would otherwise open it, hold its lock and never exit.
 */
function lazyEmbeddedAdapter(dataDir: string) {
  const factory = new PrismaPGlite(undefined as unknown as ConstructorParameters<typeof PrismaPGlite>[0]);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  return Object.assign(factory, {
    connect: () => new PrismaPGlite(openPGlite(dataDir)).connect(),
    connectToShadowDb,
  });
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () =>
    target.kind === "embedded" ? lazyEmbeddedAdapter(target.dataDir) : pgMigrateAdapter(target.url),
});
