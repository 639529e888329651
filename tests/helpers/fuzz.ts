/**
 * Property-based fuzzing of every API route and every server action's input, shared by
 * tests/integration/fuzz.test.ts (a small seeded set in CI) and scripts/bench-fuzz.mts (10,000 cases and more).
 *
 * Each target turns a generated input into one call: a route handler of app/api (the real route module,
 * called with a real Request, reading the database through lib/db.ts) or the data-layer function a server
 * action calls (with a real admin, researcher or officer as the viewer). Inputs are both plausible (a valid
 * request or form with one field set to a wrong type, an out-of-range or huge number, a NUL, unicode or very
 * long string, an extra key, deep nesting or a very long list; a field left out) and garbage (random query
 * strings, random JSON, invalid UTF-8 bytes, wrong content types).
 *
 * The properties, per case: no 5xx and no error thrown by a route handler; no error from a data-layer function
 * other than an AppError refusal; and after a refusal (a 4xx, or an AppError) the tables the target can write
 * are exactly as before (row counts of every table and a hash of the rows of the target's tables).
 */
import fc from "fast-check";
import type { Database, Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, isAppError } from "@/lib/errors";
import { createApiToken } from "@/lib/auth/api-token";
import { saveSubmission } from "@/lib/submission/mutations";
import { submissionSchema } from "@/lib/submission/schemas";
import { interventionFiltersSchema } from "@/lib/intervention/schemas";
import { createDemoIntervention } from "@/seed/factories";
import { theraplayEntry } from "@/tests/helpers/submissions";
import { getInterventionForEdit, updateIntervention } from "@/lib/curation/intervention-edit";
import {
  addScaleLevel,
  createClearinghouse,
  createExternalRating,
  removeScaleLevel,
  updateClearinghouse,
  updateExternalRating,
  updateScaleLevel,
} from "@/lib/curation/crosswalk";
import { rateIntervention } from "@/lib/curation/ratings";
import { overrideCertainty } from "@/lib/curation/certainty";
import { acceptProposal, acceptSubmission, askSubmitter, rejectSubmission } from "@/lib/curation/review";
import { changeUserRole } from "@/lib/curation/users";
import { addToShortlist, createShortlist, renameShortlist, updateShortlistNote } from "@/lib/decision/shortlists";
import { renameSavedSearch, saveSearch } from "@/lib/decision/saved-searches";

// ---------------------------------------------------------------------------------------------------------
// Values

/** Strings that have broken parsers and databases before. */
const NASTY_STRINGS = [
  "",
  " ",
  "0",
  "-1",
  "1.5",
  "1e3",
  "2147483647",
  "2147483648",
  "3000000000",
  "-2147483649",
  "99999999999999999999",
  "1e309",
  "NaN",
  "Infinity",
  "-0",
  "0x10",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "\u0000",
  "a\u0000b",
  "\u0000\u0000\u0000",
  "é",
  "ë€😀",
  "\u202Eevil",
  "\uFEFF",
  "\uD800",
  "\r\n",
  "%",
  "%00",
  "%zz",
  '\'; DROP TABLE "Intervention"; --',
  "<script>alert(1)</script>",
  "../../etc/passwd",
  '=HYPERLINK("x")',
  "javascript:alert(1)",
  "https://example.org/",
  "x".repeat(201),
  "x".repeat(5000),
  "é".repeat(70_000),
];

const NASTY_NUMBERS = [
  0,
  -1,
  1,
  1.5,
  -0.5,
  2 ** 31 - 1,
  2 ** 31,
  3_000_000_000,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  1e-320,
];

const stringValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 300, maxLength: 3000 }) },
);

const numberValue: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.maxSafeInteger() },
);

/** A value nested `depth` arrays deep. */
const deep = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/** Any JSON-like value a field could be set to. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: stringValue },
  { weight: 3, arbitrary: numberValue },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(true, false, null, [], {}, [null], { "": "" }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(50, 300).map(deep) },
  { weight: 1, arbitrary: fc.constantFrom(41, 1000, 20_000).map((n) => Array.from({ length: n }, () => "x")) },
  { weight: 1, arbitrary: fc.constantFrom({ __proto__: { admin: true } }, { constructor: { prototype: 1 } }) },
);

// ---------------------------------------------------------------------------------------------------------
// Plausible inputs: a valid one with one change

type Path = (string | number)[];

/** Every path into a JSON value (objects' keys and arrays' items), the root included. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], out));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

function change(
  base: unknown,
  path: Path,
  edit: (parent: Record<string | number, unknown>, key: string | number) => void,
) {
  const copy = structuredClone(base);
  if (path.length === 0) return copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  edit(parent, path[path.length - 1]);
  return copy;
}

/**
 * The valid `base` as it is, or with one change: a field (anywhere) set to a nasty value, left out, or given
 * an extra key beside it; a list made very long; or something else entirely.
 */
