import { describe, expect, it } from "vitest";
import { formatAgeMonths, formatAgeRange, formatEstimate, formatPartialDate } from "./format";

describe("display formats", () => {
  it("writes child ages in words, prenatal months included", () => {
    expect(formatAgeMonths(-5, "nl")).toBe("5 mnd vóór de geboorte");
    expect(formatAgeMonths(12, "en")).toBe("12 months");
    expect(formatAgeMonths(30, "nl")).toBe("2,5 jaar");
    // "up to 6 years" is stored as the last month, 83
    expect(formatAgeRange(12, 83, "nl")).toBe("12 mnd tot 6 jaar");
    expect(formatAgeRange(null, 24, "en")).toBe("up to 2 years");
    expect(formatAgeRange(null, 18, "en")).toBe("up to 18 months");
    expect(formatAgeRange(null, null, "nl")).toBe("alle leeftijden");
  });
  it("uses the decimal comma in Dutch", () => {
    expect(formatEstimate(0.61, 0.42, 0.79, "nl")).toBe("0,61 [0,42; 0,79]");
    expect(formatEstimate(-0.254, -0.4, -0.1, "en")).toBe("-0.25 [-0.40, -0.10]");
  });
  it("shows partial dates as precisely as the source", () => {
    expect(formatPartialDate("2019", "en")).toBe("2019");
    expect(formatPartialDate("2019-06", "en")).toBe("June 2019");
    expect(formatPartialDate("2017-09-14", "nl")).toBe("14 september 2017");
    expect(formatPartialDate(null, "nl")).toBe("—");
  });
});
