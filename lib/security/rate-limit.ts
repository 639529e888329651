/**
 * Rate limits kept in PostgreSQL (the "RateLimit" table), so that every app process on every machine counts
 * against the same numbers: rate-limiter-flexible's PostgreSQL store, whose one atomic upsert per request
 * runs through the app's own Prisma client (its connection budget, on the embedded database as on a server).
 * The migration creates the table (the app's role cannot), hence tableCreated.
 *
 * Each limit is "points per window" and configurable by environment (RATE_LIMIT_… = "5/15min", or "off");
 * RATE_LIMITS=off switches all of them off (benchmarks, fuzzing). A subject (an e-mail, an address, a token,
 * a user id) is stored only as a hash. While the store cannot answer (the database is down or too slow), a
 * limit lets requests through and says so in one log line per limit until it works again: a limit must not
 * turn an outage into errors of its own.
 */
import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../database/client";

export const RATE_LIMIT_NAMES = [
  "signInPerAccount",
  "signInPerAddress",
  "signUpPerAddress",
  "apiToken",
  "submissions",
  "metaAnalysis",
] as const;
export type RateLimitName = (typeof RATE_LIMIT_NAMES)[number];

/** Each limit's variable, default and what it counts (the README's table is this one). */
export const RATE_LIMIT_SETTINGS: Record<RateLimitName, { variable: string; default: string; counts: string }> = {
  signInPerAccount: {
    variable: "RATE_LIMIT_SIGN_IN_PER_ACCOUNT",
    default: "5/15min",
    counts: "failed sign-ins per e-mail address (a successful sign-in starts again from zero)",
  },
  signInPerAddress: {
    variable: "RATE_LIMIT_SIGN_IN_PER_ADDRESS",
    default: "30/15min",
    counts: "failed sign-ins per client address (all accounts)",
  },
  signUpPerAddress: {
    variable: "RATE_LIMIT_SIGN_UP_PER_ADDRESS",
    default: "20/1h",
    counts: "sign-ups per client address",
  },
  apiToken: { variable: "RATE_LIMIT_API_TOKEN", default: "600/1min", counts: "API requests per token" },
  submissions: {
    variable: "RATE_LIMIT_SUBMISSIONS",
    default: "60/1h",
    counts: "evidence entries saved or submitted per user through the API",
  },
  metaAnalysis: {
    variable: "RATE_LIMIT_META_ANALYSIS",
    default: "60/1min",
    counts: "POST /api/v1/meta-analysis per client address",
  },
};

export const RATE_LIMIT_TABLE = "RateLimit";
/** How long a check may wait for the store before the request goes ahead unchecked. */
export const STORE_TIMEOUT_MS = 2000;

export type RateLimitRule = { points: number; windowSeconds: number };
export type RateLimitConfig = { enabled: boolean; rules: Record<RateLimitName, RateLimitRule | null> };

const UNITS: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
};

/** "5/15min", "600/1min", "20/h": points per window; "off": no limit. Errors name the variable. */
export function parseRateLimitRule(variable: string, raw: string): RateLimitRule | null {
  const value = raw.trim().toLowerCase();
  if (value === "off") return null;
  const match = /^(\d+)\s*\/\s*(\d+)?\s*([a-z]+)$/.exec(value);
  const unit = match ? UNITS[match[3]] : undefined;
  const points = match ? Number(match[1]) : 0;
  const count = match?.[2] === undefined ? 1 : Number(match[2]);
  if (!match || unit === undefined || points < 1 || count < 1 || !Number.isSafeInteger(points * count)) {
    throw new Error(
      `${variable} must be "<count>/<window>" such as 5/15min, 600/1min or 20/1h (units s, min, h, d), or "off"; got "${raw}"`,
    );
  }
  return { points, windowSeconds: count * unit };
}

/** The limits from the environment, checked as a whole: the first invalid variable is named. */
export function readRateLimitConfig(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  const master = env.RATE_LIMITS?.trim().toLowerCase();
  if (master && master !== "on" && master !== "off") {
    throw new Error(`RATE_LIMITS must be "on" or "off" (off switches every rate limit off); got "${env.RATE_LIMITS}"`);
  }
  const rules = {} as Record<RateLimitName, RateLimitRule | null>;
  for (const name of RATE_LIMIT_NAMES) {
    const { variable, default: fallback } = RATE_LIMIT_SETTINGS[name];
    rules[name] = parseRateLimitRule(variable, env[variable]?.trim() || fallback);
  }
  return { enabled: master !== "off", rules };
}

