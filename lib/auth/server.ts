/**
 * The app's better-auth instances, built on first use over the app's Prisma client (db() is async) and
 * cached on globalThis so dev reloads reuse them. Configuration comes from the environment:
 * BETTER_AUTH_SECRET (required on a server; the embedded demo keeps its own), BETTER_AUTH_URL (where the
 * app is reached; https makes the cookies Secure), SMTP_URL and MAIL_FROM (password-reset mail).
 *
 * Session cookies are Secure whenever the request arrived over TLS (X-Forwarded-Proto https from the proxy
 * in front), even when BETTER_AUTH_URL was left at http: better-auth fixes the cookie settings when an
 * instance is built, so such requests get a second instance with Secure (__Secure-) cookies. A session
 * begun over https is read only over https, and the http://localhost demo keeps its plain cookies.
 */
import "server-only";
import { headers } from "next/headers";
import { nextCookies } from "better-auth/next-js";
import { db } from "../db";
import { resolveDatabaseTarget } from "../database/target";
import { isTlsRequest } from "../security/transport";
import { createAuth, type Auth } from "./create-auth";
import { resolveAuthSecret } from "./secret";

type Instances = { plain?: Promise<Auth>; secure?: Promise<Auth> };
const cache = globalThis as unknown as { effectwijzerAuthInstances?: Instances };

export function authBaseURL(env: Record<string, string | undefined> = process.env): string {
  const configured = env.BETTER_AUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

/** Whether password-reset mail can be sent; without it the forgot-password page sends people to an admin. */
export function canMailPasswordResets(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

/** Whether the request being served came over TLS; false outside a request (nothing to go by). */
async function requestOverTls(): Promise<boolean> {
  let requestHeaders: Headers;
  try {
    requestHeaders = new Headers(await headers());
  } catch {
    return false;
  }
  return isTlsRequest(requestHeaders);
}

function buildAuth(secureCookies: boolean): Promise<Auth> {
  const baseURL = authBaseURL();
  if (secureCookies && !baseURL.startsWith("https://")) {
    console.warn(
      `Requests arrive over https but BETTER_AUTH_URL is ${baseURL}: their session cookies are Secure, but ` +
        "password-reset links and better-auth's origin check use the http address. Set BETTER_AUTH_URL to the " +
        "https address the app is reached at.",
    );
  }
  return (async () => {
    const secret = resolveAuthSecret(resolveDatabaseTarget());
    return createAuth(await db(), {
      secret,
      baseURL,
      secureCookies,
      smtpUrl: process.env.SMTP_URL?.trim() || undefined,
      mailFrom: process.env.MAIL_FROM?.trim() || undefined,
      // Lets server actions set and clear the session cookie; it must be the last plugin.
      plugins: [nextCookies()],
    });
  })();
}

/** The better-auth instance for the request being served (see above for why there are two). */
export async function getAuth(): Promise<Auth> {
  const instances = (cache.effectwijzerAuthInstances ??= {});
  const kind = authBaseURL().startsWith("https://") || (await requestOverTls()) ? "secure" : "plain";
  const instance = (instances[kind] ??= buildAuth(kind === "secure").catch((error: unknown) => {
    instances[kind] = undefined;
    throw error;
  }));
  return instance;
}
