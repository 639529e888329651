import { describe, expect, test } from "vitest";
import { now, today } from "./clock";

describe("today comes from one place", () => {
  test("EFFECTWIJZER_TODAY fixes the date", () => {
    expect(today({ EFFECTWIJZER_TODAY: "2031-02-28" })).toBe("2031-02-28");
    expect(now({ EFFECTWIJZER_TODAY: "2031-02-28" }).toISOString()).toBe("2031-02-28T12:00:00.000Z");
  });
  test("without it, the real date", () => {
    const before = new Date().toISOString().slice(0, 10);
    expect([before, new Date().toISOString().slice(0, 10)]).toContain(today({}));
  });
  test.each(["2031-02-30", "31-02-2031", "tomorrow"])("a malformed date %s is refused with the variable's name", (v) => {
    expect(() => today({ EFFECTWIJZER_TODAY: v })).toThrow(/EFFECTWIJZER_TODAY/);
  });
});
