/**
 * Sign-in and sign-up under their rate limits, with the real better-auth on a real database, through the
 * server actions' path (auth.api) and the HTTP endpoint alike: failed sign-ins count per account and per
 * address, a successful one starts the account again from zero, sign-ups count per address, and a refusal
 * is a 429 with Retry-After that the forms show as "too many attempts".
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isAPIError } from "better-auth/api";
import { createTestDatabase } from "@/tests/helpers/test-database";
import type { Database } from "@/lib/database/client";
import { createAuth, type Auth } from "@/lib/auth/create-auth";
import { authErrorKey } from "@/lib/auth/auth-errors";
import { createRateLimits, readRateLimitConfig } from "@/lib/security/rate-limit";

const SECRET = "integration-test-secret-9a1c7e3d5b2f4a6c8e0d";
const BASE_URL = "http://localhost:3000";
const PASSWORD = "a-long-password";

let database: Database;
let auth: Auth;

beforeAll(async () => {
  database = await createTestDatabase();
  const limits = createRateLimits(
    database.prisma,
    readRateLimitConfig({
      RATE_LIMIT_SIGN_IN_PER_ACCOUNT: "2/15min",
      RATE_LIMIT_SIGN_IN_PER_ADDRESS: "4/15min",
      RATE_LIMIT_SIGN_UP_PER_ADDRESS: "2/1h",
    }),
  );
  auth = createAuth(database.prisma, { secret: SECRET, baseURL: BASE_URL, rateLimits: limits });
});
afterAll(async () => {
  await database?.close();
});

const from = (address: string) => new Headers({ "x-forwarded-for": address });

async function signUp(email: string, address: string) {
  await auth.api.signUpEmail({ body: { name: "Tester", email, password: PASSWORD }, headers: from(address) });
}

/** "ok", or the refusal's status with its Retry-After. */
async function signIn(email: string, password: string, address: string) {
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: from(address) });
    return { status: 200 };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    return {
      status: error.statusCode,
      retryAfter: new Headers(error.headers as HeadersInit).get("retry-after"),
      key: authErrorKey(error),
    };
  }
}

describe("sign-in limits", () => {
  test("an account is refused after its failed attempts, even with the right password, from any address", async () => {
    await signUp("ada@example.nl", "192.0.2.1");
    expect((await signIn("ada@example.nl", "wrong-password", "192.0.2.10")).status).toBe(401);
    expect((await signIn("ADA@example.nl", "wrong-password", "192.0.2.11")).status).toBe(401);
    const refused = await signIn("ada@example.nl", PASSWORD, "192.0.2.12");
    expect(refused.status).toBe(429);
    expect(refused.key).toBe("tooManyAttempts");
    expect(Number(refused.retryAfter)).toBeGreaterThan(800);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(900);
  });

  test("a successful sign-in forgets the account's failures", async () => {
    await signUp("bram@example.nl", "192.0.2.2");
    expect((await signIn("bram@example.nl", "wrong-password", "192.0.2.20")).status).toBe(401);
    expect((await signIn("bram@example.nl", PASSWORD, "192.0.2.20")).status).toBe(200);
    expect((await signIn("bram@example.nl", "wrong-password", "192.0.2.20")).status).toBe(401);
    expect((await signIn("bram@example.nl", PASSWORD, "192.0.2.20")).status).toBe(200);
  });

  test("an address is refused after its failed attempts across accounts; successes do not count", async () => {
    for (const name of ["c1", "c2", "c3"]) await signUp(`${name}@example.nl`, `192.0.2.3${name.slice(1)}`);
    const address = "198.51.100.7";
    for (let i = 0; i < 5; i++) expect((await signIn("c1@example.nl", PASSWORD, address)).status).toBe(200);
    expect((await signIn("c1@example.nl", "wrong-password", address)).status).toBe(401);
    expect((await signIn("c2@example.nl", "wrong-password", address)).status).toBe(401);
    expect((await signIn("c3@example.nl", "wrong-password", address)).status).toBe(401);
    expect((await signIn("nobody@example.nl", "wrong-password", address)).status).toBe(401);
    expect((await signIn("c3@example.nl", PASSWORD, address)).status).toBe(429);
    // Another address is not affected.
    expect((await signIn("c3@example.nl", PASSWORD, "198.51.100.8")).status).toBe(200);
  });

  test("the HTTP endpoint answers 429 with Retry-After too", async () => {
    await signUp("dirk@example.nl", "192.0.2.4");
    const post = (password: string) =>
      auth.handler(
        new Request(`${BASE_URL}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: BASE_URL, "x-forwarded-for": "203.0.113.9" },
          body: JSON.stringify({ email: "dirk@example.nl", password }),
        }),
      );
    expect((await post("wrong-password")).status).toBe(401);
    expect((await post("wrong-password")).status).toBe(401);
    const refused = await post(PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).code).toBe("TOO_MANY_ATTEMPTS");
  });
});

describe("sign-up limits", () => {
  test("an address may sign up a limited number of accounts", async () => {
    await signUp("e1@example.nl", "203.0.113.50");
    await signUp("e2@example.nl", "203.0.113.50");
    let status = 200;
    try {
      await signUp("e3@example.nl", "203.0.113.50");
    } catch (error) {
      if (!isAPIError(error)) throw error;
      status = error.statusCode;
    }
    expect(status).toBe(429);
    expect(await database.prisma.user.count({ where: { email: "e3@example.nl" } })).toBe(0);
    await signUp("e3@example.nl", "203.0.113.51");
    expect(await database.prisma.user.count({ where: { email: "e3@example.nl" } })).toBe(1);
  });
});
