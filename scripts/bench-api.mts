/**
 * npm run bench:api -- [--duration 20] [--serial 10] [--warmup 3] [--connections 16] [--rounds 1] [--port 3200]
 *                       [--build] [--reload] [--only <part of a scenario name>] [--timeout-min 40]
 *
 * The catalogue's speed at scale (50,000 interventions, 500,000 effect sizes) on a PostgreSQL server, per
 * scenario, measured over HTTP against the production server as `npm start` runs it (scripts/serve.mjs:
 * WEB_CONCURRENCY processes sharing DATABASE_CONNECTION_BUDGET):
 *  1. database: DATABASE_URL if set; otherwise a private throw-away PostgreSQL cluster on 127.0.0.1:5444
 *     (/tmp/pgdata-scale, pg_stat_statements preloaded with planning tracked), started here if it is not
 *     running and stopped again at the end. Database time is read from pg_stat_statements through
 *     BENCH_STATS_URL (a role that may reset and read it for every user, e.g. a superuser; default
 *     DATABASE_MIGRATION_URL, then DATABASE_URL);
 *  2. data: `db:migrate`, then `seed:scale` (each timed; the load's target is under 90 s) when the database
 *     has fewer than 50,000 demo interventions, or always with --reload;
 *  3. `next build` when .next/BUILD_ID is missing (or with --build), then the app's own server on 127.0.0.1;
 *  4. per scenario and round: a check request, a warm-up, `--serial` seconds at 1 connection (end-to-end p50
 *     beside the database time per request: plan + execution time of every statement the app ran in that
 *     window, divided by the requests, from pg_stat_statements; and the app processes' CPU per request), then
 *     `--duration` seconds at 16 connections (p50/p95/p99, req/s, non-2xx, errors and timeouts);
 *  5. the largest resident set of any app process during the run;
 *  6. the targets of each scenario, judged from the printed figures (exit code 1 when one is missed).
 * Only 127.0.0.1 is contacted. The server is stopped at the end; a watchdog bounds the total run time.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";

// ---------------------------------------------------------------------------------------------- options
type Options = {
  duration: number;
  serial: number;
  warmup: number;
  connections: number;
  rounds: number;
  port: number;
  timeoutMin: number;
  build: boolean;
  reload: boolean;
  /** Only the scenarios whose name contains this text. */
  only: string | null;
};

function parseOptions(argv: string[]): Options {
  const o: Options = {
    duration: 20,
    serial: 10,
    warmup: 3,
    connections: 16,
    rounds: 1,
    port: 3200,
    timeoutMin: 40,
    build: false,
    reload: false,
    only: null,
  };
  const numeric: Record<string, keyof Options> = {
    "--duration": "duration",
    "--serial": "serial",
    "--warmup": "warmup",
    "--connections": "connections",
    "--rounds": "rounds",
    "--port": "port",
    "--timeout-min": "timeoutMin",
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    if (flag === "--build") o.build = true;
    else if (flag === "--reload") o.reload = true;
    else if (flag === "--only") o.only = inline ?? argv[++i];
    else if (flag in numeric) {
      const value = Number(inline ?? argv[++i]);
      if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number`);
      (o[numeric[flag]] as number) = value;
    } else throw new Error(`Unknown argument "${argv[i]}"`);
  }
  return o;
}

const options = parseOptions(process.argv.slice(2));
const ROOT = process.cwd();
const HOST = "127.0.0.1";
const SCALE_INTERVENTIONS = 50_000;
const SEED_SCALE_TARGET_S = 90;
const RSS_TARGET_MB = 600;

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const log = (message: string) => console.error(`[bench:api] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ------------------------------------------------------------------------------------ private cluster
const CLUSTER = { port: 5444, dataDir: "/tmp/pgdata-scale", socketDir: "/tmp/pgsock-scale", database: "scale" };

function pgBin(name: string): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const v of versions) {
    const file = path.join(base, v, "bin", name);
    if (existsSync(file)) return file;
  }
  return name; // on PATH
}

/** Runs a PostgreSQL tool as the postgres user (via su when we are root). */
function asPostgres(command: string) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execFileSync("su", ["postgres", "-c", command], { stdio: ["ignore", 2, 2] });
  else execFileSync("sh", ["-c", command], { stdio: ["ignore", 2, 2] });
}

