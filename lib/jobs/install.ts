/**
 * pg-boss's schema and the import queues (see ./queue.ts), installed by the role that owns the schema during
 * preparation (seed/prepare.mts). Not server-only: the preparation script runs it.
 */
import PgBoss from "pg-boss";

export const JOB_SCHEMA = "pgboss";
export const IMPORT_QUEUE = "catalogue-import";
/** Where pg-boss moves an import that failed without finishing (expired, or its process stopped). */
export const IMPORT_INTERRUPTED_QUEUE = "catalogue-import-interrupted";
/** An import's one transaction may take long; after this pg-boss gives up on it (and the job is failed). */
export const IMPORT_EXPIRE_SECONDS = 4 * 60 * 60;

export type ImportMessage = { importJobId: string };

/**
 * The queue through which pg-boss's scheduler sends scheduled jobs. pg-boss creates it when a process starts
 * with `schedule: true`, but creating a queue adds a table partition, which the app's role may not: the owner
 * creates it here.
 */
export const PGBOSS_SCHEDULE_QUEUE = "__pgboss__send-it";

/** The daily alert digest (./alert-digest.ts): its queue and when pg-boss's schedule sends it. */
export const ALERT_DIGEST_QUEUE = "alert-digest";
export const ALERT_DIGEST_HOUR = 7;
export const ALERT_DIGEST_TIME_ZONE = "Europe/Amsterdam";

/**
 * Installs or upgrades pg-boss's schema and creates the import queues and the alert digest's queue and daily
 * schedule, as the role that owns the schema
 * (DATABASE_MIGRATION_URL). Idempotent; run on every preparation.
 */
export async function installJobQueues(url: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: url,
    schema: JOB_SCHEMA,
    max: 1,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  boss.on("error", (error) => console.error("pg-boss:", error));
  await boss.start();
  try {
    await boss.createQueue(IMPORT_INTERRUPTED_QUEUE, { name: IMPORT_INTERRUPTED_QUEUE, retryLimit: 0 });
    await boss.createQueue(IMPORT_QUEUE, {
      name: IMPORT_QUEUE,
      retryLimit: 0,
      expireInSeconds: IMPORT_EXPIRE_SECONDS,
      deadLetter: IMPORT_INTERRUPTED_QUEUE,
    });
    await boss.createQueue(PGBOSS_SCHEDULE_QUEUE);
    // A digest that fails is not retried by pg-boss: the next hour's or day's run sends what is still due.
    await boss.createQueue(ALERT_DIGEST_QUEUE, { name: ALERT_DIGEST_QUEUE, retryLimit: 0, policy: "singleton" });
    await boss.schedule(ALERT_DIGEST_QUEUE, `0 ${ALERT_DIGEST_HOUR} * * *`, {}, { tz: ALERT_DIGEST_TIME_ZONE });
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}
