/**
 * Faults an operator meets, tried on the production build from outside, with servers of the stories' own
 * next to the browser tests' one:
 * - an app process killed (SIGKILL) while researchers send entries through the API loses no entry it
 *   answered 2xx, and leaves none half-written (a study without its effect sizes or its audit rows);
 * - a stop (SIGTERM) lets the requests in flight finish with complete answers, refuses new connections, closes
 *   a kept-alive connection after its answer (a load balancer's, which would otherwise be served on and on)
 *   and ends the server with exit code 0;
 * - the embedded database, its process killed with kill -9 in the middle of writes, opens again on the next
 *   start (the dead process's lock is taken over, also when its process id is in use again) with every entry
 *   it answered 2xx.
 * The embedded stories work on a copy of the prepared embedded database (PGLITE_DIR), the server stories on
 * the database in DATABASE_URL. A token for the demo researcher is stored directly, as its hash: the token
 * page itself is tested in api-token.spec.ts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { openPGlite } from "../../lib/database/pglite";
import { videoGuidanceEntry } from "../helpers/submissions";
import { appProcessesOf, socketsOf } from "./fixtures/processes";
import { poller } from "./fixtures/until";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const serverUrl = process.env.DATABASE_URL?.trim() || undefined;
const RESEARCHER = "researcher@effectwijzer.test";
const nextBin = createRequire(path.resolve("package.json")).resolve("next/dist/bin/next");

test.describe.configure({ mode: "serial", timeout: 120_000 });

// ---------------------------------------------------------------------------------------------------------
// Servers

type Served = { process: ChildProcess; output: () => string; exited: Promise<number | null> };

function start(args: string[], env: Record<string, string>): Served {
  let output = "";
  const child = spawn(process.execPath, args, {
    // No rate limits: the stories send more entries than a researcher may in an hour.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", RATE_LIMITS: "off", ...env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

/** npm start: scripts/serve.mjs (WEB_CONCURRENCY app processes on a server, one on the embedded database). */
const serve = (env: Record<string, string>) => start(["scripts/serve.mjs", "--port", String(PORT)], env);
/** Next's own server as one process, the one that holds the embedded database. */
const nextStart = (env: Record<string, string>) => start([nextBin, "start", "-p", String(PORT)], env);

const embeddedEnv = (dir: string) => ({ DATABASE_URL: "", DATABASE_MIGRATION_URL: "", PGLITE_DIR: dir });

const until = poller({ timeoutMs: 60_000, intervalMs: 100 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Answer = { status: number; body: string; headers: http.IncomingHttpHeaders };

function request(
  method: string,
  pathAndQuery: string,
  { headers = {}, body, agent }: { headers?: Record<string, string>; body?: string; agent?: http.Agent | false } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: PORT, method, path: pathAndQuery, headers, agent: agent ?? false },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text, headers: response.headers }));
        response.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const answers = () =>
  request("GET", "/api/v1/interventions?pageSize=1").then(
    (answer) => answer.status === 200,
    () => false,
  );

