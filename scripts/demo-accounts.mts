/**
 * The demo accounts (officer@, researcher@ and admin@effectwijzer.test, password "effectwijzer-demo"), created
 * when missing and never changed when present. Runs only with DEMO_ACCOUNTS=true, which scripts/start.mjs
 * sets for the embedded demo; a server never gets them unless asked.
 */
import { openDatabase } from "../lib/database/client";
import { resolveMigrationTarget } from "../lib/database/target";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoAccounts } from "../lib/auth/accounts";

export async function prepareDemoAccounts(): Promise<void> {
  // Like the seed, as the migrating role (DATABASE_MIGRATION_URL when set).
  const database = await openDatabase(resolveMigrationTarget());
  try {
    const created = await ensureDemoAccounts(database.prisma);
    const emails = DEMO_ACCOUNTS.map((account) => account.email).join(", ");
    console.log(
      `Demo accounts ${emails} (password "${DEMO_PASSWORD}")` +
        (created.length > 0 ? `: created ${created.length}` : ": already there"),
    );
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.DEMO_ACCOUNTS === "true") await prepareDemoAccounts();
  else console.log("No demo accounts (DEMO_ACCOUNTS is not true)");
}
