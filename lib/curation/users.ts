/**
 * Managing users from the editors' area: find them, change a role, deactivate and reactivate an account,
 * and set a temporary password. Every change is one transaction with its audit row. Deactivating ends the
 * user's sessions and API tokens in that same transaction; the last active admin can be neither demoted
 * nor deactivated (the admin rows are locked before they are counted, so two concurrent changes cannot
 * both pass the check). Role and password changes go through lib/auth/accounts.ts, which the command line
 * uses too.
 */
import "server-only";
import { z } from "zod";
import { db } from "../db";
import type { Db } from "../database/client";
import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../errors";
import { requirePermission, type Viewer } from "../auth/viewer";
import { roleFromSlug, type Role } from "../auth/permissions";
import { roleSlugSchema } from "../auth/schemas";
import { generatePassword, keepAnActiveAdmin, setUserPassword, setUserRole } from "../auth/accounts";
import { writeAudit } from "../audit";
import type { Locale } from "../i18n/locale";
import { parseQuery, queryParam, type QueryValues } from "./audit-log";

export const USER_PAGE_SIZE = 25;
export const USER_STATUSES = ["active", "deactivated"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

const PARAM_MESSAGES: Record<string, Record<Locale, string>> = {
  q: { nl: "q is hooguit 200 tekens", en: "q is at most 200 characters" },
  role: { nl: "role moet officer, researcher of admin zijn", en: "role must be officer, researcher or admin" },
  status: { nl: "status moet active of deactivated zijn", en: "status must be active or deactivated" },
  page: { nl: "page moet een geheel getal van 1 tot 100000 zijn", en: "page must be a whole number from 1 to 100000" },
};

export function userQuerySchema(locale: Locale) {
  return z.object({
    q: queryParam("q", z.string().trim().max(200), locale),
    role: queryParam("role", roleSlugSchema, locale),
    status: queryParam("status", z.enum(USER_STATUSES), locale),
    page: queryParam(
      "page",
      z
        .string()
        .regex(/^\d{1,6}$/)
        .transform(Number)
        .pipe(z.number().int().min(1).max(100_000)),
      locale,
    ),
  });
}
export type UserQuery = z.output<ReturnType<typeof userQuerySchema>>;

export function parseUserQuery(values: QueryValues, locale: Locale) {
  return parseQuery(userQuerySchema(locale), values, (path) => PARAM_MESSAGES[path]?.[locale]);
}

export type UserListItem = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabledAt: Date | null;
  createdAt: Date;
  /** Sessions that have not expired. */
  sessions: number;
  /** API tokens that are not revoked. */
  apiTokens: number;
};

