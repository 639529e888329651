/**
 * Starting on a server skips Prisma's `migrate deploy` only when every migration is recorded as applied with
 * the checksum of its file as it is now (lib/database/migrate.ts serverMigrationsApplied); anything else is
 * left to the CLI. Real server only: PGlite is migrated in-process.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "@/lib/database/client";
import { MIGRATIONS_DIR, listMigrations, serverMigrationsApplied } from "@/lib/database/migrate";
import { resolveMigrationTarget } from "@/lib/database/target";
import { withTestDatabase } from "@/tests/helpers/with-test-database";

const onServer = resolveMigrationTarget().kind === "server";

describe.skipIf(!onServer)("whether a server's migrations are all applied", () => {
  let database: Database;
  let url: string;
  let dir: string;

  withTestDatabase({}, (opened) => {
    if (opened.target.kind !== "server") throw new Error("expected a server database");
    database = opened;
    url = opened.target.url;
  });
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const copy = () => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  };

  test("a migrated database has nothing pending", async () => {
    expect(await serverMigrationsApplied(url)).toBe(true);
  });

  test("a new migration is pending", async () => {
    copy();
    const name = "29991231000000_later";
    cpSync(path.join(dir, listMigrations(dir).at(-1)!.name), path.join(dir, name), { recursive: true });
    expect(await serverMigrationsApplied(url, dir)).toBe(false);
  });

  test("a migration changed after it was applied is left to the CLI", async () => {
    copy();
    const last = listMigrations(dir).at(-1)!;
    writeFileSync(path.join(dir, last.name, "migration.sql"), `${last.sql}\n-- changed\n`);
    expect(await serverMigrationsApplied(url, dir)).toBe(false);
  });

  test("a migration recorded as failed is left to the CLI", async () => {
    const last = listMigrations().at(-1)!;
    await database.prisma
      .$executeRaw`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = ${last.name}`;
    expect(await serverMigrationsApplied(url)).toBe(false);
  });

  test("a database without the migrations table is not migrated", async () => {
    await database.prisma.$executeRaw`DROP TABLE "_prisma_migrations"`;
    expect(await serverMigrationsApplied(url)).toBe(false);
  });
});
