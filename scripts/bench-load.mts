/**
 * npm run bench:load -- [--seconds 60] [--connections 16]
 *
 * A mixed load on a production server over HTTP, on the scale data in PostgreSQL (DATABASE_URL; `npm run
 * seed:scale` first): --connections clients, each sending its next request as soon as the last one answered
 * (closed loop), for --seconds. Each request is one of these kinds, drawn with these weights:
 *   list 20   GET /api/v1/interventions with one of a few filter sets
 *   search 15 GET /api/v1/interventions?q=… (Dutch and English words)
 *   detail 15 GET /api/v1/interventions/{slug} for one of 500 interventions
 *   csv 5     GET /api/v1/interventions.csv with a filter matching a few hundred interventions
 *   page 20   GET /interventions?… or /interventions/{slug} (server-rendered HTML)
 *   submit 10 POST /api/v1/submissions: a researcher saves a draft with an API token
 *   shortlist 15 GET /shortlists/{id}: a signed-in officer reads their shortlist (session cookie)
 * It prints, per kind and in all: requests, errors (any status other than the expected one, or no answer),
 * req/s and p50/p95/p99 latency, and exits 1 on any error.
 *
 * The server: BENCH_URL measures a running server on the same database; otherwise the existing build is served
 * as `npm start` does on a server (scripts/serve.mjs) on BENCH_PORT (3393), with rate limits off
 * (RATE_LIMITS=off: the bench is one address) and a fresh session secret. Set-up through the lib functions: a
 * researcher with an API token (revoked at the end) and an officer with a shortlist of ten interventions
 * (signed in through the real sign-in endpoint); the researcher's drafts are deleted at the end.
 */
import { openDatabase } from "../lib/database/client";
import { resolveDatabaseTarget } from "../lib/database/target";
import { createUser, generatePassword } from "../lib/auth/accounts";
import { createApiToken, revokeApiToken } from "../lib/auth/api-token";
import { addToShortlist, createShortlist } from "../lib/decision/shortlists";
import type { SubmissionDraft } from "../lib/submission/schemas";
import { percentile, startServer, syntheticDraft, type Server } from "./bench/server.mts";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}
const seconds = option("seconds", 60);
const connections = option("connections", 16);

const target = resolveDatabaseTarget();
if (target.kind !== "server") {
  console.error("bench:load needs DATABASE_URL: a PostgreSQL server with the scale data (npm run seed:scale)");
  process.exit(2);
}
const database = await openDatabase(target);
const db = database.prisma;

// ------------------------------------------------------------------------------------------------ set-up
const stamp = Date.now();
const password = generatePassword();
const researcher = await createUser(db, {
  email: `bench-load-researcher-${stamp}@effectwijzer.test`,
  name: "Bench load researcher",
  role: "RESEARCHER",
  password: generatePassword(),
});
const officer = await createUser(db, {
  email: `bench-load-officer-${stamp}@effectwijzer.test`,
  name: "Bench load officer",
  role: "OFFICER",
  password,
});
const token = await createApiToken({ viewer: researcher, name: `bench:load ${new Date().toISOString()}` }, db);
const slugs = (await db.intervention.findMany({ select: { slug: true }, orderBy: { id: "asc" }, take: 500 })).map(
  (row) => row.slug,
);
if (slugs.length < 10) throw new Error("The database holds fewer than 10 interventions: run npm run seed:scale");
const shortlist = await createShortlist({ viewer: officer, name: "Bench load" }, db);
for (const slug of slugs.slice(0, 10)) {
  await addToShortlist({ viewer: officer, input: { slug, shortlistId: shortlist.id } }, db);
}

