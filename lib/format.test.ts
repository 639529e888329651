import { describe, expect, it } from "vitest";
import { formatAgeRange, formatEstimate, formatPartialDate } from "./format";

describe("display formats", () => {
  it("writes whole-year age ranges as inclusive years", () => {
    // Upper bounds are the last month that counts: through age 2 is month 35.
    expect(formatAgeRange(0, 35, "nl")).toBe("0 t/m 2 jaar");
    expect(formatAgeRange(0, 35, "en")).toBe("0 to 2 years");
    expect(formatAgeRange(12, 83, "nl")).toBe("1 t/m 6 jaar");
    expect(formatAgeRange(24, 203, "en")).toBe("2 to 16 years");
    expect(formatAgeRange(0, 23, "en")).toBe("0 to 1 year");
    expect(formatAgeRange(0, 23, "nl")).toBe("0 t/m 1 jaar");
  });

  it("writes months where an end is not a whole year", () => {
    expect(formatAgeRange(6, 24, "nl")).toBe("6 t/m 24 maanden");
    expect(formatAgeRange(6, 24, "en")).toBe("6 to 24 months");
    expect(formatAgeRange(7, 10, "nl")).toBe("7 t/m 10 maanden");
    // A whole-year start with a month end stays in one unit.
    expect(formatAgeRange(12, 30, "nl")).toBe("12 t/m 30 maanden");
    expect(formatAgeRange(0, 11, "en")).toBe("0 to 11 months");
    // A month start with a whole-year end names both units.
    expect(formatAgeRange(4, 83, "nl")).toBe("4 maanden t/m 6 jaar");
    expect(formatAgeRange(1, 35, "en")).toBe("1 month to 2 years");
    expect(formatAgeRange(1, 1, "nl")).toBe("1 maand");
  });

  it("writes ranges that start in pregnancy", () => {
    expect(formatAgeRange(-9, 24, "nl")).toBe("vanaf de zwangerschap t/m 24 maanden");
    expect(formatAgeRange(-5, 35, "nl")).toBe("vanaf de zwangerschap t/m 2 jaar");
    expect(formatAgeRange(-5, 35, "en")).toBe("from pregnancy to 2 years");
    expect(formatAgeRange(-6, -1, "nl")).toBe("tijdens de zwangerschap");
    expect(formatAgeRange(-6, null, "en")).toBe("from pregnancy");
  });

  it("writes open ends", () => {
    expect(formatAgeRange(null, 24, "nl")).toBe("t/m 24 maanden");
    expect(formatAgeRange(null, 71, "en")).toBe("up to and including 5 years");
    expect(formatAgeRange(0, null, "nl")).toBe("vanaf de geboorte");
    expect(formatAgeRange(36, null, "nl")).toBe("vanaf 3 jaar");
    expect(formatAgeRange(1, null, "en")).toBe("from 1 month");
    expect(formatAgeRange(null, null, "nl")).toBe("alle leeftijden");
    expect(formatAgeRange(null, null, "en")).toBe("all ages");
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

describe("formatEstimate", () => {
  it("rounds computed values to two decimals, with the CI in the locale's form", () => {
    expect(formatEstimate(0.61234, 0.4, 0.8, "nl")).toBe("0,61 [0,40; 0,80]");
    expect(formatEstimate(0.61234, 0.4, 0.8, "en")).toBe("0.61 [0.40, 0.80]");
  });
  it("keeps a published result's own digits and never invents a missing CI", () => {
    expect(formatEstimate(1.22, 0.75, 1.69, "nl", { asReported: true })).toBe("1,22 [0,75; 1,69]");
    expect(formatEstimate(0.274, null, null, "en", { asReported: true })).toBe("0.274");
    expect(formatEstimate(0.5, null, 0.9, "en")).toBe("0.50");
  });
});
