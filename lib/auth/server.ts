/**
 * The app's one better-auth instance, built on first use over the app's Prisma client (db() is async) and
 * cached on globalThis so dev reloads reuse it. Configuration comes from the environment:
 * BETTER_AUTH_SECRET (required on a server; the embedded demo keeps its own), BETTER_AUTH_URL (where the
 * app is reached; https makes the cookies Secure), SMTP_URL and MAIL_FROM (password-reset mail).
 */
import "server-only";
import { nextCookies } from "better-auth/next-js";
import { db } from "../db";
import { resolveDatabaseTarget } from "../database/target";
import { createAuth, type Auth } from "./create-auth";
import { resolveAuthSecret } from "./secret";

const cache = globalThis as unknown as { effectwijzerAuth?: Promise<Auth> };

export function authBaseURL(env: Record<string, string | undefined> = process.env): string {
  const configured = env.BETTER_AUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

/** Whether password-reset mail can be sent; without it the forgot-password page sends people to an admin. */
export function canMailPasswordResets(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

export function getAuth(): Promise<Auth> {
  cache.effectwijzerAuth ??= (async () => {
    const secret = resolveAuthSecret(resolveDatabaseTarget());
    return createAuth(await db(), {
      secret,
      baseURL: authBaseURL(),
      smtpUrl: process.env.SMTP_URL?.trim() || undefined,
      mailFrom: process.env.MAIL_FROM?.trim() || undefined,
      // Lets server actions set and clear the session cookie; it must be the last plugin.
      plugins: [nextCookies()],
    });
  })().catch((error: unknown) => {
    cache.effectwijzerAuth = undefined;
    throw error;
  });
  return cache.effectwijzerAuth;
}
