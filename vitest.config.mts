import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "seed/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files each open their own database; two cores.
    maxWorkers: 2,
    globalSetup: ["tests/global-setup.ts"],
    alias: { "server-only": fileURLToPath(new URL("./tests/helpers/server-only.ts", import.meta.url)) },
  },
});