/** "15 minutes", "1 hour": a window as the refusals state it. */
export function describeWindow(seconds: number): string {
  const [size, unit] =
    seconds % 86_400 === 0
      ? [seconds / 86_400, "day"]
      : seconds % 3600 === 0
        ? [seconds / 3600, "hour"]
        : seconds % 60 === 0
          ? [seconds / 60, "minute"]
          : [seconds, "second"];
  return size === 1 ? `1 ${unit}` : `${size} ${unit}s`;
}

export type RateLimitDecision =
  { allowed: true } | { allowed: false; name: RateLimitName; rule: RateLimitRule; retryAfterSeconds: number };

const ALLOWED: RateLimitDecision = { allowed: true };

/** A subject as stored: a hash, so the table holds no e-mail addresses, client addresses or tokens. */
function hashed(subject: string): string {
  return createHash("sha256").update(subject).digest("hex").slice(0, 40);
}

/**
 * pg's query interface over the app's Prisma client, as the store calls it: { text, values } in, { rows,
 * rowCount } out. bigint columns come back as numbers (the store does arithmetic with Date.now()).
 */
export function storeClientOver(prisma: Db) {
  return {
    async query(statement: { text: string; values?: unknown[] }) {
      const values = statement.values ?? [];
      if (/^\s*DELETE\b/i.test(statement.text)) {
        const rowCount = await prisma.$executeRawUnsafe(statement.text, ...values);
        return { rows: [], rowCount };
      }
      const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(statement.text, ...values);
      const converted = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value]),
        ),
      );
      return { rows: converted, rowCount: converted.length };
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("timed out"), { code: "TIMEOUT" })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What a log line may say about a store failure: its code or class, never its message (it can hold a URL). */
function failureKind(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code) return code;
  return error instanceof Error ? error.name : typeof error;
}

export type RateLimits = {
  readonly enabled: boolean;
  readonly config: RateLimitConfig;
  /** Counts one request against `name` for `subject`; refused once the window's points are used up. */
  consume(name: RateLimitName, subject: string): Promise<RateLimitDecision>;
  /** Gives back one point (a request that, after all, should not count). */
  reward(name: RateLimitName, subject: string): Promise<void>;
  /** Forgets `subject`'s count (e.g. after a successful sign-in). */
  reset(name: RateLimitName, subject: string): Promise<void>;
};

/**
 * The limits over one database. `timeoutMs` bounds each check; `log` receives the one line per limit that
 * says it lets requests through while its store fails.
 */
