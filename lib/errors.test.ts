import { describe, expect, it } from "vitest";
import { AppError, isAppError } from "./errors";

describe("isAppError", () => {
  it("recognises an AppError from another copy of the module by its name, code and issues", () => {
    class OtherCopy extends Error {
      readonly code = "UNAVAILABLE";
      readonly issues = [];
      constructor() {
        super("paused");
        this.name = "AppError";
      }
    }
    expect(isAppError(new AppError("CONFLICT", "x"))).toBe(true);
    expect(isAppError(new OtherCopy())).toBe(true);
  });
  it("refuses anything else", () => {
    const unknownCode = Object.assign(new Error("x"), { name: "AppError", code: "TEAPOT", issues: [] });
    expect(isAppError(unknownCode)).toBe(false);
    expect(isAppError(Object.assign(new Error("x"), { code: "CONFLICT", issues: [] }))).toBe(false);
    expect(isAppError({ name: "AppError", code: "CONFLICT", issues: [] })).toBe(false);
    expect(isAppError(null)).toBe(false);
  });
});
