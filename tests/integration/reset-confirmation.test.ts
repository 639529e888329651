/**
 * npm run db:reset deletes everything, so it asks first: without a terminal (a pipe, a cron job, CI) it
 * refuses unless given --yes, even when "yes" is piped in, and an answer that is neither the database's name
 * nor "yes" changes nothing. The database keeps its data in both cases.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { embedded, type Database } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrate";
import { openPGlite } from "@/lib/database/pglite";
import { resolveMigrationTarget } from "@/lib/database/target";
import { createTestDatabase } from "../helpers/test-database";
import { createViewer } from "../helpers/viewers";

const tsx = path.resolve("node_modules/.bin/tsx");

type Outcome = { code: number | null; output: string };

/** Runs seed/run.mts with its stdin a pipe (not a terminal), writing `input` to it. */
function runReset(env: Record<string, string>, args: string[], input: string): Promise<Outcome> {
  return collect(spawn(tsx, ["seed/run.mts", ...args], { env: { ...process.env, ...env } }), input);
}

/** The same on a pseudo-terminal (util-linux's script), answering the question with `answer`. */
function runResetOnTerminal(env: Record<string, string>, answer: string): Promise<Outcome> {
  const child = spawn("script", ["--quiet", "--return", "--command", `${tsx} seed/run.mts --reset`, "/dev/null"], {
    env: { ...process.env, ...env },
  });
  return collect(child, `${answer}\n`, /to go on: /);
}

function collect(child: ReturnType<typeof spawn>, input: string, waitFor?: RegExp): Promise<Outcome> {
  let output = "";
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (waitFor && waitFor.test(output)) {
      waitFor = undefined;
      child.stdin!.end(input);
    }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  if (!waitFor) child.stdin!.end(input);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`db:reset did not finish; it wrote: ${output}`));
    }, 50_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

async function userEmails(database: Database): Promise<string[]> {
  return (await database.prisma.user.findMany({ select: { email: true }, orderBy: { email: "asc" } })).map(
    (u) => u.email,
  );
}

describe("db:reset on the embedded database", () => {
  const parent = mkdtempSync(path.join(tmpdir(), "effectwijzer-reset-"));
  const dataDir = path.join(parent, "pglite");
  const env = { DATABASE_URL: "", DATABASE_MIGRATION_URL: "", PGLITE_DIR: dataDir };

  async function open(): Promise<Database> {
    return embedded(openPGlite(dataDir), { kind: "embedded", dataDir });
  }

  beforeAll(async () => {
    const database = await open();
    await applyMigrations(database.pglite!);
    await createViewer(database.prisma, "ADMIN", "blijft");
    await database.close();
  }, 120_000);
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  test("refuses without a terminal unless --yes, even with yes piped in, and leaves the data", async () => {
    const { code, output } = await runReset(env, ["--reset"], "yes\n");
    expect(code).toBe(1);
    expect(output).toContain(`db:reset deletes everything in the embedded database in ${dataDir}`);
    expect(output).toMatch(/no terminal to ask for confirmation: nothing was changed.*--yes/);
    const database = await open();
    try {
      expect(await userEmails(database)).toEqual(["blijft@example.org"]);
    } finally {
      await database.close();
    }
  });

  test("on a terminal, an answer other than the name or yes changes nothing", async () => {
    const { code, output } = await runResetOnTerminal(env, "misschien");
    expect(output).toContain('Type the database\'s name (pglite) or "yes" to go on:');
    expect(output).toContain("Not confirmed: nothing was changed.");
    expect(code).toBe(1);
    const database = await open();
    try {
      expect(await userEmails(database)).toEqual(["blijft@example.org"]);
    } finally {
      await database.close();
    }
  });
});

describe.runIf(resolveMigrationTarget().kind === "server")("db:reset on a PostgreSQL server", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await createViewer(database.prisma, "ADMIN", "blijft");
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  test("refuses without a terminal unless --yes and leaves the data", async () => {
    const url = (database.target as { url: string }).url;
    const name = new URL(url).pathname.slice(1);
    const { code, output } = await runReset({ DATABASE_URL: url, DATABASE_MIGRATION_URL: "" }, ["--reset"], "");
    expect(code).toBe(1);
    expect(output).toContain(`db:reset deletes everything in the PostgreSQL database "${name}"`);
    expect(output).toMatch(/nothing was changed.*--yes/);
    expect(await userEmails(database)).toEqual(["blijft@example.org"]);
  });
});
