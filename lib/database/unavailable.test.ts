import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { bookkeeping, isDatabaseUnreachable, writesPaused } from "./unavailable";

describe("telling an unreachable database from other failures", () => {
  it("recognises socket errors, connection SQLSTATEs, Prisma's codes and a replica refusing a write", () => {
    expect(
      isDatabaseUnreachable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(
      isDatabaseUnreachable({ code: "57P01", message: "terminating connection due to administrator command" }),
    ).toBe(true);
    expect(isDatabaseUnreachable({ code: "08006" })).toBe(true);
    expect(isDatabaseUnreachable({ code: "P1001", message: "Can't reach database server" })).toBe(true);
    expect(isDatabaseUnreachable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("cannot execute INSERT in a read-only transaction"))).toBe(true);
    expect(
      isDatabaseUnreachable({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "57P03" } } } }),
    ).toBe(true);
    expect(isDatabaseUnreachable(new Error("wrapped", { cause: { code: "ECONNRESET" } }))).toBe(true);
    expect(isDatabaseUnreachable(writesPaused())).toBe(true);
  });
  it("does not mistake a query's own failure for an outage", () => {
    expect(isDatabaseUnreachable({ code: "23505", message: "duplicate key value violates unique constraint" })).toBe(
      false,
    );
    expect(isDatabaseUnreachable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnreachable(new AppError("CONFLICT", "changed meanwhile"))).toBe(false);
    expect(isDatabaseUnreachable(new Error("syntax error at or near"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });
  it("pauses writes with a 503 in Dutch and English", () => {
    const error = writesPaused();
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/Wijzigingen zijn tijdelijk niet mogelijk.*Changes are paused/);
  });
  it("skips bookkeeping while the database is unreachable and passes other failures on", async () => {
    await expect(bookkeeping(() => Promise.reject(writesPaused()))).resolves.toBeUndefined();
    await expect(bookkeeping(() => Promise.reject(new Error("syntax error")))).rejects.toThrow("syntax error");
  });
});
