/**
 * Users from the command line, on the configured database (DATABASE_URL, or the embedded one):
 *   npm run user:create   -- --email a@b.nl --role admin [--name "…"] [--password …]
 *   npm run user:role     -- --email a@b.nl --role researcher
 *   npm run user:password -- --email a@b.nl --temporary     (or --password …)
 * A generated password is printed once. Every change writes an AuditLog row in the same transaction.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "../lib/database/client";
import { ROLE_SLUGS } from "../lib/auth/permissions";
import {
  createUser,
  generatePassword,
  parseEmail,
  parseRole,
  setUserPassword,
  setUserRole,
} from "../lib/auth/accounts";

const USAGE = `Usage:
  user create   --email <e-mail> [--role officer|researcher|admin] [--name <name>] [--password <password>]
  user role     --email <e-mail> --role officer|researcher|admin
  user password --email <e-mail> (--temporary | --password <password>)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [command, ...rest] = process.argv.slice(2);
let values: { email?: string; role?: string; name?: string; password?: string; temporary?: boolean };
try {
  ({ values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      temporary: { type: "boolean" },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (!["create", "role", "password"].includes(command ?? "")) fail(USAGE);
if (!values.email) fail(`--email is required\n${USAGE}`);

try {
  // Check the input before opening the database, so a typo answers at once.
  const email = parseEmail(values.email);
  const role =
    command === "role" ? parseRole(values.role ?? fail("--role is required")) : parseRole(values.role ?? "officer");
  if (command === "password" && !values.temporary && !values.password) fail("Give --temporary or --password");

  const database = await openDatabase();
  try {
    if (command === "create") {
      const password = values.password ?? generatePassword();
      const user = await createUser(database.prisma, { email, name: values.name, role, password });
      console.log(`Created ${user.email} (${ROLE_SLUGS[user.role]})`);
      if (!values.password) console.log(`Password (shown only now): ${password}`);
    } else if (command === "role") {
      const user = await setUserRole(database.prisma, { email, role });
      console.log(`${user.email} is now ${ROLE_SLUGS[user.role]}`);
    } else {
      const password = values.password ?? generatePassword();
      const { sessionsRevoked } = await setUserPassword(database.prisma, {
        email,
        password,
        temporary: Boolean(values.temporary),
      });
      console.log(`New password set for ${email}; ${sessionsRevoked} session(s) signed out`);
      if (!values.password) console.log(`Temporary password (shown only now): ${password}`);
    }
  } finally {
    await database.close();
  }
} catch (error) {
  // By name, not instanceof: tsx may load lib/errors.ts twice (once as ESM here, once as CommonJS).
  if (error instanceof Error && ["AppError", "EmbeddedDatabaseInUseError"].includes(error.name)) fail(error.message);
  throw error;
}
