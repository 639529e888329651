/**
 * Who may do what, written once (OPERATIONS below) and enforced against the real server-side code: every
 * route handler of the app and every server action, for every kind of caller. Route handlers that take an
 * API token or nobody's credentials run as the real route modules through lib/db.ts, with real API tokens of
 * real users; server actions and the cookie-authenticated route handlers find their caller with
 * next/headers, which exists only inside Next.js, so for them the data-access function they call is run
 * with the viewer that lib/auth/session.ts's getViewer gives such a caller (none for the anonymous, for a
 * deactivated account and for a caller holding only a revoked token). An allowed call must succeed; a
 * refused one must be refused as such (401 / UNAUTHORIZED for nobody, 403 or 404 for a signed-in role) and
 * leave the database as it was. A structural check lists every route handler and every exported server
 * action in app/ and fails on one missing from the table.
 *
 * Also: the cross-owner cases (another researcher's draft, another officer's shortlist, saved search and
 * feed), a disabled account's token and session, and cross-origin requests to the cookie-authenticated
 * handlers (the import upload, better-auth's own endpoints).
 *
 * The database is the embedded one in a temporary folder, or a fresh database on the server at
 * DATABASE_URL; either way lib/db.ts opens it as the app does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database, Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { hasPermission, type Role } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { createTestDatabase, prepareAppFolder } from "@/tests/helpers/test-database";
import { proposalRecord, trialEntry } from "@/tests/helpers/submissions";
import { externalRating, ratingDecision } from "@/tests/helpers/ratings";

// ---------------------------------------------------------------------------------------------------------
// The matrix: every operation and the callers it allows. Everybody else is refused.
// ---------------------------------------------------------------------------------------------------------

const ACTORS = ["anonymous", "officer", "researcher", "admin", "deactivated", "revokedToken"] as const;
type Actor = (typeof ACTORS)[number];

const EVERYONE: readonly Actor[] = ACTORS;
const SIGNED_IN: readonly Actor[] = ["officer", "researcher", "admin"];
const RESEARCHERS: readonly Actor[] = ["researcher", "admin"];
const ADMINS: readonly Actor[] = ["admin"];
const NOBODY: readonly Actor[] = [];

/** Route handlers, as "METHOD /path" (the folder under app/). */
const ROUTES = {
  // The public catalogue and tools: no credentials needed, a token (even a revoked one) is ignored.
  "GET /api/v1/interventions": EVERYONE,
  "GET /api/v1/interventions/[slug]": EVERYONE,
  "GET /api/v1/interventions.csv": EVERYONE,
  "GET /api/v1/interventions.json": EVERYONE,
  "GET /api/v1/evidence-map": EVERYONE,
  "POST /api/v1/meta-analysis": EVERYONE,
  "GET /api/openapi.json": EVERYONE,
  "GET /api/health": EVERYONE,
  "GET /api/report/compare.pdf": EVERYONE,
  // Private feeds: the address holds the credential (a live feed token), whoever asks.
  "GET /feeds/shortlists/[file]": EVERYONE,
  "GET /feeds/searches/[file]": EVERYONE,
  // The submissions API: a live API token of a role that may submit.
  "POST /api/v1/submissions": RESEARCHERS,
  "GET /api/v1/submissions": RESEARCHERS,
  "GET /api/v1/submissions/[id]": RESEARCHERS,
  "POST /api/v1/submissions/[id]/submit": RESEARCHERS,
  "POST /api/v1/submissions/[id]/withdraw": RESEARCHERS,
  // better-auth: GET reads the session of the caller's cookie, POST signs in with the caller's own password.
  "GET /api/auth/[...all]": SIGNED_IN,
  "POST /api/auth/[...all]": ["officer", "researcher", "admin", "revokedToken"],
  // Cookie-authenticated (checked through the data-access function they call).
  "POST /admin/data/import": ADMINS,
  "GET /admin/data/import/[id]": ADMINS,
  "GET /admin/data/export": ADMINS,
  "GET /admin/audit/export": ADMINS,
  "GET /shortlists/[id]/report.pdf": SIGNED_IN,
} as const satisfies Record<string, readonly Actor[]>;

/** Server actions, as "file#export". */
const ACTIONS = {
  "app/locale-actions.ts#setLocaleAction": EVERYONE,
  "app/(auth)/sign-up/actions.ts#signUpAction": EVERYONE,
  "app/(auth)/sign-in/actions.ts#signInAction": ["officer", "researcher", "admin", "revokedToken"],
  "app/(auth)/forgot-password/actions.ts#forgotPasswordAction": EVERYONE,
  // Only the token from the reset mail resets a password: no caller does it without one.
  "app/(auth)/reset-password/actions.ts#resetPasswordAction": NOBODY,
  "app/account/actions.ts#changePasswordAction": SIGNED_IN,
  "app/account/actions.ts#signOutAction": EVERYONE,
  "app/account/actions.ts#signOutEverywhereAction": SIGNED_IN,

  "app/shortlists/actions.ts#createShortlistAction": SIGNED_IN,
  "app/shortlists/actions.ts#renameShortlistAction": SIGNED_IN,
  "app/shortlists/actions.ts#deleteShortlistAction": SIGNED_IN,
  "app/shortlists/actions.ts#addToShortlistAction": SIGNED_IN,
  "app/shortlists/actions.ts#updateNoteAction": SIGNED_IN,
  "app/shortlists/actions.ts#removeItemAction": SIGNED_IN,
  "app/shortlists/actions.ts#markShortlistSeenAction": SIGNED_IN,
  "app/shortlists/actions.ts#renewShortlistFeedAction": SIGNED_IN,
  "app/shortlists/actions.ts#revokeShortlistFeedAction": SIGNED_IN,
  "app/saved-searches/actions.ts#saveSearchAction": SIGNED_IN,
  "app/saved-searches/actions.ts#renameSavedSearchAction": SIGNED_IN,
  "app/saved-searches/actions.ts#deleteSavedSearchAction": SIGNED_IN,
  "app/saved-searches/actions.ts#markSavedSearchSeenAction": SIGNED_IN,
  "app/saved-searches/actions.ts#renewSearchFeedAction": SIGNED_IN,
  "app/saved-searches/actions.ts#revokeSearchFeedAction": SIGNED_IN,

  "app/researcher/actions.ts#saveDraftAction": RESEARCHERS,
  "app/researcher/actions.ts#submitAction": RESEARCHERS,
  "app/researcher/actions.ts#submitEntryAction": RESEARCHERS,
  "app/researcher/actions.ts#withdrawEntryAction": RESEARCHERS,
  "app/researcher/tokens/actions.ts#createApiTokenAction": RESEARCHERS,
  "app/researcher/tokens/actions.ts#revokeApiTokenAction": RESEARCHERS,

  "app/admin/review/[id]/actions.ts#acceptAction": ADMINS,
  "app/admin/review/[id]/actions.ts#rejectAction": ADMINS,
  "app/admin/review/[id]/actions.ts#askAction": ADMINS,
  "app/admin/review/[id]/actions.ts#retractAction": ADMINS,
  "app/admin/review/[id]/actions.ts#acceptProposalAction": ADMINS,
  "app/admin/settings/actions.ts#saveReviewSettingsAction": ADMINS,
  "app/admin/users/actions.ts#changeRoleAction": ADMINS,
  "app/admin/users/actions.ts#deactivateAction": ADMINS,
  "app/admin/users/actions.ts#reactivateAction": ADMINS,
  "app/admin/users/actions.ts#temporaryPasswordAction": ADMINS,
  "app/admin/interventions/[slug]/edit/actions.ts#saveInterventionAction": ADMINS,
  "app/admin/interventions/[slug]/rating/actions.ts#rateInterventionAction": ADMINS,
  "app/admin/interventions/[slug]/certainty/actions.ts#overrideCertaintyAction": ADMINS,
  "app/admin/interventions/[slug]/crosswalk/actions.ts#createExternalRatingAction": ADMINS,
  "app/admin/interventions/[slug]/crosswalk/actions.ts#updateExternalRatingAction": ADMINS,
  "app/admin/interventions/[slug]/crosswalk/actions.ts#deleteExternalRatingAction": ADMINS,
  "app/admin/clearinghouses/actions.ts#createClearinghouseAction": ADMINS,
  "app/admin/clearinghouses/[slug]/actions.ts#updateClearinghouseAction": ADMINS,
  "app/admin/clearinghouses/[slug]/actions.ts#deleteClearinghouseAction": ADMINS,
  "app/admin/clearinghouses/[slug]/actions.ts#addScaleLevelAction": ADMINS,
  "app/admin/clearinghouses/[slug]/actions.ts#updateScaleLevelAction": ADMINS,
  "app/admin/clearinghouses/[slug]/actions.ts#moveScaleLevelAction": ADMINS,
  "app/admin/clearinghouses/[slug]/actions.ts#removeScaleLevelAction": ADMINS,
} as const satisfies Record<string, readonly Actor[]>;

