/**
 * npm run db:seed (add the curated records that are missing, never changing an existing one, then apply
 * the data migrations not yet applied) and npm run db:reset (empty the database first). db:reset destroys
 * everything in the database, so it asks first: type the database's name or "yes"; `--yes` skips the question
 * (for scripts), and without a terminal to ask on it refuses unless given --yes.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { resolveMigrationTarget, type DatabaseTarget } from "../lib/database/target";
import { openDatabase } from "../lib/database/client";
import { prepareDatabase } from "./prepare.mts";

/** Asks on the terminal before everything in the target is destroyed; exits when not confirmed. */
async function confirmReset(target: DatabaseTarget): Promise<void> {
  const name =
    target.kind === "server"
      ? decodeURIComponent(new URL(target.url).pathname.slice(1))
      : path.basename(target.dataDir);
  const where =
    target.kind === "server" ? `the PostgreSQL database "${name}"` : `the embedded database in ${target.dataDir}`;
  if (!process.stdin.isTTY) {
    console.error(
      `db:reset deletes everything in ${where} and there is no terminal to ask for confirmation: nothing was changed. ` +
        "Run it again with --yes (npm run db:reset -- --yes) if that is what you want; back up first with npm run db:backup.",
    );
    process.exit(1);
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await terminal.question(
    `db:reset deletes everything in ${where} (interventions, accounts, submissions) and loads the seed again.\n` +
      `Type the database's name (${name}) or "yes" to go on: `,
  );
  terminal.close();
  if (answer.trim() !== name && answer.trim().toLowerCase() !== "yes") {
    console.error("Not confirmed: nothing was changed.");
    process.exit(1);
  }
}

if (process.argv.includes("--reset")) {
  // As the schema owner (DATABASE_MIGRATION_URL when set): only the owner may drop the schema.
  const target = resolveMigrationTarget();
  if (!process.argv.includes("--yes")) await confirmReset(target);
  if (target.kind === "embedded") {
    rmSync(target.dataDir, { recursive: true, force: true });
    console.log(`Removed ${target.dataDir}`);
  } else {
    const database = await openDatabase(target);
    await database.prisma.$executeRawUnsafe("DROP SCHEMA public CASCADE");
    await database.prisma.$executeRawUnsafe("CREATE SCHEMA public");
    await database.close();
    console.log("Dropped and recreated schema public");
  }
}
await prepareDatabase({ seed: "force" });