/** Whether a new connection to the port is refused (nothing listens any more). */
function refused(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(PORT, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

/** How many established connections to the app's port the processes hold. */
const connectionsTo = (pids: number[]) => socketsOf(...pids).filter((socket) => socket.localPort === PORT).length;

// ---------------------------------------------------------------------------------------------------------
// Databases

type Rows = Record<string, unknown>[];
type Database = { query: (sql: string, params?: unknown[]) => Promise<Rows>; close: () => Promise<void> };

async function openServerDatabase(): Promise<Database> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  return { query: async (sql, params) => (await client.query(sql, params)).rows, close: () => client.end() };
}

/** The embedded database in a folder, opened in this process (only while no server holds it). */
function openEmbeddedDatabase(dir: string): Database {
  const pglite = openPGlite(dir);
  return { query: async (sql, params) => (await pglite.query(sql, params)).rows as Rows, close: () => pglite.close() };
}

/** A copy of the prepared embedded database, for a server of this file's own. */
function copyEmbeddedDatabase(): { dir: string; remove: () => void } {
  const source = path.resolve(process.env.PGLITE_DIR?.trim() || ".data/pglite");
  const parent = mkdtempSync(path.join(tmpdir(), "effectwijzer-faults-"));
  const dir = path.join(parent, "pglite");
  cpSync(source, dir, { recursive: true });
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** Stores a new API token for the demo researcher and returns it. */
async function researcherToken(database: Database): Promise<string> {
  const token = `ewz_${randomBytes(32).toString("base64url")}`;
  const users = await database.query('SELECT id FROM "User" WHERE email = $1', [RESEARCHER]);
  expect(users, "the demo researcher (tests/e2e/fixtures/prepare.mts)").toHaveLength(1);
  await database.query('INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix) VALUES ($1, $2, $3, $4, $5)', [
    randomUUID(),
    users[0].id,
    `Faults ${Date.now()}`,
    createHash("sha256").update(token).digest("hex"),
    token.slice(0, 12),
  ]);
  return token;
}

// ---------------------------------------------------------------------------------------------------------
// Writes

/** A submitted entry with two outcomes, so a stored entry can be checked to be whole. */
function entry(citation: string) {
  const base = videoGuidanceEntry(citation);
  const later = { timepointMonths: 12, statistics: { m1: 5.4, sd1: 1.0, n1: 58, m2: 4.9, sd2: 1.1, n2: 57 } };
  return { ...base, submit: true, outcomes: [...base.outcomes, { ...base.outcomes[0], ...later }] };
}

type Write = { citation: string; status: number | "failed" };

/**
 * Writers that each send one entry after the other until stopped; every attempt is recorded with its
 * answer (or "failed" when the connection broke or was refused). Kept-alive connections, as a client
 * library would use them, so a killed process breaks requests in flight.
 */
function writers(token: string, marker: string, lanes: number) {
  const writes: Write[] = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: lanes });
  let running = true;
  const done = Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let n = 0; running; n++) {
        const citation = `${marker} ${lane}-${n}`;
        const write: Write = { citation, status: "failed" };
        writes.push(write);
        try {
          const answer = await request("POST", "/api/v1/submissions", {
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify(entry(citation)),
            agent,
          });
          write.status = answer.status;
        } catch {
          await sleep(50);
        }
      }
    }),
  );
  return {
    writes,
    answered: () => writes.filter((w) => typeof w.status === "number" && w.status >= 200 && w.status < 300),
    stop: async () => {
      running = false;
      await done;
      agent.destroy();
    },
  };
}

/**
 * Every entry answered 2xx is stored whole, and so is every stored entry of the run (a write cut off by the
 * kill is either all there or not at all): the study, its two effect sizes, its create and submit audit rows.
 */
async function expectWhole(database: Database, marker: string, writes: Write[]) {
  const rows = await database.query(
    `SELECT s.citation, s.status::text AS status,
       (SELECT count(*)::int FROM "EffectSize" e WHERE e."studyId" = s.id) AS effects,
       (SELECT count(*)::int FROM "AuditLog" a
         WHERE a."entityType" = 'Study' AND a."entityId" = s.id::text AND a.action LIKE 'submission.%') AS audits
     FROM "Study" s WHERE s.citation LIKE $1`,
    [`${marker} %`],
  );
  const found = new Map(rows.map((row) => [row.citation as string, row]));
  const answered = writes.filter((w) => typeof w.status === "number" && w.status >= 200 && w.status < 300);
  expect(answered.filter((w) => !found.has(w.citation)).map((w) => w.citation)).toEqual([]);
  expect(rows.filter((row) => row.effects !== 2 || row.audits !== 2 || row.status !== "SUBMITTED")).toEqual([]);
  // Nothing that was not sent is there.
  const sent = new Set(writes.map((w) => w.citation));
  expect([...found.keys()].filter((citation) => !sent.has(citation))).toEqual([]);
  return { answered: answered.length, found: rows.length };
}