function portOpen(port: number, host = HOST): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

let startedCluster = false;
let usingPrivateCluster = false;

async function ensureCluster(): Promise<string> {
  if (!(await portOpen(CLUSTER.port))) {
    const isRoot = process.getuid?.() === 0;
    const owner = isRoot ? "-o postgres -g postgres " : "";
    execFileSync("sh", ["-c", `install -d ${owner}${CLUSTER.socketDir}`]);
    if (!existsSync(path.join(CLUSTER.dataDir, "PG_VERSION"))) {
      log(`initdb ${CLUSTER.dataDir}`);
      execFileSync("sh", ["-c", `install -d ${owner}${CLUSTER.dataDir}`]);
      asPostgres(`${pgBin("initdb")} -D ${CLUSTER.dataDir} -U postgres --auth=trust -E UTF8 >/dev/null`);
    }
    log(`starting PostgreSQL on ${HOST}:${CLUSTER.port}`);
    asPostgres(
      `${pgBin("pg_ctl")} -D ${CLUSTER.dataDir} -l ${CLUSTER.socketDir}/pg.log ` +
        `-o '-p ${CLUSTER.port} -k ${CLUSTER.socketDir} -c listen_addresses=${HOST} -c jit=off ` +
        `-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on' -w start >/dev/null`,
    );
    startedCluster = true;
  } else {
    log(`using the PostgreSQL already listening on ${HOST}:${CLUSTER.port}`);
  }
  const admin = new pg.Client({ host: HOST, port: CLUSTER.port, user: "postgres", database: "postgres" });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [CLUSTER.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${CLUSTER.database}"`);
  } finally {
    await admin.end();
  }
  usingPrivateCluster = existsSync(path.join(CLUSTER.dataDir, "postmaster.pid"));
  return `postgresql://postgres@${HOST}:${CLUSTER.port}/${CLUSTER.database}`;
}

