import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, installJsonConsole, scrub } from "./log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger(stream) };
}

describe("structured logs", () => {
  it("writes one JSON object per line with time, level and the message", () => {
    const { lines, logger } = capture();
    logger.child({ requestId: "abc-123" }).info("served %d rows", 12);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", requestId: "abc-123", msg: "served 12 rows" });
    expect(typeof lines[0]!.time).toBe("string");
  });
  it("keeps personal data and secrets out: e-mail addresses in messages and stacks, and sensitive fields", () => {
    const { lines, logger } = capture();
    logger.warn(
      { user: { email: "jan@gemeente.nl", id: "u1" }, token: "ewz_secret" },
      "sign-in failed for jan@gemeente.nl",
    );
    logger.error({ err: new Error("no account for piet.jansen+x@example.org") }, "failed");
    const text = JSON.stringify(lines);
    expect(text).not.toContain("gemeente.nl");
    expect(text).not.toContain("ewz_secret");
    expect(text).not.toContain("example.org");
    expect(lines[0]).toMatchObject({ user: { email: "[redacted]", id: "u1" }, token: "[redacted]" });
    expect(scrub("mail a.b@c.nl now")).toBe("mail [e-mail] now");
  });
  it("turns console output into JSON lines, errors with their stack", () => {
    const { lines, logger } = capture();
    const saved = { ...console };
    const marker = Symbol.for("effectwijzer.jsonConsole");
    try {
      delete (console as unknown as Record<symbol, boolean>)[marker];
      installJsonConsole(logger);
      console.error("Import %s could not run", "42", new Error("boom"));
      console.log("ready");
    } finally {
      Object.assign(console, saved);
      delete (console as unknown as Record<symbol, boolean>)[marker];
    }
    expect(lines[0]).toMatchObject({ level: "error", msg: "Import 42 could not run boom", err: { message: "boom" } });
    expect((lines[0]!.err as { stack: string }).stack).toContain("Error: boom");
    expect(lines[1]).toMatchObject({ level: "info", msg: "ready" });
  });
});