const port = process.env.BENCH_PORT ?? "3393";
let server: Server | null = null;

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: officer.email, password }),
  });
  if (!response.ok) throw new Error(`signing in the officer failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  if (cookies.length === 0) throw new Error("signing in the officer set no cookie");
  return cookies.join("; ");
}

function draft(n: number): SubmissionDraft {
  return syntheticDraft(
    `Bench load ${stamp}, draft ${n}. A synthetic trial for the load benchmark.`,
    slugs[n % slugs.length]!,
    n,
  );
}

// ------------------------------------------------------------------------------------------------ the mix
type Kind = "list" | "search" | "detail" | "csv" | "page" | "submit" | "shortlist";
type Request = { url: string; init?: RequestInit; expect: number };
const LIST_QUERIES = [
  "targetGroup=selective&outcome=parental-sensitivity",
  "rating=goed-onderbouwd",
  "delivery=home-visits&sort=name",
  "riskFactor=domestic-violence&page=2",
];
const SEARCH_WORDS = ["video", "opvoeding", "parenting", "thuisbezoek", "gehechtheid"];

function requestOf(kind: Kind, n: number, base: string, cookie: string): Request {
  const pick = <T,>(list: T[]) => list[n % list.length]!;
  switch (kind) {
    case "list":
      return { url: `${base}/api/v1/interventions?${pick(LIST_QUERIES)}`, expect: 200 };
    case "search":
      return { url: `${base}/api/v1/interventions?q=${pick(SEARCH_WORDS)}`, expect: 200 };
    case "detail":
      return { url: `${base}/api/v1/interventions/${pick(slugs)}`, expect: 200 };
    case "csv":
      return {
        url: `${base}/api/v1/interventions.csv?targetGroup=selective&outcome=parental-sensitivity&rating=goed-onderbouwd`,
        expect: 200,
      };
    case "page":
      return n % 2 === 0
        ? { url: `${base}/interventions?${pick(LIST_QUERIES)}`, expect: 200 }
        : { url: `${base}/interventions/${pick(slugs)}`, expect: 200 };
    case "submit":
      return {
        url: `${base}/api/v1/submissions`,
        init: {
          method: "POST",
          headers: { authorization: `Bearer ${token.token}`, "content-type": "application/json" },
          body: JSON.stringify(draft(n)),
        },
        expect: 201,
      };
    case "shortlist":
      return { url: `${base}/shortlists/${shortlist.id}`, init: { headers: { cookie } }, expect: 200 };
  }
}

const WEIGHTS: [Kind, number][] = [
  ["list", 20],
  ["search", 15],
  ["detail", 15],
  ["csv", 5],
  ["page", 20],
  ["submit", 10],
  ["shortlist", 15],
];
const totalWeight = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
/** A fixed, evenly spread sequence of kinds, so every run sends the same mix. */
function kindAt(n: number): Kind {
  let slot = (n * 37) % totalWeight;
  for (const [kind, weight] of WEIGHTS) {
    if (slot < weight) return kind;
    slot -= weight;
  }
  return "list";
}

type Sample = { kind: Kind; ms: number; ok: boolean; detail?: string };

async function run(base: string, cookie: string): Promise<{ samples: Sample[]; elapsedMs: number }> {
  const samples: Sample[] = [];
  let counter = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const n = counter++;
        const kind = kindAt(n);
        const request = requestOf(kind, n, base, cookie);
        const sent = performance.now();
        try {
          const response = await fetch(request.url, request.init);
          await response.arrayBuffer();
          const ok = response.status === request.expect;
          samples.push({
            kind,
            ms: performance.now() - sent,
            ok,
            ...(ok ? {} : { detail: `HTTP ${response.status}` }),
          });
        } catch (error) {
          samples.push({ kind, ms: performance.now() - sent, ok: false, detail: (error as Error).message });
        }
      }
    }),
  );
  return { samples, elapsedMs: performance.now() - started };
}

function report(samples: Sample[], elapsedMs: number): number {
  const rows = [...WEIGHTS.map(([kind]) => kind), "all" as const].map((kind) => {
    const mine = kind === "all" ? samples : samples.filter((sample) => sample.kind === kind);
    const ms = mine.map((sample) => sample.ms).sort((a, b) => a - b);
    return {
      kind,
      requests: mine.length,
      errors: mine.filter((sample) => !sample.ok).length,
      "req/s": (mine.length / (elapsedMs / 1000)).toFixed(1),
      "p50 ms": percentile(ms, 50).toFixed(1),
      "p95 ms": percentile(ms, 95).toFixed(1),
      "p99 ms": percentile(ms, 99).toFixed(1),
    };
  });
  console.table(rows);
  const failures = samples.filter((sample) => !sample.ok);
  const reasons = new Map<string, number>();
  for (const failure of failures) {
    const key = `${failure.kind}: ${failure.detail}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  for (const [reason, count] of reasons) console.log(`  ${count} × ${reason}`);
  console.log(
    `${samples.length} requests in ${(elapsedMs / 1000).toFixed(1)} s at ${connections} connections; ` +
      `errors: ${failures.length} (target: 0)`,
  );
  return failures.length;
}

let errors = 1;
try {
  server = await startServer(target.url, port, {
    BETTER_AUTH_URL: process.env.BENCH_URL?.trim() || `http://127.0.0.1:${port}`,
  });
  const cookie = await signIn(server.base);
  // A short warm-up of every kind, not measured (first renders compile and fill caches).
  await Promise.all(WEIGHTS.map(([kind], i) => fetch(requestOf(kind, i, server!.base, cookie).url).catch(() => null)));
  const { samples, elapsedMs } = await run(server.base, cookie);
  errors = report(samples, elapsedMs);
} finally {
  if (server?.child) {
    server.child.kill("SIGTERM");
    await new Promise((resolve) => server!.child!.once("exit", resolve));
  }
  await revokeApiToken({ viewer: researcher, id: token.id }, db).catch(() => undefined);
  await db.study
    .deleteMany({ where: { submitterId: researcher.id, status: "DRAFT" } })
    .catch((error: unknown) => console.error("Could not delete the bench's drafts", error));
  await database.close();
}
process.exit(errors === 0 ? 0 : 1);
