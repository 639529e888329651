import { mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/**
 * PGlite keeps its database in the memory of one process and writes it back to the folder: a second
 * process opening the same folder would work on a stale copy, and the two would overwrite each other's
 * changes. A lock file beside the folder (`<dataDir>.lock`, holding the pid) keeps a second process out
 * with a clear message; a lock left by a process that no longer runs is taken over, also when its process id
 * now belongs to another process that started after the lock was written (after a kill and a restart, as in
 * a container, the ids are handed out again).
 */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** When a process started (ms since the epoch), from /proc on Linux; undefined where that cannot be read. */
function startedAt(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22, starttime, in clock ticks (USER_HZ, 100 a second) after boot; the fields after "(comm) ".
    const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    const bootSeconds = Number(/^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1]);
    const started = (bootSeconds + ticks / 100) * 1000;
    return Number.isFinite(started) ? started : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the lock's process still holds it: it runs, and (where start times can be read) it started before
 * the lock was written, with a second's grace for the boot time's resolution.
 */
function holdsLock(pid: number, lockFile: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isRunning(pid)) return false;
  const started = startedAt(pid);
  try {
    return started === undefined || started <= statSync(lockFile).mtimeMs + 1000;
  } catch {
    return false; // The lock was removed meanwhile.
  }
}

export class EmbeddedDatabaseInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by another process (pid ${pid}), probably the app. ` +
        "The embedded database serves one process at a time: stop that process first, then run this again " +
        "(or run the app on a PostgreSQL server with DATABASE_URL).",
    );
    this.name = "EmbeddedDatabaseInUseError";
  }
}

const held = new Map<string, number>();

function acquireLock(dataDir: string): string {
  const lockFile = `${dataDir}.lock`;
  const count = held.get(lockFile) ?? 0;
  if (count === 0) {
    for (;;) {
      try {
        writeFileSync(lockFile, String(process.pid), { flag: "wx" });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const pid = Number(readFileSync(lockFile, "utf8").trim());
        if (holdsLock(pid, lockFile)) throw new EmbeddedDatabaseInUseError(dataDir, pid);
        try {
          unlinkSync(lockFile);
        } catch (unlinkError) {
          if ((unlinkError as NodeJS.ErrnoException).code !== "ENOENT") throw unlinkError;
        }
      }
    }
    process.once("exit", () => releaseLock(lockFile, true));
  }
  held.set(lockFile, count + 1);
  return lockFile;
}

function releaseLock(lockFile: string, all = false): void {
  const count = held.get(lockFile) ?? 0;
  if (count === 0) return;
  if (count > 1 && !all) {
    held.set(lockFile, count - 1);
    return;
  }
  held.delete(lockFile);
  try {
    if (readFileSync(lockFile, "utf8").trim() === String(process.pid)) unlinkSync(lockFile);
  } catch {
    // Already gone.
  }
}

/** A PGlite on a folder that holds the folder's lock until it is closed. */
class LockedPGlite extends PGlite {
  lockFile = "";
  override async close(): Promise<void> {
    try {
      await super.close();
    } finally {
      releaseLock(this.lockFile);
    }
  }
}

/** Opens PGlite with the extensions the migrations create. No dataDir means in memory (tests). */
export function openPGlite(dataDir?: string): PGlite {
  const options = { extensions: { pg_trgm, unaccent } };
  if (!dataDir) return new PGlite(options);
  mkdirSync(dataDir, { recursive: true });
  const lockFile = acquireLock(dataDir);
  try {
    const pg = new LockedPGlite(dataDir, options);
    pg.lockFile = lockFile;
    return pg;
  } catch (error) {
    releaseLock(lockFile);
    throw error;
  }
}
