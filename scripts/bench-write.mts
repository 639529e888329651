/**
 * npm run bench:write -- [--seconds 30] [--writers 8] [--readers 8] [--interval 100] [--writes both] [--strict]
 *
 * The write path under load, over HTTP against a production server, on the scale data in PostgreSQL
 * (`npm run seed:scale` first; see README "Scale"):
 *  1. writers and readers together for --seconds: each of --writers writers every --interval ms either saves
 *     a draft submission (POST /api/v1/submissions with its own researcher's API token) or edits one of
 *     eight interventions (alternately); each of --readers readers every --interval ms requests a catalogue
 *     page: GET /api/v1/interventions with one of a few filters (six readers) or the HTML list page
 *     /interventions with a filter (two readers);
 *     (--writes submissions or --writes edits: only that kind, at the same pace);
 *  2. the same readers alone for --seconds.
 * It prints write p50/p95 (target: p95 at most 100 ms), lock timeouts and errors (target: none) and the
 * readers' p95 with and without writers (target: within 20%); --strict makes a missed target exit 1.
 *
 * Editing an intervention: there is no edit API yet, so a writer edits its own intervention as the app
 * would, in one transaction on the app's role (DATABASE_URL) from this process: a new Dutch description
 * (a text edit: the search document is rewritten) and, every other edit, one delivery mode added or removed
 * (a facet change: the intervention is marked pending until the app's merger folds it into the bitmaps).
 * Its time is the transaction's, measured here, without HTTP.
 *
 * Pacing is open-loop: every worker's requests are scheduled on a fixed 100 ms grid and sent on time whether
 * or not its previous one has answered (so a slow answer cannot hide the requests that should have followed
 * it); a worker with 5 requests outstanding skips the slot and the skip is counted, so an overloaded server
 * shows up as skips and long tails rather than as a silent lower rate.
 *
 * Lock timeouts: the server started here (and this process's edits) run with lock_timeout = 1 s, so a write
 * that waits more than a second for a lock fails (SQLSTATE 55P03) and is counted, from the server's log and
 * the edits' errors. A sampler also counts, every 100 ms, the sessions of the app's role waiting on a lock.
 *
 * The server: BENCH_URL measures a running server (it should be a production build on the same database as
 * DATABASE_URL; its lock timeouts are then not seen). Without it this runs the app as `npm start` does on a
 * server (scripts/serve.mjs: WEB_CONCURRENCY processes) from the existing build (NEXT_DIST_DIR or .next;
 * `npm run build` first) on 127.0.0.1:BENCH_PORT (3392) against DATABASE_URL,
 * stopped at the end. Needs NODE_OPTIONS=--conditions=react-server (the npm script sets it) for lib/auth.
 * Set-up through the lib functions: eight researchers (createUser, kept for the next run) and an API token
 * each (createApiToken, revoked at the end). At the end the bench's drafts are deleted and the edited
 * interventions get their description and delivery modes back.
 */
import pg from "pg";
import { percentile, startServer, syntheticDraft, type Server } from "./bench/server.mts";
import { openDatabase, type Db } from "../lib/database/client";
import { resolveDatabaseTarget } from "../lib/database/target";
import { createUser, generatePassword } from "../lib/auth/accounts";
import { createApiToken, revokeApiToken } from "../lib/auth/api-token";
import type { SubmissionDraft } from "../lib/submission/schemas";

const WRITE_P95_TARGET_MS = 100;
const READER_SLOWDOWN_TARGET = 0.2;
const MAX_OUTSTANDING = 5;
const LOCK_TIMEOUT_MS = 1_000;

type Writes = "both" | "submissions" | "edits";
type Options = {
  seconds: number;
  writers: number;
  readers: number;
  interval: number;
  writes: Writes;
  strict: boolean;
};

