/** The browser both Playwright configurations (the app's and the scale-out run's) test in. */
import { existsSync } from "node:fs";
import { devices, type PlaywrightTestConfig } from "@playwright/test";

// Debian's Chromium where it exists; elsewhere set CHROMIUM_PATH or let Playwright use its own browser.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const chromium = {
  ...devices["Desktop Chrome"],
  trace: "retain-on-failure",
  launchOptions: {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
} satisfies PlaywrightTestConfig["use"];