// ---------------------------------------------------------------------------------------------------------

test.describe("on a PostgreSQL server", () => {
  test.skip(!serverUrl, "runs in the pass on a PostgreSQL server (DATABASE_URL)");

  test("an app process killed while entries are sent loses none it answered and leaves none half-written", async () => {
    const database = await openServerDatabase();
    const served = serve({ WEB_CONCURRENCY: "2" });
    try {
      const token = await researcherToken(database);
      await until("the server to answer", answers);
      const workers = appProcessesOf(served.process.pid!);
      expect(workers).toHaveLength(2);

      const marker = `Faults-kill ${Date.now()}`;
      const load = writers(token, marker, 6);
      await until("entries to be answered", () => load.answered().length >= 20);
      const beforeKill = load.answered().length;
      process.kill(workers[0], "SIGKILL");
      // The other process goes on answering, and the primary starts a replacement.
      await until("more entries after the kill", () => load.answered().length >= beforeKill + 20);
      await load.stop();
      expect(load.writes.filter((w) => typeof w.status === "number" && w.status !== 201)).toEqual([]);

      const { answered, found } = await expectWhole(database, marker, load.writes);
      const failed = load.writes.length - answered;
      console.log(
        `App process killed during writes: ${load.writes.length} sent, ${answered} answered 2xx ` +
          `(${beforeKill} before the kill), ${failed} cut off; ${found} found whole in the database ` +
          `(every answered one${found > answered ? `, and ${found - answered} committed before the answer was lost` : ""})`,
      );
      expect(served.output()).toMatch(/App process \d+ stopped \(SIGKILL\); starting another/);
      served.process.kill("SIGTERM");
      expect(await served.exited).toBe(0);
    } finally {
      served.process.kill("SIGKILL");
      await database.close();
    }
  });
});

/**
 * SIGTERM while requests are in flight: entries whose body is still on its way (the server has accepted
 * them: it answered 100 Continue) and page loads whose request is still being sent. The port refuses new
 * connections at once, and every request in flight gets its complete answer before the server exits 0.
 */
