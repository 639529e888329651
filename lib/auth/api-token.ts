/**
 * Personal API tokens for the submissions API. A token is shown once at creation; only its SHA-256 is
 * stored (the column is omitted from every query unless asked for), so a leaked database does not leak
 * usable tokens. A plain hash suffices: the token has 256 random bits, nothing to guess.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { bookkeeping } from "../database/unavailable";
import type { Db } from "../database/client";
import { AppError } from "../errors";
import { requireAccessTo, requirePermission, type Viewer } from "./viewer";
import { API_TOKEN_NAME_MAX, apiTokenFormSchema } from "./api-token-schema";

export const API_TOKEN_PREFIX = "ewz_";
/** How much of the token is kept readable, so its owner can tell tokens apart. */
const VISIBLE_LENGTH = API_TOKEN_PREFIX.length + 8;
/** lastUsedAt is a hint for the owner, not a log: refresh it at most this often to spare the writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const summarySelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/** A new token for the viewer; the token itself is in this answer only. */
export async function createApiToken(
  { viewer, name }: { viewer: Viewer | null; name: string },
  database?: Db,
): Promise<{ id: string; name: string; prefix: string; token: string; createdAt: Date }> {
  const user = requirePermission(viewer, "create", "api-token");
  // The form's own schema: the page and this function cannot disagree on what a valid name is.
  const parsed = apiTokenFormSchema.safeParse({ name });
  if (!parsed.success) {
    throw new AppError("INVALID", "Give the token a name", [
      { path: "name", message: `Give a name of 1 to ${API_TOKEN_NAME_MAX} characters` },
    ]);
  }
  const trimmed = parsed.data.name;
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: user.id, name: trimmed, tokenHash: hashApiToken(token), prefix: token.slice(0, VISIBLE_LENGTH) },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "api-token.create",
        entityType: "ApiToken",
        entityId: created.id,
        data: { name: created.name, prefix: created.prefix },
      },
    });
    return { ...created, token };
  });
}

/** The viewer's tokens, newest first, revoked ones included (without hashes). */
export async function findApiTokens({ viewer }: { viewer: Viewer | null }, database?: Db): Promise<ApiTokenSummary[]> {
  const user = requirePermission(viewer, "read", "api-token");
  const client = database ?? (await db());
  return client.apiToken.findMany({
    where: { userId: user.id },
    select: summarySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/** Revokes one of the viewer's tokens at once; revoking a revoked token changes nothing. */
export async function revokeApiToken(
  { viewer, id }: { viewer: Viewer | null; id: string },
  database?: Db,
): Promise<ApiTokenSummary> {
  const user = requirePermission(viewer, "revoke", "api-token");
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id }, select: { ...summarySelect, userId: true } });
    if (!token) throw new AppError("NOT_FOUND", "No such API token", [{ path: "id", message: "No such API token" }]);
    requireAccessTo(user, "revoke", "api-token", token.userId);
    if (token.revokedAt) {
      return {
        id: token.id,
        name: token.name,
        prefix: token.prefix,
        createdAt: token.createdAt,
        lastUsedAt: token.lastUsedAt,
        revokedAt: token.revokedAt,
      };
    }
    const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: summarySelect });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "api-token.revoke",
        entityType: "ApiToken",
        entityId: id,
        data: { name: revoked.name, prefix: revoked.prefix },
      },
    });
    return revoked;
  });
}

/** The user behind `Authorization: Bearer ewz_…`, or null for a missing, unknown or revoked token or a disabled user. */
export async function viewerFromBearer(request: Request, database?: Db): Promise<Viewer | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  const token = match?.[1];
  if (!token || !token.startsWith(API_TOKEN_PREFIX)) return null;
  const client = database ?? (await db());
  const found = await client.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!found || found.revokedAt || found.user.disabledAt) return null;
  const now = new Date();
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent requests with one token write it once; skipped while writes are paused.
    await bookkeeping(() =>
      client.apiToken.updateMany({
        where: {
          id: found.id,
          OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
        },
        data: { lastUsedAt: now },
      }),
    );
  }
  const { id, email, name, role } = found.user;
  return { id, email, name, role };
}
