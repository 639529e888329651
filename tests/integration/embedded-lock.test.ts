/**
 * The embedded database belongs to one process: a second process (a CLI command while the app runs) is
 * refused with a clear message instead of working on a stale copy; a lock left by a dead process is taken over.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { EmbeddedDatabaseInUseError, openPGlite } from "@/lib/database/pglite";

const dirs: string[] = [];
function freshDir(): string {
  const parent = mkdtempSync(path.join(tmpdir(), "effectwijzer-lock-"));
  dirs.push(parent);
  return path.join(parent, "pglite");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database's lock", () => {
  test("is held while open and released on close", async () => {
    const dir = freshDir();
    const pg = openPGlite(dir);
    await pg.query("SELECT 1");
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    await pg.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  test("refuses a folder that a running process holds, naming the folder and the process", async () => {
    const dir = freshDir();
    const other = spawn("sleep", ["30"]);
    try {
      writeFileSync(`${dir}.lock`, String(other.pid));
      expect(() => openPGlite(dir)).toThrow(EmbeddedDatabaseInUseError);
      expect(() => openPGlite(dir)).toThrow(new RegExp(`${dir}.*pid ${other.pid}.*stop that process first`));
      expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(other.pid));
    } finally {
      other.kill();
    }
  });

  test("takes over a lock left by a process that no longer runs", async () => {
    const dir = freshDir();
    const gone = spawn("true");
    await new Promise((resolve) => gone.on("exit", resolve));
    writeFileSync(`${dir}.lock`, String(gone.pid));
    const pg = openPGlite(dir);
    await pg.query("SELECT 1");
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    await pg.close();
  });
});
