import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PLACEHOLDER_URL, resolveDatabaseTarget, resolveMigrationTarget, separateAppRole } from "./target";

describe("database target", () => {
  it("uses the embedded database without DATABASE_URL, in .data/pglite unless PGLITE_DIR says otherwise", () => {
    expect(resolveDatabaseTarget({})).toEqual({ kind: "embedded", dataDir: path.resolve(".data/pglite") });
    expect(resolveDatabaseTarget({ PGLITE_DIR: "/tmp/x" })).toEqual({ kind: "embedded", dataDir: "/tmp/x" });
    expect(resolveDatabaseTarget({ DATABASE_URL: EMBEDDED_PLACEHOLDER_URL }).kind).toBe("embedded");
  });
  it("uses the server at DATABASE_URL and rejects anything that is not a PostgreSQL URL", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: "postgresql://u@h:5432/db" })).toEqual({
      kind: "server",
      url: "postgresql://u@h:5432/db",
    });
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql/);
  });
  it("takes a positive whole DATABASE_POOL_MAX and refuses anything else, naming the variable", () => {
    const url = "postgresql://u@h:5432/db";
    expect(resolveDatabaseTarget({ DATABASE_URL: url, DATABASE_POOL_MAX: "6" })).toEqual({
      kind: "server",
      url,
      poolMax: 6,
    });
    expect(resolveDatabaseTarget({ DATABASE_URL: url, DATABASE_POOL_MAX: "" })).toEqual({ kind: "server", url });
    expect(() => resolveDatabaseTarget({ DATABASE_URL: url, DATABASE_POOL_MAX: "0" })).toThrow(/DATABASE_POOL_MAX/);
    expect(() => resolveDatabaseTarget({ DATABASE_URL: url, DATABASE_POOL_MAX: "lots" })).toThrow(/DATABASE_POOL_MAX/);
  });
});

describe("migration target and the app's role", () => {
  const app = "postgresql://effectwijzer_app:a@h:5432/db";
  const owner = "postgresql://effectwijzer_owner:o@h:5432/db";
  it("migrates through DATABASE_MIGRATION_URL when set, else through DATABASE_URL", () => {
    expect(resolveMigrationTarget({ DATABASE_URL: app, DATABASE_MIGRATION_URL: owner })).toEqual({
      kind: "server",
      url: owner,
    });
    expect(resolveMigrationTarget({ DATABASE_URL: app, DATABASE_MIGRATION_URL: " " })).toEqual({
      kind: "server",
      url: app,
    });
    expect(
      resolveMigrationTarget({ DATABASE_URL: app, DATABASE_POOL_MAX: "3", DATABASE_MIGRATION_URL: owner }),
    ).toEqual({ kind: "server", url: owner, poolMax: 3 });
    // The app itself still uses DATABASE_URL.
    expect(resolveDatabaseTarget({ DATABASE_URL: app, DATABASE_MIGRATION_URL: owner })).toEqual({
      kind: "server",
      url: app,
    });
    expect(resolveMigrationTarget({ PGLITE_DIR: "/tmp/x" })).toEqual({ kind: "embedded", dataDir: "/tmp/x" });
  });
  it("refuses a migration URL without a server DATABASE_URL, or one that is not PostgreSQL", () => {
    expect(() => resolveMigrationTarget({ DATABASE_MIGRATION_URL: owner })).toThrow(/DATABASE_URL is not/);
    expect(() => resolveMigrationTarget({ DATABASE_URL: app, DATABASE_MIGRATION_URL: "mysql://x" })).toThrow(
      /DATABASE_MIGRATION_URL must be a postgresql/,
    );
  });
  it("names the app's role only when it differs from the migrating role", () => {
    expect(separateAppRole({ DATABASE_URL: app, DATABASE_MIGRATION_URL: owner })).toBe("effectwijzer_app");
    expect(separateAppRole({ DATABASE_URL: app })).toBeNull();
    expect(separateAppRole({})).toBeNull();
    expect(
      separateAppRole({ DATABASE_URL: app, DATABASE_MIGRATION_URL: "postgresql://effectwijzer_app:a@other:5433/db" }),
    ).toBeNull();
    expect(separateAppRole({ DATABASE_URL: "postgresql://my%20app@h/db", DATABASE_MIGRATION_URL: owner })).toBe(
      "my app",
    );
    expect(() => separateAppRole({ DATABASE_URL: "postgresql://h/db", DATABASE_MIGRATION_URL: owner })).toThrow(
      /names no user/,
    );
  });
});
