/**
 * Bulk inserts through Prisma with one array parameter per column:
 *   INSERT INTO "T" ("a", "b", …) SELECT u.c0, u.c1::"Enum", … FROM unnest($1::int[], $2::text[], …) AS u(c0, c1, …)
 * sent with prisma.$executeRawUnsafe(sql, ...arrays). This works the same on @prisma/adapter-pg and on the
 * PGlite adapter, with one caveat found by testing: PGlite's adapter cannot serialise arrays of enum types
 * (it sends "A,B" instead of "{A,B}"), so enums, dates and JSON travel as text[] and are cast per element in
 * the SELECT list. Texts that repeat a lot (aims, providers) travel once per statement as a dictionary
 * (a text[] parameter indexed by an int[] column).
 *
 * float8 columns also travel as text: Prisma 6.19 (client engine) rounds every Float parameter to 16
 * significant digits, raw or not (0.21601569613451432 is stored as 0.2160156961345143), whereas
 * String(number) is the exact shortest representation and PostgreSQL parses it back to the same double.
 */
import type { Db, Tx } from "../../lib/database/client";

type ArrayType = "int" | "float8" | "text" | "bool";

export type Column =
  /** One value per row. `cast` converts the element after unnest, e.g. `"EvidenceLevel"`, `date`, `jsonb`. */
  | { name: string; type: ArrayType; values: readonly unknown[]; cast?: string }
  /** dictionary[index[row]] (index is 0-based). */
  | { name: string; dictionary: readonly string[]; index: readonly number[] }
  /** The same parameter for every row. */
  | { name: string; constant: unknown; type: string }
  /** A SQL expression that does not depend on the row, e.g. now(). */
  | { name: string; sql: string };

export type InsertTimings = Map<string, { rows: number; ms: number }>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts the rows given by `columns` into `table`, at most `chunkSize` rows per statement, and records
 * the time spent in `timings`. Returns the number of rows inserted.
 */
export async function insertColumns(
  db: Db | Tx,
  table: string,
  columns: Column[],
  timings: InsertTimings,
  chunkSize = 50_000,
): Promise<number> {
  const perRow = columns.filter((c) => "values" in c || "index" in c);
  if (perRow.length === 0) throw new Error(`insertColumns(${table}): no per-row column`);
  const rows =
    "values" in perRow[0] ? perRow[0].values.length : (perRow[0] as { index: readonly number[] }).index.length;
  for (const c of perRow) {
    const length = "values" in c ? c.values.length : (c as { index: readonly number[] }).index.length;
    if (length !== rows)
      throw new Error(`insertColumns(${table}): column ${c.name} has ${length} values, expected ${rows}`);
  }
  let inserted = 0;
  for (let from = 0; from < rows; from += chunkSize) {
    const to = Math.min(rows, from + chunkSize);
    const params: unknown[] = [];
    const unnestArgs: string[] = [];
    const aliases: string[] = [];
    const select: string[] = [];
    for (const c of columns) {
      if ("values" in c) {
        const values = from === 0 && to === rows ? c.values : c.values.slice(from, to);
        const alias = `c${aliases.length}`;
        if (c.type === "float8") {
          params.push(values.map((v) => (v === null || v === undefined ? null : String(v))));
          unnestArgs.push(`$${params.length}::text[]`);
          select.push(`u.${alias}::float8${c.cast ? `::${c.cast}` : ""}`);
        } else {
          params.push(values);
          unnestArgs.push(`$${params.length}::${c.type}[]`);
          select.push(c.cast ? `u.${alias}::${c.cast}` : `u.${alias}`);
        }
        aliases.push(alias);
      } else if ("dictionary" in c) {
        params.push(c.index.slice(from, to));
        const alias = `c${aliases.length}`;
        unnestArgs.push(`$${params.length}::int[]`);
        aliases.push(alias);
        params.push(c.dictionary);
        select.push(`($${params.length}::text[])[u.${alias} + 1]`);
      } else if ("constant" in c) {
        params.push(c.constant);
        select.push(`$${params.length}::${c.type}`);
      } else {
        select.push(c.sql);
      }
    }
    const sql =
      `INSERT INTO ${quote(table)} (${columns.map((c) => quote(c.name)).join(", ")}) ` +
      `SELECT ${select.join(", ")} FROM unnest(${unnestArgs.join(", ")}) AS u(${aliases.join(", ")})`;
    const started = performance.now();
    const count = await db.$executeRawUnsafe(sql, ...params);
    const entry = timings.get(table) ?? { rows: 0, ms: 0 };
    entry.rows += count;
    entry.ms += performance.now() - started;
    timings.set(table, entry);
    if (count !== to - from) throw new Error(`Inserted ${count} rows into ${table}, expected ${to - from}`);
    inserted += count;
  }
  return inserted;
}

/** Reserves `count` ids from the serial sequence of table.id (nextval is not rolled back; gaps are fine). */
export function reserveIdsSql(table: string, placeholder: string): string {
  return `array(SELECT nextval(pg_get_serial_sequence('${quote(table)}', 'id'))::int FROM generate_series(1, ${placeholder}::int))`;
}
