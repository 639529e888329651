/**
 * Routes under their limits, on a real database: POST /api/v1/meta-analysis answers 413 to an oversized body
 * and 429 with Retry-After to an address over its rate limit (before reading the body); the submissions API
 * answers 429 to a user over the submissions limit and to a token over its own limit, and writes nothing
 * for a refused request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { trialEntry } from "@/tests/helpers/submissions";
import type { Database } from "@/lib/database/client";
import { handleMetaAnalysis } from "@/lib/api/meta-analysis";
import { createRateLimits, noRateLimits, readRateLimitConfig } from "@/lib/security/rate-limit";
import { handleCreateSubmission, handleListSubmissions } from "@/lib/submission/http";
import { createApiToken } from "@/lib/auth/api-token";

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
});
afterAll(async () => {
  await database?.close();
});

const studies = [
  { yi: 0.1, vi: 0.02 },
  { yi: 0.3, vi: 0.04 },
];

function metaAnalysis(body: string, address = "198.51.100.4", headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/v1/meta-analysis", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address, ...headers },
    body,
  });
}

describe("POST /api/v1/meta-analysis under its limits", () => {
  it("answers 413 in the API's shape to a body over 5 MiB, without parsing it", async () => {
    const huge = JSON.stringify({ measure: "GENERIC", studies, padding: "x".repeat(6 * 1024 * 1024) });
    const response = await handleMetaAnalysis(metaAnalysis(huge), noRateLimits());
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: "payload_too_large",
      issues: [{ path: "(body)", message: "The request body is too large: at most 5 MiB" }],
    });
  });

  it("answers 429 with Retry-After once an address has used its requests, others still served", async () => {
    const limits = createRateLimits(database.prisma, readRateLimitConfig({ RATE_LIMIT_META_ANALYSIS: "2/1min" }));
    const body = JSON.stringify({ measure: "GENERIC", studies });
    expect((await handleMetaAnalysis(metaAnalysis(body), limits)).status).toBe(200);
    expect((await handleMetaAnalysis(metaAnalysis(body), limits)).status).toBe(200);
    // Refused before its body is read: even a malformed one gets the 429.
    const refused = await handleMetaAnalysis(metaAnalysis("{not json"), limits);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const json = await refused.json();
    expect(json.error).toBe("too_many_requests");
    expect(json.issues[0].message).toContain("at most 2 per 1 minute");
    expect((await handleMetaAnalysis(metaAnalysis(body, "198.51.100.5"), limits)).status).toBe(200);
  });
});

describe("the submissions API under its limits", () => {
  async function researcherToken(email: string) {
    const user = await database.prisma.user.create({
      data: { email, name: "Onderzoeker", role: "RESEARCHER", emailVerified: true },
      select: { id: true, email: true, name: true, role: true },
    });
    const created = await createApiToken({ viewer: user, name: "limits" }, database.prisma);
    return { user, token: created.token };
  }

  function post(token: string, body: unknown) {
    return new Request("http://localhost/api/v1/submissions", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  it("answers 429 to a user over the submissions limit and saves nothing for it", async () => {
    const { user, token } = await researcherToken("limits-submissions@example.test");
    const limits = createRateLimits(database.prisma, readRateLimitConfig({ RATE_LIMIT_SUBMISSIONS: "1/1h" }));
    const slug = (await database.prisma.intervention.findFirstOrThrow({ select: { slug: true } })).slug;
    const entry = trialEntry({ tag: "limits", intervention: slug });
    const first = await handleCreateSubmission(database.prisma, post(token, entry), limits);
    expect(first.status, JSON.stringify(await first.clone().json())).toBe(201);
    const second = await handleCreateSubmission(database.prisma, post(token, entry), limits);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(3500);
    expect(await database.prisma.study.count({ where: { submitterId: user.id } })).toBe(1);
  });

  it("answers 429 to a token over its own limit, naming the Authorization header", async () => {
    const { token } = await researcherToken("limits-token@example.test");
    const limits = createRateLimits(database.prisma, readRateLimitConfig({ RATE_LIMIT_API_TOKEN: "2/1min" }));
    const list = () =>
      handleListSubmissions(
        database.prisma,
        new Request("http://localhost/api/v1/submissions", { headers: { authorization: `Bearer ${token}` } }),
        limits,
      );
    expect((await list()).status).toBe(200);
    expect((await list()).status).toBe(200);
    const refused = await list();
    expect(refused.status).toBe(429);
    expect((await refused.json()).issues[0].path).toBe("Authorization");
  });
});
