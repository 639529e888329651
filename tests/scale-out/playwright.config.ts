/** Playwright for `npm run test:scale-out`: the app processes and databases are started by scripts/scale-out.mts. */
import { defineConfig } from "@playwright/test";
import { chromium } from "../browser";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  timeout: 180_000,
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 1,
  reporter: "list",
  outputDir: "../../test-results/scale-out",
  use: chromium,
});
