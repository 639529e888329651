/**
 * Who is asking, for pages, server actions and route handlers. getViewer is what the data layer is given;
 * requirePageViewer only sends an anonymous visitor to the sign-in page (a friendly redirect — the
 * data-access functions still check the viewer themselves).
 */
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { ROLES, type Role } from "./permissions";
import { getAuth } from "./server";
import { databaseRouter } from "../db";
import type { Viewer } from "./viewer";

function toRole(value: unknown): Role {
  return ROLES.find((role) => role === value) ?? "OFFICER";
}

/**
 * The signed-in user of this request; null when nobody is signed in or the account is disabled. Looked up
 * once per render (React cache): the layout's header and the page both ask.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const auth = await getAuth();
  // The cookies as this render sees them: after a server action changed the session (a new password gives
  // a new session), the request's own Cookie header still names the old, revoked one.
  const requestHeaders = new Headers(await headers());
  requestHeaders.set("cookie", (await cookies()).toString());
  // While the primary is down sessions are read from a replica, and their renewal (a write) is skipped.
  const writesPaused = (await databaseRouter())?.primaryDown ?? false;
  const session = await auth.api.getSession({
    headers: requestHeaders,
    ...(writesPaused ? { query: { disableRefresh: true } } : {}),
  });
  if (!session || session.user.disabledAt) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: toRole(role) };
});

/** Only a relative path within this site may be returned to after signing in. */
export function safeNextPath(next: string | null | undefined, fallback = "/account"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}

/** The viewer of a page that needs one; anybody else goes to /sign-in and comes back to `path` after. */
export async function requirePageViewer(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(safeNextPath(path, "/"))}`);
  return viewer;
}
