import { describe, expect, it } from "vitest";
import { addYears, partialDateSchema, partialDateStart } from "./partial-date";

describe("partial dates", () => {
  it("accepts year, month and day precision and nothing else", () => {
    for (const ok of ["2019", "2019-06", "2019-06-14"]) expect(partialDateSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["19", "2019-13", "2019-06-32", "2019/06/14", "June 2019"]) {
      expect(partialDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
  it("starts at the first day the value can mean", () => {
    expect(partialDateStart("2019").toISOString()).toBe("2019-01-01T00:00:00.000Z");
    expect(partialDateStart("2019-06").toISOString()).toBe("2019-06-01T00:00:00.000Z");
    expect(partialDateStart("2019-06-14").toISOString()).toBe("2019-06-14T00:00:00.000Z");
  });
  it("adds whole years for re-review dates", () => {
    expect(addYears(new Date("2019-04-08T00:00:00Z"), 5).toISOString().slice(0, 10)).toBe("2024-04-08");
  });
});
