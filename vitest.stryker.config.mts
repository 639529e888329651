/**
 * The tests StrykerJS runs against each mutant of lib/stats (`npm run test:mutation`): only the statistics
 * unit tests, so a run needs no database and no other part of the app.
 */
import { defineConfig } from "vitest/config";
import unit from "./vitest.unit.config.mts";

export default defineConfig({ ...unit, test: { ...unit.test, name: "stats", include: ["lib/stats/**/*.test.ts"] } });