type Operation = keyof typeof ROUTES | keyof typeof ACTIONS;
const OPERATIONS: Record<Operation, readonly Actor[]> = { ...ROUTES, ...ACTIONS };

// ---------------------------------------------------------------------------------------------------------
// What is in app/: every route handler and every exported server action.
// ---------------------------------------------------------------------------------------------------------

const APP = path.resolve(__dirname, "../../app");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const relative = (file: string) => path.relative(path.resolve(APP, ".."), file).split(path.sep).join("/");

function routeHandlersInApp(): string[] {
  return filesUnder(APP)
    .filter((file) => /\/route\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const methods = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) {
        methods.add(m[1]);
      }
      for (const m of source.matchAll(/export\s+const\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g))
        methods.add(m[1]);
      for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const m of list[1].matchAll(/\bas\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b|^\s*(GET|POST)\s*$/gm)) {
          methods.add(m[1] ?? m[2]);
        }
      }
      const route = "/" + path.relative(APP, path.dirname(file)).split(path.sep).join("/");
      return [...methods].map((method) => `${method} ${route.replace(/\/\([^)]+\)/g, "")}`);
    });
}

function serverActionsInApp(): string[] {
  return filesUnder(APP)
    .filter((file) => /\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      if (!/^\s*["']use server["'];?\s*$/m.test(source.split("\n").slice(0, 5).join("\n"))) return [];
      const names = [...source.matchAll(/export\s+(?:async\s+function|const|function|let)\s+(\w+)/g)].map((m) => m[1]);
      // Re-exports (export { a, b }) would hide actions from the list above.
      if (/export\s*\{/.test(source)) names.push("<a re-export this test cannot read>");
      return names.map((name) => `${relative(file)}#${name}`);
    });
}

// ---------------------------------------------------------------------------------------------------------
// The callers: real accounts, sessions and API tokens.
// ---------------------------------------------------------------------------------------------------------

type Caller = {
  /** The account behind the caller (null: anonymous). */
  account: Viewer | null;
  /** What getViewer gives this caller's session: null when anonymous, deactivated or only holding a token. */
  viewer: Viewer | null;
  /** Authorization: Bearer … for the API. */
  token: string | null;
  /** The session cookie from signing in (ended for a deactivated account). */
  cookie: string | null;
  password: string;
};

const PASSWORD = "matrix-test-password";
const BASE = "http://localhost:3000";
let dir: string | null = null;
let serverDatabase: Database | null = null;
const saved = {
  DATABASE_URL: process.env.DATABASE_URL,
  PGLITE_DIR: process.env.PGLITE_DIR,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET,
  BETTER_AUTH_URL: process.env.BETTER_AUTH_URL,
  RATE_LIMITS: process.env.RATE_LIMITS,
};
let db: Db;
const callers = {} as Record<Actor, Caller>;
/** Owns the fixtures of callers who have no account of their own (or no grant for the record). */
let owner: { officer: Viewer; researcher: Viewer; admin: Viewer };
let counter = 0;
const next = () => ++counter;

/** Modules are loaded after the environment points lib/db.ts at the test database. */
const load = {
  accounts: () => import("@/lib/auth/accounts"),
  apiToken: () => import("@/lib/auth/api-token"),
  users: () => import("@/lib/curation/users"),
};

async function signInCookie(email: string, password: string): Promise<string> {
  const { POST } = await import("@/app/api/auth/[...all]/route");
  const response = await POST(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE },
      body: JSON.stringify({ email, password }),
    }),
  );
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function account(role: Role, name: string): Promise<Viewer> {
  const { createUser } = await load.accounts();
  const user = await createUser(db, { email: `${name}-${next()}@matrix.example`, name, role, password: PASSWORD });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

async function tokenFor(user: Viewer): Promise<string> {
  const { createApiToken } = await load.apiToken();
  // An officer cannot create tokens: theirs is made as by an account from before a role change.
  const viewer = user.role === "OFFICER" ? { ...user, role: "RESEARCHER" as const } : user;
  return (await createApiToken({ viewer, name: `${user.name}'s script` }, db)).token;
}

async function caller(role: Role, name: string): Promise<Caller> {
  const user = await account(role, name);
  return {
    account: user,
    viewer: user,
    token: await tokenFor(user),
    cookie: await signInCookie(user.email, PASSWORD),
    password: PASSWORD,
  };
}

beforeAll(async () => {
  process.env.BETTER_AUTH_SECRET ??= "authorization-matrix-secret-0f4b2d9c8e7a6b5c";
  delete process.env.BETTER_AUTH_URL;
  // Who may do what, not how often: the many sign-ins here would otherwise meet the sign-in limits.
  process.env.RATE_LIMITS = "off";
  if (process.env.DATABASE_URL?.trim()) {
    // A fresh, migrated, seeded database on the server, opened by lib/db.ts as the app opens its own.
    serverDatabase = await createTestDatabase({ seed: true });
    const target = serverDatabase.target;
    if (target.kind !== "server") throw new Error("expected a server database");
    process.env.DATABASE_URL = target.url;
  } else {
    dir = mkdtempSync(path.join(tmpdir(), "effectwijzer-matrix-"));
    await prepareAppFolder(dir);
  }
  db = await (await import("@/lib/db")).db();

  callers.anonymous = { account: null, viewer: null, token: null, cookie: null, password: "" };
  callers.officer = await caller("OFFICER", "officer");
  callers.researcher = await caller("RESEARCHER", "researcher");
  callers.admin = await caller("ADMIN", "admin");
  // Deactivated the way an admin does it: sessions ended and tokens revoked, kept here to be replayed.
  const deactivated = await caller("RESEARCHER", "deactivated");
  const { deactivateUser } = await load.users();
  await deactivateUser({ viewer: callers.admin.viewer, userId: deactivated.account!.id }, db);
  callers.deactivated = { ...deactivated, viewer: null };
  // An active researcher whose token was revoked, calling with that token only.
  const revoked = await caller("RESEARCHER", "revoked");
  const { revokeApiToken, findApiTokens } = await load.apiToken();
  const [own] = await findApiTokens({ viewer: revoked.account }, db);
  await revokeApiToken({ viewer: revoked.account, id: own.id }, db);
  callers.revokedToken = { ...revoked, viewer: null, cookie: null };

  owner = {
    officer: await account("OFFICER", "owner-officer"),
    researcher: await account("RESEARCHER", "owner-researcher"),
    admin: await account("ADMIN", "owner-admin"),
  };
}, 300_000);

afterAll(async () => {
  const cache = globalThis as unknown as { effectwijzerDb?: Promise<Database>; effectwijzerAuthInstances?: unknown };
  if (cache.effectwijzerDb) await (await cache.effectwijzerDb).close();
  delete cache.effectwijzerDb;
  delete cache.effectwijzerAuthInstances;
  await serverDatabase?.close();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------
// Running one operation as one caller.
// ---------------------------------------------------------------------------------------------------------

type Outcome = "allowed" | "refused";

/**
 * The rows an operation may change, for checking that a refusal changed nothing. Columns a mere read
 * touches (a token's lastUsedAt, a session's renewal) are left out.
 */
const WHOLE_ROWS = [
  "Shortlist",
  "ShortlistItem",
  "SavedSearch",
  "Study",
  "EffectSize",
  "ReviewDecision",
  "InterventionProposal",
  "ImportJob",
  "Intervention",
  "Recognition",
  "RatingEvent",
  "CertaintyOverride",
  "ExternalRating",
  "Clearinghouse",
  "ClearinghouseLevel",
  "SiteSetting",
  "User",
  "Account",
];
const WATCHED = [
  `SELECT count(*)::text FROM "AuditLog"`,
  ...WHOLE_ROWS.map(
    (table) => `SELECT md5(coalesce(string_agg(md5(t::text), ',' ORDER BY md5(t::text)), '')) FROM "${table}" t`,
  ),
  `SELECT string_agg(id || ':' || coalesce("revokedAt"::text, ''), ',' ORDER BY id) FROM "ApiToken"`,
  `SELECT string_agg(id || ':' || "userId", ',' ORDER BY id) FROM "Session"`,
];

async function fingerprint(): Promise<(string | null)[]> {
  const [row] = await db.$queryRawUnsafe<{ value: (string | null)[] }[]>(
    `SELECT ARRAY[${WATCHED.map((sql) => `(${sql})`).join(", ")}] AS value`,
  );
  return row.value;
}

/** Callers whose requests carry no usable credential: refused as unauthenticated. */
const UNAUTHENTICATED: readonly Actor[] = ["anonymous", "deactivated", "revokedToken"];

class Attempt {
  constructor(readonly actor: Actor) {}
  get caller(): Caller {
    return callers[this.actor];
  }

  /** A data-access call with the caller's viewer: resolves (allowed) or refuses with the right AppError. */
  async data(call: (viewer: Viewer | null) => Promise<unknown>): Promise<Outcome> {
    const before = await fingerprint();
    try {
      await call(this.caller.viewer);
    } catch (error) {
      if (!isAppError(error)) throw error;
      const expected = UNAUTHENTICATED.includes(this.actor) ? ["UNAUTHORIZED"] : ["FORBIDDEN", "NOT_FOUND"];
      if (!expected.includes(error.code)) {
        throw new Error(`${this.actor}: ${error.code} ${error.message} ${JSON.stringify(error.issues)}`);
      }
      expect(await fingerprint(), `${this.actor}'s refused call changed the database`).toEqual(before);
      return "refused";
    }
    return "allowed";
  }

  /** A request to a route module: 2xx (allowed) or 401 / 403 / 404 (refused), never anything else. */
  async http(request: () => Promise<Response>, refusedWith?: number[]): Promise<Outcome> {
    const before = await fingerprint();
    const response = await request();
    if (response.status >= 200 && response.status < 300) {
      await response.arrayBuffer();
      return "allowed";
    }
    const expected = refusedWith ?? (UNAUTHENTICATED.includes(this.actor) ? [401] : [403, 404]);
    if (!expected.includes(response.status)) {
      throw new Error(`${this.actor}: unexpected ${response.status} ${await response.text()}`);
    }
    expect(await fingerprint(), `${this.actor}'s refused request changed the database`).toEqual(before);
    return "refused";
  }

  /** A better-auth call: resolves (allowed) or fails with 401 / 403 (refused). */
  async auth(call: () => Promise<unknown>): Promise<Outcome> {
    const before = await fingerprint();
    try {
      await call();
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status !== 401 && status !== 403) throw error;
      expect(await fingerprint(), `${this.actor}'s refused call changed the database`).toEqual(before);
      return "refused";
    }
    return "allowed";
  }

  /**
   * Whose record a fixture is: the caller's own where their role can have one of this kind (whatever the
   * table says they may do with it), else `other`'s.
   */
  ownerOr(other: Viewer, resource?: "submission" | "api-token"): Viewer {
    const viewer = this.caller.viewer;
    if (!viewer) return other;
    return resource && !hasPermission(viewer.role, "create", resource, "own") ? other : viewer;
  }
}

const bearer = (caller: Caller): Record<string, string> =>
  caller.token ? { authorization: `Bearer ${caller.token}` } : {};
const get = (caller: Caller, url: string) => new Request(`${BASE}${url}`, { headers: bearer(caller) });
const postJson = (caller: Caller, url: string, body: unknown) =>
  new Request(`${BASE}${url}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...bearer(caller) },
    body: JSON.stringify(body),
  });
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

// Fixtures ------------------------------------------------------------------------------------------------

const entryDraft = (options: { proposal?: boolean } = {}) =>
  trialEntry({
    tag: "matrix",
    intervention: "voorzorg",
    ...(options.proposal
      ? {
          proposal: { name: "Ouders Samen", description: "Acht groepsbijeenkomsten", targetGroup: "Ouders met stress" },
        }
      : {}),
  });

async function parsedDraft(options: { proposal?: boolean } = {}) {
  const { parseWithLocale, submissionSchema } = await import("@/lib/submission/schemas");
  const parsed = parseWithLocale(submissionSchema, entryDraft(options), "en");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}

async function entry(by: Viewer, submit: boolean, options: { proposal?: boolean } = {}): Promise<number> {
  const { saveSubmission } = await import("@/lib/submission/mutations");
  return (await saveSubmission({ viewer: by, input: await parsedDraft(options), submit }, db)).id;
}

async function demoIntervention(): Promise<string> {
  const { createDemoIntervention } = await import("@/seed/factories");
  const slug = `matrix-demo-${next()}`;
  await createDemoIntervention(db, { slug, nameNl: `Matrix demo ${counter}`, preventionLevel: "UNIVERSAL" });
  await db.targetGroup.updateMany({ where: { intervention: { slug } }, data: { adviceGroups: ["UNIVERSAL"] } });
  return slug;
}

async function clearinghouse(): Promise<string> {
  const { createClearinghouse, addScaleLevel } = await import("@/lib/curation/crosswalk");
  const slug = `matrix-ch-${next()}`;
  await createClearinghouse(
    { viewer: owner.admin, input: { name: `Matrix ${slug}`, slug, country: "BE", website: "https://example.org" } },
    db,
  );
  const reason = "Schaal voor de autorisatietest";
  await addScaleLevel({ viewer: owner.admin, slug, input: { level: "Sterk", commonLevel: "supported", reason } }, db);
  await addScaleLevel({ viewer: owner.admin, slug, input: { level: "Zwak", commonLevel: "none", reason } }, db);
  return slug;
}

async function shortlistOf(user: Viewer) {
  const { createShortlist, addToShortlist } = await import("@/lib/decision/shortlists");
  const list = await createShortlist({ viewer: user, name: `Lijst ${next()}` }, db);
  const { itemId } = await addToShortlist({ viewer: user, input: { slug: "voorzorg", shortlistId: list.id } }, db);
  return { id: list.id, itemId };
}

async function savedSearchOf(user: Viewer) {
  const { saveSearch } = await import("@/lib/decision/saved-searches");
  return saveSearch({ viewer: user, input: { name: `Zoekopdracht ${next()}`, query: "q=video" } }, db);
}

async function feedToken(kind: "shortlist" | "saved-search", user: Viewer, id: string): Promise<string> {
  const { renewFeedToken } = await import("@/lib/decision/feeds");
  return (await renewFeedToken({ viewer: user, kind, id }, db)).token;
}

// Probes: one per operation ----------------------------------------------------------------------------------

type Probe = (attempt: Attempt) => Promise<Outcome>;

const PROBES: Record<Operation, Probe> = {
  // Public API -------------------------------------------------------------------------------------------------
  "GET /api/v1/interventions": async (a) => {
    const { GET } = await import("@/app/api/v1/interventions/route");
    return a.http(() => GET(get(a.caller, "/api/v1/interventions?pageSize=2")));
  },
  "GET /api/v1/interventions/[slug]": async (a) => {
    const { GET } = await import("@/app/api/v1/interventions/[slug]/route");
    return a.http(() => GET(get(a.caller, "/api/v1/interventions/voorzorg"), params({ slug: "voorzorg" })));
  },
  "GET /api/v1/interventions.csv": async (a) => {
    const { GET } = await import("@/app/api/v1/interventions.csv/route");
    return a.http(() => GET(get(a.caller, "/api/v1/interventions.csv?q=video")));
  },
  "GET /api/v1/interventions.json": async (a) => {
    const { GET } = await import("@/app/api/v1/interventions.json/route");
    return a.http(() => GET(get(a.caller, "/api/v1/interventions.json?q=video")));
  },
  "GET /api/v1/evidence-map": async (a) => {
    const { GET } = await import("@/app/api/v1/evidence-map/route");
    return a.http(() => GET(get(a.caller, "/api/v1/evidence-map")));
  },
  "POST /api/v1/meta-analysis": async (a) => {
    const { POST } = await import("@/app/api/v1/meta-analysis/route");
    const study = (m1: number) => ({ m1, sd1: 3, n1: 40, m2: 10, sd2: 3, n2: 40 });
    return a.http(() =>
      POST(
        postJson(a.caller, "/api/v1/meta-analysis", { measure: "SMD", studies: [study(11), study(12), study(10.5)] }),
      ),
    );
  },
  "GET /api/openapi.json": async (a) => {
    const { GET } = await import("@/app/api/openapi.json/route");
    return a.http(async () => GET());
  },
  "GET /api/health": async (a) => {
    const { GET } = await import("@/app/api/health/route");
    return a.http(() => GET());
  },
  "GET /api/report/compare.pdf": async (a) => {
    const { GET } = await import("@/app/api/report/compare.pdf/route");
    return a.http(() => GET(get(a.caller, "/api/report/compare.pdf?slug=voorzorg&slug=stevig-ouderschap")));
  },
  "GET /feeds/shortlists/[file]": async (a) => {
    const { GET } = await import("@/app/feeds/shortlists/[file]/route");
    const list = await shortlistOf(owner.officer);
    const file = `${await feedToken("shortlist", owner.officer, list.id)}.atom`;
    return a.http(() => GET(get(a.caller, `/feeds/shortlists/${file}`), params({ file })));
  },
  "GET /feeds/searches/[file]": async (a) => {
    const { GET } = await import("@/app/feeds/searches/[file]/route");
    const search = await savedSearchOf(owner.officer);
    const file = `${await feedToken("saved-search", owner.officer, search.id)}.atom`;
    return a.http(() => GET(get(a.caller, `/feeds/searches/${file}`), params({ file })));
  },

  // The submissions API ------------------------------------------------------------------------------------------
  "POST /api/v1/submissions": async (a) => {
    const { POST } = await import("@/app/api/v1/submissions/route");
    return a.http(() => POST(postJson(a.caller, "/api/v1/submissions", entryDraft())));
  },
  "GET /api/v1/submissions": async (a) => {
    const { GET } = await import("@/app/api/v1/submissions/route");
    return a.http(() => GET(get(a.caller, "/api/v1/submissions")));
  },
  "GET /api/v1/submissions/[id]": async (a) => {
    const { GET } = await import("@/app/api/v1/submissions/[id]/route");
    const id = String(await entry(a.ownerOr(owner.researcher, "submission"), false));
    return a.http(() => GET(get(a.caller, `/api/v1/submissions/${id}`), params({ id })));
  },
  "POST /api/v1/submissions/[id]/submit": async (a) => {
    const { POST } = await import("@/app/api/v1/submissions/[id]/submit/route");
    const id = String(await entry(a.ownerOr(owner.researcher, "submission"), false));
    return a.http(() => POST(postJson(a.caller, `/api/v1/submissions/${id}/submit`, {}), params({ id })));
  },
  "POST /api/v1/submissions/[id]/withdraw": async (a) => {
    const { POST } = await import("@/app/api/v1/submissions/[id]/withdraw/route");
    const id = String(await entry(a.ownerOr(owner.researcher, "submission"), true));
    return a.http(() => POST(postJson(a.caller, `/api/v1/submissions/${id}/withdraw`, {}), params({ id })));
  },

  // better-auth's endpoints -----------------------------------------------------------------------------------------
  "GET /api/auth/[...all]": async (a) => {
    const { GET } = await import("@/app/api/auth/[...all]/route");
    const headers = a.caller.cookie ? { cookie: a.caller.cookie } : undefined;
    const response = await GET(new Request(`${BASE}/api/auth/get-session`, { headers }));
    expect(response.status).toBe(200);
    const session = (await response.json()) as { user?: { id: string } } | null;
    if (!session?.user) return "refused";
    expect(session.user.id).toBe(a.caller.account?.id);
    return "allowed";
  },
  "POST /api/auth/[...all]": async (a) => {
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const email = a.caller.account?.email ?? `nobody-${next()}@matrix.example`;
    return a.http(
      () =>
        POST(
          new Request(`${BASE}/api/auth/sign-in/email`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: BASE },
            body: JSON.stringify({ email, password: PASSWORD }),
          }),
        ),
      // Unknown credentials are 401; a deactivated account's own password is 403 (ACCOUNT_DISABLED).
      a.actor === "deactivated" ? [403] : [401],
    );
  },

  // Cookie-authenticated route handlers, through the function each calls with getViewer's viewer -------------------
  "POST /admin/data/import": async (a) => {
    const { createImportJob } = await import("@/lib/jobs/import-jobs");
    const bytes = new TextEncoder().encode("{}");
    return a.data((viewer) => createImportJob({ viewer, fileName: "catalogus.json", bytes }, db));
  },
  "GET /admin/data/import/[id]": async (a) => {
    const { createImportJob, getImportJob } = await import("@/lib/jobs/import-jobs");
    const bytes = new TextEncoder().encode("{}");
    const job = await createImportJob({ viewer: owner.admin, fileName: "catalogus.json", bytes }, db);
    return a.data((viewer) => getImportJob({ viewer, id: job.id }, db));
  },
  "GET /admin/data/export": async (a) => {
    const { exportCatalogue } = await import("@/lib/transfer/export");
    return a.data(async (viewer) => {
      const result = await exportCatalogue({ viewer, format: "json" }, db);
      await new Response(result.body).arrayBuffer();
    });
  },
  "GET /admin/audit/export": async (a) => {
    const { exportAuditCsv } = await import("@/lib/curation/audit-log");
    return a.data((viewer) => exportAuditCsv({ viewer, filters: {} as never }, db));
  },
  "GET /shortlists/[id]/report.pdf": async (a) => {
    const { getShortlistReport } = await import("@/lib/decision/report");
    const list = await shortlistOf(a.ownerOr(owner.officer));
    return a.data((viewer) => getShortlistReport(db, { viewer, shortlistId: list.id }));
  },

  // Server actions: accounts ---------------------------------------------------------------------------------------
  "app/locale-actions.ts#setLocaleAction": async (a) => {
    // It sets the caller's own language cookie and nothing else, whoever calls: it reads no session and
    // touches no database (a change that did would need a row in this table's refusals).
    const source = readFileSync(path.join(APP, "locale-actions.ts"), "utf8");
    return a.data(async () => {
      expect(source).not.toMatch(/lib\/(db|auth|database)|getViewer/);
      expect(source).toMatch(/cookies\(\)\)\.set\(LOCALE_COOKIE/);
    });
  },
  "app/(auth)/sign-up/actions.ts#signUpAction": async (a) => {
    const { getAuth } = await import("@/lib/auth/server");
    const auth = await getAuth();
    const email = `signup-${next()}@matrix.example`;
    const outcome = await a.auth(() =>
      auth.api.signUpEmail({ body: { name: "Nieuw", email, password: PASSWORD, role: "ADMIN" } as never }),
    );
    // Whoever signs up gets an officer's account, never more.
    const created = await db.user.findUnique({ where: { email }, select: { role: true } });
    if (created) expect(created.role).toBe("OFFICER");
    return created ? outcome : "refused";
  },
  "app/(auth)/sign-in/actions.ts#signInAction": async (a) => {
    const { getAuth } = await import("@/lib/auth/server");
    const auth = await getAuth();
    const email = a.caller.account?.email ?? `nobody-${next()}@matrix.example`;
    return a.auth(() => auth.api.signInEmail({ body: { email, password: PASSWORD } }));
  },
  "app/(auth)/forgot-password/actions.ts#forgotPasswordAction": async (a) => {
    // Every caller may ask, and the answer for a known address is the answer for an unknown one, so the form
    // tells nobody who has an account (the action answers the same even when no mail can be sent).
    const { getAuth } = await import("@/lib/auth/server");
    const auth = await getAuth();
    const answer = (email: string) =>
      auth.api.requestPasswordReset({ body: { email, redirectTo: "/reset-password" } }).then(
        (body) => JSON.stringify(body),
        (error: { statusCode?: number; body?: unknown }) => `${error.statusCode} ${JSON.stringify(error.body)}`,
      );
    const known = await answer(a.caller.account?.email ?? owner.officer.email);
    expect(known).toBe(await answer(`unknown-${next()}@matrix.example`));
    return "allowed";
  },
  "app/(auth)/reset-password/actions.ts#resetPasswordAction": async (a) => {
    const { getAuth } = await import("@/lib/auth/server");
    const auth = await getAuth();
    const headers = new Headers(a.caller.cookie ? { cookie: a.caller.cookie } : {});
    const before = await fingerprint();
    try {
      await auth.api.resetPassword({
        body: { token: `forged-${next()}`, newPassword: "a-new-long-password" },
        headers,
      });
      return "allowed";
    } catch (error) {
      // A token the app did not mail is refused (400 INVALID_TOKEN), whatever session comes with it.
      expect((error as { statusCode?: number }).statusCode).toBe(400);
      expect(await fingerprint()).toEqual(before);
      return "refused";
    }
  },
  "app/account/actions.ts#changePasswordAction": async (a) => {
    const { getAuth } = await import("@/lib/auth/server");
    const auth = await getAuth();
    const headers = new Headers(a.caller.cookie ? { cookie: a.caller.cookie } : {});
    const outcome = await a.auth(() =>
      auth.api.changePassword({
        body: { currentPassword: PASSWORD, newPassword: PASSWORD, revokeOtherSessions: false },
        headers,
      }),
    );
    return outcome;
  },
  "app/account/actions.ts#signOutAction": async (a) => {
    // Ends only the session of the caller's own cookie: a fresh one here, so the shared callers stay signed in.
    const { getAuth } = await import("@/lib/auth/server");
    const auth = await getAuth();
    const cookie = a.caller.viewer ? await signInCookie(a.caller.viewer.email, PASSWORD) : a.caller.cookie;
    const outcome = await a.auth(() => auth.api.signOut({ headers: new Headers(cookie ? { cookie } : {}) }));
    if (cookie) expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    return outcome;
  },
  "app/account/actions.ts#signOutEverywhereAction": async (a) => {
    // Every session of the caller ends: a second account of the same role stands in for the shared caller.
    const { getAuth } = await import("@/lib/auth/server");
    const auth = await getAuth();
    let cookie = a.caller.cookie;
    if (a.caller.viewer) {
      const stand = await account(a.caller.viewer.role, `everywhere-${a.actor}`);
      cookie = await signInCookie(stand.email, PASSWORD);
    }
    return a.auth(() => auth.api.revokeSessions({ headers: new Headers(cookie ? { cookie } : {}) }));
  },

  // Server actions: shortlists and saved searches ----------------------------------------------------------------------
  "app/shortlists/actions.ts#createShortlistAction": async (a) => {
    const { createShortlist } = await import("@/lib/decision/shortlists");
    return a.data((viewer) => createShortlist({ viewer, name: `Nieuw ${next()}` }, db));
  },
  "app/shortlists/actions.ts#renameShortlistAction": async (a) => {
    const { renameShortlist } = await import("@/lib/decision/shortlists");
    const list = await shortlistOf(a.ownerOr(owner.officer));
    return a.data((viewer) => renameShortlist({ viewer, id: list.id, name: `Hernoemd ${next()}` }, db));
  },
  "app/shortlists/actions.ts#deleteShortlistAction": async (a) => {
    const { deleteShortlist } = await import("@/lib/decision/shortlists");
    const list = await shortlistOf(a.ownerOr(owner.officer));
    return a.data((viewer) => deleteShortlist({ viewer, id: list.id }, db));
  },
  "app/shortlists/actions.ts#addToShortlistAction": async (a) => {
    const { addToShortlist, createShortlist } = await import("@/lib/decision/shortlists");
    const list = await createShortlist({ viewer: a.ownerOr(owner.officer), name: `Leeg ${next()}` }, db);
    return a.data((viewer) => addToShortlist({ viewer, input: { slug: "voorzorg", shortlistId: list.id } }, db));
  },
  "app/shortlists/actions.ts#updateNoteAction": async (a) => {
    const { updateShortlistNote } = await import("@/lib/decision/shortlists");
    const list = await shortlistOf(a.ownerOr(owner.officer));
    return a.data((viewer) => updateShortlistNote({ viewer, itemId: list.itemId, note: "Past bij ons" }, db));
  },
  "app/shortlists/actions.ts#removeItemAction": async (a) => {
    const { removeFromShortlist } = await import("@/lib/decision/shortlists");
    const list = await shortlistOf(a.ownerOr(owner.officer));
    return a.data((viewer) => removeFromShortlist({ viewer, itemId: list.itemId }, db));
  },
  "app/shortlists/actions.ts#markShortlistSeenAction": async (a) => {
    const { markShortlistSeen } = await import("@/lib/decision/shortlists");
    const list = await shortlistOf(a.ownerOr(owner.officer));
    return a.data((viewer) => markShortlistSeen({ viewer, id: list.id }, db));
  },
  "app/shortlists/actions.ts#renewShortlistFeedAction": async (a) => {
    const { renewFeedToken } = await import("@/lib/decision/feeds");
    const list = await shortlistOf(a.ownerOr(owner.officer));
    return a.data((viewer) => renewFeedToken({ viewer, kind: "shortlist", id: list.id }, db));
  },
  "app/shortlists/actions.ts#revokeShortlistFeedAction": async (a) => {
    const { revokeFeedToken } = await import("@/lib/decision/feeds");
    const user = a.ownerOr(owner.officer);
    const list = await shortlistOf(user);
    await feedToken("shortlist", user, list.id);
    return a.data((viewer) => revokeFeedToken({ viewer, kind: "shortlist", id: list.id }, db));
  },
  "app/saved-searches/actions.ts#saveSearchAction": async (a) => {
    const { saveSearch } = await import("@/lib/decision/saved-searches");
    return a.data((viewer) => saveSearch({ viewer, input: { name: `Bewaard ${next()}`, query: "q=ouders" } }, db));
  },
  "app/saved-searches/actions.ts#renameSavedSearchAction": async (a) => {
    const { renameSavedSearch } = await import("@/lib/decision/saved-searches");
    const search = await savedSearchOf(a.ownerOr(owner.officer));
    return a.data((viewer) => renameSavedSearch({ viewer, id: search.id, name: `Hernoemd ${next()}` }, db));
  },
  "app/saved-searches/actions.ts#deleteSavedSearchAction": async (a) => {
    const { deleteSavedSearch } = await import("@/lib/decision/saved-searches");
    const search = await savedSearchOf(a.ownerOr(owner.officer));
    return a.data((viewer) => deleteSavedSearch({ viewer, id: search.id }, db));
  },
  "app/saved-searches/actions.ts#markSavedSearchSeenAction": async (a) => {
    const { markSavedSearchSeen } = await import("@/lib/decision/saved-searches");
    const search = await savedSearchOf(a.ownerOr(owner.officer));
    return a.data((viewer) => markSavedSearchSeen({ viewer, id: search.id }, db));
  },
  "app/saved-searches/actions.ts#renewSearchFeedAction": async (a) => {
    const { renewFeedToken } = await import("@/lib/decision/feeds");
    const search = await savedSearchOf(a.ownerOr(owner.officer));
    return a.data((viewer) => renewFeedToken({ viewer, kind: "saved-search", id: search.id }, db));
  },
  "app/saved-searches/actions.ts#revokeSearchFeedAction": async (a) => {
    const { revokeFeedToken } = await import("@/lib/decision/feeds");
    const user = a.ownerOr(owner.officer);
    const search = await savedSearchOf(user);
    await feedToken("saved-search", user, search.id);
    return a.data((viewer) => revokeFeedToken({ viewer, kind: "saved-search", id: search.id }, db));
  },

  // Server actions: researchers --------------------------------------------------------------------------------------
  "app/researcher/actions.ts#saveDraftAction": async (a) => {
    const { saveSubmission } = await import("@/lib/submission/mutations");
    const input = await parsedDraft();
    return a.data((viewer) => saveSubmission({ viewer, input, submit: false }, db));
  },
  "app/researcher/actions.ts#submitAction": async (a) => {
    const { saveSubmission } = await import("@/lib/submission/mutations");
    const input = await parsedDraft();
    return a.data((viewer) => saveSubmission({ viewer, input, submit: true }, db));
  },
  "app/researcher/actions.ts#submitEntryAction": async (a) => {
    const { submitSubmission } = await import("@/lib/submission/mutations");
    const id = await entry(a.ownerOr(owner.researcher, "submission"), false);
    return a.data((viewer) => submitSubmission({ viewer, id }, db));
  },
  "app/researcher/actions.ts#withdrawEntryAction": async (a) => {
    const { withdrawSubmission } = await import("@/lib/submission/mutations");
    const id = await entry(a.ownerOr(owner.researcher, "submission"), true);
    return a.data((viewer) => withdrawSubmission({ viewer, id }, db));
  },
  "app/researcher/tokens/actions.ts#createApiTokenAction": async (a) => {
    const { createApiToken } = await import("@/lib/auth/api-token");
    return a.data((viewer) => createApiToken({ viewer, name: `Script ${next()}` }, db));
  },
  "app/researcher/tokens/actions.ts#revokeApiTokenAction": async (a) => {
    const { createApiToken, revokeApiToken } = await import("@/lib/auth/api-token");
    const token = await createApiToken(
      { viewer: a.ownerOr(owner.researcher, "api-token"), name: `Script ${next()}` },
      db,
    );
    return a.data((viewer) => revokeApiToken({ viewer, id: token.id }, db));
  },

  // Server actions: editors ---------------------------------------------------------------------------------------------
  "app/admin/review/[id]/actions.ts#acceptAction": async (a) => {
    const { acceptSubmission } = await import("@/lib/curation/review");
    const id = await entry(owner.researcher, true);
    return a.data((viewer) => acceptSubmission({ viewer, id, reason: "" }, db));
  },
  "app/admin/review/[id]/actions.ts#rejectAction": async (a) => {
    const { rejectSubmission } = await import("@/lib/curation/review");
    const id = await entry(owner.researcher, true);
    return a.data((viewer) => rejectSubmission({ viewer, id, reason: "Buiten het bereik van de databank." }, db));
  },
  "app/admin/review/[id]/actions.ts#askAction": async (a) => {
    const { askSubmitter } = await import("@/lib/curation/review");
    const id = await entry(owner.researcher, true);
    return a.data((viewer) => askSubmitter({ viewer, id, reason: "Graag de standaarddeviaties controleren." }, db));
  },
  "app/admin/review/[id]/actions.ts#retractAction": async (a) => {
    const { acceptSubmission, retractSubmission } = await import("@/lib/curation/review");
    const id = await entry(owner.researcher, true);
    await acceptSubmission({ viewer: owner.admin, id, reason: "" }, db);
    return a.data((viewer) => retractSubmission({ viewer, id, reason: "Fout in de gerapporteerde effecten." }, db));
  },
  "app/admin/review/[id]/actions.ts#acceptProposalAction": async (a) => {
    const { acceptProposal } = await import("@/lib/curation/review");
    const { proposalRecordSchema } = await import("@/lib/curation/review-schemas");
    const id = await entry(owner.researcher, true, { proposal: true });
    const record = proposalRecordSchema.parse(proposalRecord(`matrix-voorstel-${next()}`));
    return a.data((viewer) => acceptProposal({ viewer, id, record, reason: "" }, db));
  },
  "app/admin/settings/actions.ts#saveReviewSettingsAction": async (a) => {
    const { setSecondReview } = await import("@/lib/curation/settings");
    return a.data((viewer) => setSecondReview({ viewer, enabled: false }, db));
  },
  "app/admin/users/actions.ts#changeRoleAction": async (a) => {
    const { changeUserRole } = await import("@/lib/curation/users");
    const user = await account("OFFICER", "promoted");
    return a.data((viewer) => changeUserRole({ viewer, userId: user.id, role: "RESEARCHER" }, db));
  },
  "app/admin/users/actions.ts#deactivateAction": async (a) => {
    const { deactivateUser } = await import("@/lib/curation/users");
    const user = await account("OFFICER", "leaving");
    return a.data((viewer) => deactivateUser({ viewer, userId: user.id }, db));
  },
  "app/admin/users/actions.ts#reactivateAction": async (a) => {
    const { deactivateUser, reactivateUser } = await import("@/lib/curation/users");
    const user = await account("OFFICER", "returning");
    await deactivateUser({ viewer: owner.admin, userId: user.id }, db);
    return a.data((viewer) => reactivateUser({ viewer, userId: user.id }, db));
  },
  "app/admin/users/actions.ts#temporaryPasswordAction": async (a) => {
    const { setTemporaryPassword } = await import("@/lib/curation/users");
    const user = await account("OFFICER", "forgetful");
    return a.data((viewer) => setTemporaryPassword({ viewer, userId: user.id }, db));
  },
  "app/admin/interventions/[slug]/edit/actions.ts#saveInterventionAction": async (a) => {
    const { getInterventionForEdit, updateIntervention } = await import("@/lib/curation/intervention-edit");
    const slug = await demoIntervention();
    const loaded = await getInterventionForEdit({ viewer: owner.admin, slug }, db);
    if (!loaded) throw new Error(`no intervention ${slug}`);
    const record = structuredClone(loaded.record);
    record.summary.nl = `Bewerkte samenvatting ${next()}.`;
    const input = { version: loaded.version, base: loaded.record, record };
    return a.data((viewer) => updateIntervention({ viewer, slug, input }, db));
  },
  "app/admin/interventions/[slug]/rating/actions.ts#rateInterventionAction": async (a) => {
    const { rateIntervention } = await import("@/lib/curation/ratings");
    const slug = await demoIntervention();
    const input = ratingDecision({ justification: "Synthetisch besluit voor de autorisatietest." });
    return a.data((viewer) => rateIntervention({ viewer, slug, input }, db));
  },
  "app/admin/interventions/[slug]/certainty/actions.ts#overrideCertaintyAction": async (a) => {
    const { overrideCertainty } = await import("@/lib/curation/certainty");
    const headline = await db.pooledEffect.findFirstOrThrow({
      orderBy: [{ interventionId: "asc" }, { outcomeDomainId: "asc" }],
      include: { intervention: { select: { slug: true } }, outcomeDomain: { select: { slug: true } } },
    });
    const input = {
      outcome: headline.outcomeDomain.slug,
      level: "low",
      reason: `Handmatig bijgesteld ${next()} na herbeoordeling.`,
    };
    return a.data((viewer) => overrideCertainty({ viewer, slug: headline.intervention.slug, input }, db));
  },
  "app/admin/interventions/[slug]/crosswalk/actions.ts#createExternalRatingAction": async (a) => {
    const { createExternalRating } = await import("@/lib/curation/crosswalk");
    const slug = await demoIntervention();
    return a.data((viewer) => createExternalRating({ viewer, slug, input: externalRating() as never }, db));
  },
  "app/admin/interventions/[slug]/crosswalk/actions.ts#updateExternalRatingAction": async (a) => {
    const { createExternalRating, updateExternalRating } = await import("@/lib/curation/crosswalk");
    const slug = await demoIntervention();
    const { id } = await createExternalRating({ viewer: owner.admin, slug, input: externalRating() as never }, db);
    const input = externalRating({ level: "2 Supported by Research Evidence" }) as never;
    return a.data((viewer) => updateExternalRating({ viewer, slug, id, input }, db));
  },
  "app/admin/interventions/[slug]/crosswalk/actions.ts#deleteExternalRatingAction": async (a) => {
    const { createExternalRating, deleteExternalRating } = await import("@/lib/curation/crosswalk");
    const slug = await demoIntervention();
    const { id } = await createExternalRating({ viewer: owner.admin, slug, input: externalRating() as never }, db);
    return a.data((viewer) => deleteExternalRating({ viewer, slug, id }, db));
  },
  "app/admin/clearinghouses/actions.ts#createClearinghouseAction": async (a) => {
    const { createClearinghouse } = await import("@/lib/curation/crosswalk");
    const slug = `matrix-new-${next()}`;
    const input = { name: `Nieuw ${slug}`, slug, country: "DE", website: "https://example.org" };
    return a.data((viewer) => createClearinghouse({ viewer, input }, db));
  },
  "app/admin/clearinghouses/[slug]/actions.ts#updateClearinghouseAction": async (a) => {
    const { updateClearinghouse } = await import("@/lib/curation/crosswalk");
    const slug = await clearinghouse();
    const input = { name: `Hernoemd ${slug}`, slug, country: "BE", website: "https://example.org/nieuw" };
    return a.data((viewer) => updateClearinghouse({ viewer, slug, input }, db));
  },
  "app/admin/clearinghouses/[slug]/actions.ts#deleteClearinghouseAction": async (a) => {
    const { deleteClearinghouse } = await import("@/lib/curation/crosswalk");
    const slug = await clearinghouse();
    return a.data((viewer) => deleteClearinghouse({ viewer, slug }, db));
  },
  "app/admin/clearinghouses/[slug]/actions.ts#addScaleLevelAction": async (a) => {
    const { addScaleLevel } = await import("@/lib/curation/crosswalk");
    const slug = await clearinghouse();
    const input = { level: "Middel", commonLevel: "promising", reason: "Een derde niveau op de schaal" } as const;
    return a.data((viewer) => addScaleLevel({ viewer, slug, input: input as never }, db));
  },
  "app/admin/clearinghouses/[slug]/actions.ts#updateScaleLevelAction": async (a) => {
    const { updateScaleLevel } = await import("@/lib/curation/crosswalk");
    const slug = await clearinghouse();
    const input = { level: "Zeer sterk", commonLevel: "supported", reason: "De naam van de databank zelf" } as const;
    return a.data((viewer) => updateScaleLevel({ viewer, slug, level: "Sterk", input: input as never }, db));
  },
  "app/admin/clearinghouses/[slug]/actions.ts#moveScaleLevelAction": async (a) => {
    const { moveScaleLevel } = await import("@/lib/curation/crosswalk");
    const slug = await clearinghouse();
    return a.data((viewer) => moveScaleLevel({ viewer, slug, level: "Zwak", direction: "up" }, db));
  },
  "app/admin/clearinghouses/[slug]/actions.ts#removeScaleLevelAction": async (a) => {
    const { removeScaleLevel } = await import("@/lib/curation/crosswalk");
    const slug = await clearinghouse();
    const input = { reason: "Dit niveau bestaat niet meer" };
    return a.data((viewer) => removeScaleLevel({ viewer, slug, level: "Zwak", input }, db));
  },
};

// ---------------------------------------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------------------------------------

describe("the authorization matrix", () => {
  test("names every route handler and every server action in app/, and nothing that is not there", () => {
    const routes = routeHandlersInApp().sort();
    const actions = serverActionsInApp().sort();
    expect(routes.length).toBeGreaterThan(20);
    expect(actions.length).toBeGreaterThan(50);
    expect(routes).toEqual(Object.keys(ROUTES).sort());
    expect(actions).toEqual(Object.keys(ACTIONS).sort());
  });

  test("every operation allows exactly its callers, each allowed call succeeds and each refusal changes nothing", async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [operation, allowed] of Object.entries(OPERATIONS) as [Operation, readonly Actor[]][]) {
      for (const actor of ACTORS) {
        const expected: Outcome = allowed.includes(actor) ? "allowed" : "refused";
        let outcome: string;
        try {
          outcome = await PROBES[operation](new Attempt(actor));
        } catch (error) {
          outcome = `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400);
        }
        checked++;
        if (outcome !== expected) failures.push(`${operation} as ${actor}: expected ${expected}, got ${outcome}`);
      }
    }
    const operations = Object.keys(OPERATIONS).length;
    console.log(
      `Authorization matrix: ${operations} operations × ${ACTORS.length} callers = ${checked} checks ` +
        `(${Object.keys(ROUTES).length} route handlers, ${Object.keys(ACTIONS).length} server actions)`,
    );
    expect(failures).toEqual([]);
    expect(checked).toBe(operations * ACTORS.length);
  }, 600_000);
});

