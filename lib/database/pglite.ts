import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/** Opens PGlite with the extensions the migrations create. No dataDir means in memory (tests). */
export function openPGlite(dataDir?: string): PGlite {
  const options = { extensions: { pg_trgm, unaccent } };
  if (!dataDir) return new PGlite(options);
  mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir, options);
}
