/**
 * Managing users on a real database with the real better-auth: deactivating ends the user's sessions and
 * API tokens at once; the last active admin can be neither demoted nor deactivated, also when two admins
 * demote the last two admins at the same moment; every change is audited with who made it; only admins
 * manage users.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { createAuth, type Auth } from "@/lib/auth/create-auth";
import { createUser } from "@/lib/auth/accounts";
import { createApiToken, viewerFromBearer } from "@/lib/auth/api-token";
import {
  changeUserRole,
  deactivateUser,
  findUsers,
  parseUserQuery,
  reactivateUser,
  setTemporaryPassword,
} from "@/lib/curation/users";

let db: Db;
let auth: Auth;
let admin: Viewer;

withTestDatabase({}, (database) => (db = database.prisma));
beforeAll(async () => {
  auth = createAuth(db, { secret: "integration-test-secret-0d1e2f3a4b5c6d7e8f90", baseURL: "http://localhost:3000" });
  admin = await createViewer(db, "ADMIN", "beheerder");
});

async function signIn(email: string, password: string): Promise<Headers> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return new Headers({
    cookie: headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; "),
  });
}

const sessionUser = async (headers: Headers) => (await auth.api.getSession({ headers }))?.user ?? null;
const asViewer = (user: { id: string; email: string; name: string; role: Viewer["role"] }): Viewer => user;

describe("deactivating a user", () => {
  test("ends their sessions and API tokens at once, and they cannot sign in; reactivating lets them in again", async () => {
    const user = await createUser(db, { email: "rita@example.nl", role: "RESEARCHER", password: "ritas-password" });
    const session = await signIn("rita@example.nl", "ritas-password");
    const other = await signIn("rita@example.nl", "ritas-password");
    const { token } = await createApiToken({ viewer: asViewer(user), name: "script" }, db);
    const bearer = () =>
      viewerFromBearer(new Request("http://x", { headers: { authorization: `Bearer ${token}` } }), db);
    expect((await sessionUser(session))?.email).toBe("rita@example.nl");
    expect((await bearer())?.id).toBe(user.id);

    expect(await deactivateUser({ viewer: admin, userId: user.id }, db)).toEqual({
      sessionsEnded: 2,
      tokensRevoked: 1,
    });
    expect(await sessionUser(session)).toBeNull();
    expect(await sessionUser(other)).toBeNull();
    expect(await bearer()).toBeNull();
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    await expect(signIn("rita@example.nl", "ritas-password")).rejects.toThrow(/disabled/i);

    const listed = await findUsers({ viewer: admin, query: { status: "deactivated" } }, db);
    expect(listed.items.map((u) => u.email)).toEqual(["rita@example.nl"]);
    expect(listed.items[0]).toMatchObject({ sessions: 0, apiTokens: 0 });

    // A second deactivation changes nothing and writes nothing.
    expect(await deactivateUser({ viewer: admin, userId: user.id }, db)).toEqual({
      sessionsEnded: 0,
      tokensRevoked: 0,
    });

    expect(await reactivateUser({ viewer: admin, userId: user.id }, db)).toEqual({ changed: true });
    expect((await sessionUser(await signIn("rita@example.nl", "ritas-password")))?.email).toBe("rita@example.nl");
    // Revoked tokens stay revoked.
    expect(await bearer()).toBeNull();

    const audit = await db.auditLog.findMany({
      where: { entityType: "user", entityId: user.id, actorId: admin.id },
      orderBy: { id: "asc" },
      select: { action: true, data: true },
    });
    expect(audit).toEqual([
      { action: "user.deactivate", data: { sessionsEnded: 2, tokensRevoked: 1 } },
      { action: "user.reactivate", data: { deactivatedAt: expect.any(String) } },
    ]);
  });

  test("an admin cannot deactivate their own account", async () => {
    expect(await refusal(deactivateUser({ viewer: admin, userId: admin.id }, db))).toMatchObject({
      code: "CONFLICT",
      issues: [{ path: "userId" }],
    });
  });
});

describe("the last active admin", () => {
  test("cannot be demoted or deactivated; with a second admin it can", async () => {
    const database2 = await createTestDatabase();
    const db2 = database2.prisma;
    try {
      const only = await createViewer(db2, "ADMIN", "enige");
      const helper = await createViewer(db2, "ADMIN", "helper");
      // `helper` is deactivated, so `only` is the last active admin.
      await deactivateUser({ viewer: only, userId: helper.id }, db2);

      const demote = await refusal(
        changeUserRole({ viewer: only, userId: only.id, role: "OFFICER", locale: "nl" }, db2),
      );
      expect(demote).toMatchObject({
        code: "CONFLICT",
        issues: [{ path: "role", message: "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder." }],
      });
      // Nor deactivated, even by an admin whose own deactivation landed while their request was running.
      expect(await refusal(deactivateUser({ viewer: helper, userId: only.id }, db2))).toMatchObject({
        code: "CONFLICT",
        issues: [{ path: "disabledAt" }],
      });
      expect(
        await db2.user.findUniqueOrThrow({ where: { id: only.id }, select: { role: true, disabledAt: true } }),
      ).toEqual({
        role: "ADMIN",
        disabledAt: null,
      });

      await reactivateUser({ viewer: only, userId: helper.id }, db2);
      await changeUserRole({ viewer: only, userId: only.id, role: "RESEARCHER" }, db2);
      expect(await db2.user.findUniqueOrThrow({ where: { id: only.id }, select: { role: true } })).toEqual({
        role: "RESEARCHER",
      });
    } finally {
      await database2.close();
    }
  });

  test("two admins demoting the last two admins at the same moment: one succeeds, one is refused", async () => {
    const database2 = await createTestDatabase();
    const db2 = database2.prisma;
    try {
      const ann = await createViewer(db2, "ADMIN", "ann");
      const bob = await createViewer(db2, "ADMIN", "bob");
      const results = await Promise.allSettled([
        changeUserRole({ viewer: ann, userId: bob.id, role: "OFFICER" }, db2),
        changeUserRole({ viewer: bob, userId: ann.id, role: "OFFICER" }, db2),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: "CONFLICT", issues: [{ path: "role" }] });
      expect(await db2.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);

      // The same race between a demotion and a deactivation (ann acts with the role her request started with).
      const cy = await createViewer(db2, "ADMIN", "cy");
      const [remaining] = await db2.user.findMany({
        where: { role: "ADMIN", id: { not: cy.id } },
        select: { id: true },
      });
      const race = await Promise.allSettled([
        changeUserRole({ viewer: cy, userId: remaining.id, role: "RESEARCHER" }, db2),
        deactivateUser({ viewer: { ...ann, role: "ADMIN" }, userId: cy.id }, db2),
      ]);
      expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db2.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    } finally {
      await database2.close();
    }
  });
});

describe("changing a role", () => {
  test("is audited with the acting admin and the role before and after", async () => {
    const user = await createUser(db, { email: "sam@example.nl", role: "OFFICER", password: "sams-password" });
    expect(await changeUserRole({ viewer: admin, userId: user.id, role: "RESEARCHER" }, db)).toEqual({
      id: user.id,
      email: "sam@example.nl",
      role: "RESEARCHER",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "user", entityId: user.id, action: "user.role" },
      select: { actorId: true, data: true },
    });
    expect(audit).toEqual({ actorId: admin.id, data: { from: "officer", to: "researcher" } });
  });

  test("an unknown user is not found", async () => {
    expect((await refusal(changeUserRole({ viewer: admin, userId: "nobody", role: "ADMIN" }, db))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("a temporary password", () => {
  test("replaces the password, ends the sessions, is audited, and is shown once", async () => {
    const user = await createUser(db, { email: "tom@example.nl", role: "OFFICER", password: "toms-password" });
    const session = await signIn("tom@example.nl", "toms-password");
    const { password, sessionsEnded } = await setTemporaryPassword({ viewer: admin, userId: user.id }, db);
    expect(sessionsEnded).toBe(1);
    expect(password).toHaveLength(16);
    expect(await sessionUser(session)).toBeNull();
    await expect(signIn("tom@example.nl", "toms-password")).rejects.toThrow();
    expect((await sessionUser(await signIn("tom@example.nl", password)))?.email).toBe("tom@example.nl");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "user", entityId: user.id, action: "user.password" },
      select: { actorId: true, data: true },
    });
    expect(audit).toEqual({ actorId: admin.id, data: { temporary: true, sessionsRevoked: 1 } });
  });
});

describe("finding users", () => {
  test("by a part of the e-mail or name, by role and by status", async () => {
    await createUser(db, {
      email: "vera.zoek@example.nl",
      name: "Vera Zoekmans",
      role: "RESEARCHER",
      password: "veras-password",
    });
    await createUser(db, { email: "wim@example.nl", name: "Wim Zoekmans", role: "OFFICER", password: "wims-password" });
    const byName = await findUsers({ viewer: admin, query: { q: "zoekmans" } }, db);
    expect(byName.items.map((u) => u.email)).toEqual(["vera.zoek@example.nl", "wim@example.nl"]);
    const researchers = await findUsers({ viewer: admin, query: { q: "ZOEK", role: "researcher" } }, db);
    expect(researchers.items.map((u) => u.email)).toEqual(["vera.zoek@example.nl"]);
    const active = await findUsers({ viewer: admin, query: { q: "zoekmans", status: "active" } }, db);
    expect(active.total).toBe(2);
  });

  test("query-string values are checked, naming the parameter", () => {
    expect(parseUserQuery({ role: "king", page: "0" }, "en")).toEqual({
      ok: false,
      issues: [
        { path: "role", message: "role must be officer, researcher or admin" },
        { path: "page", message: "page must be a whole number from 1 to 100000" },
      ],
    });
    expect(parseUserQuery({ status: ["active", "deactivated"] }, "nl")).toEqual({
      ok: false,
      issues: [{ path: "status", message: "Geef status hooguit één keer" }],
    });
    expect(parseUserQuery({ q: " ann ", role: "admin", status: "" }, "en")).toEqual({
      ok: true,
      data: { q: "ann", role: "admin", status: undefined, page: undefined },
    });
  });
});

describe("who may manage users", () => {
  test("a researcher and an officer are refused every operation", async () => {
    const researcher = await createViewer(db, "RESEARCHER", "onderzoeker");
    const officer = await createViewer(db, "OFFICER", "ambtenaar");
    for (const viewer of [researcher, officer]) {
      expect((await refusal(findUsers({ viewer, query: {} }, db))).code).toBe("FORBIDDEN");
      expect((await refusal(changeUserRole({ viewer, userId: viewer.id, role: "ADMIN" }, db))).code).toBe("FORBIDDEN");
      expect((await refusal(deactivateUser({ viewer, userId: admin.id }, db))).code).toBe("FORBIDDEN");
      expect((await refusal(reactivateUser({ viewer, userId: admin.id }, db))).code).toBe("FORBIDDEN");
      expect((await refusal(setTemporaryPassword({ viewer, userId: admin.id }, db))).code).toBe("FORBIDDEN");
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: researcher.id }, select: { role: true } })).toEqual({
      role: "RESEARCHER",
    });
  });
});
