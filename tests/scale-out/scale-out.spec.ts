/**
 * Two app processes (A and B) on a PostgreSQL primary with a streaming replica, started by
 * scripts/scale-out.mts. In order: the catalogue is read from the replica; a write through A is seen through
 * B; an admin reads their own edit while the replica's replay is paused, and the public page catches up
 * after it resumes; a replica too far behind is set aside; stopping the replica loses no request; stopping
 * the primary keeps reads (and sessions) working and turns writes into 503s; restarting it recovers without
 * restarting the app; with neither answering, pages and the API answer 503 at once, and serve again when
 * they are back.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { loginAs } from "../e2e/fixtures/auth";
import { videoGuidanceEntry } from "../helpers/submissions";
import { sql, startNode, stopNode, superuserUrl, type ClusterInfo } from "./cluster";

type State = { cluster: ClusterInfo; apps: [string, string]; database: string; maxLagSeconds: number };
const state = JSON.parse(readFileSync(process.env.SCALE_OUT_STATE ?? "", "utf8")) as State;
const [A, B] = state.apps;
const { cluster } = state;
const primarySql = superuserUrl(cluster.primary, state.database);
const replicaSql = superuserUrl(cluster.replica, state.database);
const SLUG = "demo-edit-summary";
const PAUSED_NOTICE = /Wijzigingen zijn tijdelijk gepauzeerd/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
/** The figures the closing report quotes: what each degraded mode did. */
const report = (line: string) => console.log(`[scale-out] ${line}`);

test.describe.configure({ mode: "serial" });

type Health = {
  status: "ok" | "degraded" | "down";
  databases: {
    primary: { ok: boolean; latencyMs: number | null };
    replicas: { ok: boolean; lagSeconds: number | null }[];
  };
  migrations: "current" | "pending";
  version: string;
};

async function health(base: string): Promise<{ code: number; body: Health }> {
  const response = await fetch(`${base}/api/health`);
  return { code: response.status, body: (await response.json()) as Health };
}

async function waitForHealth(base: string, wanted: (h: Health) => boolean, timeoutMs = 60_000): Promise<Health> {
  const deadline = Date.now() + timeoutMs;
  let last: Health | null = null;
  while (Date.now() < deadline) {
    last = (await health(base).catch(() => null))?.body ?? null;
    if (last && wanted(last)) return last;
    await sleep(250);
  }
  throw new Error(`health of ${base} never matched; last: ${JSON.stringify(last)}`);
}

/** A visitor without cookies: always a catalogue read, never pinned to the primary. */
async function publicPage(base: string, path: string): Promise<string> {
  const response = await fetch(`${base}${path}`);
  expect(response.status, `${base}${path}`).toBe(200);
  return response.text();
}

/** Statements the app's role ran on the replica (the router's own lag checks left out). */
async function replicaStatements(): Promise<number> {
  const [row] = await sql<{ calls: string }>(
    replicaSql,
    `SELECT coalesce(sum(s.calls), 0)::text AS calls FROM monitoring.pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
     WHERE r.rolname = 'effectwijzer_app' AND s.query NOT ILIKE '%pg_is_in_recovery%'`,
  );
  return Number(row?.calls ?? 0);
}

/** A fresh commit on the primary, replayed by the replica: the replica's lag clock starts from now. */
async function freshCommitReplayed(): Promise<void> {
  const [{ lsn }] = await sql<{ lsn: string }>(primarySql, "SELECT txid_current(), pg_current_wal_lsn()::text AS lsn");
  await expect
    .poll(
      async () =>
        (await sql<{ done: boolean }>(replicaSql, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [lsn]))[0]
          ?.done,
      { timeout: 30_000 },
    )
    .toBe(true);
}

async function pauseReplay(): Promise<void> {
  await freshCommitReplayed();
  await sql(replicaSql, "SELECT pg_wal_replay_pause()");
  await expect
    .poll(async () => (await sql<{ s: string }>(replicaSql, "SELECT pg_get_wal_replay_pause_state() AS s"))[0]?.s)
    .toBe("paused");
}

