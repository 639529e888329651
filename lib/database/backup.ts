/**
 * Backups of the configured database and their restore (npm run db:backup / db:restore).
 *
 * A PostgreSQL server is dumped with pg_dump in its custom format (the whole database: the app's schema,
 * Prisma's migration history and pg-boss's queue) and restored with pg_restore, without the dump's owners and
 * grants: the restoring role (the schema owner, DATABASE_MIGRATION_URL when set) owns what it restores and the
 * app's role gets its row access again (./grants.ts), as after a migration. The embedded database is saved as
 * PGlite's own dump of its data folder (a .tar.gz), restored by starting PGlite from it.
 *
 * A restore never overwrites a database that holds data unless forced, and is all or nothing: on a server the
 * old schemas are dropped and the dump loaded in one transaction; the embedded database is restored beside the
 * old folder and only then swapped in.
 */
import { spawn, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { open, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { JOB_SCHEMA } from "../jobs/install";
import { openDatabase } from "./client";
import { grantAppRole, grantJobQueue } from "./grants";
import { EmbeddedDatabaseInUseError, openPGlite } from "./pglite";
import type { DatabaseTarget } from "./target";

/** Runs one SQL statement and returns its rows: on PGlite or through a pg client. */
type Sql = <T>(text: string) => Promise<T[]>;

const pgliteSql =
  (db: PGlite): Sql =>
  async <T>(text: string) =>
    (await db.query<T>(text)).rows;
const clientSql =
  (client: pg.Client): Sql =>
  async <T>(text: string) =>
    (await client.query(text)).rows as T[];

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Bookkeeping that a freshly migrated, empty database has rows in too. */
const BOOKKEEPING_TABLES = new Set(["_prisma_migrations"]);

export type TableContents = { table: string; rows: number };

/** The tables of the app's schema that hold rows, bookkeeping left out, largest first. */
export async function tablesWithRows(sql: Sql): Promise<TableContents[]> {
  const tables = await sql<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  const found: TableContents[] = [];
  for (const { name } of tables) {
    if (BOOKKEEPING_TABLES.has(name)) continue;
    const [{ rows }] = await sql<{ rows: number }>(`SELECT count(*)::int AS rows FROM ${ident(name)}`);
    if (rows > 0) found.push({ table: name, rows });
  }
  return found.sort((a, b) => b.rows - a.rows || a.table.localeCompare(b.table));
}

export class DatabaseNotEmptyError extends Error {
  constructor(where: string, contents: TableContents[]) {
    const count = (table: string) => contents.find((c) => c.table === table)?.rows ?? 0;
    const listed = contents
      .slice(0, 8)
      .map((c) => `${c.table} (${c.rows})`)
      .join(", ");
    super(
      `${where} is not empty: it holds ${count("Intervention")} interventions and ${count("User")} users; ` +
        `tables with rows: ${listed}${contents.length > 8 ? `, and ${contents.length - 8} more` : ""}. ` +
        "Restoring replaces all of it: back it up first (npm run db:backup), then run the restore again with --force.",
    );
    this.name = "DatabaseNotEmptyError";
  }
}

export type TableFingerprint = { table: string; rows: number; hash: string };

/**
 * Every table of the given schemas with its row count and an md5 of its rows in primary-key order (the row's
 * own text where a table has no primary key): two databases with equal fingerprints hold the same rows.
 */
export async function tableFingerprints(sql: Sql, schemas: string[] = ["public"]): Promise<TableFingerprint[]> {
  const list = schemas.map((s) => `'${s.replace(/'/g, "''")}'`).join(", ");
  const tables = await sql<{ schema: string; name: string; key: string[] | null }>(
    `SELECT n.nspname AS schema, c.relname AS name,
            (SELECT array_agg(a.attname::text ORDER BY k.ord)
               FROM pg_index i CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
              WHERE i.indrelid = c.oid AND i.indisprimary) AS key
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname IN (${list}) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY 1, 2`,
  );
  const prints: TableFingerprint[] = [];
  for (const { schema, name, key } of tables) {
    const order = key?.length ? key.map((k) => `t.${ident(k)}`).join(", ") : "t::text";
    const [row] = await sql<{ rows: number; hash: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY ${order})) AS hash
         FROM ${ident(schema)}.${ident(name)} t`,
    );
    prints.push({ table: schema === "public" ? name : `${schema}.${name}`, rows: row.rows, hash: row.hash ?? "" });
  }
  return prints;
}

// --- PostgreSQL client programs ---------------------------------------------------------------------------

export type PgTool = "pg_dump" | "pg_restore" | "psql";

/**
 * A PostgreSQL client program: from the PATH, else the newest /usr/lib/postgresql/<version>/bin (Debian's
 * postgresql-client). pg_dump must be at least as new as the server it dumps.
 */
export function findPgTool(tool: PgTool, env: Record<string, string | undefined> = process.env): string {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, tool))) return path.join(dir, tool);
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, "bin", tool)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length > 0) return path.join(root, versions[0], "bin", tool);
  throw new Error(
    `${tool} was not found on the PATH or in /usr/lib/postgresql/*/bin. Backups of a PostgreSQL server need the ` +
      "PostgreSQL client programs, as new as the server: on Debian or Ubuntu `apt-get install postgresql-client`.",
  );
}

/** The URL without its password, which goes to the programs through PGPASSWORD instead (not visible in ps). */
function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv; database: string } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: u.toString(), env, database: decodeURIComponent(u.pathname.slice(1)) || "postgres" };
}