/** Users whose e-mail or name contains `q`, by role and status, e-mail order. */
export async function findUsers(
  {
    viewer,
    query,
    pageSize = USER_PAGE_SIZE,
  }: { viewer: Viewer | null; query: Omit<UserQuery, "page"> & { page?: number }; pageSize?: number },
  database?: Db,
): Promise<{ items: UserListItem[]; total: number; page: number; pageSize: number }> {
  requirePermission(viewer, "manage", "user");
  const client = database ?? (await db());
  const page = query.page ?? 1;
  const where: Prisma.UserWhereInput = {};
  if (query.q) {
    where.OR = [
      { email: { contains: query.q, mode: "insensitive" } },
      { name: { contains: query.q, mode: "insensitive" } },
    ];
  }
  if (query.role) where.role = roleFromSlug(query.role)!;
  if (query.status === "active") where.disabledAt = null;
  if (query.status === "deactivated") where.disabledAt = { not: null };
  const now = new Date();
  const [rows, total] = await Promise.all([
    client.user.findMany({
      where,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabledAt: true,
        createdAt: true,
        _count: {
          select: {
            sessions: { where: { expiresAt: { gt: now } } },
            apiTokens: { where: { revokedAt: null } },
          },
        },
      },
      orderBy: [{ email: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    client.user.count({ where }),
  ]);
  return {
    items: rows.map(({ _count, ...user }) => ({ ...user, sessions: _count.sessions, apiTokens: _count.apiTokens })),
    total,
    page,
    pageSize,
  };
}

const MESSAGES = {
  self: {
    nl: "U kunt uw eigen account niet blokkeren",
    en: "You cannot deactivate your own account",
  },
} as const;

function notFound(): never {
  throw new AppError("NOT_FOUND", "No such user", [{ path: "userId", message: "No such user" }]);
}

/** User ids are letters, digits, - and _ (better-auth's and Prisma's); anything else names no user. */
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;
function checkedUserId(userId: string): string {
  return USER_ID.test(userId) ? userId : notFound();
}

/** Grants `role`; refuses (CONFLICT, path "role") to take the role from the last active admin. */
export async function changeUserRole(
  { viewer, userId, role, locale = "en" }: { viewer: Viewer | null; userId: string; role: Role; locale?: Locale },
  database?: Db,
): Promise<{ id: string; email: string; role: Role }> {
  const user = requirePermission(viewer, "manage", "user");
  userId = checkedUserId(userId);
  const client = database ?? (await db());
  const changed = await setUserRole(client, { userId, role, actor: user, locale });
  return { id: changed.id, email: changed.email, role: changed.role };
}

/**
 * Deactivates an account: sign-in is refused from now on, and its sessions and API tokens end in the same
 * transaction. Refuses (CONFLICT) the viewer's own account (path "userId") and the last active admin (path
 * "disabledAt"). Deactivating a deactivated account changes nothing.
 */
export async function deactivateUser(
  { viewer, userId, locale = "en" }: { viewer: Viewer | null; userId: string; locale?: Locale },
  database?: Db,
): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  const actor = requirePermission(viewer, "manage", "user");
  userId = checkedUserId(userId);
  if (userId === actor.id) {
    throw new AppError("CONFLICT", MESSAGES.self[locale], [{ path: "userId", message: MESSAGES.self[locale] }]);
  }
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!target) notFound();
    // The admin rows are locked (in id order) before the target's own row, as every role change does.
    if (target.role === "ADMIN") await keepAnActiveAdmin(tx, userId, "disabledAt", locale);
    const [locked] = await tx.$queryRaw<{ disabledAt: Date | null }[]>`
      SELECT "disabledAt" FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (locked.disabledAt) return { sessionsEnded: 0, tokensRevoked: 0 };
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { disabledAt: now }, select: { id: true } });
    const sessions = await tx.session.deleteMany({ where: { userId } });
    const tokens = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await writeAudit(
      tx,
      actor,
      "user.deactivate",
      { type: "user", id: userId },
      {
        sessionsEnded: sessions.count,
        tokensRevoked: tokens.count,
      },
    );
    return { sessionsEnded: sessions.count, tokensRevoked: tokens.count };
  });
}

/** Lets a deactivated user sign in again; revoked API tokens stay revoked (they make new ones). */
export async function reactivateUser(
  { viewer, userId }: { viewer: Viewer | null; userId: string },
  database?: Db,
): Promise<{ changed: boolean }> {
  const actor = requirePermission(viewer, "manage", "user");
  userId = checkedUserId(userId);
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ disabledAt: Date | null }[]>`
      SELECT "disabledAt" FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (!locked) notFound();
    if (!locked.disabledAt) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null }, select: { id: true } });
    await writeAudit(
      tx,
      actor,
      "user.reactivate",
      { type: "user", id: userId },
      {
        deactivatedAt: locked.disabledAt.toISOString(),
      },
    );
    return { changed: true };
  });
}

/**
 * A new random password for the user, shown once to the admin to pass on; the user's sessions end. The
 * same mutation as `npm run user:password -- --temporary`.
 */
export async function setTemporaryPassword(
  { viewer, userId }: { viewer: Viewer | null; userId: string },
  database?: Db,
): Promise<{ password: string; sessionsEnded: number }> {
  const actor = requirePermission(viewer, "manage", "user");
  userId = checkedUserId(userId);
  const client = database ?? (await db());
  const password = generatePassword();
  const { sessionsRevoked } = await setUserPassword(client, { userId, password, temporary: true, actor });
  return { password, sessionsEnded: sessionsRevoked };
}
