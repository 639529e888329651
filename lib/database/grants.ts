/**
 * What the app's own role may do when it is not the role that migrates (DATABASE_URL and
 * DATABASE_MIGRATION_URL name different users, see target.ts): read and write rows, use sequences, call the
 * functions (the facet merge, the triggers' helpers), and nothing else. It owns no table, so it can neither
 * change the schema nor switch off a trigger (ALTER TABLE … DISABLE TRIGGER needs the owner); it gets no
 * TRUNCATE. Run as the migrating role after each migration (seed/prepare.mts does); default privileges cover
 * tables, sequences and functions that later migrations by the same role create.
 */
import type { Db } from "./client";

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function grantAppRole(db: Db, role: string): Promise<{ schema: string }> {
  const [found] = await db.$queryRaw<{ exists: boolean; schema: string; database: string }[]>`
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${role}) AS exists,
           current_schema()::text AS schema, current_database()::text AS database`;
  if (!found.exists) {
    throw new Error(
      `The app's role "${role}" (the user in DATABASE_URL) does not exist on the server; create it first`,
    );
  }
  const r = ident(role);
  const s = ident(found.schema);
  const statements = [
    `GRANT CONNECT ON DATABASE ${ident(found.database)} TO ${r}`,
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${s} TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT EXECUTE ON FUNCTIONS TO ${r}`,
  ];
  await db.$transaction(async (tx) => {
    for (const sql of statements) await tx.$executeRawUnsafe(sql);
  });
  return { schema: found.schema };
}

/**
 * The app's role on pg-boss's schema (lib/jobs/queue.ts; installed by the migrating role, which owns it):
 * read and write the queue's rows, nothing else. Queues are created during preparation by the owner, since
 * creating one adds a partition (DDL); default privileges cover partitions the owner adds later.
 */
export async function grantJobQueue(db: Db, role: string, schema: string): Promise<void> {
  const r = ident(role);
  const s = ident(schema);
  const statements = [
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
  ];
  await db.$transaction(async (tx) => {
    for (const sql of statements) await tx.$executeRawUnsafe(sql);
  });
}