export function plausible(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  const valueAt = (path: Path) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], base);
  const fields = paths.filter((path) => path.length > 0);
  const objects = paths.filter((path) => {
    const v = valueAt(path);
    return v !== null && typeof v === "object" && !Array.isArray(v);
  });
  const lists = paths.filter((path) => {
    const v = valueAt(path);
    return Array.isArray(v) && v.length > 0;
  });
  const pick = (from: Path[]) => fc.nat({ max: from.length - 1 }).map((i) => from[i]);
  const branches: fc.WeightedArbitrary<unknown>[] = [
    { weight: 1, arbitrary: fc.constant(base).map((b) => structuredClone(b)) },
    {
      weight: 8,
      arbitrary: fc
        .tuple(pick(paths), nastyValue)
        .map(([path, value]) =>
          path.length === 0 ? value : change(base, path, (parent, key) => void (parent[key] = value)),
        ),
    },
    { weight: 1, arbitrary: nastyValue },
  ];
  if (fields.length > 0)
    branches.push({
      weight: 2,
      arbitrary: pick(fields).map((path) =>
        change(base, path, (parent, key) => {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        }),
      ),
    });
  if (objects.length > 0)
    branches.push({
      weight: 1,
      arbitrary: fc.tuple(pick(objects), fc.string({ maxLength: 12 }), nastyValue).map(([path, key, value]) => {
        const copy = structuredClone(base) as Record<string, unknown>;
        const object = path.reduce<Record<string | number, unknown>>(
          (v, k) => v[k] as Record<string | number, unknown>,
          copy,
        );
        object[key || "extra"] = value;
        return copy;
      }),
    });
  if (lists.length > 0)
    branches.push({
      weight: 1,
      arbitrary: fc.tuple(pick(lists), fc.constantFrom(41, 500, 10_000)).map(([path, n]) => {
        const list = valueAt(path) as unknown[];
        const long = Array.from({ length: n }, (_, i) => structuredClone(list[i % list.length]));
        return path.length === 0 ? long : change(base, path, (parent, key) => void (parent[key] = long));
      }),
    });
  return fc.oneof(...branches);
}

/** A JSON body: the plausible value as JSON, or raw bytes and text of any kind, with some content type. */
export type BodySpec = { contentType: string | null; body: string | Uint8Array };
export function bodyOf(base: unknown): fc.Arbitrary<BodySpec> {
  const contentType = fc.oneof(
    { weight: 6, arbitrary: fc.constant("application/json") },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        null,
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=latin1",
        "application/xml",
        "",
      ),
    },
  );
  const json = plausible(base).map((value) => JSON.stringify(value) ?? "undefined");
  const raw = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    // Invalid UTF-8: lone continuation bytes, an overlong NUL, a truncated sequence, inside JSON's quotes.
    fc.constantFrom(
      new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0x80, 0x22, 0x7d]),
      new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      new Uint8Array([0x22, 0xe2, 0x82, 0x22]),
      new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
    ),
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.constantFrom(
      "",
      "{",
      "[",
      "null",
      "{}",
      "[]",
      '{"a":',
      "1".repeat(400),
      '"\\u0000"',
      "{".repeat(10_000),
      `${"[".repeat(5000)}${"]".repeat(5000)}`,
    ),
  );
  return fc.record({
    contentType,
    body: fc.oneof({ weight: 5, arbitrary: json }, { weight: 2, arbitrary: raw }),
  });
}

/** A query string: known parameters with plausible or nasty values, repeated, unknown ones, or raw text. */
export function queryOf(known: Record<string, readonly string[]>): fc.Arbitrary<string> {
  const keys = Object.keys(known);
  const pair = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .constantFrom(...keys)
        .chain((key) =>
          fc.tuple(
            fc.constant(key),
            known[key].length > 0 ? fc.oneof(fc.constantFrom(...known[key]), stringValue) : stringValue,
          ),
        ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.oneof(stringValue, fc.constantFrom(...keys.map((k) => k.toUpperCase()))), stringValue),
    },
  );
  const encoded = fc
    .array(pair, { maxLength: 6 })
    .map((pairs) => new URLSearchParams(pairs.map(([k, v]) => [k, v] as [string, string])).toString());
  const raw = fc.oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.constantFrom(
      "%",
      "%zz=1",
      "q=%FF%FE",
      "q=%C0%80",
      "q=%ED%A0%80",
      "q=%00",
      "&&&==&",
      "=",
      "q",
      "page=1&page=2&page=3",
      `q=${"a".repeat(20_000)}`,
      `${"x=1&".repeat(2000)}`,
      "q[]=1&q[a]=2",
      "__proto__=1&constructor=2",
    ),
  );
  return fc.oneof({ weight: 4, arbitrary: encoded }, { weight: 1, arbitrary: raw });
}

// ---------------------------------------------------------------------------------------------------------
// The database's state

/** Tables no request may leave changed; RateLimit counts refused requests by design and is never compared. */
const NEVER_COMPARED = new Set(["RateLimit", "_prisma_migrations"]);
/** Columns a refused but authenticated call may still set (a token's last use, kept at most once a minute). */
const VOLATILE_COLUMNS = ["lastUsedAt"];

