/**
 * Users managed outside the sign-up form: the CLI (scripts/user.mts) and the demo accounts. Each change
 * and its AuditLog row are written in one transaction. Passwords are hashed with better-auth's own scrypt
 * (better-auth/crypto), so the library verifies them like any other. Not server-only: the CLI runs it.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Db, Tx } from "../database/client";
import { AppError } from "../errors";
import type { Locale } from "../i18n/locale";
import { roleFromSlug, ROLE_SLUGS, type Role } from "./permissions";
import { emailSchema, newPasswordSchema, roleSlugSchema } from "./schemas";

/** better-auth's provider id for e-mail and password accounts. */
export const CREDENTIAL_PROVIDER = "credential";

export const DEMO_PASSWORD = "effectwijzer-demo";
export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role }[] = [
  { email: "officer@effectwijzer.test", name: "Demo beleidsmedewerker", role: "OFFICER" },
  { email: "researcher@effectwijzer.test", name: "Demo onderzoeker", role: "RESEARCHER" },
  { email: "admin@effectwijzer.test", name: "Demo beheerder", role: "ADMIN" },
];

/** A random password for a new or reset account (16 characters, 96 bits). */
export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}

export function parseEmail(value: string): string {
  const parsed = emailSchema.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID", `Not a valid e-mail address: "${value}"`);
  return parsed.data;
}

export function parseRole(value: string): Role {
  const role = roleFromSlug(value.trim().toLowerCase());
  if (!role) {
    throw new AppError("INVALID", `Unknown role "${value}"; use one of: ${roleSlugSchema.options.join(", ")}`);
  }
  return role;
}

function checkPassword(password: string): string {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) throw new AppError("INVALID", "A password needs 10 to 128 characters");
  return parsed.data;
}

/** A user named by e-mail (the CLI) or by id (the admin pages). */
export type UserRef = { email: string } | { userId: string };
/** Who makes the change: a signed-in admin, or null for the command line. */
export type Actor = { id: string } | null;

async function findUserId(tx: Tx, ref: UserRef): Promise<string> {
  if ("userId" in ref) {
    const user = await tx.user.findUnique({ where: { id: ref.userId }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "No such user", [{ path: "userId", message: "No such user" }]);
    return user.id;
  }
  const email = parseEmail(ref.email);
  const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user with e-mail ${email}`);
  return user.id;
}

const LAST_ADMIN = {
  nl: "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.",
  en: "This is the last active admin. Make someone else an admin first.",
} as const;

/**
 * Locks the rows of every active admin (in id order, so concurrent callers cannot deadlock) and returns
 * their ids. Two transactions that each remove one of the last two admins take turns here: the second one
 * waits, then no longer sees the first one's admin, and is refused.
 */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Refuses (CONFLICT) when taking `userId` out of the active admins would leave none. */
export async function keepAnActiveAdmin(tx: Tx, userId: string, path: string, locale: Locale = "en"): Promise<void> {
  const admins = await lockActiveAdmins(tx);
  if (admins.length === 1 && admins[0] === userId) {
    throw new AppError("CONFLICT", LAST_ADMIN[locale], [{ path, message: LAST_ADMIN[locale] }]);
  }
}

export type CreatedUser = { id: string; email: string; name: string; role: Role };

/** A new user with an e-mail and password account; refuses an e-mail that is taken. */
export async function createUser(
  prisma: Db,
  input: { email: string; name?: string; role: Role; password: string; demo?: boolean },
): Promise<CreatedUser> {
  const email = parseEmail(input.email);
  const hash = await hashPassword(checkPassword(input.password));
  const name = input.name?.trim() || email.split("@")[0];
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `A user with e-mail ${email} already exists`);
    }
    const user = await tx.user.create({
      data: { email, name, role: input.role, emailVerified: false },
      select: { id: true, email: true, name: true, role: true },
    });
    await tx.account.create({
      data: { id: randomUUID(), accountId: user.id, providerId: CREDENTIAL_PROVIDER, userId: user.id, password: hash },
    });
    await tx.auditLog.create({
      data: {
        actorId: null,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        data: { email, role: ROLE_SLUGS[input.role], ...(input.demo ? { demo: true } : {}) },
      },
    });
    return user;
  });
}

/**
 * Grants a role; the audit row keeps the role it replaced. The last active admin keeps the role (CONFLICT):
 * without one, nobody could manage users from the app.
 */
export async function setUserRole(
  prisma: Db,
  input: UserRef & { role: Role; actor?: Actor; locale?: Locale },
): Promise<CreatedUser> {
  return prisma.$transaction(async (tx) => {
    const id = await findUserId(tx, input);
    const before = await tx.user.findUniqueOrThrow({ where: { id }, select: { role: true } });
    if (before.role === "ADMIN" && input.role !== "ADMIN") await keepAnActiveAdmin(tx, id, "role", input.locale);
    const user = await tx.user.update({
      where: { id },
      data: { role: input.role },
      select: { id: true, email: true, name: true, role: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: input.actor?.id ?? null,
        action: "user.role",
        entityType: "user",
        entityId: id,
        data: { from: ROLE_SLUGS[before.role], to: ROLE_SLUGS[input.role] },
      },
    });
    return user;
  });
}

/**
 * Sets a password (an admin's temporary one, when the user cannot reset by mail) and signs the user out
 * everywhere, so whoever knew the old password is out too. Returns how many sessions were ended. The
 * command line and the users page both set passwords through this one function.
 */
export async function setUserPassword(
  prisma: Db,
  input: UserRef & { password: string; temporary?: boolean; actor?: Actor },
): Promise<{ userId: string; sessionsRevoked: number }> {
  const hash = await hashPassword(checkPassword(input.password));
  return prisma.$transaction(async (tx) => {
    const userId = await findUserId(tx, input);
    const account = await tx.account.findFirst({
      where: { userId, providerId: CREDENTIAL_PROVIDER },
      select: { id: true },
    });
    if (account) await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    else {
      await tx.account.create({
        data: { id: randomUUID(), accountId: userId, providerId: CREDENTIAL_PROVIDER, userId, password: hash },
      });
    }
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await tx.auditLog.create({
      data: {
        actorId: input.actor?.id ?? null,
        action: "user.password",
        entityType: "user",
        entityId: userId,
        data: { temporary: Boolean(input.temporary), sessionsRevoked: count },
      },
    });
    return { userId, sessionsRevoked: count };
  });
}

/** The three demo accounts, each created when missing; an existing one is never changed. */
export async function ensureDemoAccounts(prisma: Db): Promise<string[]> {
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    try {
      await createUser(prisma, { ...account, password: DEMO_PASSWORD, demo: true });
      created.push(account.email);
    } catch (error) {
      // Another process created it in the meantime: that is what we wanted.
      if (!(error instanceof Error && error.name === "AppError" && (error as AppError).code === "CONFLICT"))
        throw error;
    }
  }
  return created;
}
