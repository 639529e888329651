/**
 * Which process runs an import job. On a PostgreSQL server the job goes into a pg-boss queue (pg-boss 10, the
 * last line that runs on Node 20), so any app process can pick it up; its schema ("pgboss") and queues are
 * created by the migrating role during preparation (./install.ts, seed/prepare.mts) and granted to the
 * app's role (lib/database/grants.ts), and the app starts pg-boss without migrating. With the embedded
 * database (one process) a job runs in the process that queued it, and a restart fails what was running
 * (its transaction was rolled back) and runs what was queued.
 */
import "server-only";
import PgBoss from "pg-boss";
import type { Db } from "../database/client";
import { isDatabaseUnreachable } from "../database/unavailable";
import { JOB_QUEUE_CONNECTIONS, type DatabaseTarget } from "../database/target";
import { markImportInterrupted, runImportJob } from "./import-jobs";
import { startAlertDigestTimer, workAlertDigests } from "./alert-digest";
import { IMPORT_INTERRUPTED_QUEUE, IMPORT_QUEUE, JOB_SCHEMA, type ImportMessage } from "./install";

export type QueueMode = "pg-boss" | "in-process";

/**
 * The app's import queue. start() is called once per process (lib/db.ts); enqueue() hands a created job to
 * whichever process will run it.
 */
export class ImportQueue {
  private boss: PgBoss | null = null;
  private readonly running = new Set<Promise<unknown>>();
  private stopDigestTimer: () => void = () => undefined;

  constructor(
    private readonly db: Db,
    private readonly target: DatabaseTarget,
  ) {}

  get mode(): QueueMode {
    return this.boss ? "pg-boss" : "in-process";
  }

  /**
   * On a server: starts pg-boss (no migration: the app's role owns nothing) and a worker for the queue and
   * its dead letters. When pg-boss's schema is missing (a database prepared before it existed), jobs run in
   * this process instead and this says so. Embedded: recovers the jobs a stopped process left behind.
   */
  async start(options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
    if (this.target.kind === "embedded") {
      this.stopDigestTimer = startAlertDigestTimer(this.db);
      await this.recoverEmbedded();
      return;
    }
    const boss = new PgBoss({
      connectionString: this.target.url,
      schema: JOB_SCHEMA,
      // Counted in each process's share of the connection budget (lib/database/target.ts).
      max: JOB_QUEUE_CONNECTIONS,
      migrate: false,
      // Keeps the clock of the daily alert digest's schedule (pg-boss lets one process at a time send it).
      schedule: true,
      application_name: "effectwijzer-jobs",
    });
    // While the database cannot be reached pg-boss keeps retrying; one line per failure, not a dump.
    boss.on("error", (error) =>
      console.error("pg-boss:", isDatabaseUnreachable(error) ? `database unreachable (${error.message})` : error),
    );
    try {
      await boss.start();
    } catch (error) {
      console.error(
        "Background imports run in this process: pg-boss is not ready in this database (run npm run db:migrate).",
        error instanceof Error ? error.message : error,
      );
      await boss.stop({ graceful: false, close: true }).catch(() => undefined);
      this.stopDigestTimer = startAlertDigestTimer(this.db);
      return;
    }
    const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
    await boss.work<ImportMessage>(IMPORT_QUEUE, polling, async ([job]) => {
      await runImportJob(this.db, job.data.importJobId, { progressBesideTransaction: true });
    });
    await boss.work<ImportMessage>(IMPORT_INTERRUPTED_QUEUE, polling, async ([job]) => {
      await markImportInterrupted(this.db, job.data.importJobId);
    });
    this.stopDigestTimer = await workAlertDigests(boss, this.db);
    this.boss = boss;
  }

  async enqueue(importJobId: string): Promise<QueueMode> {
    if (this.boss) {
      await this.boss.send(IMPORT_QUEUE, { importJobId } satisfies ImportMessage);
      return "pg-boss";
    }
    this.runHere(importJobId);
    return "in-process";
  }

  /** Waits for the jobs running in this process (tests, shutdown) and stops pg-boss. */
  async stop(): Promise<void> {
    this.stopDigestTimer();
    await Promise.allSettled([...this.running]);
    await this.boss?.stop({ graceful: true, close: true, wait: true, timeout: 10_000 });
    this.boss = null;
  }

  private runHere(importJobId: string): void {
    const progressBesideTransaction = this.target.kind === "server";
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => runImportJob(this.db, importJobId, { progressBesideTransaction }))
      .catch((error: unknown) => console.error(`Import ${importJobId} could not run`, error))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** The embedded database serves one process: whatever was running when it stopped did not finish. */
  private async recoverEmbedded(): Promise<void> {
    const left = await this.db.importJob.findMany({
      where: { status: { in: ["QUEUED", "RUNNING"] } },
      select: { id: true, status: true },
      orderBy: { createdAt: "asc" },
    });
    for (const job of left) {
      if (job.status === "RUNNING") await markImportInterrupted(this.db, job.id);
      else this.runHere(job.id);
    }
  }
}

const cache = globalThis as unknown as { effectwijzerImportQueue?: ImportQueue };

/** Starts the app's queue once per process (called where the app starts its background work, lib/db.ts). */
export function startImportQueue(db: Db, target: DatabaseTarget): ImportQueue {
  if (!cache.effectwijzerImportQueue) {
    const queue = new ImportQueue(db, target);
    cache.effectwijzerImportQueue = queue;
    queue.start().catch((error: unknown) => console.error("The import queue did not start", error));
  }
  return cache.effectwijzerImportQueue;
}

/** The app's queue (after lib/db.ts has opened the database). */
export function appImportQueue(): ImportQueue {
  if (!cache.effectwijzerImportQueue) throw new Error("The import queue starts with the database (lib/db.ts)");
  return cache.effectwijzerImportQueue;
}
