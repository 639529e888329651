/**
 * The rate limits on a real database (lib/security/rate-limit.ts): the counts live in the "RateLimit" table,
 * so two limiter instances (two processes) over one database share them; a subject over its limit is
 * refused with the time until the window ends; a limit whose store fails lets requests through with one log
 * line; and the environment's settings are checked, naming the variable.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, withDatabase } from "@/tests/helpers/test-database";
import { prismaOn, type Database } from "@/lib/database/client";
import { openPGlite } from "@/lib/database/pglite";
import { applyMigrations } from "@/lib/database/migrate";
import { grantAppRole } from "@/lib/database/grants";
import { resolveMigrationTarget, separateAppRole } from "@/lib/database/target";
import {
  clientAddress,
  createRateLimits,
  parseRateLimitRule,
  readRateLimitConfig,
  tooManyRequests,
} from "@/lib/security/rate-limit";

let database: Database;
const onServer = () => database.target.kind === "server";
const serverUrl = () => (database.target as { url: string }).url;

beforeAll(async () => {
  database = await createTestDatabase();
});
const rolesToDrop: string[] = [];
afterAll(async () => {
  await database?.close();
  // The database (and with it the roles' grants) is gone; the roles themselves live in the cluster.
  if (rolesToDrop.length === 0) return;
  const admin = new pg.Client({ connectionString: (resolveMigrationTarget() as { url: string }).url });
  await admin.connect();
  for (const role of rolesToDrop) await admin.query(`DROP ROLE IF EXISTS "${role}"`);
  await admin.end();
});

const config = (env: Record<string, string>) => readRateLimitConfig(env);

describe("rate limits in PostgreSQL", () => {
  it("two limiter instances over one database share their counts, across connections on a server", async () => {
    // On a server the second instance has its own client and pool, as another app process would.
    const second = onServer() ? prismaOn(new PrismaPg({ connectionString: serverUrl(), max: 2 })) : database.prisma;
    try {
      const settings = config({ RATE_LIMIT_SUBMISSIONS: "3/1h" });
      const a = createRateLimits(database.prisma, settings);
      const b = createRateLimits(second, settings);
      expect(await a.consume("submissions", "user-1")).toEqual({ allowed: true });
      expect(await b.consume("submissions", "user-1")).toEqual({ allowed: true });
      expect(await a.consume("submissions", "user-1")).toEqual({ allowed: true });
      const refused = await b.consume("submissions", "user-1");
      expect(refused.allowed).toBe(false);
      if (refused.allowed) return;
      expect(refused.name).toBe("submissions");
      expect(refused.retryAfterSeconds).toBeGreaterThan(3590);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
      // Another subject and another limit count separately.
      expect(await a.consume("submissions", "user-2")).toEqual({ allowed: true });
      expect(await a.consume("apiToken", "user-1")).toEqual({ allowed: true });
      // Subjects are stored hashed, under the limit's prefix.
      const rows = await database.prisma.$queryRaw<{ key: string; points: number }[]>`
        SELECT key, points FROM "RateLimit" WHERE key LIKE 'submissions:%' ORDER BY points DESC`;
      expect(rows).toHaveLength(2);
      expect(rows[0].points).toBe(4);
      expect(rows.map((row) => row.key).join()).not.toContain("user-");
    } finally {
      if (second !== database.prisma) await second.$disconnect();
    }
  });

  it("a reset forgets the count and a reward gives one point back", async () => {
    const limits = createRateLimits(database.prisma, config({ RATE_LIMIT_SIGN_IN_PER_ACCOUNT: "2/15min" }));
    await limits.consume("signInPerAccount", "a@example.test");
    await limits.consume("signInPerAccount", "a@example.test");
    expect((await limits.consume("signInPerAccount", "a@example.test")).allowed).toBe(false);
    await limits.reset("signInPerAccount", "a@example.test");
    // A fresh instance (another process) sees the reset too.
    const other = createRateLimits(database.prisma, config({ RATE_LIMIT_SIGN_IN_PER_ACCOUNT: "2/15min" }));
    expect(await other.consume("signInPerAccount", "a@example.test")).toEqual({ allowed: true });
    await other.reward("signInPerAccount", "a@example.test");
    expect(await other.consume("signInPerAccount", "a@example.test")).toEqual({ allowed: true });
    expect(await other.consume("signInPerAccount", "a@example.test")).toEqual({ allowed: true });
    expect((await other.consume("signInPerAccount", "a@example.test")).allowed).toBe(false);
  });

  it("answers 429 with Retry-After in seconds and the API's error shape", async () => {
    const limits = createRateLimits(database.prisma, config({ RATE_LIMIT_META_ANALYSIS: "1/1min" }));
    await limits.consume("metaAnalysis", "192.0.2.1");
    const refused = await limits.consume("metaAnalysis", "192.0.2.1");
    if (refused.allowed) throw new Error("expected a refusal");
    const response = tooManyRequests(refused);
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = await response.json();
    expect(body.error).toBe("too_many_requests");
    expect(body.issues[0].message).toMatch(/at most 1 per 1 minute; try again in \d+ seconds?/);
  });

  it("lets requests through with one log line when its store fails (its pool closed)", async () => {
    const lines: string[] = [];
    let close: () => Promise<void>;
    let limits;
    if (onServer()) {
      const pool = new pg.Pool({ connectionString: serverUrl(), max: 1 });
      const prisma = prismaOn(new PrismaPg(pool));
      limits = createRateLimits(prisma, config({ RATE_LIMIT_API_TOKEN: "1/1min" }), { log: (l) => lines.push(l) });
      expect(await limits.consume("apiToken", "token")).toEqual({ allowed: true });
      await pool.end();
      close = () => prisma.$disconnect();
    } else {
      const pglite = openPGlite();
      await applyMigrations(pglite);
      const { embedded } = await import("@/lib/database/client");
      const own = embedded(pglite);
      limits = createRateLimits(own.prisma, config({ RATE_LIMIT_API_TOKEN: "1/1min" }), { log: (l) => lines.push(l) });
      expect(await limits.consume("apiToken", "token")).toEqual({ allowed: true });
      await pglite.close();
      close = () => own.prisma.$disconnect().catch(() => undefined);
    }
    try {
      // Over the limit, but the store cannot say so: through, and said once.
      expect(await limits.consume("apiToken", "token")).toEqual({ allowed: true });
      expect(await limits.consume("apiToken", "token")).toEqual({ allowed: true });
      await limits.reset("apiToken", "token");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Rate limit apiToken is not enforced: its store did not answer \(.+\)/);
      expect(lines[0]).not.toContain('token"');
      expect(lines[0]).not.toMatch(/postgres(ql)?:\/\//);
    } finally {
      await close();
    }
  });

  it.runIf(process.env.DATABASE_URL)(
    "lets requests through within its timeout when the database is too slow to answer",
    async () => {
      const lines: string[] = [];
      const limits = createRateLimits(database.prisma, config({ RATE_LIMIT_SUBMISSIONS: "1/1h" }), {
        timeoutMs: 300,
        log: (line) => lines.push(line),
      });
      const locker = new pg.Client({ connectionString: serverUrl() });
      await locker.connect();
      try {
        await locker.query('BEGIN; LOCK TABLE "RateLimit" IN ACCESS EXCLUSIVE MODE');
        const started = Date.now();
        expect(await limits.consume("submissions", "slow")).toEqual({ allowed: true });
        expect(Date.now() - started).toBeLessThan(2000);
        expect(lines).toHaveLength(1);
      } finally {
        await locker.query("ROLLBACK");
        await locker.end();
      }
    },
  );

  it.runIf(process.env.DATABASE_URL)(
    "works as the app's role, which owns nothing and gets its rights from the grants",
    async () => {
      // The configured app role when there is one (as CI sets up; its owner may not create roles), else a
      // throw-away role.
      let role = separateAppRole();
      let url: URL;
      if (role) {
        url = new URL(withDatabase(process.env.DATABASE_URL!, new URL(serverUrl()).pathname.slice(1)));
      } else {
        role = `effectwijzer_test_rl_${randomUUID().replace(/-/g, "").slice(0, 8)}`;
        const password = randomUUID();
        await database.prisma.$executeRawUnsafe(`CREATE ROLE "${role}" LOGIN PASSWORD '${password}'`);
        rolesToDrop.push(role);
        url = new URL(serverUrl());
        url.username = role;
        url.password = password;
      }
      const app = prismaOn(new PrismaPg({ connectionString: url.toString(), max: 1 }));
      try {
        await grantAppRole(database.prisma, role);
        const lines: string[] = [];
        const limits = createRateLimits(app, config({ RATE_LIMIT_SIGN_UP_PER_ADDRESS: "1/1h" }), {
          log: (line) => lines.push(line),
        });
        expect(await limits.consume("signUpPerAddress", "203.0.113.1")).toEqual({ allowed: true });
        expect((await limits.consume("signUpPerAddress", "203.0.113.1")).allowed).toBe(false);
        await limits.reset("signUpPerAddress", "203.0.113.1");
        expect(lines).toEqual([]);
      } finally {
        await app.$disconnect();
      }
    },
  );

  it("lets everything through with RATE_LIMITS=off or a limit set to off, without writing", async () => {
    const count = async () =>
      (await database.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "RateLimit"`)[0].n;
    const before = await count();
    const off = createRateLimits(database.prisma, config({ RATE_LIMITS: "off", RATE_LIMIT_SUBMISSIONS: "1/1h" }));
    const one = createRateLimits(database.prisma, config({ RATE_LIMIT_SUBMISSIONS: "off" }));
    for (let i = 0; i < 3; i++) {
      expect(await off.consume("submissions", "off-user")).toEqual({ allowed: true });
      expect(await one.consume("submissions", "off-user")).toEqual({ allowed: true });
    }
    expect(await count()).toBe(before);
  });
});

describe("rate limit settings", () => {
  it("reads count/window and names the variable of a bad value", () => {
    expect(parseRateLimitRule("X", "5/15min")).toEqual({ points: 5, windowSeconds: 900 });
    expect(parseRateLimitRule("X", "600/1min")).toEqual({ points: 600, windowSeconds: 60 });
    expect(parseRateLimitRule("X", "20/h")).toEqual({ points: 20, windowSeconds: 3600 });
    expect(parseRateLimitRule("X", " 10 / 30s ")).toEqual({ points: 10, windowSeconds: 30 });
    expect(parseRateLimitRule("X", "off")).toBeNull();
    expect(() => readRateLimitConfig({ RATE_LIMIT_SIGN_IN_PER_ACCOUNT: "5 per minute" })).toThrow(
      /^RATE_LIMIT_SIGN_IN_PER_ACCOUNT must be/,
    );
    expect(() => readRateLimitConfig({ RATE_LIMIT_API_TOKEN: "0/1min" })).toThrow(/^RATE_LIMIT_API_TOKEN must be/);
    expect(() => readRateLimitConfig({ RATE_LIMIT_META_ANALYSIS: "5/15fortnights" })).toThrow(
      /^RATE_LIMIT_META_ANALYSIS must be/,
    );
    expect(() => readRateLimitConfig({ RATE_LIMITS: "no" })).toThrow(/^RATE_LIMITS must be "on" or "off"/);
    const defaults = readRateLimitConfig({});
    expect(defaults.enabled).toBe(true);
    expect(defaults.rules.signInPerAccount).toEqual({ points: 5, windowSeconds: 900 });
  });

  it("takes the client's address from X-Forwarded-For: the first entry behind a trusted proxy, else the last", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.2" });
    expect(clientAddress(headers, { TRUST_PROXY: "1" })).toBe("203.0.113.7");
    expect(clientAddress(headers, {})).toBe("10.0.0.2");
    expect(clientAddress(new Headers(), {})).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:192.0.2.9" }), {})).toBe("192.0.2.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "2001:db8:1:2:3:4:5:6" }), {})).toBe("2001:db8:1:2::/64");
    expect(clientAddress(new Headers({ "x-forwarded-for": "2001:db8::1" }), {})).toBe("2001:db8:0:0::/64");
  });
});
