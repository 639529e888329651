import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PLACEHOLDER_URL, resolveDatabaseTarget } from "./target";

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