test("a stop lets the requests in flight finish, refuses new connections and exits 0", async () => {
  const copy = serverUrl ? null : copyEmbeddedDatabase();
  let served: Served | null = null;
  let database: Database | null = null;
  try {
    database = copy ? openEmbeddedDatabase(copy.dir) : await openServerDatabase();
    const token = await researcherToken(database);
    if (copy) {
      // The server needs the folder: this process lets go of it while the server runs.
      await database.close();
      database = null;
    }
    served = serve(copy ? embeddedEnv(copy.dir) : { WEB_CONCURRENCY: "2" });
    const primary = served.process.pid!;
    await until("the server to answer", answers);
    const appProcesses = appProcessesOf(primary);
    expect(appProcesses).toHaveLength(serverUrl ? 2 : 1);
    // Warm the routes up, so that the stop does not wait on a first compile of a page.
    expect((await request("GET", "/interventions")).status).toBe(200);
    expect((await request("GET", "/api/v1/interventions.csv")).status).toBe(200);

    const marker = `Faults-stop ${Date.now()}`;
    // A load balancer keeps its connection to the app open and sends request after request on it.
    const proxyAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    // Entries: headers sent, body held back until after the stop; the last one from the load balancer.
    const entries = Array.from({ length: 4 }, (_, n) => {
      const citation = `${marker} ${n}`;
      const body = JSON.stringify(entry(citation));
      let release: () => void = () => {};
      const accepted = new Promise<void>((resolve) => (release = resolve));
      let req: http.ClientRequest | undefined;
      const answer = new Promise<Answer>((resolve, reject) => {
        req = http.request(
          {
            host: "127.0.0.1",
            port: PORT,
            method: "POST",
            path: "/api/v1/submissions",
            agent: n === 3 ? proxyAgent : false,
            headers: {
              authorization: `Bearer ${token}`,
              "content-type": "application/json",
              "content-length": String(Buffer.byteLength(body)),
              expect: "100-continue",
            },
          },
          (response) => {
            let text = "";
            response.setEncoding("utf8");
            response.on("data", (chunk: string) => (text += chunk));
            response.on("end", () =>
              resolve({ status: response.statusCode ?? 0, body: text, headers: response.headers }),
            );
          },
        );
        req.on("continue", () => release());
        req.on("error", reject);
        req.flushHeaders();
      });
      return { citation, accepted, answer, finish: () => req!.end(body) };
    });
    // Page loads: the request line sent, the rest of the request after the stop.
    const pages = ["/interventions", "/api/v1/interventions.csv", "/interventions/video-interaction-guidance"].map(
      (pathname) => {
        const socket = net.connect(PORT, "127.0.0.1");
        let raw = "";
        socket.setEncoding("utf8");
        socket.on("data", (chunk: string) => (raw += chunk));
        const closed = new Promise<string>((resolve, reject) => {
          socket.on("end", () => resolve(raw));
          socket.on("error", reject);
        });
        socket.write(`GET ${pathname} HTTP/1.1\r\n`);
        return {
          pathname,
          closed,
          // Kept alive, as a browser would: the server closes the connection once it is idle.
          finish: () => socket.write(`Host: 127.0.0.1:${PORT}\r\n\r\n`),
        };
      },
    );
    // After its entry, the load balancer goes on sending requests on the same connection while it can.
    let proxyStopsAt = Infinity;
    const proxyStatuses: number[] = [];
    const proxy = entries[3].answer.then(async () => {
      while (Date.now() < proxyStopsAt) {
        try {
          const { status } = await request("GET", "/api/v1/interventions?pageSize=1", { agent: proxyAgent });
          proxyStatuses.push(status);
        } catch (error) {
          return (error as NodeJS.ErrnoException).code ?? String(error);
        }
      }
      return "still served after 12 s";
    });
    await Promise.all(entries.map((e) => e.accepted));
    await until("the app to hold every connection", () => connectionsTo(appProcesses) >= entries.length + pages.length);
    await sleep(300);

    const stopped = Date.now();
    proxyStopsAt = stopped + 12_000;
    served.process.kill("SIGTERM");
    await until("the port to refuse new connections", refused, 10_000);
    for (const e of entries) e.finish();
    for (const page of pages) page.finish();

    const entryAnswers = await Promise.all(entries.map((e) => e.answer));
    expect(entryAnswers.map((a) => `${a.status} ${a.status === 201 ? "" : a.body}`.trim())).toEqual([
      "201",
      "201",
      "201",
      "201",
    ]);
    for (const [n, answer] of entryAnswers.entries()) {
      expect(JSON.parse(answer.body).study.citation).toBe(entries[n].citation);
    }
    const pageAnswers = await Promise.all(pages.map((page) => page.closed));
    for (const [n, raw] of pageAnswers.entries()) {
      const [head, ...rest] = raw.split("\r\n\r\n");
      expect(head, pages[n].pathname).toMatch(/^HTTP\/1\.1 200 /);
      // Chunked (the pages) or with a length (the CSV): either way the body must be all there.
      let body = rest.join("\r\n\r\n");
      if (/\r\ntransfer-encoding: chunked/i.test(head)) {
        expect(body.endsWith("0\r\n\r\n"), `${pages[n].pathname} ends with the last chunk`).toBe(true);
        body = body.replace(/(^|\r\n)[0-9a-f]+\r\n/gi, "$1");
      } else {
        const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1]);
        expect(Buffer.byteLength(body), `${pages[n].pathname} has its whole length`).toBe(length);
      }
      if (pages[n].pathname.endsWith(".csv")) expect(body).toContain("video-interaction-guidance");
      else expect(body).toMatch(/<\/html>\s*(0\r\n\r\n)?$/);
    }
    // The load balancer's connection is closed after an answer, and its next connection is refused (a request
    // cut off would end in a reset): it knows at once to send its requests to another app server.
    expect(await proxy).toBe("ECONNREFUSED");
    proxyAgent.destroy();
    expect(proxyStatuses.filter((status) => status !== 200)).toEqual([]);
    const exitCode = await served.exited;
    expect(exitCode).toBe(0);
    for (const pid of appProcesses) expect(() => process.kill(pid, 0)).toThrow();
    console.log(
      `Stop with requests in flight: ${entryAnswers.filter((a) => a.status === 201).length}/${entries.length} ` +
        `entries and ${pageAnswers.length}/${pages.length} page loads completed, the load balancer's kept-alive ` +
        `connection closed after its answer (${proxyStatuses.length} more answered on it), its next one refused; exit code ${exitCode} ` +
        `${((Date.now() - stopped) / 1000).toFixed(1)} s after SIGTERM`,
    );

    if (copy) database = openEmbeddedDatabase(copy.dir);
    await expectWhole(
      database!,
      marker,
      entries.map((e) => ({ citation: e.citation, status: 201 })),
    );
  } finally {
    served?.process.kill("SIGKILL");
    await database?.close();
    copy?.remove();
  }
});