function parseOptions(argv: string[]): Options {
  const o: Options = { seconds: 30, writers: 8, readers: 8, interval: 100, writes: "both", strict: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    if (flag === "--strict") o.strict = true;
    else if (flag === "--writes") {
      const value = inline ?? argv[++i];
      if (value !== "both" && value !== "submissions" && value !== "edits") {
        throw new Error("--writes is both, submissions or edits");
      }
      o.writes = value;
    } else if (["--seconds", "--writers", "--readers", "--interval"].includes(flag)) {
      const value = Number(inline ?? argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive whole number`);
      o[flag.slice(2) as "seconds" | "writers" | "readers" | "interval"] = value;
    } else
      throw new Error(
        `Unknown option ${argv[i]} (options: --seconds --writers --readers --interval --writes --strict)`,
      );
  }
  return o;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------------------------------------ server
/** The URL with lock_timeout for every session the server opens (node-postgres passes `options`). */
function withLockTimeout(url: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c lock_timeout=${LOCK_TIMEOUT_MS}`);
  return u.toString();
}

// ------------------------------------------------------------------------------------------------ set-up
type Writer = { index: number; userId: string; email: string; tokenId: string; token: string };
type Edited = { id: number; slug: string; descriptionNl: string | null; deliveryModeIds: number[] };

async function prepareWriters(db: Db, count: number): Promise<Writer[]> {
  const writers: Writer[] = [];
  for (let index = 0; index < count; index++) {
    const email = `bench-writer-${index + 1}@effectwijzer.test`;
    const existing = await db.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, role: true },
    });
    const user =
      existing ??
      (await createUser(db, {
        email,
        name: `Bench writer ${index + 1}`,
        role: "RESEARCHER",
        password: generatePassword(),
      }));
    if (user.role !== "RESEARCHER") throw new Error(`${email} exists without the researcher role`);
    const token = await createApiToken({ viewer: user, name: `bench:write ${new Date().toISOString()}` }, db);
    writers.push({ index, userId: user.id, email, tokenId: token.id, token: token.token });
  }
  return writers;
}

async function pickInterventions(db: Db, count: number): Promise<Edited[]> {
  const demo = await db.intervention.count({ where: { isDemo: true } });
  if (demo < 1_000) {
    console.error(
      `Only ${demo} demo interventions: the figures mean little without the scale data (npm run seed:scale).`,
    );
  }
  // Spread over the set, so they sit on different pages and index leaves.
  const total = await db.intervention.count();
  const step = Math.max(1, Math.floor(total / count));
  const picked: Edited[] = [];
  for (let i = 0; i < count; i++) {
    const row = await db.intervention.findFirstOrThrow({
      orderBy: { id: "asc" },
      skip: Math.min(total - 1, i * step + Math.floor(step / 2)),
      select: { id: true, slug: true, descriptionNl: true, deliveryModes: { select: { id: true } } },
    });
    picked.push({ ...row, deliveryModeIds: row.deliveryModes.map((d) => d.id) });
  }
  return picked;
}

function submissionBody(writer: Writer, n: number, slug: string): SubmissionDraft {
  const citation = `Bench writer ${writer.index + 1}, draft ${n}. A synthetic trial for the write benchmark.`;
  return syntheticDraft(citation, slug, n);
}

// ------------------------------------------------------------------------------------------------ workers
type Sample = { kind: string; ms: number; ok: boolean; lockTimeout: boolean; error?: string };

class Recorder {
  samples: Sample[] = [];
  skipped = new Map<string, number>();
  add(sample: Sample) {
    this.samples.push(sample);
  }
  skip(kind: string) {
    this.skipped.set(kind, (this.skipped.get(kind) ?? 0) + 1);
  }
}

/** Calls `send` every `interval` ms on a fixed grid from `start` until `end`, without waiting for answers. */
async function openLoop(
  kind: string,
  start: number,
  end: number,
  interval: number,
  offset: number,
  recorder: Recorder,
  send: (n: number) => Promise<Omit<Sample, "kind" | "ms">>,
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  for (let n = 0; ; n++) {
    const at = start + offset + n * interval;
    if (at >= end) break;
    const wait = at - performance.now();
    if (wait > 0) await sleep(wait);
    if (inFlight.size >= MAX_OUTSTANDING) {
      recorder.skip(kind);
      continue;
    }
    const sent = performance.now();
    const p: Promise<void> = send(n)
      .then((r) => recorder.add({ kind, ms: performance.now() - sent, ...r }))
      .catch((error: unknown) =>
        recorder.add({ kind, ms: performance.now() - sent, ok: false, lockTimeout: false, error: String(error) }),
      )
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
}

const READER_QUERIES = [
  "targetGroup=selective&outcome=parental-sensitivity",
  "rating=goed-onderbouwd&delivery=home-visits",
  "adviceGroup=risk-factors&ageMin=12&ageMax=48",
  "recognised=current&sort=rating",
  "outcome=positive-parenting&sort=effect",
  "targetGroup=indicated&delivery=group-course&page=3",
];
const HTML_QUERIES = ["targetGroup=selective&outcome=parental-sensitivity", "rating=goed-onderbouwd"];

function reader(
  base: string,
  index: number,
): { kind: string; send: (n: number) => Promise<Omit<Sample, "kind" | "ms">> } {
  const html = index >= 6;
  const queries = html ? HTML_QUERIES : READER_QUERIES;
  return {
    kind: html ? "reader: HTML list page" : "reader: catalogue API",
    send: async (n) => {
      const q = queries[(index + n) % queries.length];
      const response = await fetch(html ? `${base}/interventions?${q}` : `${base}/api/v1/interventions?${q}`);
      await response.arrayBuffer();
      return { ok: response.ok, lockTimeout: false, error: response.ok ? undefined : `HTTP ${response.status}` };
    },
  };
}

async function postSubmission(base: string, writer: Writer, n: number, slug: string) {
  const response = await fetch(`${base}/api/v1/submissions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${writer.token}`, "Content-Type": "application/json" },
    body: JSON.stringify(submissionBody(writer, n, slug)),
  });
  const text = await response.text();
  const ok = response.status === 201;
  return {
    ok,
    lockTimeout: !ok && /lock timeout|55P03/i.test(text),
    error: ok ? undefined : `HTTP ${response.status} ${text.slice(0, 200)}`,
  };
}

