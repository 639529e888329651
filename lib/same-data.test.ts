import { describe, expect, it } from "vitest";
import { sameData } from "./same-data";

describe("sameData", () => {
  it("ignores key order and float noise beyond 12 significant digits", () => {
    expect(sameData({ a: 1, b: { c: 0.0017503766964199867 } }, { b: { c: 0.001750376696419987 }, a: 1 })).toBe(true);
  });
  it("still sees real differences", () => {
    expect(sameData({ a: 0.416 }, { a: 0.417 })).toBe(false);
    expect(sameData({ a: null }, { a: 0 })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
  });
});
