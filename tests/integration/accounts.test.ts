/**
 * Accounts on a real database with the real better-auth: sign-up makes an officer and cannot choose a role,
 * wrong passwords and disabled accounts are refused, changing a password ends the other sessions, a reset
 * mail reaches a real SMTP server and its link resets the password, and the CLI's changes are audited.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { isAPIError } from "better-auth/api";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import type { Db } from "@/lib/database/client";
import { createAuth, type Auth } from "@/lib/auth/create-auth";
import {
  createUser,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  ensureDemoAccounts,
  setUserPassword,
  setUserRole,
} from "@/lib/auth/accounts";
import { resolveAuthSecret, SECRET_FILE } from "@/lib/auth/secret";

const SECRET = "integration-test-secret-5c0f9a2e8b7d4e1f9a0b";
const BASE_URL = "http://localhost:3000";

let db: Db;
let auth: Auth;
withTestDatabase({}, (database) => (db = database.prisma));
beforeAll(async () => {
  auth = createAuth(db, { secret: SECRET, baseURL: BASE_URL });
});

/** The error code better-auth answered with, or "none" when the call succeeded. */
async function refusalCode(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "none";
  } catch (error) {
    if (!isAPIError(error)) throw error;
    return (error.body as { code?: string } | undefined)?.code ?? String(error.status);
  }
}

async function signIn(email: string, password: string, client = auth): Promise<Headers> {
  const { headers } = await client.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}

async function sessionUser(headers: Headers, client = auth) {
  return (await client.api.getSession({ headers }))?.user ?? null;
}

describe("sign-up", () => {
  test("creates an officer, signed in at once", async () => {
    const { headers, response } = await auth.api.signUpEmail({
      body: { name: "Ada", email: "ada@example.nl", password: "a-long-password" },
      returnHeaders: true,
    });
    expect(response.user.role).toBe("OFFICER");
    const cookie = headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect(headers.getSetCookie().join("\n")).toMatch(/HttpOnly/i);
    expect(headers.getSetCookie().join("\n")).toMatch(/SameSite=Lax/i);
    expect((await sessionUser(new Headers({ cookie })))?.email).toBe("ada@example.nl");
  });

  test("cannot choose a role", async () => {
    const code = await refusalCode(
      auth.api.signUpEmail({
        body: { name: "Eve", email: "eve@example.nl", password: "a-long-password", role: "ADMIN" } as never,
      }),
    );
    const eve = await db.user.findUnique({ where: { email: "eve@example.nl" } });
    // better-auth either refuses the field or ignores it; either way nobody became an admin.
    if (code === "none") expect(eve?.role).toBe("OFFICER");
    else expect(eve).toBeNull();
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(0);
  });

  test("refuses a password shorter than 10 characters", async () => {
    expect(
      await refusalCode(auth.api.signUpEmail({ body: { name: "Bo", email: "bo@example.nl", password: "short-pw1" } })),
    ).toBe("PASSWORD_TOO_SHORT");
  });
});

describe("sign-in", () => {
  test("a wrong password is refused, the right one accepted", async () => {
    await createUser(db, { email: "carl@example.nl", role: "RESEARCHER", password: "carls-password" });
    expect(
      await refusalCode(auth.api.signInEmail({ body: { email: "carl@example.nl", password: "not-carls-pw" } })),
    ).toBe("INVALID_EMAIL_OR_PASSWORD");
    expect((await sessionUser(await signIn("carl@example.nl", "carls-password")))?.role).toBe("RESEARCHER");
  });

  test("a disabled user is refused even with the right password", async () => {
    await createUser(db, { email: "dora@example.nl", role: "OFFICER", password: "doras-password" });
    await db.user.update({ where: { email: "dora@example.nl" }, data: { disabledAt: new Date() } });
    expect(
      await refusalCode(auth.api.signInEmail({ body: { email: "dora@example.nl", password: "doras-password" } })),
    ).toBe("ACCOUNT_DISABLED");
    expect(await db.session.count({ where: { user: { email: "dora@example.nl" } } })).toBe(0);
  });
});

describe("changing the password", () => {
  test("needs the current password and signs out every other session", async () => {
    await createUser(db, { email: "fay@example.nl", role: "OFFICER", password: "fays-password" });
    const here = await signIn("fay@example.nl", "fays-password");
    const elsewhere = await signIn("fay@example.nl", "fays-password");

    expect(
      await refusalCode(
        auth.api.changePassword({
          body: { currentPassword: "wrong-password", newPassword: "fays-new-password" },
          headers: here,
        }),
      ),
    ).toBe("INVALID_PASSWORD");

    const { headers } = await auth.api.changePassword({
      body: { currentPassword: "fays-password", newPassword: "fays-new-password", revokeOtherSessions: true },
      headers: here,
      returnHeaders: true,
    });
    const renewed = new Headers({
      cookie: headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    });
    expect(await sessionUser(elsewhere)).toBeNull();
    expect((await sessionUser(renewed))?.email).toBe("fay@example.nl");
    expect(
      await refusalCode(auth.api.signInEmail({ body: { email: "fay@example.nl", password: "fays-password" } })),
    ).toBe("INVALID_EMAIL_OR_PASSWORD");
    expect(await sessionUser(await signIn("fay@example.nl", "fays-new-password"))).not.toBeNull();
  });
});