async function editIntervention(pool: pg.Pool, target: Edited, deliveryModeIds: number[], n: number) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`UPDATE "Intervention" SET "descriptionNl" = $2, "updatedAt" = now() WHERE id = $1`, [
      target.id,
      `${(target.descriptionNl ?? "").slice(0, 2000)} [bench edit ${n}]`,
    ]);
    if (n % 2 === 1) {
      // A facet change: one delivery mode on or off (the intervention's own link rows only).
      const mode = deliveryModeIds[n % deliveryModeIds.length];
      const removed = await client.query(`DELETE FROM "_DeliveryModeToIntervention" WHERE "A" = $1 AND "B" = $2`, [
        mode,
        target.id,
      ]);
      if (removed.rowCount === 0) {
        await client.query(`INSERT INTO "_DeliveryModeToIntervention" ("A", "B") VALUES ($1, $2)`, [mode, target.id]);
      }
    }
    await client.query("COMMIT");
    return { ok: true, lockTimeout: false };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const code = (error as { code?: string }).code;
    return { ok: false, lockTimeout: code === "55P03", error: `${code ?? ""} ${String(error)}` };
  } finally {
    client.release();
  }
}

/**
 * Every 100 ms: how many sessions of the app's role wait on a lock (heavyweight locks, not LWLocks), and
 * which statements waited on which (the first few distinct pairs, to tell what blocked).
 */
type LockSamples = { samples: number; waiting: number; max: number; pairs: Map<string, number> };
function startLockSampler(url: string): { stop: () => Promise<LockSamples> } {
  const client = new pg.Client({ connectionString: url });
  let stopped = false;
  const result: LockSamples = { samples: 0, waiting: 0, max: 0, pairs: new Map() };
  const done = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<{ waiter: string; blocker: string | null }>(
        `SELECT left(regexp_replace(w.query, '\\s+', ' ', 'g'), 90) AS waiter,
                (SELECT left(regexp_replace(b.query, '\\s+', ' ', 'g'), 90) FROM pg_stat_activity b
                  WHERE b.pid = (pg_blocking_pids(w.pid))[1]) AS blocker
           FROM pg_stat_activity w
          WHERE w.usename = current_user AND w.pid <> pg_backend_pid() AND w.wait_event_type = 'Lock'`,
      );
      result.samples++;
      result.waiting += rows.length;
      result.max = Math.max(result.max, rows.length);
      for (const r of rows) {
        const key = `${r.waiter}  ⟵ waits for ⟵  ${r.blocker ?? "?"}`;
        result.pairs.set(key, (result.pairs.get(key) ?? 0) + 1);
      }
      await sleep(100);
    }
    await client.end();
  })();
  return {
    stop: async () => {
      stopped = true;
      await done;
      return result;
    },
  };
}

// ------------------------------------------------------------------------------------------------ figures

type Row = {
  phase: string;
  kind: string;
  n: number;
  ok: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  lockTimeouts: number;
  skipped: number;
};

