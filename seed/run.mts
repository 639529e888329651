/**
 * npm run db:seed (add the curated records that are missing, never changing an existing one, then apply
 * the data migrations not yet applied) and npm run db:reset (empty the database first).
 */
import { rmSync } from "node:fs";
import { resolveDatabaseTarget } from "../lib/database/target";
import { openDatabase } from "../lib/database/client";
import { prepareDatabase } from "./prepare.mts";

if (process.argv.includes("--reset")) {
  const target = resolveDatabaseTarget();
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
