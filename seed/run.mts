/**
 * npm run db:seed (add the curated records that are missing, never changing an existing one, then apply
 * the data migrations not yet applied) and npm run db:reset (empty the database first).
 */
import { rmSync } from "node:fs";
import { resolveMigrationTarget } from "../lib/database/target";
import { openDatabase } from "../lib/database/client";
import { prepareDatabase } from "./prepare.mts";

if (process.argv.includes("--reset")) {
  // As the schema owner (DATABASE_MIGRATION_URL when set): only the owner may drop the schema.
  const target = resolveMigrationTarget();
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
