/**
 * Applies the data migrations of this folder that a database has not had yet. Each is a file
 * `NNNN-name.ts` exporting a `description` and `apply(tx)`; they run in name order, each in its own
 * transaction together with its DataMigration row, so a migration is applied completely and recorded, or not
 * at all, and never twice. Called after the seed by seed/prepare.mts (every start) and `npm run db:seed`.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Db, Tx } from "../../lib/database/client";
import { mergeFacetBitmaps } from "../../lib/intervention/facet-merge";

export type DataMigration = {
  /** The file name without extension, e.g. "0001-evidence-truth"; also its key in the DataMigration table. */
  name: string;
  description: string;
  apply: (tx: Tx) => Promise<void>;
};

export const DATA_MIGRATIONS_DIR = path.dirname(fileURLToPath(import.meta.url));
const MIGRATION_FILE = /^(\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*)\.ts$/;
/** A migration runs in one transaction; a correction of the whole catalogue may take a while. */
const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

/** The data migrations in a folder, in name order. A file that starts with a digit must be one. */
export async function loadDataMigrations(dir = DATA_MIGRATIONS_DIR): Promise<DataMigration[]> {
  const files = readdirSync(dir)
    .filter((file) => /^\d/.test(file))
    .sort();
  const migrations: DataMigration[] = [];
  for (const file of files) {
    const name = MIGRATION_FILE.exec(file)?.[1];
    if (!name) throw new Error(`Data migration file "${file}" is not named NNNN-name.ts`);
    const exports = (await import(pathToFileURL(path.join(dir, file)).href)) as Partial<DataMigration>;
    if (typeof exports.description !== "string" || typeof exports.apply !== "function") {
      throw new Error(`Data migration ${file} must export a description and apply(tx)`);
    }
    migrations.push({ name, description: exports.description, apply: exports.apply });
  }
  return migrations;
}

/**
 * Applies the migrations not yet recorded, in name order, and returns the ones it applied. Stops at the
 * first that fails (later ones may build on it), leaving that one unrecorded and its changes rolled back.
 */
/** The data migrations this database has not had yet, in name order. */
export async function pendingDataMigrations(prisma: Db): Promise<DataMigration[]> {
  const recorded = new Set((await prisma.dataMigration.findMany({ select: { name: true } })).map((m) => m.name));
  return (await loadDataMigrations()).filter((m) => !recorded.has(m.name));
}

export async function applyDataMigrations(
  prisma: Db,
  options: { migrations?: DataMigration[] } = {},
): Promise<DataMigration[]> {
  const migrations = [...(options.migrations ?? (await loadDataMigrations()))].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const recorded = new Set((await prisma.dataMigration.findMany({ select: { name: true } })).map((m) => m.name));
  const applied: DataMigration[] = [];
  for (const migration of migrations) {
    if (recorded.has(migration.name)) continue;
    const ran = await prisma.$transaction(
      async (tx) => {
        // The record comes first: a second process applying the same migration at the same time waits here
        // until the first commits, then finds the row and skips it.
        const { count } = await tx.dataMigration.createMany({ data: [{ name: migration.name }], skipDuplicates: true });
        if (count === 0) return false;
        try {
          await migration.apply(tx);
        } catch (error) {
          throw new Error(`Data migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
        }
        return true;
      },
      { timeout: TRANSACTION_TIMEOUT_MS },
    );
    if (ran) applied.push(migration);
  }
  // Data migrations may change what the filters read; bring the bitmaps up to date as after the seed.
  if (applied.length) await mergeFacetBitmaps(prisma);
  return applied;
}