const resumeReplay = () => sql(replicaSql, "SELECT pg_wal_replay_resume()");

/** Catalogue requests from `workers` loops through both processes until stopped; every status is kept. */
function readLoad(workers = 4) {
  const paths = [
    "/interventions",
    "/api/v1/interventions?pageSize=5",
    `/interventions/${SLUG}`,
    "/api/v1/interventions?q=video",
  ];
  const statuses: number[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let i = 0; running; i++) {
      const base = (i + w) % 2 === 0 ? A : B;
      const response = await fetch(`${base}${paths[(i + w) % paths.length]}`).catch(() => null);
      statuses.push(response?.status ?? 0);
      await response?.arrayBuffer().catch(() => null);
    }
  });
  return {
    statuses,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return statuses;
    },
  };
}

async function editSummary(page: Page, base: string, summary: string): Promise<void> {
  await page.goto(`${base}/admin/interventions/${SLUG}/edit`);
  await page.getByLabel("Samenvatting (Nederlands)", { exact: true }).fill(summary);
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
}

let admin: BrowserContext;
let adminPage: Page;
let token: string;

async function researcherToken(browser: Browser): Promise<string> {
  const context = await browser.newContext({ baseURL: A });
  const page = await context.newPage();
  await loginAs(page, "researcher", "/researcher/tokens");
  await page.locator("#token-name").fill(`Scale-out ${stamp()}`);
  await page.locator("#token-name").press("Enter");
  const shown = page.getByRole("status").getByRole("textbox");
  await expect(shown).toHaveValue(/^ewz_/);
  const value = await shown.inputValue();
  await context.close();
  return value;
}

const bearer = () => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });

test.beforeAll(async ({ browser }) => {
  admin = await browser.newContext({ baseURL: A });
  adminPage = await admin.newPage();
  await loginAs(adminPage, "admin", "/account");
  token = await researcherToken(browser);
});

test.afterAll(async () => {
  await admin?.close();
});

test("both processes are healthy and read the public catalogue from the replica", async () => {
  for (const base of [A, B]) {
    const { code, body } = await health(base);
    expect(code).toBe(200);
    expect(body).toMatchObject({ status: "ok", migrations: "current", databases: { primary: { ok: true } } });
    expect(body.databases.replicas).toEqual([{ ok: true, lagSeconds: expect.any(Number) }]);
  }
  const before = await replicaStatements();
  await publicPage(A, "/interventions?q=video");
  await publicPage(B, `/interventions/${SLUG}`);
  const api = await fetch(`${B}/api/v1/interventions?pageSize=3`);
  expect(api.status).toBe(200);
  expect((await api.json()).items).toHaveLength(3);
  expect(await replicaStatements()).toBeGreaterThan(before);
  const readers = await sql<{ n: string }>(
    replicaSql,
    "SELECT count(*)::text AS n FROM pg_stat_activity WHERE application_name = 'effectwijzer replica reads'",
  );
  expect(Number(readers[0]?.n)).toBeGreaterThan(0);
});

test("a write through process A is visible through process B", async () => {
  const citation = `Scale-out A. Written through one process (${stamp()}). J Test. 2024;1:1-10.`;
  const created = await fetch(`${A}/api/v1/submissions`, {
    method: "POST",
    headers: bearer(),
    body: JSON.stringify(videoGuidanceEntry(citation)),
  });
  const body = (await created.json()) as { id: string };
  expect(created.status, JSON.stringify(body)).toBe(201);
  const { id } = body;
  const read = await fetch(`${B}/api/v1/submissions/${id}`, { headers: bearer() });
  expect(read.status).toBe(200);
  expect((await read.json()).study.citation).toBe(citation);
});

