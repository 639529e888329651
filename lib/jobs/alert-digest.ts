/**
 * The daily alert digest as a background job (lib/decision/alerts-digest.ts). On a PostgreSQL server pg-boss
 * keeps the schedule (installed with the queues during preparation, ./install.ts) and any app process may
 * run the job; with the embedded database (one process) a timer in the app process checks every hour
 * whether today's digests are due. Either way a user gets at most one digest a day (the AlertDigest row),
 * and nothing happens without SMTP_URL.
 */
import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "../database/client";
import { digestOptionsFromEnv, sendAlertDigests } from "../decision/alerts-digest";
import { ALERT_DIGEST_QUEUE, ALERT_DIGEST_HOUR, ALERT_DIGEST_TIME_ZONE } from "./install";

const HOUR = 60 * 60 * 1000;

async function runDigest(db: Db): Promise<void> {
  const options = digestOptionsFromEnv();
  if (!options) return;
  const result = await sendAlertDigests(db, options);
  if (result.sent > 0) console.log(`Alert digests sent: ${result.sent}`);
}

/** The hour of the day in the digest's time zone. */
export function hourIn(date: Date, timeZone = ALERT_DIGEST_TIME_ZONE): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(date));
}

/**
 * The pg-boss worker for the scheduled job (a process started with the server's queue). A database prepared
 * before the digest's queue existed has no schedule: then this process's timer sends the digests until
 * `npm run db:migrate` installs it. Returns a stop function for the timer.
 */
export async function workAlertDigests(boss: PgBoss, db: Db): Promise<() => void> {
  if (!(await boss.getQueue(ALERT_DIGEST_QUEUE))) {
    console.error("The alert digest runs on a timer in this process: its queue is missing (run npm run db:migrate).");
    return startAlertDigestTimer(db);
  }
  await boss.work(ALERT_DIGEST_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
    await runDigest(db);
  });
  return () => undefined;
}

/**
 * The embedded database's runner: every hour (and shortly after start), from the digest hour on, today's
 * digests are sent to whoever has not had one. Returns a stop function.
 */
export function startAlertDigestTimer(db: Db): () => void {
  if (!digestOptionsFromEnv()) return () => undefined;
  let running = false;
  const tick = () => {
    if (running || hourIn(new Date()) < ALERT_DIGEST_HOUR) return;
    running = true;
    runDigest(db)
      .catch((error: unknown) => console.error("The alert digest could not run", error))
      .finally(() => (running = false));
  };
  const first = setTimeout(tick, 60_000);
  const timer = setInterval(tick, HOUR);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
