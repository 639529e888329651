/**
 * npm run db:backup / db:restore round trips: a seeded database is backed up and restored into an empty one,
 * and every table is compared (row count and a hash of its rows in primary-key order). A restore refuses a
 * database that holds data unless forced, and a failed restore leaves the database as it was. The embedded
 * database (PGlite in a folder) always; a PostgreSQL server too when DATABASE_URL is set.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  backupDatabase,
  DatabaseNotEmptyError,
  restoreDatabase,
  tableFingerprints,
  type TableFingerprint,
} from "@/lib/database/backup";
import { embedded, type Database } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrate";
import { EmbeddedDatabaseInUseError, openPGlite } from "@/lib/database/pglite";
import { resolveMigrationTarget, separateAppRole } from "@/lib/database/target";
import { seedCurated } from "@/seed/load-curated";
import { createTestDatabase } from "../helpers/test-database";
import { createViewer } from "../helpers/viewers";

const work = mkdtempSync(path.join(tmpdir(), "effectwijzer-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The curated seed plus accounts, one with text that a careless dump would mangle. */
async function fill(database: Database) {
  await seedCurated(database.prisma);
  await createViewer(database.prisma, "ADMIN", "beheerder");
  await database.prisma.user.create({
    data: { email: "zoe@example.org", name: 'Zoë O\'Brien\n\t"quoted" \\ €', role: "RESEARCHER" },
  });
}

function expectSameTables(restored: TableFingerprint[], original: TableFingerprint[]) {
  expect(restored.map((t) => t.table)).toEqual(original.map((t) => t.table));
  expect(restored).toEqual(original);
  // The comparison covers real data: the curated seed and the accounts are there.
  const rows = (table: string) => original.find((t) => t.table === table)?.rows ?? 0;
  expect(rows("Intervention")).toBeGreaterThan(10);
  expect(rows("User")).toBe(2);
  expect(original.filter((t) => t.rows > 0).length).toBeGreaterThan(15);
}

describe("the embedded database", () => {
  const source = path.join(work, "source");
  const file = path.join(work, "embedded.tar.gz");
  let original: TableFingerprint[];

  async function fingerprintsOf(dataDir: string): Promise<TableFingerprint[]> {
    const db = openPGlite(dataDir);
    try {
      return await tableFingerprints(<T>(text: string) => db.query<T>(text).then((r) => r.rows));
    } finally {
      await db.close();
    }
  }

  beforeAll(async () => {
    const pglite = openPGlite(source);
    await applyMigrations(pglite);
    const database = embedded(pglite, { kind: "embedded", dataDir: source });
    try {
      await fill(database);
    } finally {
      await database.close();
    }
    original = await fingerprintsOf(source);
  }, 300_000);

  test("is backed up and restored into an empty database with every table's rows the same", async () => {
    const backup = await backupDatabase({ target: { kind: "embedded", dataDir: source }, file });
    expect(backup.bytes).toBeGreaterThan(100_000);
    expect(existsSync(file)).toBe(true);

    // An empty database, as after npm run db:migrate: only the migration history has rows.
    const target = path.join(work, "restored");
    const empty = openPGlite(target);
    await applyMigrations(empty);
    await empty.close();

    const result = await restoreDatabase({ target: { kind: "embedded", dataDir: target }, file });
    expect(result.replaced).toEqual([]);
    expect(result.restored.find((t) => t.table === "User")?.rows).toBe(2);
    expectSameTables(await fingerprintsOf(target), original);
    // No folders or lock left behind by the swap.
    expect(existsSync(`${target}.lock`)).toBe(false);
    expect(existsSync(`${target}.restoring-${process.pid}`)).toBe(false);
    expect(existsSync(`${target}.replaced-${process.pid}`)).toBe(false);
  });

  test("restores into a folder that does not exist yet", async () => {
    const target = path.join(work, "new", "pglite");
    await restoreDatabase({ target: { kind: "embedded", dataDir: target }, file });
    expectSameTables(await fingerprintsOf(target), original);
  });

  test("refuses to overwrite a database that holds data without --force, naming what is there", async () => {
    const target = path.join(work, "occupied");
    const pglite = openPGlite(target);
    await applyMigrations(pglite);
    const database = embedded(pglite, { kind: "embedded", dataDir: target });
    await createViewer(database.prisma, "OFFICER", "alleen-ik");
    await database.close();
    const before = await fingerprintsOf(target);

    const refused = restoreDatabase({ target: { kind: "embedded", dataDir: target }, file });
    await expect(refused).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    await expect(refused).rejects.toThrow(/0 interventions and 1 users.*User \(1\).*--force/);
    expect(await fingerprintsOf(target)).toEqual(before);

    await restoreDatabase({ target: { kind: "embedded", dataDir: target }, file, force: true });
    expectSameTables(await fingerprintsOf(target), original);
  });

  test("refuses while another process has the database open", async () => {
    const other = spawn("sleep", ["30"]);
    try {
      writeFileSync(`${source}.lock`, String(other.pid));
      await expect(
        backupDatabase({ target: { kind: "embedded", dataDir: source }, file: path.join(work, "no.tar.gz") }),
      ).rejects.toBeInstanceOf(EmbeddedDatabaseInUseError);
      expect(existsSync(path.join(work, "no.tar.gz"))).toBe(false);
      await expect(
        restoreDatabase({ target: { kind: "embedded", dataDir: source }, file, force: true }),
      ).rejects.toBeInstanceOf(EmbeddedDatabaseInUseError);
      expect(readFileSync(`${source}.lock`, "utf8")).toBe(String(other.pid));
    } finally {
      other.kill();
      rmSync(`${source}.lock`, { force: true });
    }
    expect(await fingerprintsOf(source)).toEqual(original);
  });

  test("refuses a file that is not a backup, and a server dump, before touching the database", async () => {
    const target = path.join(work, "untouched");
    const notBackup = path.join(work, "notes.txt");
    writeFileSync(notBackup, "hello");
    await expect(restoreDatabase({ target: { kind: "embedded", dataDir: target }, file: notBackup })).rejects.toThrow(
      /is not a backup made by db:backup/,
    );
    const serverDump = path.join(work, "server.dump");
    writeFileSync(serverDump, "PGDMP\u0001\u000e");
    await expect(restoreDatabase({ target: { kind: "embedded", dataDir: target }, file: serverDump })).rejects.toThrow(
      /backup of a PostgreSQL server, but the configured database is the embedded database/,
    );
    await expect(
      restoreDatabase({ target: { kind: "embedded", dataDir: target }, file: path.join(work, "missing.tar.gz") }),
    ).rejects.toThrow(/does not exist/);
    expect(existsSync(target)).toBe(false);
  });
});

