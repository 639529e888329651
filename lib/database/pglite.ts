import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/**
 * PGlite keeps its database in the memory of one process and writes it back to the folder: a second
 * process opening the same folder would work on a stale copy, and the two would overwrite each other's
 * changes. A lock file beside the folder (`<dataDir>.lock`, holding the pid) keeps a second process out
 * with a clear message; a lock left by a process that no longer runs is taken over.
 */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
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
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
          throw new EmbeddedDatabaseInUseError(dataDir, pid);
        }
        unlinkSync(lockFile);
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