function stopCluster() {
  if (!startedCluster) return;
  startedCluster = false;
  log("stopping the PostgreSQL cluster started for this run");
  try {
    asPostgres(`${pgBin("pg_ctl")} -D ${CLUSTER.dataDir} -m fast -w stop >/dev/null`);
  } catch (error) {
    log(`pg_ctl stop failed: ${String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------- next server
let server: ChildProcess | null = null;
let serverLog = "";

function listenerPids(port: number): number[] {
  const out = spawnSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" }).stdout ?? "";
  return [...out.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1]));
}

async function startServer(databaseUrl: string): Promise<void> {
  if (await portOpen(options.port)) {
    throw new Error(`Port ${options.port} is already in use; stop that server or pass --port`);
  }
  serverLog = path.join(os.tmpdir(), `bench-api-server-${options.port}.log`);
  const fd = openSync(serverLog, "w");
  // The app as `npm start` serves it on a server (WEB_CONCURRENCY processes). Detached: its own process
  // group, so the whole tree can be signalled and measured.
  server = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(options.port), "--hostname", HOST], {
    cwd: ROOT,
    env: {
      ...env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      // Pages sign session cookies: a server database needs a fixed secret (one per run is enough here).
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || randomBytes(32).toString("base64"),
    },
    stdio: ["ignore", fd, fd],
    detached: true,
  });
  closeSync(fd);
  const started = Date.now();
  const url = `http://${HOST}:${options.port}/api/v1/interventions?pageSize=1`;
  while (Date.now() - started < 120_000) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${tail(serverLog)}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) {
        log(`server answers after ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return;
      }
      if (response.status === 404)
        throw new Error(`GET ${url} answers 404: is app/api/v1/interventions/route.ts built?`);
    } catch (error) {
      if (error instanceof Error && error.message.includes("404")) throw error;
    }
    await sleep(500);
  }
  throw new Error(`Server did not answer within 120 s:\n${tail(serverLog)}`);
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

async function stopServer(): Promise<void> {
  if (!server) return;
  const child = server;
  server = null;
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
  for (let i = 0; i < 20 && (await portOpen(options.port)); i++) await sleep(250);
  // A worker can outlive its primary: kill whatever listens on it (the port
  // was free when we started, so it is ours).
  for (const pid of listenerPids(options.port)) {
    log(`killing pid ${pid}, still listening on port ${options.port}`);
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      /* gone */
    }
  }
  for (let i = 0; i < 20 && (await portOpen(options.port)); i++) await sleep(250);
  for (const pid of listenerPids(options.port)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
  try {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  } catch {
    /* gone */
  }
}

// ------------------------------------------------------------------------------------------- cleanup
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await stopServer();
    stopCluster();
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanup().then(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  log(`watchdog: still running after ${options.timeoutMin} min, giving up`);
  void cleanup().then(() => process.exit(124));
}, options.timeoutMin * 60_000);
watchdog.unref();

// ------------------------------------------------------------------------------------------ measures
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

type LoadResult = {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

async function runAutocannon(url: string, seconds: number, connections: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 10 }, (error, res) =>
      error ? reject(error) : resolve(res),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.total / (result.duration || seconds),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/**
 * Database time per request from pg_stat_statements: every statement the app's database saw in the window,
 * planning plus execution, except this script's own and the background job queue's polling (pg-boss), which
 * runs on a timer, not per request.
 */
class StatementClock {
  private constructor(
    private readonly client: pg.Client,
    private readonly database: string,
    readonly tracksPlanning: boolean,
  ) {}

  static async open(statsUrl: string, database: string): Promise<StatementClock> {
    const client = new pg.Client({ connectionString: statsUrl, application_name: "bench-api-stats" });
    await client.connect();
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      await client.query("SELECT pg_stat_statements_reset()");
    } catch (error) {
      await client.end();
      throw new Error(
        `pg_stat_statements is not usable through BENCH_STATS_URL (${String(error)}): the server needs ` +
          "shared_preload_libraries=pg_stat_statements and a role that may reset and read it (a superuser)",
      );
    }
    const planning = await client.query("SELECT current_setting('pg_stat_statements.track_planning') AS on");
    return new StatementClock(client, database, planning.rows[0].on === "on");
  }

  reset = () => this.client.query("SELECT pg_stat_statements_reset()");

  /**
   * Waits until no statement of the app's database is running (three looks 100 ms apart), so requests
   * still in flight from the warm-up do not count towards the next window. Gives up after 60 s.
   */
  async waitForQuiet(): Promise<void> {
    const until = Date.now() + 60_000;
    for (let quiet = 0; quiet < 3 && Date.now() < until;) {
      const { rows } = await this.client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid() AND query NOT ILIKE '%pgboss%'`,
        [this.database],
      );
      quiet = rows[0].n === 0 ? quiet + 1 : 0;
      await sleep(100);
    }
  }

  async read(): Promise<{ ms: number; calls: number }> {
    const { rows } = await this.client.query(
      `SELECT coalesce(sum(s.total_exec_time + s.total_plan_time), 0)::float8 AS ms, coalesce(sum(s.calls), 0)::int AS calls
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = $1 AND s.query NOT ILIKE '%pg_stat_statements%' AND s.query NOT ILIKE '%pgboss%'`,
      [this.database],
    );
    return rows[0];
  }

  close = () => this.client.end();
}

/** Largest resident set (MB) seen per app process, sampled every 500 ms while the bench runs. */
const rssPeakMb = new Map<number, number>();
function sampleRss() {
  for (const pid of watchedPids().server) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? "";
      if (name !== "node" && !name.startsWith("next")) continue;
      rssPeakMb.set(pid, Math.max(rssPeakMb.get(pid) ?? 0, kb / 1024));
    } catch {
      /* exited */
    }
  }
}

// ------------------------------------------------------------------------------------------ CPU use
const CLOCK_TICKS = 100; // USER_HZ on Linux

/** utime + stime in ms of the given pids (from /proc/<pid>/stat). */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    } catch {
      /* exited */
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

function processes(): { pid: number; ppid: number; pgrp: number }[] {
  const out: { pid: number; ppid: number; pgrp: number }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.push({ pid: Number(entry), ppid: Number(fields[1]), pgrp: Number(fields[2]) });
    } catch {
      /* exited */
    }
  }
  return out;
}

