/**
 * npm run db:restore -- --in <file> [--force]: restores a backup made by npm run db:backup into the configured
 * database, as its owner (see db-backup.mts). Refuses a database that holds data unless --force; on a server
 * with a separate app role (DATABASE_URL's user) that role gets its grants again. Stop the app first (the
 * embedded database refuses while the app has it open) and start it again afterwards.
 */
import { parseArgs } from "node:util";
import { restoreDatabase } from "../lib/database/backup";
import { resolveMigrationTarget, separateAppRole } from "../lib/database/target";

const USAGE = "Usage: npm run db:restore -- --in <file> [--force]";

try {
  const { values } = parseArgs({ options: { in: { type: "string" }, force: { type: "boolean" } } });
  if (!values.in?.trim()) throw new Error(`--in <file> is required\n${USAGE}`);
  const target = resolveMigrationTarget();
  const started = Date.now();
  const result = await restoreDatabase({
    target,
    file: values.in,
    force: values.force ?? false,
    appRole: separateAppRole(),
  });
  const rows = (list: { rows: number }[]) => list.reduce((sum, t) => sum + t.rows, 0);
  const count = (table: string) => result.restored.find((t) => t.table === table)?.rows ?? 0;
  console.log(
    `Restored ${values.in} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${count("Intervention")} interventions, ` +
      `${count("User")} users, ${rows(result.restored)} rows in ${result.restored.length} tables` +
      (result.replaced.length ? ` (replacing ${rows(result.replaced)} rows)` : "") +
      (result.grantedTo ? `; granted the app's role "${result.grantedTo}" its row access again` : "") +
      ". Start the app (npm start): it applies any newer migrations.",
  );
} catch (error) {
  console.error(`db:restore: ${(error as Error).message}`);
  process.exit(1);
}
