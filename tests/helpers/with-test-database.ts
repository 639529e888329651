import { afterAll, beforeAll } from "vitest";
import type { Database } from "@/lib/database/client";
import { createTestDatabase } from "@/tests/helpers/test-database";

/**
 * A fresh database for the tests of a file, or of the describe block this is called in: created before
 * them (handed to `opened`) and closed after them.
 */
export function withTestDatabase(options: { seed?: boolean }, opened: (database: Database) => void): void {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(options);
    opened(database);
  });
  afterAll(async () => {
    await database?.close();
  });
}
