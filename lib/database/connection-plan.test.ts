import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { CONNECTIONS_BESIDES_POOL, connectionPlan } from "./target";

const url = "postgresql://app:secret@db.example:5432/effectwijzer";

describe("connectionPlan", () => {
  it("shares the budget (default 40) between the app processes, less what each holds besides Prisma's pool", () => {
    expect(CONNECTIONS_BESIDES_POOL).toBe(3);
    expect(connectionPlan({ DATABASE_URL: url, WEB_CONCURRENCY: "2" })).toEqual({
      processes: 2,
      budget: 40,
      poolPerProcess: 17,
      total: 40,
    });
    expect(connectionPlan({ DATABASE_URL: url, WEB_CONCURRENCY: "3", DATABASE_CONNECTION_BUDGET: "50" })).toEqual({
      processes: 3,
      budget: 50,
      poolPerProcess: 13,
      total: 48,
    });
  });

  it("counts one process per core unless WEB_CONCURRENCY says otherwise, and one with the embedded database", () => {
    expect(connectionPlan({ DATABASE_URL: url }).processes).toBe(availableParallelism());
    expect(connectionPlan({ WEB_CONCURRENCY: "4" })).toMatchObject({ processes: 1 });
  });

  it("takes DATABASE_POOL_MAX as the pool of each process", () => {
    expect(connectionPlan({ DATABASE_URL: url, WEB_CONCURRENCY: "2", DATABASE_POOL_MAX: "6" })).toMatchObject({
      poolPerProcess: 6,
      total: 18,
    });
  });

  it("refuses a budget that leaves a process fewer than two connections for queries, saying what to change", () => {
    expect(connectionPlan({ DATABASE_URL: url, WEB_CONCURRENCY: "4", DATABASE_CONNECTION_BUDGET: "20" })).toMatchObject(
      { poolPerProcess: 2, total: 20 },
    );
    expect(() => connectionPlan({ DATABASE_URL: url, WEB_CONCURRENCY: "4", DATABASE_CONNECTION_BUDGET: "19" })).toThrow(
      "DATABASE_CONNECTION_BUDGET=19 is too small for 4 app processes: each needs 5 connections at least " +
        "(2 for queries, 3 for background jobs and cache invalidation). Raise DATABASE_CONNECTION_BUDGET to 20 or " +
        "more, or lower WEB_CONCURRENCY to 3.",
    );
  });

  it("names the variable that is not a positive whole number", () => {
    expect(() => connectionPlan({ DATABASE_URL: url, WEB_CONCURRENCY: "two" })).toThrow(/WEB_CONCURRENCY/);
    expect(() => connectionPlan({ DATABASE_URL: url, DATABASE_CONNECTION_BUDGET: "0" })).toThrow(
      /DATABASE_CONNECTION_BUDGET/,
    );
  });
});
