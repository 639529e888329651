/**
 * Integration tests on a real database (`npm run test:integration`): in-memory PGlite per file, or a fresh
 * database on the server at DATABASE_URL, cloned from the template that tests/global-setup.ts migrates.
 */
import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    name: "integration",
    environment: "node",
    include: ["tests/integration/**/*.test.ts", "lib/**/*.integration.test.ts", "seed/**/*.integration.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own database; two cores.
    maxWorkers: 2,
    globalSetup: ["tests/global-setup.ts"],
    alias: { "server-only": fileURLToPath(new URL("./tests/helpers/server-only.ts", import.meta.url)) },
  },
});
