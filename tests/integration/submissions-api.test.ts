/**
 * The submissions API (lib/submission/http.ts, behind app/api/v1/submissions/**) with a real, seeded
 * database and real API tokens: authentication by bearer token only, the status codes and error shapes,
 * paging, and the OpenAPI description of these paths.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { theraplayEntry, type Entry } from "@/tests/helpers/submissions";
import type { Db } from "@/lib/database/client";
import type { Role } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { createApiToken, findApiTokens, revokeApiToken, viewerFromBearer } from "@/lib/auth/api-token";
import {
  handleCreateSubmission,
  handleGetSubmission,
  handleListSubmissions,
  handleSubmissionAction,
} from "@/lib/submission/http";
import { submissionDtoSchema, submissionListSchema } from "@/lib/submission/api-schemas";
import { openApiDocument } from "@/lib/openapi";

const BASE = "http://localhost/api/v1/submissions";

let db: Db;
const tokens: Record<"researcher" | "other" | "officer", string> = { researcher: "", other: "", officer: "" };
let researcher: Viewer;

async function createUserWithToken(role: Role, name: keyof typeof tokens) {
  const viewer = await db.user.create({
    data: { email: `${name}@example.org`, name, role },
    select: { id: true, email: true, name: true, role: true },
  });
  // An officer cannot create tokens, so the officer's is written directly, as an account from before a
  // role change would still hold one.
  const token = await createApiToken({ viewer: { ...viewer, role: "RESEARCHER" }, name: `${name}'s script` }, db);
  tokens[name] = token.token;
  return viewer;
}

const headers = (token: string | null) => ({
  "Content-Type": "application/json",
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
});
const post = (body: unknown, token: string | null = tokens.researcher, path = "") =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    headers: headers(token),
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const get = (query = "", token: string | null = tokens.researcher) =>
  new Request(`${BASE}${query}`, { headers: headers(token) });

let doiCounter = 0;
const entry = (overrides: Partial<Entry> = {}) => ({
  ...theraplayEntry(`10.5555/api.${++doiCounter}`),
  ...overrides,
});

withTestDatabase({ seed: true }, (database) => (db = database.prisma));
beforeAll(async () => {
  researcher = await createUserWithToken("RESEARCHER", "researcher");
  await createUserWithToken("RESEARCHER", "other");
  await createUserWithToken("OFFICER", "officer");
});

describe("authentication", () => {
  test("no token, an unknown or malformed token: 401 with the one shape", async () => {
    for (const token of [null, "ewz_unknown", "not-a-token", `${tokens.researcher}x`]) {
      const res = await handleCreateSubmission(db, post(entry(), token));
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: "unauthorized" });
      expect(res.headers.get("WWW-Authenticate")).toBe("Bearer");
    }
    const list = await handleListSubmissions(db, get("", null));
    expect(list.status).toBe(401);
    const cookieOnly = new Request(BASE, { headers: { Cookie: "better-auth.session_token=abc" } });
    expect((await handleListSubmissions(db, cookieOnly)).status).toBe(401);
  });

  test("an officer's token: 403, before the body is read", async () => {
    const res = await handleCreateSubmission(db, post("{not json", tokens.officer));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "forbidden" });
    expect((await handleListSubmissions(db, get("", tokens.officer))).status).toBe(403);
  });

  test("a revoked token or a disabled account: 401; lastUsedAt is kept, at most once a minute", async () => {
    const viewer = await db.user.create({
      data: { email: "short-lived@example.org", name: "Short", role: "RESEARCHER" },
      select: { id: true, email: true, name: true, role: true },
    });
    const created = await createApiToken({ viewer, name: "temporary" }, db);
    expect(created.token).toMatch(/^ewz_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: created.id }, select: { tokenHash: true } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toContain(created.token);

    expect((await handleListSubmissions(db, get("", created.token))).status).toBe(200);
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await viewerFromBearer(get("", created.token), db);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toEqual(first);

    const listed = await findApiTokens({ viewer }, db);
    expect(listed).toEqual([expect.objectContaining({ id: created.id, name: "temporary", revokedAt: null })]);
    expect(listed[0]).not.toHaveProperty("tokenHash");

    await revokeApiToken({ viewer, id: created.id }, db);
    const res = await handleListSubmissions(db, get("", created.token));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "unauthorized" });
    const actions = await db.auditLog.findMany({ where: { entityType: "ApiToken", entityId: created.id } });
    expect(actions.map((a) => a.action).sort()).toEqual(["api-token.create", "api-token.revoke"]);

    // Someone else's token cannot be revoked (or even found).
    const other = await createApiToken({ viewer, name: "second" }, db);
    await expect(revokeApiToken({ viewer: researcher, id: other.id }, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.user.update({ where: { id: viewer.id }, data: { disabledAt: new Date() } });
    expect((await handleListSubmissions(db, get("", other.token))).status).toBe(401);
  });

  test("a token needs a name of 1 to 100 characters, as its form says, and nothing is written without one", async () => {
    const before = await db.apiToken.count();
    for (const name of ["   ", "x".repeat(101)]) {
      await expect(createApiToken({ viewer: researcher, name }, db)).rejects.toMatchObject({
        code: "INVALID",
        issues: [{ path: "name" }],
      });
    }
    expect(await db.apiToken.count()).toBe(before);
    expect((await createApiToken({ viewer: researcher, name: `  ${"x".repeat(100)}  ` }, db)).name).toHaveLength(100);
  });
});

describe("POST /api/v1/submissions", () => {
  test("201 with the saved entry and its computed effect sizes", async () => {
    const res = await handleCreateSubmission(db, post(entry()));
    expect(res.status).toBe(201);
    const body = submissionDtoSchema.parse(await res.json());
    expect(res.headers.get("Location")).toBe(`/api/v1/submissions/${body.id}`);
    expect(body.status).toBe("draft");
    expect(body.study.design).toBe("quasi-experimental");
    expect(body.outcomes[0].effect?.yi).toBeGreaterThan(0);
    expect(body.outcomes[0].statistics).toEqual({ t: 2.1, n1: 40, n2: 40 });

    const submitted = await handleCreateSubmission(db, post(entry({ submit: true })));
    expect(submitted.status).toBe(201);
    expect((await submitted.json()).status).toBe("submitted");
  });

  test("400 naming each field, in English", async () => {
    const good = entry();
    const bad = {
      ...good,
      extra: 1,
      // A ROBINS-I judgement under RoB 2, for a non-randomised design, and a means form without n2.
      study: { ...good.study, riskOfBias: { ...good.study.riskOfBias, tool: "rob2" } },
      outcomes: [good.outcomes[0], { ...good.outcomes[0], statistics: { m1: 1, sd1: 1, n1: 10, m2: 0, sd2: 1 } }],
    };
    const res = await handleCreateSubmission(db, post(bad));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("invalid_request");
    const paths = body.issues.map((i: { path: string }) => i.path);
    expect([...paths].sort()).toEqual(
      [
        "extra",
        "study.riskOfBias.tool",
        "study.riskOfBias.domains",
        "study.riskOfBias.domains.0",
        "study.riskOfBias.domains.4",
        "study.riskOfBias.domains.5",
        "outcomes.1.statistics.n2",
      ].sort(),
    );
    expect(body.issues.find((i: { path: string }) => i.path === "study.riskOfBias.tool").message).toBe(
      "Randomised trials are judged with RoB 2, other designs with ROBINS-I",
    );
  });

  test("400 for malformed JSON and for an intervention that does not exist", async () => {
    const malformed = await handleCreateSubmission(db, post("{not json"));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      error: "invalid_request",
      issues: [{ path: "(body)", message: "Body must be valid JSON" }],
    });
    const unknown = await handleCreateSubmission(db, post(entry({ intervention: "does-not-exist" })));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).issues).toEqual([
      { path: "intervention", message: 'There is no intervention "does-not-exist" in the catalogue' },
    ]);
  });
});

describe("reading and moving entries", () => {
  test("GET list: own entries only, newest first, paged like the catalogue", async () => {
    const res = await handleListSubmissions(db, get());
    expect(res.status).toBe(200);
    const all = submissionListSchema.parse(await res.json());
    expect(all).toMatchObject({ page: 1, pageSize: 20 });
    expect(all.total).toBe(await db.study.count({ where: { submitterId: researcher.id } }));
    expect(all.total).toBeGreaterThanOrEqual(2);
    const second = submissionListSchema.parse(
      await (await handleListSubmissions(db, get("?page=2&pageSize=1"))).json(),
    );
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(second.items.map((i) => i.id)).toEqual([all.items[1].id]);

    const others = submissionListSchema.parse(await (await handleListSubmissions(db, get("", tokens.other))).json());
    expect(others.total).toBe(0);

    for (const query of ["?pageSize=0", "?pageSize=101", "?page=x", "?page=1&page=2", "?status=draft"]) {
      const bad = await handleListSubmissions(db, get(query));
      expect(bad.status, query).toBe(400);
      expect((await bad.json()).error).toBe("invalid_request");
    }
  });

  test("GET one: own 200, someone else's or unknown 404, malformed id 400", async () => {
    const created = await (await handleCreateSubmission(db, post(entry()))).json();
    const own = await handleGetSubmission(db, get(`/${created.id}`), String(created.id));
    expect(own.status).toBe(200);
    expect(await own.json()).toEqual(created);

    for (const [id, token] of [
      [String(created.id), tokens.other],
      ["999999", tokens.researcher],
    ] as const) {
      const res = await handleGetSubmission(db, get(`/${id}`, token), id);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: "not_found", issues: [expect.objectContaining({ path: "id" })] });
    }
    for (const id of ["abc", "0", "-1", "1.5", "99999999999"]) {
      const res = await handleGetSubmission(db, get(`/${id}`), id);
      expect(res.status, id).toBe(400);
      expect(await res.json()).toMatchObject({ error: "invalid_request", issues: [{ path: "id" }] });
    }
  });

  test("submit and withdraw: 200 with the new status, 409 when not possible, 404 for someone else's", async () => {
    const created = await (await handleCreateSubmission(db, post(entry()))).json();
    const id = String(created.id);
    const act = (action: "submit" | "withdraw", token = tokens.researcher) =>
      handleSubmissionAction(db, post({}, token, `/${id}/${action}`), id, action);

    expect((await act("submit", tokens.other)).status).toBe(404);
    expect((await act("submit", tokens.officer)).status).toBe(403);
    const submitted = await act("submit");
    expect(submitted.status).toBe(200);
    expect(await submitted.json()).toMatchObject({ id: created.id, status: "submitted" });
    const again = await act("submit");
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: "conflict", issues: [{ path: "status" }] });
    const withdrawn = await act("withdraw");
    expect(withdrawn.status).toBe(200);
    expect((await withdrawn.json()).status).toBe("withdrawn");
    expect((await act("withdraw")).status).toBe(409);
    expect((await handleSubmissionAction(db, post({}, tokens.researcher), "x", "submit")).status).toBe(400);
  });
});

describe("OpenAPI", () => {
  test("the submission paths are documented from the same schemas, behind the bearer scheme", () => {
    const doc = openApiDocument();
    expect(doc.components?.securitySchemes?.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    const operations = [
      doc.paths!["/api/v1/submissions"].post!,
      doc.paths!["/api/v1/submissions"].get!,
      doc.paths!["/api/v1/submissions/{id}"].get!,
      doc.paths!["/api/v1/submissions/{id}/submit"].post!,
      doc.paths!["/api/v1/submissions/{id}/withdraw"].post!,
    ];
    for (const op of operations) {
      expect(op.security).toEqual([{ bearerAuth: [] }]);
      expect(Object.keys(op.responses ?? {})).toEqual(expect.arrayContaining(["400", "401", "403"]));
    }
    expect(Object.keys(doc.paths!["/api/v1/submissions"].post!.responses ?? {})).toContain("201");
    const schemas = doc.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(["SubmissionRequest", "Submission", "SubmissionList", "Unauthorized", "Conflict"]),
    );
    expect(JSON.stringify(schemas.SubmissionRequest)).toContain("riskOfBias");
    const listParams = (doc.paths!["/api/v1/submissions"].get! as { parameters: { name: string }[] }).parameters;
    expect(listParams.map((p) => p.name).sort()).toEqual(["page", "pageSize"]);
  });
});