function summarise(phase: string, recorder: Recorder): Row[] {
  const kinds = [...new Set(recorder.samples.map((s) => s.kind))].sort();
  return kinds.map((kind) => {
    const all = recorder.samples.filter((s) => s.kind === kind);
    const ok = all
      .filter((s) => s.ok)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    return {
      phase,
      kind,
      n: all.length,
      ok: ok.length,
      p50: percentile(ok, 50),
      p95: percentile(ok, 95),
      p99: percentile(ok, 99),
      max: ok.at(-1) ?? NaN,
      errors: all.length - ok.length,
      lockTimeouts: all.filter((s) => s.lockTimeout).length,
      skipped: recorder.skipped.get(kind) ?? 0,
    };
  });
}

function printTable(rows: Row[]) {
  const head = ["phase", "kind", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "lock t/o", "skipped"];
  const f = (x: number) => (Number.isNaN(x) ? "-" : x.toFixed(1));
  const body = rows.map((r) => [
    r.phase,
    r.kind,
    String(r.n),
    f(r.p50),
    f(r.p95),
    f(r.p99),
    f(r.max),
    String(r.errors),
    String(r.lockTimeouts),
    String(r.skipped),
  ]);
  const all = [head, ...body];
  const widths = head.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  for (const [i, r] of all.entries()) {
    console.log(r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

// ------------------------------------------------------------------------------------------------ main
const options = parseOptions(process.argv.slice(2));
const target = resolveDatabaseTarget();
if (target.kind !== "server") {
  throw new Error("bench:write measures a PostgreSQL server: set DATABASE_URL (the app's role) to the scale database");
}
const database = await openDatabase(target);
const db = database.prisma;
const pool = new pg.Pool({ connectionString: withLockTimeout(target.url), max: options.writers });
let server: Server | null = null;
let writers: Writer[] = [];
let edited: Edited[] = [];
let exitCode = 0;
try {
  const deliveryModeIds = (await db.deliveryMode.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
    (d) => d.id,
  );
  edited = await pickInterventions(db, options.writers);
  writers = await prepareWriters(db, options.writers);
  server = await startServer(withLockTimeout(target.url), "3392");
  const { base } = server;
  const serverLogStart = server.log.length;
  console.error(
    `bench:write → ${base}: ${options.writers} writers, ${options.readers} readers, every ${options.interval} ms, ${options.seconds} s per phase`,
  );

  // Warm-up (not measured): every reader query and one submission per writer compiled and cached once.
  for (let i = 0; i < options.readers; i++) for (let n = 0; n < 2; n++) await reader(base, i).send(n);
  for (const w of writers) {
    const r = await postSubmission(base, w, 0, edited[w.index].slug);
    if (!r.ok) throw new Error(`Warm-up submission failed: ${r.error}`);
  }

  const runPhase = async (withWriters: boolean) => {
    const recorder = new Recorder();
    const start = performance.now() + 200;
    const end = start + options.seconds * 1_000;
    const sampler = startLockSampler(target.url);
    const workers: Promise<void>[] = [];
    for (let i = 0; i < options.readers; i++) {
      const r = reader(base, i);
      // Spread the workers over the interval so they do not all fire at once.
      workers.push(
        openLoop(r.kind, start, end, options.interval, (i * options.interval) / options.readers, recorder, r.send),
      );
    }
    if (withWriters) {
      for (const w of writers) {
        const offset = ((w.index + 0.5) * options.interval) / options.writers;
        const mine = edited[w.index];
        if (options.writes !== "edits") {
          workers.push(
            openLoop("writer: draft submission (HTTP)", start, end, options.interval * 2, offset, recorder, (n) =>
              postSubmission(base, w, n + 1, mine.slug),
            ),
          );
        }
        if (options.writes !== "submissions") {
          workers.push(
            openLoop(
              "writer: intervention edit (SQL)",
              start,
              end,
              options.interval * 2,
              offset + options.interval,
              recorder,
              (n) => editIntervention(pool, mine, deliveryModeIds, n),
            ),
          );
        }
      }
    }
    await Promise.all(workers);
    const locks = await sampler.stop();
    return { recorder, locks };
  };

  const mixed = await runPhase(true);
  await sleep(2_500); // one facet merge interval, so the readers-alone phase starts with the bitmaps merged
  const alone = await runPhase(false);

  const rows = [...summarise("with writers", mixed.recorder), ...summarise("readers alone", alone.recorder)];
  console.log("");
  printTable(rows);
  const serverLockTimeouts = server.log.slice(serverLogStart).filter((l) => /lock timeout|55P03/i.test(l)).length;
  const pendingLeft = await db.interventionFacetPending.count();
  console.log("");
  console.log(
    `Sessions waiting on a lock, sampled every 100 ms: with writers ${mixed.locks.waiting} in ${mixed.locks.samples} samples ` +
      `(at most ${mixed.locks.max} at once); readers alone ${alone.locks.waiting} in ${alone.locks.samples}. ` +
      `Lock timeouts (${LOCK_TIMEOUT_MS} ms) in the server's log: ${server.child ? serverLockTimeouts : "not seen (BENCH_URL)"}. ` +
      `Interventions still pending a facet merge at the end: ${pendingLeft}.`,
  );
  const pairs = [...mixed.locks.pairs].sort((a, b) => b[1] - a[1]).slice(0, 5);
  for (const [pair, n] of pairs) console.log(`  lock wait seen ${n}×: ${pair}`);
  const errorSamples = [...mixed.recorder.samples, ...alone.recorder.samples].filter((s) => !s.ok).slice(0, 5);
  for (const s of errorSamples) console.log(`  error (${s.kind}): ${s.error}`);
  const serverErrors = server.log.slice(serverLogStart).filter((l) => /error|⨯/i.test(l));
  if (serverErrors.length > 0) {
    console.log(`  the server logged ${serverErrors.length} error lines; the first:`);
    for (const l of serverErrors.slice(0, 8)) console.log(`    ${l.slice(0, 300)}`);
  }

  // Targets.
  const writes = rows.filter((r) => r.phase === "with writers" && r.kind.startsWith("writer"));
  const checks: [string, boolean][] = [];
  for (const w of writes)
    checks.push([`${w.kind} p95 ${w.p95.toFixed(1)} ms ≤ ${WRITE_P95_TARGET_MS} ms`, w.p95 <= WRITE_P95_TARGET_MS]);
  const totalErrors = rows.reduce((n, r) => n + r.errors, 0);
  const totalLockTimeouts = rows.reduce((n, r) => n + r.lockTimeouts, 0) + serverLockTimeouts;
  checks.push([`errors ${totalErrors} = 0`, totalErrors === 0]);
  checks.push([`lock timeouts ${totalLockTimeouts} = 0`, totalLockTimeouts === 0]);
  for (const kind of new Set(rows.filter((r) => r.kind.startsWith("reader")).map((r) => r.kind))) {
    const withW = rows.find((r) => r.kind === kind && r.phase === "with writers")!;
    const without = rows.find((r) => r.kind === kind && r.phase === "readers alone")!;
    const ratio = withW.p95 / without.p95 - 1;
    checks.push([
      `${kind} p95 ${withW.p95.toFixed(1)} ms with writers vs ${without.p95.toFixed(1)} ms alone: ${ratio >= 0 ? "+" : ""}${(ratio * 100).toFixed(0)}% (≤ +${READER_SLOWDOWN_TARGET * 100}%)`,
      ratio <= READER_SLOWDOWN_TARGET,
    ]);
  }
  const skipped = rows.reduce((n, r) => n + r.skipped, 0);
  if (skipped > 0) checks.push([`slots skipped with ${MAX_OUTSTANDING} requests outstanding: ${skipped} = 0`, false]);
  console.log("");
  for (const [text, met] of checks) console.log(`${met ? "met   " : "MISSED"}  ${text}`);
  if (options.strict && checks.some(([, met]) => !met)) exitCode = 1;
} finally {
  server?.child?.kill("SIGTERM");
  // Leave the database as it was: the bench's drafts go, the edited interventions get their text and
  // delivery modes back, the tokens are revoked (the researchers stay for the next run).
  const userIds = writers.map((w) => w.userId);
  if (userIds.length > 0) {
    const drafts = await db.study.deleteMany({ where: { submitterId: { in: userIds }, status: "DRAFT" } });
    console.error(`Removed ${drafts.count} bench drafts`);
  }
  for (const e of edited) {
    await db.intervention.update({
      where: { id: e.id },
      data: { descriptionNl: e.descriptionNl, deliveryModes: { set: e.deliveryModeIds.map((id) => ({ id })) } },
    });
  }
  for (const w of writers) {
    await revokeApiToken(
      { viewer: { id: w.userId, email: w.email, name: "", role: "RESEARCHER" }, id: w.tokenId },
      db,
    ).catch((error: unknown) => console.error(`Could not revoke the token of ${w.email}: ${String(error)}`));
  }
  await pool.end();
  await database.close();
}
process.exitCode = exitCode;