/** Resolves when the program exits with 0; otherwise rejects with the end of its stderr (which names no password). */
function exited(child: ChildProcess, program: string): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(program)} failed (exit ${code}): ${stderr.trim() || "no message"}`));
    });
  });
}

function run(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return exited(spawn(program, args, { env, stdio: ["ignore", "ignore", "pipe"] }), program);
}

/**
 * Runs SQL in psql as one transaction: `before`, then what `producer` writes, then COMMIT, which is sent only
 * when the producer finished without error. Any failure (an SQL error stops psql; a producer that fails leaves
 * the transaction open when psql's input ends) rolls everything back.
 */
async function runInOneTransaction(
  psql: string,
  dbname: string,
  env: NodeJS.ProcessEnv,
  before: string,
  producer: { program: string; args: string[] },
): Promise<void> {
  const sink = spawn(psql, ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", `--dbname=${dbname}`], {
    env,
    stdio: ["pipe", "ignore", "pipe"],
  });
  const sinkDone = exited(sink, psql);
  sink.stdin!.on("error", () => {
    // psql stopped early (an SQL error): its own exit reports why.
  });
  sink.stdin!.write(`BEGIN;\n${before}\n`);
  const source = spawn(producer.program, producer.args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const sourceDone = exited(source, producer.program);
  // psql stopping first (an SQL error) would leave the producer blocked on a full pipe.
  sink.on("close", () => source.kill());
  source.stdout!.pipe(sink.stdin!, { end: false });
  try {
    await sourceDone;
  } catch (error) {
    sink.stdin!.end();
    await sinkDone; // psql's own error, when it stopped first, says more than the producer's.
    throw error;
  }
  sink.stdin!.end("\nCOMMIT;\n");
  await sinkDone;
}

// --- Backup ----------------------------------------------------------------------------------------------

export type BackupResult = { file: string; bytes: number; kind: DatabaseTarget["kind"] };

/** backups/effectwijzer-<kind>-<UTC time>.dump (server) or .tar.gz (embedded). */
export function defaultBackupFile(kind: DatabaseTarget["kind"], now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/[-:]/g, "");
  return path.join("backups", `effectwijzer-${kind}-${stamp}${kind === "server" ? ".dump" : ".tar.gz"}`);
}

/** Writes the backup beside its place and renames it there when complete: never a half-written backup file. */
export async function backupDatabase({
  target,
  file,
}: {
  target: DatabaseTarget;
  file: string;
}): Promise<BackupResult> {
  const out = path.resolve(file);
  mkdirSync(path.dirname(out), { recursive: true });
  const partial = `${out}.partial-${process.pid}`;
  try {
    if (target.kind === "server") {
      const pgDump = findPgTool("pg_dump");
      const { dbname, env } = connectionFor(target.url);
      await run(pgDump, ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], env);
    } else {
      if (!existsSync(path.join(target.dataDir, "PG_VERSION"))) {
        throw new Error(`There is no embedded database in ${target.dataDir} to back up (PGLITE_DIR)`);
      }
      // The lock keeps the app out meanwhile, and refuses while the app has the database open.
      const db = openPGlite(target.dataDir);
      try {
        // dumpDataDir never settles when called before PGlite has started.
        await db.waitReady;
        const dump = await db.dumpDataDir("gzip");
        await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      } finally {
        await db.close();
      }
    }
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file: out, bytes: statSync(out).size, kind: target.kind };
}

// --- Restore ---------------------------------------------------------------------------------------------

export type RestoreResult = {
  kind: DatabaseTarget["kind"];
  /** What the database held before (empty unless forced). */
  replaced: TableContents[];
  /** What it holds now. */
  restored: TableContents[];
  /** The app's role that got its grants again (server with a separate app role). */
  grantedTo: string | null;
};

async function backupKind(file: string): Promise<DatabaseTarget["kind"]> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      error.code === "ENOENT" ? `The backup file ${file} does not exist` : `Cannot read ${file}: ${error.message}`,
    );
  });
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head.toString("latin1") === "PGDMP") return "server";
    if (head[0] === 0x1f && head[1] === 0x8b) return "embedded";
  } finally {
    await handle.close();
  }
  throw new Error(
    `${file} is not a backup made by db:backup (neither a pg_dump custom-format file nor PGlite's .tar.gz)`,
  );
}

const KIND_NAMES = { server: "a PostgreSQL server", embedded: "the embedded database" } as const;

/**
 * Restores a backup into the target. Refuses a target that holds data (any table with rows) unless `force`.
 * `appRole` (see target.ts's separateAppRole) gets its grants back on a server.
 */