const tableLists = new WeakMap<Db, Promise<string[]>>();
function tables(db: Db): Promise<string[]> {
  let list = tableLists.get(db);
  if (!list) {
    list = db
      .$queryRawUnsafe<{ name: string }[]>(
        `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
      )
      .then((rows) => rows.map((row) => row.name).filter((name) => !NEVER_COMPARED.has(name)));
    tableLists.set(db, list);
  }
  return list;
}

/**
 * Row counts of every table and a hash of every row of `hashed` (each row as JSON, sorted, so the order the
 * database returns them in does not matter): equal before and after means nothing was written there.
 */
export async function fingerprint(db: Db, hashed: readonly string[] | "all"): Promise<string> {
  const all = await tables(db);
  const hashedSet = new Set(hashed === "all" ? all : hashed);
  const volatile = VOLATILE_COLUMNS.map((c) => `'${c}'`).join(", ");
  const parts = all.map((table) =>
    hashedSet.has(table)
      ? `SELECT '${table}' AS t, count(*)::int AS n, md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS h
           FROM (SELECT (to_jsonb(x) - ARRAY[${volatile}]::text[])::text AS r FROM "${table}" x) s`
      : `SELECT '${table}' AS t, count(*)::int AS n, '' AS h FROM "${table}"`,
  );
  const rows = await db.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(parts.join(" UNION ALL "));
  return rows
    .sort((a, b) => a.t.localeCompare(b.t))
    .map((row) => `${row.t}:${row.n}:${row.h}`)
    .join(";");
}

// ---------------------------------------------------------------------------------------------------------
// Targets

export type Outcome =
  | { kind: "response"; status: number; body: string }
  | { kind: "ok" }
  | { kind: "refused"; code: string }
  | { kind: "fault"; error: unknown };

export type FuzzTarget = {
  name: string;
  /** Share of the cases, relative to the other targets. */
  weight: number;
  arbitrary: fc.Arbitrary<unknown>;
  /** Tables whose rows this call can write, hashed before and after (every table's row count is compared). */
  writes: readonly string[] | "all";
  run: (input: never) => Promise<Outcome>;
};

const target = <T>(t: {
  name: string;
  weight?: number;
  arbitrary: fc.Arbitrary<T>;
  writes?: readonly string[] | "all";
  run: (input: T) => Promise<Outcome>;
}): FuzzTarget => ({ weight: 1, writes: [], ...t, run: t.run as (input: never) => Promise<Outcome> });

/** A route handler's answer, its body read to the end (a streamed export can still fail half-way). */
async function respond(call: () => Response | Promise<Response>): Promise<Outcome> {
  try {
    const response = await call();
    const body = await response.text();
    return { kind: "response", status: response.status, body: body.slice(0, 500) };
  } catch (error) {
    return { kind: "fault", error };
  }
}

/** A data-layer call: success, an AppError refusal, or anything else (a fault). */
async function attempt(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call();
    return { kind: "ok" };
  } catch (error) {
    if (isAppError(error)) return { kind: "refused", code: error.code };
    return { kind: "fault", error };
  }
}

/** What the targets act on: users, tokens and records made by prepareFuzz. */
export type FuzzContext = {
  admin: Viewer;
  researcher: Viewer;
  officer: Viewer;
  tokens: { researcher: string; officer: string };
  slugs: string[];
  demoSlug: string;
  submissionIds: number[];
  proposalIds: number[];
  certainty: { slug: string; outcome: string };
  shortlistId: string;
  itemId: string;
  savedSearchId: string;
  scaleLevel: string;
  externalRatingId: number;
  editBase: unknown;
};

/** A valid evidence entry (the submissions API's and the entry form's shape). */
export const validEntry = (n: number) => theraplayEntry(`10.5555/fuzz.${n}`, { detailed: true });

const validProposal = {
  name: "Synthetisch voorstel",
  description: "Een synthetische interventie voor de test.",
  targetGroup: "Ouders van jonge kinderen",
  ageMinMonths: 0,
  ageMaxMonths: 48,
  websiteUrl: "https://example.org/voorstel",
};

const validProposalRecord = {
  slug: "synthetisch-voorstel",
  nameNl: "Synthetisch voorstel",
  nameEn: "Synthetic proposal",
  summaryNl: "Een synthetische interventie.",
  summaryEn: "A synthetic intervention.",
  website: "https://example.org/voorstel",
  targetGroup: { preventionLevel: "selective", ageMinMonths: 0, ageMaxMonths: 48 },
};

/** Users, tokens and records to act on, in a seeded database. */
export async function prepareFuzz(db: Db): Promise<FuzzContext> {
  const user = (role: "ADMIN" | "RESEARCHER" | "OFFICER", name: string) =>
    db.user.create({
      data: { email: `fuzz-${name}@example.org`, name: `Fuzz ${name}`, role },
      select: { id: true, email: true, name: true, role: true },
    });
  const admin = await user("ADMIN", "admin");
  const researcher = await user("RESEARCHER", "researcher");
  const officer = await user("OFFICER", "officer");
  const researcherToken = (await createApiToken({ viewer: researcher, name: "fuzz" }, db)).token;
  // An officer may not create tokens: as an account whose role changed after it made one.
  const officerToken = (await createApiToken({ viewer: { ...officer, role: "RESEARCHER" }, name: "fuzz" }, db)).token;

  const slugs = (await db.intervention.findMany({ select: { slug: true }, orderBy: { id: "asc" }, take: 8 })).map(
    (i) => i.slug,
  );
  const demoSlug = "fuzz-demo";
  await createDemoIntervention(db, { slug: demoSlug, nameNl: "Fuzz demo" });

  const save = async (_n: number, entry: unknown, submit: boolean) => {
    const parsed = submissionSchema.parse(entry);
    return (await saveSubmission({ viewer: researcher, input: parsed, submit }, db)).id;
  };
  const submissionIds = [await save(1, validEntry(1), false), await save(2, validEntry(2), true)];
  for (let n = 3; n < 8; n++) submissionIds.push(await save(n, validEntry(n), true));
  const proposal: Record<string, unknown> = { ...validEntry(9), proposal: validProposal };
  delete proposal.intervention;
  const proposalIds = [await save(9, proposal, true)];

  const pooled = await db.pooledEffect.findFirstOrThrow({
    select: { intervention: { select: { slug: true } }, outcomeDomain: { select: { slug: true } } },
  });

  const shortlist = await addToShortlist(
    { viewer: officer, input: { slug: slugs[0], newShortlistName: "Fuzzlijst" } },
    db,
  );
  const savedSearch = await saveSearch({ viewer: officer, input: { name: "Fuzz", query: "q=video" } }, db);

  await createClearinghouse(
    {
      viewer: admin,
      input: { name: "Fuzz databank", slug: "fuzz-databank", country: "NL", website: "https://example.org" },
    },
    db,
  );
  const scaleLevel = "Fuzz hoog";
  const reason = "Synthetische schaal voor de fuzz-test";
  await addScaleLevel(
    { viewer: admin, slug: "fuzz-databank", input: { level: scaleLevel, commonLevel: "supported", reason } },
    db,
  );
  await addScaleLevel(
    { viewer: admin, slug: "fuzz-databank", input: { level: "Fuzz laag", commonLevel: "none", reason } },
    db,
  );
  const externalRating = await createExternalRating(
    {
      viewer: admin,
      slug: demoSlug,
      input: {
        clearinghouse: "fuzz-databank",
        level: scaleLevel,
        ratedOn: "2019-06",
        url: "https://example.org/r",
        isVerified: true,
      },
    },
    db,
  );

  const loaded = await getInterventionForEdit({ viewer: admin, slug: demoSlug }, db);
  if (!loaded) throw new Error("the demo intervention cannot be loaded for editing");
  // A save needs an advice group, which the demo intervention lacks: the edit below is then a valid one.
  const record = structuredClone(loaded.record);
  record.targetGroups[0].adviceGroups = ["asks-for-support"];

  return {
    admin,
    researcher,
    officer,
    tokens: { researcher: researcherToken, officer: officerToken },
    slugs,
    demoSlug,
    submissionIds,
    proposalIds,
    certainty: { slug: pooled.intervention.slug, outcome: pooled.outcomeDomain.slug },
    shortlistId: shortlist.shortlistId,
    itemId: shortlist.itemId,
    savedSearchId: savedSearch.id,
    scaleLevel,
    externalRatingId: externalRating.id,
    editBase: { version: loaded.version, base: loaded.record, record },
  };
}

type Routes = {
  list: typeof import("@/app/api/v1/interventions/route");
  detail: typeof import("@/app/api/v1/interventions/[slug]/route");
  csv: typeof import("@/app/api/v1/interventions.csv/route");
  json: typeof import("@/app/api/v1/interventions.json/route");
  evidenceMap: typeof import("@/app/api/v1/evidence-map/route");
  metaAnalysis: typeof import("@/app/api/v1/meta-analysis/route");
  submissions: typeof import("@/app/api/v1/submissions/route");
  submission: typeof import("@/app/api/v1/submissions/[id]/route");
  submit: typeof import("@/app/api/v1/submissions/[id]/submit/route");
  withdraw: typeof import("@/app/api/v1/submissions/[id]/withdraw/route");
  openapi: typeof import("@/app/api/openapi.json/route");
  health: typeof import("@/app/api/health/route");
  comparePdf: typeof import("@/app/api/report/compare.pdf/route");
};

/**
 * Makes lib/db.ts serve `database` (its per-process cache, which it fills on first use) and imports the
 * route modules, which read the database only through lib/db.ts. Rate limits are switched off (the limits
 * have their own tests; here they would only turn later cases into 429s).
 */
export async function loadRoutes(database: Database): Promise<Routes> {
  process.env.RATE_LIMITS = "off";
  const cache = globalThis as unknown as { effectwijzerDb?: Promise<unknown> };
  cache.effectwijzerDb = Promise.resolve({
    ...database,
    client: database.prisma,
    catalogue: database.prisma,
    router: null,
  });
  return {
    list: await import("@/app/api/v1/interventions/route"),
    detail: await import("@/app/api/v1/interventions/[slug]/route"),
    csv: await import("@/app/api/v1/interventions.csv/route"),
    json: await import("@/app/api/v1/interventions.json/route"),
    evidenceMap: await import("@/app/api/v1/evidence-map/route"),
    metaAnalysis: await import("@/app/api/v1/meta-analysis/route"),
    submissions: await import("@/app/api/v1/submissions/route"),
    submission: await import("@/app/api/v1/submissions/[id]/route"),
    submit: await import("@/app/api/v1/submissions/[id]/submit/route"),
    withdraw: await import("@/app/api/v1/submissions/[id]/withdraw/route"),
    openapi: await import("@/app/api/openapi.json/route"),
    health: await import("@/app/api/health/route"),
    comparePdf: await import("@/app/api/report/compare.pdf/route"),
  };
}

/** Forgets the database given to lib/db.ts (the caller closes it). */
export function unloadRoutes(): void {
  delete (globalThis as unknown as { effectwijzerDb?: unknown }).effectwijzerDb;
}

const ORIGIN = "http://localhost";

/** A Request, or null when the generated URL is not one (then nothing is sent). */
function request(path: string, query: string, init: RequestInit = {}): Request | null {
  try {
    return new Request(`${ORIGIN}${path}${query ? `?${query}` : ""}`, init);
  } catch {
    return null;
  }
}
const skipped: Outcome = { kind: "response", status: 400, body: "(not a valid request)" };

const FILTER_VALUES: Record<string, readonly string[]> = {
  q: ["video", "ouder", "Triple P", "ouder & kind"],
  adviceGroup: ["risk-factors", "maltreatment-occurs", "asks-for-support", "universal"],
  targetGroup: ["universal", "selective", "indicated", "care"],
  riskFactor: ["parental-stress"],
  ageMonths: ["-9", "0", "24", "216"],
  ageMin: ["0", "12"],
  ageMax: ["48", "216"],
  outcome: ["parental-sensitivity", "behaviour-problems"],
  delivery: ["home-visits", "video-feedback"],
  rating: ["goed-beschreven", "eerste-aanwijzingen", "goede-aanwijzingen", "sterke-aanwijzingen"],
  recognised: ["true", "false"],
  page: ["1", "2", "999"],
  pageSize: ["1", "20", "100"],
  sort: ["relevance", "name", "evidence"],
  lang: ["nl", "en"],
};

const token = (ctx: FuzzContext) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(`Bearer ${ctx.tokens.researcher}`) },
    { weight: 1, arbitrary: fc.constant(`Bearer ${ctx.tokens.officer}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        null,
        "Bearer",
        "Bearer ewz_unknown",
        `Bearer ${ctx.tokens.researcher}x`,
        `bearer   ${ctx.tokens.researcher}  `,
        "Basic dXNlcjpwYXNz",
        `Bearer ${"x".repeat(5000)}`,
      ),
    },
  );

