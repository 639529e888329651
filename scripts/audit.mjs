#!/usr/bin/env node
/**
 * npm run security:audit: `npm audit --omit=dev` (the packages the app runs with; development tools never
 * reach a server) against the configured registry's advisory database. Every advisory found is printed;
 * the run fails on any that is not in EXPLAINED below, where each accepted finding says why it does not affect
 * this app (the README lists them too). A registry that offers no audits (it answers the advisory endpoint with
 * 404, 405 or 501, as some mirrors and proxies do) is reported as such, and the run does not fail: nothing could
 * be checked, and it says so.
 */
import { spawnSync } from "node:child_process";

/** Accepted advisories, by their URL (https://github.com/advisories/GHSA-…), with the reason. */
const EXPLAINED = new Map([
  // ["https://github.com/advisories/GHSA-xxxx-xxxx-xxxx", "why it does not affect this app"],
]);

const NO_AUDIT_STATUS = new Set([404, 405, 501]);

const registry =
  spawnSync("npm", ["config", "get", "registry"], { encoding: "utf8" }).stdout.trim() || "the configured registry";
const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
if (run.error) {
  console.error(`security:audit: could not run npm audit: ${run.error.message}`);
  process.exit(1);
}

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`security:audit: npm audit gave no report (exit ${run.status}):\n${run.stderr.trim()}`);
  process.exit(1);
}

if (!report.vulnerabilities) {
  const status = report.statusCode ?? Number(/\b(\d{3})\b/.exec(report.message ?? "")?.[1]);
  if (NO_AUDIT_STATUS.has(status)) {
    console.log(
      `security:audit: the registry ${registry} does not offer security audits here (its advisory endpoint ` +
        `answered HTTP ${status}), so nothing was checked. Run npm run security:audit where the registry's audit ` +
        "endpoint can be reached (npm's public registry offers one).",
    );
    process.exit(0);
  }
  const reason = report.message ?? report.error?.summary ?? run.stderr.trim();
  console.error(`security:audit: the audit failed: ${reason || `npm audit exited with ${run.status}`}`);
  process.exit(1);
}

/** Each advisory once, with the installed packages it reaches. */
const advisories = new Map();
for (const vulnerability of Object.values(report.vulnerabilities)) {
  for (const via of vulnerability.via) {
    if (typeof via !== "object") continue; // Only through another vulnerable package, listed under that one.
    const found = advisories.get(via.url) ?? { ...via, packages: new Set() };
    found.packages.add(`${via.name}@${via.range}`);
    advisories.set(via.url, found);
  }
}

const order = ["critical", "high", "moderate", "low", "info"];
const sorted = [...advisories.values()].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
const unexplained = sorted.filter((a) => !EXPLAINED.has(a.url));
for (const a of sorted) {
  const note = EXPLAINED.get(a.url);
  console.log(
    `${a.severity.padEnd(8)} ${[...a.packages].join(", ")}: ${a.title}\n         ${a.url}\n         ` +
      (note ? `accepted: ${note}` : "NOT EXPLAINED: upgrade, or explain it in scripts/audit.mjs and the README"),
  );
}
for (const url of EXPLAINED.keys()) {
  if (!advisories.has(url)) console.log(`No longer reported (remove it from EXPLAINED and the README): ${url}`);
}
const total = report.metadata?.vulnerabilities?.total ?? sorted.length;
console.log(
  `${registry}: ${total} vulnerable production ${total === 1 ? "package" : "packages"}, ${sorted.length} ` +
    `${sorted.length === 1 ? "advisory" : "advisories"}, ${unexplained.length} not explained.`,
);
process.exit(unexplained.length ? 1 : 0);