/** The next server's process tree (its own process group) and, for the private cluster, the postmaster's. */
function watchedPids(): { server: number[]; database: number[] } {
  const all = processes();
  const server = serverPgid() ? all.filter((p) => p.pgrp === serverPgid()).map((p) => p.pid) : [];
  let database: number[] = [];
  try {
    const postmaster = Number(readFileSync(path.join(CLUSTER.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    if (usingPrivateCluster && postmaster > 0)
      database = [postmaster, ...all.filter((p) => p.ppid === postmaster).map((p) => p.pid)];
  } catch {
    /* not the private cluster */
  }
  return { server, database };
}
const serverPgid = () => server?.pid ?? 0;

/** Busy and total jiffies of the whole machine. */
function machineTicks(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const total = line.reduce((a, b) => a + b, 0);
  return { busy: total - line[3] - (line[4] ?? 0), total };
}

type CpuUse = { serverMsPerRequest: number | null; databaseMsPerRequest: number | null; machineBusy: number };

async function withCpu<T extends { requests: number }>(run: () => Promise<T>): Promise<T & { cpu: CpuUse }> {
  const before = watchedPids();
  const serverBefore = cpuMs(before.server);
  const databaseBefore = cpuMs(before.database);
  const machineBefore = machineTicks();
  const result = await run();
  const after = watchedPids();
  // Processes that started during the run count from zero; ones that ended are lost (rare for both).
  const serverMs = cpuMs(after.server) - serverBefore;
  const databaseMs = cpuMs(after.database) - databaseBefore;
  const machineAfter = machineTicks();
  const n = Math.max(1, result.requests);
  return {
    ...result,
    cpu: {
      serverMsPerRequest: after.server.length ? serverMs / n : null,
      databaseMsPerRequest: after.database.length ? databaseMs / n : null,
      machineBusy: (machineAfter.busy - machineBefore.busy) / Math.max(1, machineAfter.total - machineBefore.total),
    },
  };
}

/** Source files of the app (app/, lib/, components/) modified after the given time. */
function sourcesNewerThan(mtimeMs: number): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|tsx|css)$/.test(entry.name) && statSync(path.join(ROOT, rel)).mtimeMs > mtimeMs) out.push(rel);
    }
  };
  for (const dir of ["app", "lib", "components"]) if (existsSync(path.join(ROOT, dir))) walk(dir);
  return out;
}

// ---------------------------------------------------------------------------------------------- scenarios
type Scenario = {
  name: string;
  path: string;
  /** API scenarios are judged on end-to-end p50 against their database time. */
  api: boolean;
  /** End-to-end p50 at 1 connection, at most (ms). */
  maxSerialP50?: number;
  /** At 16 connections: at least this many requests/s, p95 at most (ms). */
  minRps?: number;
  maxP95?: number;
};

const LIST_QUERY = "targetGroup=selective&outcome=parental-sensitivity";

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The scenarios, with the slugs and the CSV filter read from the data: a demo intervention from the middle
 * of the catalogue for the detail, three for the comparison, and the single filter value whose matches come
 * closest to the export cap (5,000–10,000 rows) for the CSV.
 */