const idOf = (ctx: FuzzContext) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ctx.submissionIds.map(String)) },
    { weight: 2, arbitrary: stringValue },
    { weight: 1, arbitrary: fc.integer().map(String) },
  );

/** Everything a write of the API or an action can touch: every table is hashed. */
const SUBMISSION_TABLES = "all";

/** Every route of app/api but better-auth's own (its inputs are the sign-in forms' schemas, fuzzed below). */
export function routeTargets(routes: Routes, ctx: FuzzContext): FuzzTarget[] {
  const filterKeys = Object.keys((interventionFiltersSchema as unknown as { shape: object }).shape);
  const filters = Object.fromEntries(filterKeys.map((k) => [k, FILTER_VALUES[k] ?? []]));
  const slug = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ctx.slugs) }, { weight: 3, arbitrary: stringValue });
  let doi = 1000;
  const post = (path: string, auth: string | null, spec: BodySpec) =>
    request(path, "", {
      method: "POST",
      headers: {
        ...(spec.contentType !== null ? { "Content-Type": spec.contentType } : {}),
        ...(auth !== null ? { Authorization: auth } : {}),
      },
      body: spec.body as BodyInit,
    });
  const params = <T>(value: T) => ({ params: Promise.resolve(value) });

  return [
    target({
      name: "GET /api/v1/interventions",
      weight: 3,
      arbitrary: queryOf(filters),
      run: (query) => {
        const r = request("/api/v1/interventions", query);
        return r ? respond(() => routes.list.GET(r)) : Promise.resolve(skipped);
      },
    }),
    target({
      name: "GET /api/v1/interventions/{slug}",
      weight: 2,
      arbitrary: slug,
      run: (value) =>
        respond(() => routes.detail.GET(new Request(`${ORIGIN}/api/v1/interventions/x`), params({ slug: value }))),
    }),
    target({
      name: "GET /api/v1/interventions.csv",
      arbitrary: queryOf(filters),
      run: (query) => {
        const r = request("/api/v1/interventions.csv", query);
        return r ? respond(() => routes.csv.GET(r)) : Promise.resolve(skipped);
      },
    }),
    target({
      name: "GET /api/v1/interventions.json",
      arbitrary: queryOf(filters),
      run: (query) => {
        const r = request("/api/v1/interventions.json", query);
        return r ? respond(() => routes.json.GET(r)) : Promise.resolve(skipped);
      },
    }),
    target({
      name: "GET /api/v1/evidence-map",
      arbitrary: queryOf({ columns: ["adviceGroup", "targetGroup"], lang: ["nl", "en"] }),
      run: (query) => {
        const r = request("/api/v1/evidence-map", query);
        return r ? respond(() => routes.evidenceMap.GET(r)) : Promise.resolve(skipped);
      },
    }),
    target({
      name: "GET /api/report/compare.pdf",
      // A valid comparison renders a PDF (slow): most cases are invalid queries.
      weight: 0.5,
      arbitrary: fc.oneof(
        {
          weight: 1,
          arbitrary: fc
            .subarray(ctx.slugs, { minLength: 2, maxLength: 3 })
            .map((s) => s.map((x) => `slug=${x}`).join("&")),
        },
        { weight: 6, arbitrary: queryOf({ slug: [...ctx.slugs, "nope"] }) },
      ),
      run: (query) => {
        const r = request("/api/report/compare.pdf", query);
        return r ? respond(() => routes.comparePdf.GET(r)) : Promise.resolve(skipped);
      },
    }),
    target({
      name: "GET /api/openapi.json",
      weight: 0.1,
      arbitrary: fc.constant(null),
      run: () => respond(() => routes.openapi.GET()),
    }),
    target({
      name: "GET /api/health",
      weight: 0.1,
      arbitrary: fc.constant(null),
      run: () => respond(() => routes.health.GET()),
    }),
    target({
      name: "POST /api/v1/meta-analysis",
      weight: 3,
      arbitrary: bodyOf({
        measure: "SMD",
        method: "REML",
        studies: [
          { label: "A", m1: 10, sd1: 2, n1: 30, m2: 9, sd2: 2, n2: 30 },
          { label: "B", yi: 0.2, vi: 0.04 },
          { label: "C", t: 2.1, n1: 40, n2: 40 },
        ],
      }),
      run: (spec) => {
        const r = post("/api/v1/meta-analysis", null, spec);
        return r ? respond(() => routes.metaAnalysis.POST(r)) : Promise.resolve(skipped);
      },
    }),
    target({
      name: "POST /api/v1/submissions",
      weight: 4,
      arbitrary: fc.tuple(token(ctx), bodyOf({ ...validEntry(0), submit: false })),
      writes: SUBMISSION_TABLES,
      run: ([auth, spec]) => {
        // A fresh DOI each time, so that a valid entry is saved rather than refused as a duplicate.
        const body =
          typeof spec.body === "string" ? spec.body.replace("10.5555/fuzz.0", `10.5555/fuzz.${++doi}`) : spec.body;
        const r = post("/api/v1/submissions", auth, { ...spec, body });
        return r ? respond(() => routes.submissions.POST(r)) : Promise.resolve(skipped);
      },
    }),
    target({
      name: "GET /api/v1/submissions",
      arbitrary: fc.tuple(token(ctx), queryOf({ page: ["1", "2"], pageSize: ["1", "100"] })),
      run: ([auth, query]) => {
        const r = request("/api/v1/submissions", query, { headers: auth ? { Authorization: auth } : {} });
        return r ? respond(() => routes.submissions.GET(r)) : Promise.resolve(skipped);
      },
    }),
    target({
      name: "GET /api/v1/submissions/{id}",
      arbitrary: fc.tuple(token(ctx), idOf(ctx)),
      run: ([auth, id]) =>
        respond(() =>
          routes.submission.GET(
            new Request(`${ORIGIN}/api/v1/submissions/x`, { headers: auth ? { Authorization: auth } : {} }),
            params({ id }),
          ),
        ),
    }),
    target({
      name: "POST /api/v1/submissions/{id}/submit",
      arbitrary: fc.tuple(token(ctx), idOf(ctx)),
      writes: SUBMISSION_TABLES,
      run: ([auth, id]) =>
        respond(() =>
          routes.submit.POST(
            new Request(`${ORIGIN}/api/v1/submissions/x/submit`, {
              method: "POST",
              headers: auth ? { Authorization: auth } : {},
            }),
            params({ id }),
          ),
        ),
    }),
    target({
      name: "POST /api/v1/submissions/{id}/withdraw",
      weight: 0.5,
      arbitrary: fc.tuple(token(ctx), idOf(ctx)),
      writes: SUBMISSION_TABLES,
      run: ([auth, id]) =>
        respond(() =>
          routes.withdraw.POST(
            new Request(`${ORIGIN}/api/v1/submissions/x/withdraw`, {
              method: "POST",
              headers: auth ? { Authorization: auth } : {},
            }),
            params({ id }),
          ),
        ),
    }),
  ];
}

