import { defineConfig } from "@playwright/test";
import { chromium } from "./tests/browser";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "./tests/e2e",
  timeout: 30_000,
  retries: 0,
  workers: 1,
  reporter: "list",
  use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    // The database is prepared (migrated and seeded) by scripts/test.mjs before this starts.
    command: `npx next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/v1/interventions?pageSize=1`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