describe("records of another owner", () => {
  test("a researcher can neither read nor change another researcher's draft, by the forms or the API", async () => {
    const { getSubmission } = await import("@/lib/submission/queries");
    const { saveSubmission, submitSubmission, withdrawSubmission } = await import("@/lib/submission/mutations");
    const { refusal } = await import("@/tests/helpers/viewers");
    const author = owner.researcher;
    const other = callers.researcher;
    const id = await entry(author, false);
    const stored = () =>
      db.study.findUniqueOrThrow({ where: { id }, include: { effectSizes: { orderBy: { id: "asc" } } } });
    const before = await stored();
    const audits = await db.auditLog.count();

    const edited = await parsedDraft();
    for (const attempt of [
      () => getSubmission({ viewer: other.viewer, id }, db),
      () => saveSubmission({ viewer: other.viewer, input: edited, id, submit: false }, db),
      () => saveSubmission({ viewer: other.viewer, input: edited, id, submit: true }, db),
      () => submitSubmission({ viewer: other.viewer, id }, db),
      () => withdrawSubmission({ viewer: other.viewer, id }, db),
      // An admin reads every entry, but edits only their own.
      () => saveSubmission({ viewer: callers.admin.viewer, input: edited, id, submit: false }, db),
    ]) {
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain((await refusal(attempt)).code);
    }
    const { GET } = await import("@/app/api/v1/submissions/[id]/route");
    const { POST } = await import("@/app/api/v1/submissions/[id]/submit/route");
    const list = await import("@/app/api/v1/submissions/route");
    expect((await GET(get(other, `/api/v1/submissions/${id}`), params({ id: String(id) }))).status).toBe(404);
    expect(
      (await POST(postJson(other, `/api/v1/submissions/${id}/submit`, {}), params({ id: String(id) }))).status,
    ).toBe(404);
    const listed = (await (await list.GET(get(other, "/api/v1/submissions?pageSize=100"))).json()) as {
      items: { id: number }[];
    };
    expect(listed.items.map((item) => item.id)).not.toContain(id);

    expect(await stored()).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
    // The author still can.
    expect((await getSubmission({ viewer: author, id }, db)).id).toBe(id);
  });

  test("an officer can read neither another officer's shortlist nor their saved search, feed or report", async () => {
    const { findShortlists, getShortlist } = await import("@/lib/decision/shortlists");
    const { findSavedSearches, getSavedSearch } = await import("@/lib/decision/saved-searches");
    const { renewFeedToken, revokeFeedToken } = await import("@/lib/decision/feeds");
    const { getShortlistReport } = await import("@/lib/decision/report");
    const { refusal } = await import("@/tests/helpers/viewers");
    const mine = owner.officer;
    const other = callers.officer.viewer!;
    const list = await shortlistOf(mine);
    const search = await savedSearchOf(mine);
    const listFeed = await feedToken("shortlist", mine, list.id);
    const searchFeed = await feedToken("saved-search", mine, search.id);
    const before = await fingerprint();

    for (const attempt of [
      () => getShortlist({ viewer: other, id: list.id }, db),
      () => getShortlistReport(db, { viewer: other, shortlistId: list.id }),
      () => renewFeedToken({ viewer: other, kind: "shortlist", id: list.id }, db),
      () => revokeFeedToken({ viewer: other, kind: "shortlist", id: list.id }, db),
      () => getSavedSearch({ viewer: other, id: search.id }, db),
      () => renewFeedToken({ viewer: other, kind: "saved-search", id: search.id }, db),
      () => revokeFeedToken({ viewer: other, kind: "saved-search", id: search.id }, db),
    ]) {
      expect((await refusal(attempt)).code).toBe("NOT_FOUND");
    }
    expect((await findShortlists({ viewer: other }, db)).map((l) => l.id)).not.toContain(list.id);
    expect((await findSavedSearches({ viewer: other }, db)).map((s) => s.id)).not.toContain(search.id);
    expect(await fingerprint()).toEqual(before);

    // The feeds still answer at their own address only, and a guessed one is not found.
    const shortlistFeed = await import("@/app/feeds/shortlists/[file]/route");
    const searchesFeed = await import("@/app/feeds/searches/[file]/route");
    const feed = (route: typeof shortlistFeed, kind: string, file: string) =>
      route.GET(new Request(`${BASE}/feeds/${kind}/${file}`), params({ file }));
    expect((await feed(shortlistFeed, "shortlists", `${listFeed}.atom`)).status).toBe(200);
    expect((await feed(searchesFeed, "searches", `${searchFeed}.atom`)).status).toBe(200);
    expect((await feed(shortlistFeed, "shortlists", `${searchFeed}.atom`)).status).toBe(404);
    expect((await feed(shortlistFeed, "shortlists", `${listFeed.slice(0, -2)}xx.atom`)).status).toBe(404);
  });
});