test.describe("on the embedded database", () => {
  test.skip(!!serverUrl, "runs in the pass on the embedded database (no DATABASE_URL)");

  test("after kill -9 during writes the next start opens the folder with every entry it answered", async () => {
    const copy = copyEmbeddedDatabase();
    let served: Served | null = null;
    let database: Database | null = null;
    let newcomer: ChildProcess | null = null;
    try {
      database = openEmbeddedDatabase(copy.dir);
      const token = await researcherToken(database);
      await database.close();
      database = null;

      served = nextStart(embeddedEnv(copy.dir));
      await until("the server to answer", answers);
      const marker = `Faults-kill9 ${Date.now()}`;
      const load = writers(token, marker, 4);
      await until("entries to be answered", () => load.answered().length >= 15);
      served.process.kill("SIGKILL");
      await served.exited;
      await load.stop();
      expect(load.writes.filter((w) => typeof w.status === "number" && w.status !== 201)).toEqual([]);
      // The killed process's lock stays behind, and its process id may meanwhile belong to a process started
      // later (after a restart, as in a container, ids are handed out again): the next start takes it over.
      const lockFile = `${copy.dir}.lock`;
      expect(readFileSync(lockFile, "utf8")).toBe(String(served.process.pid));
      const { mtime } = statSync(lockFile);
      newcomer = spawn("sleep", ["60"]);
      writeFileSync(lockFile, String(newcomer.pid));
      utimesSync(lockFile, mtime, mtime);

      served = nextStart(embeddedEnv(copy.dir));
      const restarted = served;
      await until("the server to answer again", answers).catch((error: Error) => {
        throw new Error(`${error.message}; it said:\n${restarted.output()}`);
      });
      expect(readFileSync(lockFile, "utf8")).toBe(String(served.process.pid));
      const listed = await request("GET", "/api/v1/submissions?pageSize=100", {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(listed.status).toBe(200);
      // The app itself shows each answered entry with both its outcomes.
      const listedOutcomes = new Map(
        (JSON.parse(listed.body) as { items: { citation: string; outcomes: number }[] }).items.map((item) => [
          item.citation,
          item.outcomes,
        ]),
      );
      expect(load.answered().filter((w) => listedOutcomes.get(w.citation) !== 2)).toEqual([]);
      served.process.kill("SIGTERM");
      await served.exited;

      database = openEmbeddedDatabase(copy.dir);
      const { answered, found } = await expectWhole(database, marker, load.writes);
      console.log(
        `Embedded database killed (kill -9) during writes: ${load.writes.length} sent, ${answered} answered 2xx; ` +
          `after the next start ${found} found whole (every answered one)`,
      );
    } finally {
      served?.process.kill("SIGKILL");
      newcomer?.kill();
      await database?.close();
      copy.remove();
    }
  });
});
