import { describe, expect, it } from "vitest";
import { DEFAULT_HEAP_MB, heapPlan, importMegabytes } from "./memory-plan";

describe("the app's heap and the web import's limit", () => {
  it("caps the heap at 384 MB and takes 50 MB imports by default", () => {
    expect(heapPlan({})).toEqual({ heapMb: DEFAULT_HEAP_MB, semiSpaceMb: 32, fromNodeOptions: false });
    expect(DEFAULT_HEAP_MB).toBe(384);
    expect(importMegabytes({})).toBe(50);
  });

  it("takes APP_HEAP_MB, or --max-old-space-size from NODE_OPTIONS before it", () => {
    expect(heapPlan({ APP_HEAP_MB: "1024", IMPORT_MAX_MB: "200" })).toMatchObject({
      heapMb: 1024,
      fromNodeOptions: false,
    });
    expect(
      heapPlan({ NODE_OPTIONS: "--enable-source-maps --max-old-space-size=2048", APP_HEAP_MB: "oops" }),
    ).toMatchObject({
      heapMb: 2048,
      fromNodeOptions: true,
    });
  });

  it("refuses a heap too small for the import's limit, naming both variables", () => {
    expect(() => heapPlan({ APP_HEAP_MB: "256" })).toThrow(/IMPORT_MAX_MB.*at least 360 MB.*256 MB \(APP_HEAP_MB\)/);
    expect(heapPlan({ APP_HEAP_MB: "256", IMPORT_MAX_MB: "20" }).heapMb).toBe(256);
    expect(() => heapPlan({ NODE_OPTIONS: "--max-old-space-size=200" })).toThrow(
      /--max-old-space-size in NODE_OPTIONS/,
    );
  });

  it("names a setting that is not a whole number", () => {
    expect(() => heapPlan({ APP_HEAP_MB: "384MB" })).toThrow(/^APP_HEAP_MB must be a whole number/);
    expect(() => heapPlan({ APP_HEAP_MB: "64" })).toThrow(/^APP_HEAP_MB must be .* at least 128/);
    expect(() => importMegabytes({ IMPORT_MAX_MB: "0" })).toThrow(/^IMPORT_MAX_MB must be/);
  });
});
