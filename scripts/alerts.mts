/**
 * npm run alerts:send — sends today's alert digests now, on the configured database (DATABASE_URL, or the
 * embedded one: stop the app first, the embedded database serves one process). Needs SMTP_URL; MAIL_FROM
 * and BETTER_AUTH_URL (for the links) as for the app. A user who already had today's digest, or has no new
 * changes, gets nothing; running it twice sends nothing the second time.
 */
import { createRequire } from "node:module";

// The data layer's modules say "server-only" so that no browser bundle can contain them; this command is a
// server process. (Node's react-server condition would satisfy it too, but the texts' translator
// (next-intl) then loads its React client parts, which that condition's React does not have.)
const require = createRequire(import.meta.url);
require.cache[require.resolve("server-only")] = { exports: {} } as NodeJS.Module;

const { openDatabase } = await import("../lib/database/client");
const { digestOptionsFromEnv, sendAlertDigests } = await import("../lib/decision/alerts-digest");

const options = digestOptionsFromEnv();
if (!options) {
  console.error("SMTP_URL is not set: there is no mail server to send the alert digests with.");
  process.exit(1);
}

const database = await openDatabase();
try {
  const result = await sendAlertDigests(database.prisma, options);
  console.log(
    `Alert digests: ${result.sent} sent, ${result.alreadySent} already sent today, ` +
      `${result.withoutChanges} without new changes (${result.users} users with shortlists or saved searches)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