test("an admin sees their own edit at once while replay is paused; the public page catches up after", async () => {
  // The edit form is open before the replica pauses, so the edit lands well within the lag limit.
  await adminPage.goto(`${A}/admin/interventions/${SLUG}/edit`);
  const summary = `Samenvatting tijdens gepauzeerde replica ${stamp()}.`;
  await pauseReplay();
  try {
    await adminPage.getByLabel("Samenvatting (Nederlands)", { exact: true }).fill(summary);
    await adminPage.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(adminPage).toHaveURL(new RegExp(`/admin/interventions/${SLUG}\\?saved=\\d+$`));
    // The admin's own public page, through either process, reads the primary.
    await adminPage.goto(`${B}/interventions/${SLUG}`);
    await expect(adminPage.getByText(summary)).toBeVisible();
    await adminPage.goto(`${A}/interventions/${SLUG}`);
    await expect(adminPage.getByText(summary)).toBeVisible();
    // A visitor reads the paused replica: not yet there.
    expect(await publicPage(A, `/interventions/${SLUG}`)).not.toContain(summary);
    expect(await publicPage(B, `/interventions/${SLUG}`)).not.toContain(summary);
  } finally {
    await resumeReplay();
  }
  await expect
    .poll(async () => (await publicPage(B, `/interventions/${SLUG}`)).includes(summary), { timeout: 30_000 })
    .toBe(true);
  expect(await publicPage(A, `/interventions/${SLUG}`)).toContain(summary);
});

test("a replica further behind than REPLICA_MAX_LAG_SECONDS is set aside until it catches up", async () => {
  await pauseReplay();
  const summary = `Samenvatting bij een achterlopende replica ${stamp()}.`;
  try {
    await sql(primarySql, `UPDATE "Intervention" SET "summaryNl" = $1 WHERE slug = $2`, [summary, SLUG]);
    expect(await publicPage(A, `/interventions/${SLUG}`)).not.toContain(summary);
    const pausedAt = Date.now();
    const lagging = await waitForHealth(A, (h) => h.status === "degraded", (state.maxLagSeconds + 20) * 1000);
    report(
      `replica set aside ${((Date.now() - pausedAt) / 1000).toFixed(1)} s after the change, at ${lagging.databases.replicas[0]!.lagSeconds} s lag (limit ${state.maxLagSeconds} s)`,
    );
    expect(lagging.databases.replicas[0]!.lagSeconds).toBeGreaterThan(state.maxLagSeconds);
    // The visitor is now served by the primary.
    expect(await publicPage(A, `/interventions/${SLUG}`)).toContain(summary);
  } finally {
    await resumeReplay();
  }
  await waitForHealth(A, (h) => h.status === "ok");
  await waitForHealth(B, (h) => h.status === "ok");
  expect(await publicPage(B, `/interventions/${SLUG}`)).toContain(summary);
});

test("stopping the replica loses no request", async () => {
  const load = readLoad();
  await sleep(1_500);
  stopNode(cluster, cluster.replica, "fast");
  await sleep(4_000);
  const statuses = await load.stop();
  expect(statuses.length).toBeGreaterThan(10);
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  const { code, body } = await health(A);
  expect(code).toBe(200);
  expect(body.status).toBe("degraded");
  expect(body.databases.replicas).toEqual([{ ok: false, lagSeconds: null }]);

  report(`replica stopped under load: ${statuses.length} catalogue requests, all 200`);

  const restarted = Date.now();
  startNode(cluster, cluster.replica);
  await waitForHealth(A, (h) => h.status === "ok");
  await waitForHealth(B, (h) => h.status === "ok");
  report(`replica back in use ${((Date.now() - restarted) / 1000).toFixed(1)} s after its start was begun`);
});

