/**
 * `npx vitest run`: both projects, unit (no database) and integration (real database). Run one with
 * `--project unit` / `--project integration`, or its own config (`npm run test:unit`, `npm run test:integration`).
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["vitest.unit.config.mts", "vitest.integration.config.mts"],
    // Two cores.
    maxWorkers: 2,
  },
});