async function scenarios(base: string, databaseUrl: string): Promise<{ list: Scenario[]; csvRows: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let slugs: string[];
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT slug FROM "Intervention" WHERE "isDemo" ORDER BY id OFFSET (SELECT count(*) / 2 FROM "Intervention") LIMIT 3`,
    );
    slugs = rows.map((r) => r.slug);
  } finally {
    await client.end();
  }
  if (slugs.length < 3) throw new Error("fewer than three demo interventions: is the scale data loaded?");
  const { facets } = await getJson<{ facets: Record<string, Record<string, number>> }>(
    `${base}/api/v1/interventions?pageSize=1`,
  );
  let csv: { query: string; n: number } | null = null;
  for (const [param, counts] of Object.entries(facets)) {
    for (const [value, n] of Object.entries(counts)) {
      if (n >= 5_000 && n <= 10_000 && (!csv || n > csv.n)) csv = { query: `${param}=${value}`, n };
    }
  }
  if (!csv) throw new Error("no single filter value matches 5,000–10,000 interventions");
  return {
    csvRows: csv.n,
    list: [
      {
        name: "list: two filters (API)",
        path: `/api/v1/interventions?${LIST_QUERY}`,
        api: true,
        maxSerialP50: 20,
        minRps: 200,
        maxP95: 100,
      },
      {
        name: "search + rating (API)",
        path: "/api/v1/interventions?q=video&rating=goed-onderbouwd",
        api: true,
        maxSerialP50: 50,
        minRps: 50,
      },
      { name: "common word (API)", path: "/api/v1/interventions?q=opvoeding", api: true, maxSerialP50: 50, minRps: 50 },
      { name: "detail (API)", path: `/api/v1/interventions/${slugs[0]}`, api: true, maxSerialP50: 10 },
      { name: `CSV, ${csv.n} rows`, path: `/api/v1/interventions.csv?${csv.query}`, api: true, maxSerialP50: 1000 },
      { name: "list page (HTML)", path: `/interventions?${LIST_QUERY}`, api: false, maxP95: 300 },
      { name: "detail page (HTML)", path: `/interventions/${slugs[0]}`, api: false },
      { name: "compare page (HTML)", path: `/compare?${slugs.map((s) => `slug=${s}`).join("&")}`, api: false },
    ],
  };
}

type Measured = {
  bytes: number;
  serialMean: number;
  serialP50: number;
  dbMsPerRequest: number;
  statementsPerRequest: number;
  cpu: CpuUse;
  load: LoadResult;
};

async function measure(base: string, scenario: Scenario, clock: StatementClock): Promise<Measured> {
  const url = base + scenario.path;
  const response = await fetch(url);
  const bytes = (await response.arrayBuffer()).byteLength;
  if (response.status !== 200) throw new Error(`${scenario.name}: GET ${scenario.path} answered ${response.status}`);
  await runAutocannon(url, options.warmup, options.connections);
  await clock.waitForQuiet();
  await clock.reset();
  const serial = await withCpu(() => runAutocannon(url, options.serial, 1));
  const database = await clock.read();
  const n = Math.max(1, serial.requests);
  const load = await runAutocannon(url, options.duration, options.connections);
  log(
    `${scenario.name}: 1 connection p50 ${fmt(serial.p50)} (database ${fmt(database.ms / n)}), ` +
      `${options.connections} connections p95 ${fmt(load.p95)}, ${load.rps.toFixed(0)} req/s`,
  );
  return {
    bytes,
    serialMean: serial.mean,
    serialP50: serial.p50,
    dbMsPerRequest: database.ms / n,
    statementsPerRequest: database.calls / n,
    cpu: serial.cpu,
    load: {
      ...load,
      non2xx: load.non2xx + serial.non2xx,
      errors: load.errors + serial.errors,
      timeouts: load.timeouts + serial.timeouts,
    },
  };
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

function medianOf(rounds: Measured[]): Measured {
  const m = (pick: (r: Measured) => number) => median(rounds.map(pick));
  const sum = (pick: (r: Measured) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  return {
    bytes: m((r) => r.bytes),
    serialMean: m((r) => r.serialMean),
    serialP50: m((r) => r.serialP50),
    dbMsPerRequest: m((r) => r.dbMsPerRequest),
    statementsPerRequest: m((r) => r.statementsPerRequest),
    cpu: {
      serverMsPerRequest: m((r) => r.cpu.serverMsPerRequest ?? NaN),
      databaseMsPerRequest: null,
      machineBusy: m((r) => r.cpu.machineBusy),
    },
    load: {
      mean: m((r) => r.load.mean),
      p50: m((r) => r.load.p50),
      p95: m((r) => r.load.p95),
      p99: m((r) => r.load.p99),
      rps: m((r) => r.load.rps),
      requests: sum((r) => r.load.requests),
      non2xx: sum((r) => r.load.non2xx),
      errors: sum((r) => r.load.errors),
      timeouts: sum((r) => r.load.timeouts),
    },
  };
}

/** The targets a scenario's figures miss (empty when all are met). */
function misses(s: Scenario, r: Measured): string[] {
  const out: string[] = [];
  if (s.api) {
    const allowed = Math.max(1.5 * r.dbMsPerRequest, r.dbMsPerRequest + 5);
    if (!(r.serialP50 <= allowed))
      out.push(`1-connection p50 ${fmt(r.serialP50)} > ${fmt(allowed)} allowed by its database time`);
  }
  if (s.maxSerialP50 !== undefined && !(r.serialP50 <= s.maxSerialP50))
    out.push(`1-connection p50 ${fmt(r.serialP50)} > ${s.maxSerialP50} ms`);
  if (s.minRps !== undefined && !(r.load.rps >= s.minRps)) out.push(`${r.load.rps.toFixed(0)} req/s < ${s.minRps}`);
  if (s.maxP95 !== undefined && !(r.load.p95 <= s.maxP95)) out.push(`p95 ${fmt(r.load.p95)} > ${s.maxP95} ms`);
  const failed = r.load.non2xx + r.load.errors + r.load.timeouts;
  if (failed > 0) out.push(`${r.load.non2xx} non-2xx, ${r.load.errors} errors, ${r.load.timeouts} timeouts`);
  return out;
}

function table(rows: string[][]) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [n, r] of rows.entries()) {
    console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
    if (n === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

// ---------------------------------------------------------------------------------------------- main
const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : "n/a");
const started = Date.now();
let exitCode = 0;
try {
  const databaseUrl = process.env.DATABASE_URL?.trim() || (await ensureCluster());
  const statsUrl = process.env.BENCH_STATS_URL?.trim() || process.env.DATABASE_MIGRATION_URL?.trim() || databaseUrl;
  const safeUrl = databaseUrl.replace(/:[^:@/]*@/, ":***@");
  log(`database ${safeUrl}`);

  let demo = 0;
  {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      demo = (await client.query(`SELECT count(*)::int AS n FROM "Intervention" WHERE "isDemo"`)).rows[0].n;
    } catch {
      demo = 0; // not migrated yet
    } finally {
      await client.end();
    }
  }
  let loadSeconds: number | null = null;
  let migrateSeconds: number | null = null;
  if (options.reload || demo < SCALE_INTERVENTIONS) {
    // The schema first, timed on its own (db:migrate), so the seed:scale figure is the loading.
    const migrateStart = Date.now();
    execFileSync("npx", ["tsx", "seed/prepare.mts", "--no-seed"], {
      cwd: ROOT,
      env: { ...env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", 2, 2],
    });
    migrateSeconds = (Date.now() - migrateStart) / 1000;
    log(`db:migrate took ${migrateSeconds.toFixed(1)} s`);
    log(`${demo} demo interventions: loading the scale data set (seed/scale.mts)`);
    const t = Date.now();
    execFileSync("npx", ["tsx", "seed/scale.mts", ...(demo > 0 ? ["--replace"] : [])], {
      cwd: ROOT,
      env: { ...env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", 2, 2],
    });
    loadSeconds = (Date.now() - t) / 1000;
    log(`seed:scale took ${loadSeconds.toFixed(1)} s`);
  } else {
    log(`${demo} demo interventions present: not loading`);
  }

  const buildId = path.join(ROOT, ".next/BUILD_ID");
  if (options.build || !existsSync(buildId)) {
    log(options.build ? "--build: next build" : "no .next/BUILD_ID: next build");
    execFileSync("npx", ["next", "build"], { cwd: ROOT, env, stdio: ["ignore", 2, 2] });
  } else {
    const newer = sourcesNewerThan(statSync(buildId).mtimeMs);
    if (newer.length) {
      log(
        `warning: ${newer.length} source files are newer than .next/BUILD_ID (e.g. ${newer.slice(0, 3).join(", ")}): ` +
          "the server runs the older build; pass --build to rebuild",
      );
    }
  }
  await startServer(databaseUrl);
  const rssTimer = setInterval(sampleRss, 500);
  const base = `http://${HOST}:${options.port}`;
  const list = (await scenarios(base, databaseUrl)).list.filter((s) => !options.only || s.name.includes(options.only));
  const clock = await StatementClock.open(statsUrl, new URL(databaseUrl).pathname.slice(1));
  const rounds: Measured[][] = list.map(() => []);
  try {
    for (let round = 1; round <= options.rounds; round++) {
      if (options.rounds > 1) log(`round ${round} of ${options.rounds}`);
      for (const [i, scenario] of list.entries()) rounds[i].push(await measure(base, scenario, clock));
    }
  } finally {
    await clock.close();
    clearInterval(rssTimer);
  }
  const processCount = rssPeakMb.size;
  await stopServer();

  const results = rounds.map(medianOf);
  console.log("");
  console.log(
    `bench:api — ${demo >= SCALE_INTERVENTIONS ? demo : SCALE_INTERVENTIONS} demo interventions` +
      (loadSeconds !== null
        ? ` (db:migrate ${migrateSeconds?.toFixed(1)} s, then seed:scale ${loadSeconds.toFixed(1)} s)`
        : "") +
      `; the app in ${processCount} processes (WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY ?? "default"}) on ${os.cpus().length} cores; ` +
      `${options.serial} s at 1 connection, then ${options.duration} s at ${options.connections} connections per scenario` +
      (options.rounds > 1 ? `, ${options.rounds} interleaved rounds (medians)` : "") +
      `; database time = ${clock.tracksPlanning ? "planning + execution" : "execution (planning not tracked)"} from pg_stat_statements`,
  );
  console.log("");
  const rows: string[][] = [
    [
      "scenario",
      "KB",
      "1c p50",
      "1c mean",
      "db/req",
      "stmts",
      "p50÷db",
      "app CPU",
      "16c p50",
      "p95",
      "p99",
      "req/s",
      "failed",
      "targets",
    ],
  ];
  const failures: string[] = [];
  list.forEach((s, i) => {
    const r = results[i];
    const missed = misses(s, r);
    if (missed.length) failures.push(`${s.name}: ${missed.join("; ")}`);
    rows.push([
      s.name,
      (r.bytes / 1024).toFixed(0),
      fmt(r.serialP50),
      fmt(r.serialMean),
      fmt(r.dbMsPerRequest),
      r.statementsPerRequest.toFixed(1),
      `${(r.serialP50 / r.dbMsPerRequest).toFixed(2)}×`,
      fmt(r.cpu.serverMsPerRequest ?? NaN),
      fmt(r.load.p50),
      fmt(r.load.p95),
      fmt(r.load.p99),
      r.load.rps.toFixed(0),
      String(r.load.non2xx + r.load.errors + r.load.timeouts),
      missed.length ? "MISSED" : "met",
    ]);
  });
  table(rows);
  console.log("");
  for (const s of list) console.log(`  ${s.name}: GET ${s.path}`);
  const peak = Math.max(0, ...rssPeakMb.values());
  console.log(
    `  largest resident set of an app process: ${peak.toFixed(0)} MB ` +
      `(per process: ${[...rssPeakMb.values()].map((mb) => mb.toFixed(0)).join(", ")} MB)`,
  );
  if (peak > RSS_TARGET_MB) failures.push(`resident set ${peak.toFixed(0)} MB > ${RSS_TARGET_MB} MB`);
  if (loadSeconds !== null && loadSeconds >= SEED_SCALE_TARGET_S)
    failures.push(`seed:scale ${loadSeconds.toFixed(1)} s >= ${SEED_SCALE_TARGET_S} s`);
  console.log("");
  console.log(
    "Targets: API end-to-end p50 at 1 connection <= max(1.5x database time, database time + 5 ms), and <= 20 ms " +
      "(two-filter list), 50 ms (searches), 10 ms (detail), 1 s (CSV); at 16 connections the two-filter list >= 200 req/s " +
      `with p95 <= 100 ms, the searches >= 50 req/s, the list page p95 <= 300 ms; zero failed requests; <= ${RSS_TARGET_MB} MB ` +
      `per app process; seed:scale < ${SEED_SCALE_TARGET_S} s (when loaded in this run).`,
  );
  console.log(failures.length ? `MISSED:\n  ${failures.join("\n  ")}` : "All targets met.");
  if (failures.length) exitCode = 1;
  console.log(`\nTotal bench time ${((Date.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  exitCode = 2;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  if (serverLog) console.error(`server log (${serverLog}):\n${tail(serverLog)}`);
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