describe("password reset by mail", () => {
  test("the mailed link's token sets a new password and ends the old sessions", async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        let text = "";
        stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push(text);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    try {
      const mailing = createAuth(db, {
        secret: SECRET,
        baseURL: BASE_URL,
        smtpUrl: `smtp://127.0.0.1:${port}`,
        mailFrom: "Effectwijzer <noreply@effectwijzer.test>",
      });
      await createUser(db, { email: "gus@example.nl", role: "OFFICER", password: "guss-password" });
      const before = await signIn("gus@example.nl", "guss-password", mailing);

      // An unknown address answers exactly like a known one, and gets no mail.
      const unknown = await mailing.api.requestPasswordReset({ body: { email: "nobody@example.nl" } });
      const known = await mailing.api.requestPasswordReset({ body: { email: "gus@example.nl" } });
      expect(known).toEqual(unknown);
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);

      // The body is quoted-printable: join the soft line breaks and decode the =XX escapes.
      const mail = received[0]
        .replace(/=\r?\n/g, "")
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      expect(mail).toMatch(/^To: gus@example\.nl/m);
      expect(mail).toMatch(/^From: Effectwijzer <noreply@effectwijzer\.test>/m);
      const link = mail.match(/http:\/\/localhost:3000\/reset-password\?token=([A-Za-z0-9_-]+)/);
      expect(link).not.toBeNull();

      await mailing.api.resetPassword({ body: { token: link![1], newPassword: "guss-new-password" } });
      expect(await sessionUser(before, mailing)).toBeNull();
      expect(await sessionUser(await signIn("gus@example.nl", "guss-new-password", mailing))).not.toBeNull();
      // A token works once.
      expect(
        await refusalCode(mailing.api.resetPassword({ body: { token: link![1], newPassword: "another-password" } })),
      ).toBe("INVALID_TOKEN");
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});

describe("the user CLI's operations", () => {
  test("create, grant a role and set a temporary password, each with its audit row", async () => {
    const user = await createUser(db, {
      email: "Hal@Example.nl",
      role: "ADMIN",
      name: "Hal",
      password: "hals-password",
    });
    expect(user).toMatchObject({ email: "hal@example.nl", role: "ADMIN", name: "Hal" });
    // The last active admin keeps the role, from the command line too.
    await expect(setUserRole(db, { email: "hal@example.nl", role: "RESEARCHER" })).rejects.toThrow(/last active admin/);
    await createUser(db, { email: "ida@example.nl", role: "ADMIN", password: "idas-password" });
    await setUserRole(db, { email: "hal@example.nl", role: "RESEARCHER" });
    const session = await signIn("hal@example.nl", "hals-password");
    const { sessionsRevoked } = await setUserPassword(db, {
      email: "hal@example.nl",
      password: "temporary-password",
      temporary: true,
    });
    expect(sessionsRevoked).toBe(1);
    expect(await sessionUser(session)).toBeNull();
    // The hash is better-auth's own: the library signs in with the new password.
    expect((await sessionUser(await signIn("hal@example.nl", "temporary-password")))?.role).toBe("RESEARCHER");

    const audit = await db.auditLog.findMany({
      where: { entityType: "user", entityId: user.id },
      orderBy: { id: "asc" },
      select: { actorId: true, action: true, data: true },
    });
    expect(audit).toEqual([
      { actorId: null, action: "user.create", data: { email: "hal@example.nl", role: "admin" } },
      { actorId: null, action: "user.role", data: { from: "admin", to: "researcher" } },
      { actorId: null, action: "user.password", data: { temporary: true, sessionsRevoked: 1 } },
    ]);
  });

  test("refuses a bad e-mail, a taken e-mail, an unknown user and a short password, writing nothing", async () => {
    const auditBefore = await db.auditLog.count();
    await expect(
      createUser(db, { email: "not-an-email", role: "OFFICER", password: "long-enough-pw" }),
    ).rejects.toThrow(/valid e-mail/);
    await expect(
      createUser(db, { email: "hal@example.nl", role: "OFFICER", password: "long-enough-pw" }),
    ).rejects.toThrow(/already exists/);
    await expect(setUserRole(db, { email: "nobody@example.nl", role: "ADMIN" })).rejects.toThrow(/No user/);
    await expect(setUserPassword(db, { email: "hal@example.nl", password: "short" })).rejects.toThrow(/10 to 128/);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});

describe("demo accounts", () => {
  test("are created when missing and never overwritten", async () => {
    expect(await ensureDemoAccounts(db)).toHaveLength(3);
    await setUserPassword(db, { email: "admin@effectwijzer.test", password: "changed-by-admin" });
    expect(await ensureDemoAccounts(db)).toEqual([]);
    expect(await sessionUser(await signIn("admin@effectwijzer.test", "changed-by-admin"))).not.toBeNull();
    for (const account of DEMO_ACCOUNTS.filter((a) => a.role !== "ADMIN")) {
      expect((await sessionUser(await signIn(account.email, DEMO_PASSWORD)))?.role).toBe(account.role);
    }
  });
});

describe("the signing secret", () => {
  test("a server refuses to start without BETTER_AUTH_SECRET", () => {
    expect(() => resolveAuthSecret({ kind: "server", url: "postgresql://x@localhost/x" }, {})).toThrow(
      /BETTER_AUTH_SECRET is not set/,
    );
  });

  test("the embedded demo makes one once and keeps it in its data folder", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "effectwijzer-secret-"));
    try {
      const first = resolveAuthSecret({ kind: "embedded", dataDir }, {});
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(readFileSync(path.join(dataDir, SECRET_FILE), "utf8")).toBe(first);
      expect(resolveAuthSecret({ kind: "embedded", dataDir }, {})).toBe(first);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