test("stopping the primary keeps reads and sessions working and pauses writes; restarting it recovers", async () => {
  const load = readLoad();
  await sleep(1_500);
  stopNode(cluster, cluster.primary, "fast");
  await sleep(4_000);
  const statuses = await load.stop();
  try {
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    for (const base of [A, B]) {
      const { code, body } = await health(base);
      expect(code).toBe(200);
      expect(body).toMatchObject({ status: "degraded", databases: { primary: { ok: false, latencyMs: null } } });
      expect(body.databases.replicas[0]!.ok).toBe(true);
    }

    // A write through the API: 503 with a Dutch message, at once.
    const started = Date.now();
    const refused = await fetch(`${B}/api/v1/submissions`, {
      method: "POST",
      headers: bearer(),
      body: JSON.stringify(videoGuidanceEntry(`Scale-out B. Refused while paused (${stamp()}).`)),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect((await refused.json()).message).toMatch(/Wijzigingen zijn tijdelijk niet mogelijk/);
    expect(Date.now() - started).toBeLessThan(5_000);
    report(
      `primary stopped under load: ${statuses.length} catalogue requests, all 200; an API write answered 503 in ${Date.now() - started} ms`,
    );

    // The signed-in admin is still signed in (the session is read from the replica), sees that changes are
    // paused, and a save is refused with that message.
    await adminPage.goto(`${B}/admin/interventions/${SLUG}`);
    await expect(adminPage.getByText(PAUSED_NOTICE)).toBeVisible();
    await editSummary(adminPage, A, `Niet opgeslagen ${stamp()}.`);
    await expect(adminPage.getByText(/Wijzigingen zijn tijdelijk niet mogelijk/)).toBeVisible();
  } finally {
    startNode(cluster, cluster.primary);
  }
  const restarted = Date.now();
  await waitForHealth(A, (h) => h.status === "ok");
  await waitForHealth(B, (h) => h.status === "ok");
  report(`writes accepted again ${((Date.now() - restarted) / 1000).toFixed(1)} s after the primary was up`);
  const citation = `Scale-out C. Written after the primary came back (${stamp()}). J Test. 2024;1:1-10.`;
  const created = await fetch(`${A}/api/v1/submissions`, {
    method: "POST",
    headers: bearer(),
    body: JSON.stringify(videoGuidanceEntry(citation)),
  });
  expect(created.status).toBe(201);
  await adminPage.goto(`${B}/admin/interventions/${SLUG}`);
  await expect(adminPage.getByText(PAUSED_NOTICE)).toHaveCount(0);
  const summary = `Samenvatting na herstel ${stamp()}.`;
  await editSummary(adminPage, B, summary);
  await expect(adminPage).toHaveURL(new RegExp(`/admin/interventions/${SLUG}\\?saved=\\d+$`));
  await expect
    .poll(async () => (await publicPage(A, `/interventions/${SLUG}`)).includes(summary), { timeout: 30_000 })
    .toBe(true);
});

test("with no database answering, pages and the API say so with 503 at once, and recover by themselves", async () => {
  stopNode(cluster, cluster.replica, "fast");
  stopNode(cluster, cluster.primary, "fast");
  const stopped = Date.now();
  try {
    const down = await waitForHealth(A, (h) => h.status === "down", 15_000);
    expect(down.databases.primary.ok).toBe(false);
    const health = await fetch(`${B}/api/health`);
    expect(health.status).toBe(503);
    report(`no database: health down ${((Date.now() - stopped) / 1000).toFixed(1)} s after both were stopped`);

    for (const base of [A, B]) {
      const started = Date.now();
      const page = await fetch(`${base}/interventions`);
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBeTruthy();
      expect(await page.text()).toMatch(/de databank is niet bereikbaar/);
      const api = await fetch(`${base}/api/v1/interventions?pageSize=3`);
      expect(api.status).toBe(503);
      expect((await api.json()).message).toMatch(/de databank is niet bereikbaar/);
      expect(Date.now() - started).toBeLessThan(3_000);
    }
  } finally {
    startNode(cluster, cluster.primary);
    startNode(cluster, cluster.replica);
  }
  const restarted = Date.now();
  await waitForHealth(A, (h) => h.status === "ok");
  await waitForHealth(B, (h) => h.status === "ok");
  expect((await fetch(`${A}/interventions`)).status).toBe(200);
  expect((await fetch(`${B}/api/v1/interventions?pageSize=3`)).status).toBe(200);
  report(`no database: serving again ${((Date.now() - restarted) / 1000).toFixed(1)} s after both were started`);
});