const CURATION_TABLES = "all";

/** The data-layer functions behind the server actions, with the input each action parses. */
export function actionTargets(db: Db, ctx: FuzzContext): FuzzTarget[] {
  const { admin, researcher, officer } = ctx;
  const text = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom("Naam", "Fuzzlijst 2") },
    { weight: 3, arbitrary: stringValue },
  );
  // Ids reach the data layer as the actions parse them: whole numbers (within PostgreSQL's integer) or text.
  const anyId = (ids: readonly number[]) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...ids) },
      { weight: 1, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) },
    );
  const anyText = (values: readonly string[]) =>
    fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: stringValue });
  let n = 0;
  const unique = () => `${Date.now().toString(36)}-${++n}`;
  const act = <T>(
    name: string,
    arbitrary: fc.Arbitrary<T>,
    writes: readonly string[] | "all",
    call: (input: T) => Promise<unknown>,
    weight = 1,
  ) => target({ name, weight, arbitrary, writes, run: (input: T) => attempt(() => call(input)) });
  const as = <T>(value: unknown) => value as T;

  return [
    act(
      "action: save an evidence entry (submissionSchema → saveSubmission)",
      fc.tuple(plausible(validEntry(0)), fc.constantFrom(undefined, ...ctx.submissionIds.slice(0, 1))),
      SUBMISSION_TABLES,
      async ([input, id]) => {
        // As the entry form's action: parse with the schema, then save.
        const parsed = submissionSchema.safeParse(
          JSON.parse(JSON.stringify(input ?? null).replace("10.5555/fuzz.0", `10.5555/fuzz.a${unique()}`)),
        );
        if (!parsed.success) throw new AppError("INVALID", "The entry form refuses this input");
        await saveSubmission({ viewer: researcher, input: parsed.data, id }, db);
      },
      3,
    ),
    act(
      "action: edit an intervention (interventionEditSchema → updateIntervention)",
      plausible(ctx.editBase),
      "all",
      (input) => updateIntervention({ viewer: admin, slug: ctx.demoSlug, input: as(input) }, db),
      3,
    ),
    act(
      "action: rate an intervention (ratingSchema → rateIntervention)",
      plausible({
        level: "eerste-aanwijzingen",
        status: "erkend",
        isRecognised: true,
        decidedOn: "2024-03-01",
        committee: "Erkenningscommissie (synthetisch)",
        sourceUrl: "https://example.org/besluit",
        isVerified: true,
        justification: "Synthetisch besluit.",
      }),
      CURATION_TABLES,
      (input) => rateIntervention({ viewer: admin, slug: ctx.demoSlug, input: as(input) }, db),
    ),
    act(
      "action: override certainty (certaintyOverrideSchema → overrideCertainty)",
      plausible({ outcome: ctx.certainty.outcome, level: "moderate", reason: "Synthetische reden voor de test" }),
      CURATION_TABLES,
      (input) => overrideCertainty({ viewer: admin, slug: ctx.certainty.slug, input }, db),
    ),
    act(
      "action: create a clearinghouse (clearinghouseFormSchema → createClearinghouse)",
      plausible({ name: "Fuzz databank 2", slug: "fuzz-databank-2", country: "BE", website: "https://example.org" }),
      CURATION_TABLES,
      (input) =>
        createClearinghouse(
          {
            viewer: admin,
            input: as({
              ...(input as object),
              ...(typeof input === "object" && input && "slug" in input && input.slug === "fuzz-databank-2"
                ? { slug: `fuzz-${unique()}` }
                : {}),
            }),
          },
          db,
        ),
    ),
    act(
      "action: edit a clearinghouse (clearinghouseFormSchema → updateClearinghouse)",
      plausible({ name: "Fuzz databank", slug: "fuzz-databank", country: "NL", website: "https://example.org" }),
      CURATION_TABLES,
      (input) => updateClearinghouse({ viewer: admin, slug: "fuzz-databank", input: as(input) }, db),
    ),
    act(
      "action: add a scale level (scaleLevelFormSchema → addScaleLevel)",
      plausible({ level: "Fuzz midden", commonLevel: "promising", reason: "Synthetische reden voor de test" }),
      CURATION_TABLES,
      (input) => addScaleLevel({ viewer: admin, slug: "fuzz-databank", input: as(input) }, db),
    ),
    act(
      "action: edit a scale level (scaleLevelFormSchema → updateScaleLevel)",
      fc.tuple(
        anyText([ctx.scaleLevel]),
        plausible({ level: ctx.scaleLevel, commonLevel: "supported", reason: "Synthetische reden voor de test" }),
      ),
      CURATION_TABLES,
      ([level, input]) =>
        updateScaleLevel({ viewer: admin, slug: "fuzz-databank", level: as(level), input: as(input) }, db),
    ),
    act(
      "action: remove a scale level (removeScaleLevelSchema → removeScaleLevel)",
      fc.tuple(anyText(["Fuzz laag", "Bestaat niet"]), plausible({ reason: "Synthetische reden voor de test" })),
      CURATION_TABLES,
      ([level, input]) =>
        removeScaleLevel({ viewer: admin, slug: "fuzz-databank", level: as(level), input: as(input) }, db),
      0.5,
    ),
    act(
      "action: add an external rating (externalRatingFormSchema → createExternalRating)",
      plausible({
        clearinghouse: "cebc",
        level: "3 Promising Research Evidence",
        topic: "Fuzz",
        ratedOn: "2019-06",
        url: "https://example.org/r",
        isVerified: true,
      }),
      CURATION_TABLES,
      (input) => createExternalRating({ viewer: admin, slug: ctx.demoSlug, input: as(input) }, db),
    ),
    act(
      "action: edit an external rating (externalRatingFormSchema → updateExternalRating)",
      fc.tuple(
        anyId([ctx.externalRatingId]),
        plausible({
          clearinghouse: "fuzz-databank",
          level: ctx.scaleLevel,
          ratedOn: "2019-06",
          url: "https://example.org/r",
          isVerified: false,
          note: "Fuzz",
        }),
      ),
      CURATION_TABLES,
      ([id, input]) => updateExternalRating({ viewer: admin, slug: ctx.demoSlug, id: as(id), input: as(input) }, db),
    ),
    act(
      "action: reject an entry (reviewReasonSchema → rejectSubmission)",
      fc.tuple(anyId(ctx.submissionIds), plausible("Synthetische reden om af te wijzen")),
      SUBMISSION_TABLES,
      ([id, reason]) => rejectSubmission({ viewer: admin, id: as(id), reason: as(reason) }, db),
      0.5,
    ),
    act(
      "action: ask the submitter (reviewQuestionSchema → askSubmitter)",
      fc.tuple(anyId(ctx.submissionIds), plausible("Synthetische vraag aan de inzender?")),
      SUBMISSION_TABLES,
      ([id, reason]) => askSubmitter({ viewer: admin, id: as(id), reason: as(reason) }, db),
      0.5,
    ),
    act(
      "action: accept an entry (acceptNoteSchema → acceptSubmission)",
      fc.tuple(anyId(ctx.submissionIds), fc.oneof(fc.constant(undefined), plausible("Synthetische notitie"))),
      SUBMISSION_TABLES,
      ([id, reason]) => acceptSubmission({ viewer: admin, id: as(id), reason: as(reason) }, db),
      0.5,
    ),
    act(
      "action: accept a proposal (proposalRecordSchema → acceptProposal)",
      fc.tuple(anyId(ctx.proposalIds), plausible(validProposalRecord)),
      "all",
      ([id, record]) => acceptProposal({ viewer: admin, id: as(id), record: as(record) }, db),
    ),
    act(
      "action: change a user's role (role → changeUserRole)",
      fc.tuple(anyText([officer.id, researcher.id]), fc.constantFrom("OFFICER", "RESEARCHER", "ADMIN")),
      ["User", "AuditLog", "Session", "ApiToken"],
      ([userId, role]) => changeUserRole({ viewer: admin, userId: as(userId), role: as(role) }, db),
      0.3,
    ),
    act(
      "action: create a shortlist (shortlistNameInputSchema → createShortlist)",
      text,
      ["Shortlist", "ShortlistItem"],
      (name) => createShortlist({ viewer: officer, name }, db),
    ),
    act(
      "action: rename a shortlist (shortlistNameInputSchema → renameShortlist)",
      fc.tuple(anyText([ctx.shortlistId]), text),
      ["Shortlist", "ShortlistItem"],
      ([id, name]) => renameShortlist({ viewer: officer, id: as(id), name }, db),
    ),
    act(
      "action: add to a shortlist (addToShortlistSchema → addToShortlist)",
      plausible({ slug: ctx.slugs[1], shortlistId: ctx.shortlistId, note: "Notitie" }),
      ["Shortlist", "ShortlistItem"],
      (input) => addToShortlist({ viewer: officer, input: as(input) }, db),
    ),
    act(
      "action: a shortlist note (noteInputSchema → updateShortlistNote)",
      fc.tuple(anyText([ctx.itemId]), text),
      ["Shortlist", "ShortlistItem"],
      ([itemId, note]) => updateShortlistNote({ viewer: officer, itemId: as(itemId), note }, db),
    ),
    act(
      "action: save a search (savedSearchInputSchema → saveSearch)",
      plausible({ name: "Gezocht", query: "q=video&targetGroup=selective" }),
      ["SavedSearch"],
      (input) => saveSearch({ viewer: officer, input: as(input) }, db),
    ),
    act(
      "action: rename a saved search (shortlistNameInputSchema → renameSavedSearch)",
      fc.tuple(anyText([ctx.savedSearchId]), text),
      ["SavedSearch"],
      ([id, name]) => renameSavedSearch({ viewer: officer, id: as(id), name }, db),
    ),
    act("action: create an API token (apiTokenFormSchema → createApiToken)", text, ["ApiToken"], (name) =>
      createApiToken({ viewer: researcher, name }, db),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// The run

export type Failure = { target: string; problem: string; input: string };
export type TargetResult = { name: string; cases: number; refused: number; failures: Failure[]; ms: number };

function describe(input: unknown): string {
  const text =
    input instanceof Uint8Array
      ? `bytes ${Buffer.from(input).toString("hex")}`
      : (JSON.stringify(input, (_k, v: unknown) =>
          v instanceof Uint8Array ? `bytes ${Buffer.from(v).toString("hex")}` : v,
        ) ?? String(input));
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text;
}

function problemOf(outcome: Outcome): string | null {
  if (outcome.kind === "fault") {
    const error = outcome.error as { name?: string; message?: string; code?: string };
    const message = String(error?.message || error)
      .trim()
      .split("\n")
      .at(-1)
      ?.slice(0, 300);
    return `threw ${error?.name ?? "error"}${error?.code ? ` ${error.code}` : ""}: ${message}`;
  }
  if (outcome.kind === "response" && outcome.status >= 500)
    return `status ${outcome.status}: ${outcome.body.slice(0, 300)}`;
  return null;
}

const refusedOutcome = (outcome: Outcome) =>
  outcome.kind === "refused" || (outcome.kind === "response" && outcome.status >= 400);

/** A case that takes longer is a failure (a hang, or a lock never released). */
const CASE_TIMEOUT_MS = 30_000;

/** Runs `cases` generated inputs (from `seed`) against one target; every failure is kept. */
export async function fuzzTarget(db: Db, t: FuzzTarget, cases: number, seed: number): Promise<TargetResult> {
  const started = performance.now();
  const result: TargetResult = { name: t.name, cases: 0, refused: 0, failures: [], ms: 0 };
  const batch = 50;
  for (let done = 0; done < cases; done += batch) {
    const inputs = fc.sample(t.arbitrary, { numRuns: Math.min(batch, cases - done), seed: seed + done });
    for (const input of inputs) {
      const before = await fingerprint(db, t.writes);
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        t.run(input as never),
        new Promise<"hung">((resolve) => (timer = setTimeout(() => resolve("hung"), CASE_TIMEOUT_MS))),
      ]).finally(() => clearTimeout(timer));
      result.cases += 1;
      if (outcome === "hung") {
        // The database may still be busy with it: the target's remaining cases would only wait behind it.
        result.failures.push({
          target: t.name,
          problem: `no answer within ${CASE_TIMEOUT_MS / 1000} s`,
          input: describe(input),
        });
        result.ms = performance.now() - started;
        return result;
      }
      const problem = problemOf(outcome);
      if (problem) {
        result.failures.push({ target: t.name, problem, input: describe(input) });
        continue;
      }
      if (refusedOutcome(outcome)) {
        result.refused += 1;
        const after = await fingerprint(db, t.writes);
        if (after !== before) {
          const changed = after
            .split(";")
            .filter((part, i) => part !== before.split(";")[i])
            .map((p) => p.split(":")[0]);
          result.failures.push({
            target: t.name,
            problem: `refused (${outcome.kind === "refused" ? outcome.code : (outcome as { status: number }).status}) but wrote ${changed.join(", ")}`,
            input: describe(input),
          });
        }
      }
    }
  }
  result.ms = performance.now() - started;
  return result;
}

/** Splits `total` cases over the targets by weight (each at least one) and runs them in turn. */
export async function fuzzAll(
  db: Db,
  targets: FuzzTarget[],
  total: number,
  seed: number,
  onResult?: (result: TargetResult) => void,
): Promise<TargetResult[]> {
  const weights = targets.reduce((sum, t) => sum + t.weight, 0);
  const results: TargetResult[] = [];
  for (const [index, t] of targets.entries()) {
    const cases = Math.max(1, Math.round((total * t.weight) / weights));
    const result = await fuzzTarget(db, t, cases, seed + index * 1_000_003);
    onResult?.(result);
    results.push(result);
  }
  return results;
}