describe("a disabled account", () => {
  test("is refused with a token that was never revoked, and its session yields no viewer", async () => {
    const user = await account("RESEARCHER", "disabled-directly");
    const token = await tokenFor(user);
    const cookie = await signInCookie(user.email, PASSWORD);
    const list = await import("@/app/api/v1/submissions/route");
    const asUser: Caller = { account: user, viewer: user, token, cookie, password: PASSWORD };
    expect((await list.GET(get(asUser, "/api/v1/submissions"))).status).toBe(200);

    // Disabled in the database alone: the token stays unrevoked and the session row stays.
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
    const studies = await db.study.count();
    expect((await list.GET(get(asUser, "/api/v1/submissions"))).status).toBe(401);
    expect((await list.POST(postJson(asUser, "/api/v1/submissions", entryDraft()))).status).toBe(401);
    expect(await db.study.count()).toBe(studies);

    // getViewer (lib/auth/session.ts) gives no viewer for a session whose user is disabled.
    const { getAuth } = await import("@/lib/auth/server");
    const session = await (await getAuth()).api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.disabledAt).toBeInstanceOf(Date);
    // Signing in again is refused.
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const again = await POST(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE },
        body: JSON.stringify({ email: user.email, password: PASSWORD }),
      }),
    );
    expect(again.status).toBe(403);
  });

  test("deactivated by an admin, its old session cookie no longer finds a session", async () => {
    const { getAuth } = await import("@/lib/auth/server");
    const auth = await getAuth();
    expect(await auth.api.getSession({ headers: new Headers({ cookie: callers.deactivated.cookie! }) })).toBeNull();
    expect(await db.session.count({ where: { userId: callers.deactivated.account!.id } })).toBe(0);
  });
});

