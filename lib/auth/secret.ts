/**
 * The key better-auth signs session cookies with. A server must be given BETTER_AUTH_SECRET; the embedded
 * demo makes one on first start and keeps it in its PGlite data folder, so sessions survive a restart and
 * a fresh data folder starts with a fresh key.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "../database/target";

export const SECRET_FILE = "effectwijzer-auth-secret";
const MIN_SECRET_LENGTH = 32;

export function resolveAuthSecret(
  target: DatabaseTarget,
  env: Record<string, string | undefined> = process.env,
): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `BETTER_AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters (for example: openssl rand -base64 32)`,
      );
    }
    return fromEnv;
  }
  if (target.kind === "server") {
    throw new Error(
      "BETTER_AUTH_SECRET is not set. A server database needs a fixed secret to sign session cookies: " +
        "set BETTER_AUTH_SECRET to a random value of at least 32 characters (openssl rand -base64 32).",
    );
  }
  // An in-memory database lives as long as the process, and so may its key.
  if (target.dataDir === "memory") return randomBytes(32).toString("base64url");
  mkdirSync(target.dataDir, { recursive: true });
  const file = path.join(target.dataDir, SECRET_FILE);
  try {
    // "wx": when two processes start at once, one writes and the other reads what was written.
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}