export function createRateLimits(
  prisma: Db,
  config: RateLimitConfig,
  options: { timeoutMs?: number; log?: (line: string) => void } = {},
): RateLimits {
  const timeoutMs = options.timeoutMs ?? STORE_TIMEOUT_MS;
  const log = options.log ?? ((line: string) => console.warn(line));
  const storeClient = storeClientOver(prisma);
  const limiters = new Map<RateLimitName, RateLimiterPostgres>();
  const failing = new Set<RateLimitName>();
  let sweeperAssigned = false;

  function limiter(name: RateLimitName, rule: RateLimitRule): RateLimiterPostgres {
    let found = limiters.get(name);
    if (!found) {
      found = new RateLimiterPostgres({
        storeClient,
        storeType: "client",
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        keyPrefix: name,
        points: rule.points,
        duration: rule.windowSeconds,
        // Once a subject is over its limit, this process refuses it without asking the database again.
        inMemoryBlockOnConsumed: rule.points + 1,
        // One limiter per process deletes expired rows (of every limit) now and then.
        clearExpiredByTimeout: !sweeperAssigned,
      });
      sweeperAssigned = true;
      limiters.set(name, found);
    }
    return found;
  }

  function storeFailed(name: RateLimitName, error: unknown) {
    if (failing.has(name)) return;
    failing.add(name);
    log(
      `Rate limit ${name} is not enforced: its store did not answer (${failureKind(error)}); requests go through until it does`,
    );
  }

  function storeAnswered(name: RateLimitName) {
    failing.delete(name);
  }

  async function run(name: RateLimitName, action: (limiter: RateLimiterPostgres) => Promise<unknown>) {
    const rule = config.rules[name];
    if (!config.enabled || !rule) return;
    try {
      await withTimeout(action(limiter(name, rule)), timeoutMs);
      storeAnswered(name);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw error;
      storeFailed(name, error);
    }
  }

  return {
    enabled: config.enabled,
    config,
    async consume(name, subject) {
      const rule = config.rules[name];
      if (!config.enabled || !rule) return ALLOWED;
      try {
        await run(name, (limiter) => limiter.consume(hashed(subject)));
        return ALLOWED;
      } catch (refusal) {
        const ms = (refusal as RateLimiterRes).msBeforeNext;
        return { allowed: false, name, rule, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
      }
    },
    async reward(name, subject) {
      await run(name, (limiter) => limiter.reward(hashed(subject)));
    },
    async reset(name, subject) {
      await run(name, (limiter) => limiter.delete(hashed(subject)));
    },
  };
}

/** Limits that never refuse (RATE_LIMITS=off, or a caller without a database). */
export function noRateLimits(): RateLimits {
  const config = readRateLimitConfig({ RATE_LIMITS: "off" });
  return {
    enabled: false,
    config,
    consume: async () => ALLOWED,
    reward: async () => {},
    reset: async () => {},
  };
}

export type TooManyRequests = { error: "too_many_requests"; issues: { path: string; message: string }[] };

/** The refusal in the API's error shape: 429 with Retry-After in seconds. */
export function tooManyRequests(
  decision: Extract<RateLimitDecision, { allowed: false }>,
  path = "(request)",
): Response {
  const { rule, retryAfterSeconds } = decision;
  const body: TooManyRequests = {
    error: "too_many_requests",
    issues: [
      {
        path,
        message:
          `Too many requests: at most ${rule.points} per ${describeWindow(rule.windowSeconds)}; ` +
          `try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`,
      },
    ],
  };
  return Response.json(body, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });
}

/**
 * The client's address for the per-address limits. With TRUST_PROXY set (a reverse proxy in front that
 * sets X-Forwarded-For), its first entry. Without it, the address Next.js's server recorded for the
 * connection, which it passes in X-Forwarded-For when the request did not bring one. IPv6 addresses count
 * per /64 (one subscriber's network). Null when there is none.
 */
export function clientAddress(
  headers: Headers | null | undefined,
  env: Record<string, string | undefined> = process.env,
): string | null {
  const forwarded = headers?.get("x-forwarded-for");
  if (!forwarded) return null;
  const entries = forwarded
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const trustProxy = /^(1|true|yes|on)$/i.test(env.TRUST_PROXY?.trim() ?? "");
  const chosen = trustProxy ? entries[0] : entries[entries.length - 1];
  return chosen ? normaliseAddress(chosen) : null;
}

/** 192.0.2.1 stays; ::ffff:192.0.2.1 becomes 192.0.2.1; other IPv6 addresses become their /64. */
export function normaliseAddress(address: string): string {
  const value = address.toLowerCase().replace(/^\[|\](:\d+)?$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) return mapped[1];
  if (!value.includes(":")) return value.replace(/:\d+$/, "");
  const [head, tail = ""] = value.split("::");
  const left = head ? head.split(":") : [];
  const right = value.includes("::") && tail ? tail.split(":") : [];
  const groups = value.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

const byDatabase = new WeakMap<Db, RateLimits>();

/**
 * The limits over a database, configured from the environment, made once per client: the app's routes get
 * them over the app's client, tests over their own database.
 */
export function rateLimitsFor(prisma: Db, env: Record<string, string | undefined> = process.env): RateLimits {
  let limits = byDatabase.get(prisma);
  if (!limits) {
    const config = readRateLimitConfig(env);
    limits = config.enabled ? createRateLimits(prisma, config) : noRateLimits();
    byDatabase.set(prisma, limits);
  }
  return limits;
}