describe.runIf(resolveMigrationTarget().kind === "server")("a PostgreSQL server", () => {
  const file = path.join(work, "server.dump");
  let source: Database;
  let target: Database;
  let original: TableFingerprint[];

  const urlOf = (database: Database) => (database.target as { url: string }).url;
  async function onServer<T>(database: Database, body: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: urlOf(database) });
    await client.connect();
    try {
      return await body(client);
    } finally {
      await client.end();
    }
  }
  const fingerprintsOf = (database: Database) =>
    onServer(database, (client) =>
      tableFingerprints(<T>(text: string) => client.query(text).then((r) => r.rows as T[])),
    );

  beforeAll(async () => {
    source = await createTestDatabase();
    await fill(source);
    original = await fingerprintsOf(source);
    // Freshly migrated, no rows but the migration history.
    target = await createTestDatabase();
  }, 300_000);
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  test("is backed up with pg_dump and restored into an empty database with every table's rows the same", async () => {
    const backup = await backupDatabase({ target: source.target, file });
    expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("PGDMP");
    expect(backup.bytes).toBeGreaterThan(10_000);

    const appRole = separateAppRole();
    const result = await restoreDatabase({ target: target.target, file, appRole });
    expect(result.replaced).toEqual([]);
    expect(result.grantedTo).toBe(appRole);
    expectSameTables(await fingerprintsOf(target), original);

    if (appRole) {
      // The restored tables belong to the restoring role; the app's role has its row access back.
      const rights = await onServer(target, async (client) => {
        const { rows } = await client.query<{ select: boolean; insert: boolean; truncate: boolean }>(
          `SELECT has_table_privilege($1, '"Intervention"', 'SELECT') AS select,
                  has_table_privilege($1, '"User"', 'INSERT') AS insert,
                  has_table_privilege($1, '"Intervention"', 'TRUNCATE') AS truncate`,
          [appRole],
        );
        return rows[0];
      });
      expect(rights).toEqual({ select: true, insert: true, truncate: false });
    }
  });

  test("refuses to overwrite a database that holds data without --force, and a failed restore changes nothing", async () => {
    const refused = restoreDatabase({ target: target.target, file });
    await expect(refused).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    await expect(refused).rejects.toThrow(/ holds \d+ interventions and 2 users.*--force/);

    // A dump damaged in its data part passes the table-of-contents check and fails half-way through loading.
    const damaged = path.join(work, "damaged.dump");
    const bytes = readFileSync(file);
    bytes.fill(0, Math.floor(bytes.length * 0.7), Math.floor(bytes.length * 0.7) + 2000);
    writeFileSync(damaged, bytes);
    await expect(restoreDatabase({ target: target.target, file: damaged, force: true })).rejects.toThrow(
      /(pg_restore|psql) failed/,
    );
    expect(await fingerprintsOf(target)).toEqual(original);

    const forced = await restoreDatabase({ target: target.target, file, force: true });
    expect(forced.replaced.find((t) => t.table === "User")?.rows).toBe(2);
    expect(await fingerprintsOf(target)).toEqual(original);
  });
});
