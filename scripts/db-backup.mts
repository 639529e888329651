/**
 * npm run db:backup [-- --out <file>]: a backup of the configured database, as its owner (DATABASE_MIGRATION_URL
 * when set, else DATABASE_URL; without DATABASE_URL the embedded database in PGLITE_DIR, which the app must not
 * have open). A server is dumped with pg_dump (custom format, default backups/effectwijzer-server-<time>.dump),
 * the embedded database as PGlite's data-folder dump (backups/effectwijzer-embedded-<time>.tar.gz).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, defaultBackupFile } from "../lib/database/backup";
import { resolveMigrationTarget } from "../lib/database/target";

const USAGE = "Usage: npm run db:backup [-- --out <file>]";

/** Relative to the current folder when inside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

try {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  if (values.out !== undefined && !values.out.trim()) throw new Error(`--out needs a file name\n${USAGE}`);
  const target = resolveMigrationTarget();
  const started = Date.now();
  const { file, bytes } = await backupDatabase({ target, file: values.out ?? defaultBackupFile(target.kind) });
  const what =
    target.kind === "server"
      ? `the PostgreSQL database "${decodeURIComponent(new URL(target.url).pathname.slice(1))}"`
      : `the embedded database in ${target.dataDir}`;
  console.log(
    `Backed up ${what} to ${shown(file)} ` +
      `(${(bytes / 1024 / 1024).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s). ` +
      "Restore it with npm run db:restore -- --in <file>.",
  );
} catch (error) {
  console.error(`db:backup: ${(error as Error).message}`);
  process.exit(1);
}
