/**
 * better-auth over the app's Prisma client. Why better-auth rather than Auth.js: its Prisma adapter keeps
 * users, accounts and sessions in our own PostgreSQL tables (so a session can be revoked, and signing out
 * everywhere is a DELETE), it hashes passwords with scrypt out of the box, and it is actively maintained.
 * Auth.js's credentials provider works only with JWT sessions and discourages database sessions, which
 * would leave us without server-side revocation.
 *
 * Not server-only, so the integration tests can build one over their own database; the app's single
 * instance is lib/auth/server.ts's getAuth().
 */
import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { Db } from "../database/client";
import { clientAddress, rateLimitsFor, type RateLimitName, type RateLimits } from "../security/rate-limit";
import { sendMail } from "../mail";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./schemas";

export type AuthConfig = {
  secret: string;
  /** Where the app is reached (links in mails; the cookies are Secure when it is https). */
  baseURL: string;
  /** Secure session cookies even when baseURL is http (for the requests that arrive over TLS). */
  secureCookies?: boolean;
  /** smtp:// or smtps:// URL; without it there is no reset-by-mail and an admin sets a temporary password. */
  smtpUrl?: string;
  mailFrom?: string;
  plugins?: BetterAuthPlugin[];
  /** The sign-in and sign-up limits; by default the environment's (lib/security/rate-limit.ts) over `prisma`. */
  rateLimits?: RateLimits;
};

export const DEFAULT_MAIL_FROM = "Effectwijzer <noreply@effectwijzer.test>";

/** The link a reset mail carries: the app's own page, which posts the token back with the new password. */
export function resetPasswordLink(baseURL: string, token: string): string {
  const url = new URL("/reset-password", baseURL);
  url.searchParams.set("token", token);
  return url.toString();
}

const SIGN_IN = "/sign-in/email";
const SIGN_UP = "/sign-up/email";

/** The account a sign-in is for, as the limit counts it (the schema lowercases it too). */
function accountOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null | undefined)?.email;
  return typeof email === "string" && email.trim() ? email.trim().toLowerCase() : null;
}

/**
 * Sign-in and sign-up within their rate limits, for the server actions (auth.api) and the HTTP endpoints
 * alike: better-auth runs these hooks on both. A sign-in counts against its account and its address before
 * the password is checked; a successful one forgets the account's failures and gives the address its point
 * back, so those limits count failures. A refusal is a 429 with Retry-After (the forms show
 * account.errors.tooManyAttempts).
 */
function rateLimitHooks(limits: RateLimits) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN && ctx.path !== SIGN_UP) return;
      const address = clientAddress(ctx.request?.headers ?? ctx.headers);
      // The address first: an attempt it refuses is not held against the account it named.
      const checks: [RateLimitName, string | null][] =
        ctx.path === SIGN_IN
          ? [
              ["signInPerAddress", address],
              ["signInPerAccount", accountOf(ctx.body)],
            ]
          : [["signUpPerAddress", address]];
      for (const [name, subject] of checks) {
        if (!subject) continue;
        const decision = await limits.consume(name, subject);
        if (decision.allowed) continue;
        throw new APIError(
          "TOO_MANY_REQUESTS",
          { message: "Too many attempts; try again later", code: "TOO_MANY_ATTEMPTS" },
          { "Retry-After": String(decision.retryAfterSeconds) },
        );
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN || isAPIError(ctx.context.returned)) return;
      const account = accountOf(ctx.body);
      const address = clientAddress(ctx.request?.headers ?? ctx.headers);
      await Promise.all([
        account ? limits.reset("signInPerAccount", account) : undefined,
        address ? limits.reward("signInPerAddress", address) : undefined,
      ]);
    }),
  };
}

export function createAuth(prisma: Db, config: AuthConfig) {
  const { smtpUrl } = config;
  const limits = config.rateLimits ?? rateLimitsFor(prisma);
  return betterAuth({
    appName: "Effectwijzer",
    secret: config.secret,
    baseURL: config.baseURL,
    basePath: "/api/auth",
    database: prismaAdapter(prisma, { provider: "postgresql", transaction: true }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      ...(smtpUrl
        ? {
            sendResetPassword: async ({ user, token }) => {
              const link = resetPasswordLink(config.baseURL, token);
              await sendMail(smtpUrl, {
                from: config.mailFrom ?? DEFAULT_MAIL_FROM,
                to: user.email,
                subject: "Nieuw wachtwoord voor Effectwijzer / New password for Effectwijzer",
                text:
                  `Via deze link kiest u binnen een uur een nieuw wachtwoord:\n${link}\n\n` +
                  `Use this link within an hour to choose a new password:\n${link}\n\n` +
                  "Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren. / " +
                  "Did not ask for this? Then you can ignore this e-mail.\n",
              });
            },
          }
        : {}),
    },
    user: {
      additionalFields: {
        // input: false: sign-up and profile updates cannot choose a role; only the CLI and admins grant one.
        role: { type: "string", required: false, input: false, defaultValue: "OFFICER" },
        disabledAt: { type: "date", required: false, input: false },
      },
    },
    advanced: {
      // Secure cookies carry the __Secure- prefix, so a cookie set over plain HTTP can never pose as one.
      useSecureCookies: config.secureCookies === true || config.baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    hooks: rateLimitHooks(limits),
    // better-auth's own per-process limiter stays for its other endpoints (in production, as by default);
    // sign-in and sign-up have the limits above, shared by every process. RATE_LIMITS=off switches it off too.
    rateLimit: {
      ...(limits.enabled ? {} : { enabled: false }),
      customRules: { "/sign-in/*": false, "/sign-up/*": false },
    },
    databaseHooks: {
      session: {
        create: {
          // Every way of signing in ends in a new session, so this one check keeps a disabled user out.
          // Read through better-auth's adapter, which joins the transaction sign-up runs in: a query beside
          // it would wait for it forever on the single-connection embedded database.
          before: async (session, context) => {
            const user = context
              ? await context.context.internalAdapter.findUserById(session.userId)
              : await prisma.user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (user && (user as { disabledAt?: Date | null }).disabledAt) {
              throw new APIError("FORBIDDEN", { message: "This account is disabled", code: "ACCOUNT_DISABLED" });
            }
          },
        },
      },
    },
    plugins: config.plugins ?? [],
  });
}

export type Auth = ReturnType<typeof createAuth>;
