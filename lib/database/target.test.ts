import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  EMBEDDED_PLACEHOLDER_URL,
  resolveDatabaseTarget,
  resolveMigrationTarget,
  resolveReplicaSettings,
  separateAppRole,
} from "./target";

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

describe("read replicas and bad URLs", () => {
  const url = "postgresql://u:secret@h:5432/db";
  it("reads DATABASE_REPLICA_URLS and REPLICA_MAX_LAG_SECONDS (default 30)", () => {
    expect(resolveReplicaSettings({ DATABASE_URL: url })).toEqual({ urls: [], maxLagSeconds: 30 });
    expect(
      resolveReplicaSettings({
        DATABASE_URL: url,
        DATABASE_REPLICA_URLS: " postgresql://u@r1/db , postgresql://u@r2/db ,",
        REPLICA_MAX_LAG_SECONDS: "5",
      }),
    ).toEqual({ urls: ["postgresql://u@r1/db", "postgresql://u@r2/db"], maxLagSeconds: 5 });
  });
  it("refuses replicas without a primary server, a bad entry and a bad lag, naming the variable", () => {
    expect(() => resolveReplicaSettings({ DATABASE_REPLICA_URLS: "postgresql://u@r1/db" })).toThrow(/DATABASE_URL/);
    expect(() =>
      resolveReplicaSettings({ DATABASE_URL: url, DATABASE_REPLICA_URLS: "postgresql://u@r1/db,mysql://x" }),
    ).toThrow(/DATABASE_REPLICA_URLS \(entry 2\)/);
    expect(() => resolveReplicaSettings({ DATABASE_URL: url, REPLICA_MAX_LAG_SECONDS: "0" })).toThrow(
      /REPLICA_MAX_LAG_SECONDS/,
    );
  });
  it("never echoes a refused URL, which may hold a password", () => {
    for (const bad of [
      "mysql://u:secret@h/db",
      "postgresql://u:secret@h/db with space",
      "postgresql://u:sec ret@[h/db",
    ]) {
      try {
        resolveDatabaseTarget({ DATABASE_URL: bad });
        throw new Error("accepted");
      } catch (error) {
        expect((error as Error).message).toMatch(/DATABASE_URL/);
        expect((error as Error).message).not.toContain("secret");
      }
    }
  });
});
