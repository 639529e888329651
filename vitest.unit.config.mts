/**
 * Unit tests: pure logic beside the code, no database and no global setup (`npm run test:unit`).
 * A lib/ or seed/ test that opens a database is an integration test: name it *.integration.test.ts.
 */
import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    name: "unit",
    environment: "node",
    include: ["lib/**/*.test.ts", "seed/**/*.test.ts", "components/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/*.integration.test.ts"],
    alias: { "server-only": fileURLToPath(new URL("./tests/helpers/server-only.ts", import.meta.url)) },
  },
});