// better-auth's own origin check is off under test (NODE_ENV=test), so the browser test (tests/e2e/csrf.spec.ts)
// shows it on the running app.
describe("cross-origin requests to cookie-authenticated handlers", () => {
  const upload = (headers: Record<string, string>) => {
    const form = new FormData();
    form.set("file", new File(["{}"], "catalogus.json", { type: "application/json" }));
    return new Request(`${BASE}/admin/data/import`, {
      method: "POST",
      headers: { host: "localhost:3000", cookie: callers.admin.cookie!, ...headers },
      body: form,
    });
  };

  test("the import upload refuses another site before reading anything, and lets its own site through", async () => {
    const { POST } = await import("@/app/admin/data/import/route");
    const jobs = await db.importJob.count();
    for (const headers of [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { referer: "https://evil.example/upload.html" },
    ] as Record<string, string>[]) {
      const refused = await POST(upload(headers));
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: "forbidden" });
    }
    expect(await db.importJob.count()).toBe(jobs);
    // From its own origin the handler goes on to read the session, which only Next.js's request scope
    // provides: getting that far is what this shows (the browser test signs in and uploads for real).
    await expect(POST(upload({ origin: BASE }))).rejects.toThrow(/outside a request scope/);
    await expect(POST(upload({ "sec-fetch-site": "same-origin" }))).rejects.toThrow(/outside a request scope/);
  });
});
