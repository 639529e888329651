#!/usr/bin/env node
/**
 * npm run licenses: the licence of every installed production dependency (name, version, licence, from
 * `npm query .prod`), then a check against the licences this project accepts. Exits with 1, naming the
 * package, when one declares no licence or one outside the list below.
 *
 * Accepted: permissive licences, which ask no more than keeping their notice (MIT and its kin, the BSD
 * licences, Apache-2.0, BSL-1.0, BlueOak, public-domain dedications) and CC-BY-4.0 (attribution only, used by
 * browser data such as caniuse-lite). They leave the project free to be published under any licence and to be
 * run by a municipality or a supplier without obligations beyond attribution. Refused: strong copyleft
 * (GPL, and AGPL, which would oblige offering the source to every user of the web service), source-available
 * and non-commercial terms (SSPL, BUSL, CC-BY-NC), "UNLICENSED" and anything unknown. Weak copyleft is accepted
 * only for the packages named in EXCEPTIONS, each with its reason; a new one has to be reviewed and added.
 */
import { execFileSync } from "node:child_process";

const ALLOWED = new Set([
  "MIT",
  "MIT-0",
  "ISC",
  "0BSD",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "Apache-2.0",
  "BSL-1.0",
  "BlueOak-1.0.0",
  "CC0-1.0",
  "Unlicense",
  "Zlib",
  "Python-2.0",
  "CC-BY-4.0",
]);

/** Reviewed packages outside ALLOWED: a name (or a name prefix ending in *), the licence it may have, and why. */
const EXCEPTIONS = [
  {
    name: "lightningcss*",
    license: "MPL-2.0",
    why: "Tailwind's CSS compiler, used unmodified at build time; MPL-2.0 binds only changes to its own files",
  },
  {
    name: "@img/sharp-libvips-*",
    license: "LGPL-3.0-or-later",
    why: "libvips, the image library Next.js's image optimiser (sharp) loads as an unmodified shared library, which the LGPL allows",
  },
  {
    name: "png-js",
    version: "2.0.0",
    license: null,
    why: "its package.json names no licence; its LICENSE file is the MIT licence (used by @react-pdf/renderer)",
  },
];

/** Whether an SPDX expression is satisfied by the allowed licences: OR needs one side, AND and WITH both. */
function allowedExpression(expression) {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const primary = () => {
    const token = tokens[i++];
    if (token === "(") {
      const value = or();
      i++; // ")"
      return value;
    }
    const value = ALLOWED.has(token?.replace(/\+$/, ""));
    if (tokens[i] === "WITH") {
      i += 2; // A licence exception (such as LLVM-exception) only grants more.
    }
    return value;
  };
  const and = () => {
    let value = primary();
    while (tokens[i] === "AND") {
      i++;
      value = primary() && value;
    }
    return value;
  };
  const or = () => {
    let value = and();
    while (tokens[i] === "OR") {
      i++;
      value = and() || value;
    }
    return value;
  };
  return tokens.length > 0 && or() && i === tokens.length;
}

function licenceOf(node) {
  if (typeof node.license === "string") return node.license.trim() || null;
  if (node.license && typeof node.license.type === "string") return node.license.type;
  if (Array.isArray(node.licenses)) {
    const types = node.licenses.map((l) => (typeof l === "string" ? l : l?.type)).filter(Boolean);
    if (types.length) return types.length > 1 ? `(${types.join(" OR ")})` : types[0];
  }
  return null;
}

const matches = (pattern, name) => (pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : pattern === name);

const nodes = JSON.parse(execFileSync("npm", ["query", ".prod"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }));
const seen = new Map();
for (const node of nodes) {
  if (!node.location) continue; // The project itself.
  const key = `${node.name}@${node.version}`;
  if (!seen.has(key)) seen.set(key, { name: node.name, version: node.version, license: licenceOf(node) });
}
const packages = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));

const problems = [];
const excepted = [];
for (const p of packages) {
  if (p.license && allowedExpression(p.license)) continue;
  const exception = EXCEPTIONS.find(
    (e) => matches(e.name, p.name) && (e.version === undefined || e.version === p.version) && e.license === p.license,
  );
  if (exception) excepted.push({ ...p, why: exception.why });
  else problems.push(p);
}

const width = Math.max(...packages.map((p) => `${p.name}@${p.version}`.length));
for (const p of packages) console.log(`${`${p.name}@${p.version}`.padEnd(width)}  ${p.license ?? "(none)"}`);

const counts = new Map();
for (const p of packages) counts.set(p.license ?? "(none)", (counts.get(p.license ?? "(none)") ?? 0) + 1);
console.log(
  `\n${packages.length} production packages: ` +
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([licence, n]) => `${licence} ${n}`)
      .join(", "),
);
for (const e of excepted)
  console.log(`Accepted by review: ${e.name}@${e.version} (${e.license ?? "no licence field"}): ${e.why}`);
if (problems.length) {
  console.error(
    `\n${problems.length} production ${problems.length === 1 ? "dependency has" : "dependencies have"} no accepted licence ` +
      "(see scripts/licenses.mjs for the list and why):",
  );
  for (const p of problems) console.error(`  ${p.name}@${p.version}: ${p.license ?? "no licence declared"}`);
  process.exit(1);
}
console.log("All production dependencies have an accepted licence.");