export async function restoreDatabase({
  target,
  file,
  force = false,
  appRole = null,
}: {
  target: DatabaseTarget;
  file: string;
  force?: boolean;
  appRole?: string | null;
}): Promise<RestoreResult> {
  const kind = await backupKind(file);
  if (kind !== target.kind) {
    throw new Error(
      `${file} is a backup of ${KIND_NAMES[kind]}, but the configured database is ${KIND_NAMES[target.kind]}: ` +
        (kind === "server"
          ? "set DATABASE_URL (and DATABASE_MIGRATION_URL) to the server to restore into"
          : "unset DATABASE_URL to restore into the embedded database (PGLITE_DIR)") +
        ". To move data between the two, use npm run data:export / data:import.",
    );
  }
  return target.kind === "server"
    ? restoreServer(target.url, path.resolve(file), force, appRole)
    : restoreEmbedded(target.dataDir, path.resolve(file), force);
}

async function withClient<T>(url: string, body: (sql: Sql) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(clientSql(client));
  } finally {
    await client.end();
  }
}

async function restoreServer(url: string, file: string, force: boolean, appRole: string | null) {
  const [pgRestore, psql] = [findPgTool("pg_restore"), findPgTool("psql")];
  const { dbname, env, database } = connectionFor(url);
  // Reads the whole table of contents: a truncated or foreign file is refused before anything is dropped.
  await run(pgRestore, ["--list", file], env);

  const replaced = await withClient(url, tablesWithRows);
  if (replaced.length > 0 && !force) throw new DatabaseNotEmptyError(`The database "${database}"`, replaced);

  // pg_restore writes the restore as SQL and psql runs it after dropping the old schemas, all in one
  // transaction: if anything fails the database is left as it was.
  await runInOneTransaction(
    psql,
    dbname,
    env,
    `SET LOCAL client_min_messages = warning; DROP SCHEMA IF EXISTS ${ident(JOB_SCHEMA)} CASCADE; ` +
      "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;",
    { program: pgRestore, args: ["--no-owner", "--no-privileges", "--file=-", file] },
  );

  if (appRole) {
    const db = await openDatabase({ kind: "server", url, poolMax: 2 });
    try {
      await grantAppRole(db.prisma, appRole);
      const [{ exists }] = await db.prisma.$queryRaw<{ exists: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ${JOB_SCHEMA}) AS exists`;
      if (exists) await grantJobQueue(db.prisma, appRole, JOB_SCHEMA);
    } finally {
      await db.close();
    }
  }
  const restored = await withClient(url, tablesWithRows);
  return { kind: "server" as const, replaced, restored, grantedTo: appRole };
}

const PGLITE_OPTIONS = { extensions: { pg_trgm, unaccent } };

/**
 * Takes the embedded database's lock file (the one lib/database/pglite.ts keeps, `<dataDir>.lock` holding the
 * pid) for the moment the folder is swapped. It is taken right after openPGlite released it, which already took
 * over a stale lock; finding it held now means another process has just opened the database.
 */
function takeLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  try {
    mkdirSync(path.dirname(lockFile), { recursive: true });
    writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new EmbeddedDatabaseInUseError(dataDir, Number(readFileSync(lockFile, "utf8").trim()));
  }
  return () => {
    try {
      if (readFileSync(lockFile, "utf8").trim() === String(process.pid)) unlinkSync(lockFile);
    } catch {
      // Already gone.
    }
  };
}

async function restoreEmbedded(dataDir: string, file: string, force: boolean) {
  let replaced: TableContents[] = [];
  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    // Refuses (EmbeddedDatabaseInUseError) while the app has it open.
    const current = openPGlite(dataDir);
    try {
      replaced = await tablesWithRows(pgliteSql(current));
    } finally {
      await current.close();
    }
    if (replaced.length > 0 && !force) throw new DatabaseNotEmptyError(`The embedded database in ${dataDir}`, replaced);
  } else if (existsSync(dataDir) && readdirSync(dataDir).length > 0 && !force) {
    throw new Error(
      `${dataDir} is not empty but holds no database: choose another PGLITE_DIR, or run the restore with --force to replace the folder`,
    );
  }

  const release = takeLock(dataDir);
  const incoming = `${dataDir}.restoring-${process.pid}`;
  const outgoing = `${dataDir}.replaced-${process.pid}`;
  try {
    rmSync(incoming, { recursive: true, force: true });
    const loadDataDir = new Blob([readFileSync(file)]);
    const restoredDb = new PGlite(incoming, { ...PGLITE_OPTIONS, loadDataDir });
    let restored: TableContents[];
    try {
      restored = await tablesWithRows(pgliteSql(restoredDb));
    } finally {
      await restoredDb.close();
    }
    if (existsSync(dataDir)) renameSync(dataDir, outgoing);
    renameSync(incoming, dataDir);
    rmSync(outgoing, { recursive: true, force: true });
    return { kind: "embedded" as const, replaced, restored, grantedTo: null };
  } finally {
    rmSync(incoming, { recursive: true, force: true });
    release();
  }
}
