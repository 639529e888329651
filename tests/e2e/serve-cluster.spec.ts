/**
 * npm start serves the production build with scripts/serve.mjs: on a PostgreSQL server one app process per
 * core (here WEB_CONCURRENCY=2) on one port, within the database connection budget; with the embedded
 * database one process. These stories start their own server on the build the browser tests use, next to
 * the browser tests' own, and look at it from outside: the process tree and the sockets in /proc (Linux),
 * and what PostgreSQL sees.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { appProcessesOf, childrenOf, socketsOf } from "./fixtures/processes";
import { poller } from "./fixtures/until";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
const BUDGET = 16;
const serverUrl = process.env.DATABASE_URL?.trim();

test.describe.configure({ mode: "serial", timeout: 240_000 });

type Served = { primary: ChildProcess; output: () => string; exited: Promise<number | null> };

function serve(env: Record<string, string | undefined>): Served {
  let output = "";
  const primary = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(PORT)], {
    env: { ...process.env, ...env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  primary.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  primary.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => primary.on("exit", (code) => resolve(code)));
  return { primary, output: () => output, exited };
}

const until = poller({ timeoutMs: 120_000, intervalMs: 200 });

function get(agent: http.Agent | undefined, pathAndQuery: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port: PORT, path: pathAndQuery, agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
  });
}

const answers = () =>
  get(undefined, "/api/v1/interventions?pageSize=1").then(
    (status) => status === 200,
    () => false,
  );

test.describe("an operator serves the app on a database server", () => {
  test.skip(!serverUrl, "runs in the pass on a PostgreSQL server (DATABASE_URL)");

  test("two app processes answer on one port, hold no more connections than the budget, a killed one is replaced, and a stop ends them all", async () => {
    const dbPort = Number(new URL(serverUrl!).port || 5432);
    const served = serve({ WEB_CONCURRENCY: "2", DATABASE_CONNECTION_BUDGET: String(BUDGET), DATABASE_POOL_MAX: "" });
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await until("the server to answer", answers);
      const workers = appProcessesOf(served.primary.pid!);
      expect(workers).toHaveLength(2);
      expect(served.output()).toContain(`2 app processes, ${BUDGET / 2 - 3} database connections each`);

      // Load: 16 requests at a time over 16 kept-alive connections, while the connections are counted.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
      const paths = [
        "/api/v1/interventions?pageSize=20",
        "/api/v1/interventions?pageSize=20&sort=name&page=2",
        "/api/v1/interventions?q=ouders&pageSize=10",
        "/interventions",
      ];
      let most = { processes: 0, pgStatActivity: 0 };
      const answeredBy = new Set<number>();
      let loading = true;
      const counting = (async () => {
        while (loading) {
          const held = workers.map((pid) => socketsOf(pid));
          held.forEach((sockets, n) => {
            if (sockets.some((s) => s.localPort === PORT)) answeredBy.add(workers[n]);
          });
          const toDb = held.flat().filter((s) => s.remotePort === dbPort);
          const { rows } = await client.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND client_port = ANY($1::int[])",
            [toDb.map((s) => s.localPort)],
          );
          most = {
            processes: Math.max(most.processes, toDb.length),
            pgStatActivity: Math.max(most.pgStatActivity, rows[0].n),
          };
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      const statuses: number[] = [];
      await Promise.all(
        Array.from({ length: 16 }, async (_, lane) => {
          for (let n = 0; n < 12; n++) statuses.push(await get(agent, paths[(lane + n) % paths.length]));
        }),
      );
      loading = false;
      await counting;
      agent.destroy();
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      expect([...answeredBy].sort((a, b) => a - b)).toEqual(workers);
      expect(most.processes).toBeGreaterThan(2);
      expect(most.processes).toBeLessThanOrEqual(BUDGET);
      expect(most.pgStatActivity).toBeLessThanOrEqual(BUDGET);

      // A worker that dies is replaced, and the port keeps answering.
      process.kill(workers[0], "SIGKILL");
      const replaced = await until("a new app process", () => {
        const now = appProcessesOf(served.primary.pid!);
        return now.length === 2 && !now.includes(workers[0]) && now.includes(workers[1]) ? now : null;
      });
      expect(replaced.filter((pid) => !workers.includes(pid))).toHaveLength(1);
      await until("the new app process to answer", async () => {
        const agentAfter = new http.Agent({ keepAlive: true, maxSockets: 8 });
        const results = await Promise.all(Array.from({ length: 8 }, () => get(agentAfter, paths[0])));
        const servedByNew = replaced.some(
          (pid) => !workers.includes(pid) && socketsOf(pid).some((s) => s.localPort === PORT),
        );
        agentAfter.destroy();
        return results.every((s) => s === 200) && servedByNew;
      });
      expect(served.output()).toMatch(/App process \d+ stopped \(SIGKILL\); starting another/);

      // SIGTERM stops the app processes, then the primary, cleanly.
      served.primary.kill("SIGTERM");
      expect(await served.exited).toBe(0);
      for (const pid of replaced) expect(() => process.kill(pid, 0)).toThrow();
    } finally {
      await client.end();
      served.primary.kill("SIGKILL");
    }
  });

  test("app processes that keep dying stop the server instead of restarting for ever", async () => {
    const served = serve({ WEB_CONCURRENCY: "2", DATABASE_CONNECTION_BUDGET: String(BUDGET) });
    try {
      let exited: number | null | undefined;
      served.exited.then((code) => (exited = code));
      await until("the app processes to start", () => served.output().includes("Serving on port"));
      await until("the restart limit", () => {
        if (exited !== undefined) return true;
        for (const pid of appProcessesOf(served.primary.pid!)) process.kill(pid, "SIGKILL");
        return false;
      });
      expect(exited).toBe(1);
      expect(served.output()).toMatch(/5 restarts within 60 s already, so the server stops/);
    } finally {
      served.primary.kill("SIGKILL");
    }
  });

  test("a connection budget too small for the processes is refused with what to change", async () => {
    const served = serve({ WEB_CONCURRENCY: "4", DATABASE_CONNECTION_BUDGET: "12", DATABASE_POOL_MAX: "" });
    expect(await served.exited).toBe(1);
    expect(served.output()).toContain(
      "DATABASE_CONNECTION_BUDGET=12 is too small for 4 app processes: each needs 5 connections at least",
    );
    expect(childrenOf(served.primary.pid!)).toEqual([]);
  });
});

test("with the embedded database one process serves, whatever WEB_CONCURRENCY says", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "effectwijzer-serve-"));
  const served = serve({ DATABASE_URL: "", DATABASE_MIGRATION_URL: "", PGLITE_DIR: dir, WEB_CONCURRENCY: "4" });
  try {
    await until("the server to listen", () =>
      get(undefined, "/robots.txt").then(
        () => true,
        () => false,
      ),
    );
    const children = appProcessesOf(served.primary.pid!);
    expect(children).toHaveLength(1);
    expect(childrenOf(children[0])).toEqual([]);
    served.primary.kill("SIGTERM");
    expect(await served.exited).toBe(0);
  } finally {
    served.primary.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});
